import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { SlaPolicyResource } from '@usta/contracts/sla';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../app/notify.tsx';
import { useCan } from '../../auth/session-hooks.ts';
import { usePageTitle } from '../../pages/use-page-title.ts';
import { AnchorLink, ButtonLink } from '../../settings/calendars/RouterLinks.tsx';
import { useCalendarList } from '../../settings/calendars/use-calendars.ts';
import { SettingsListPage } from '../../settings/SettingsListPage.tsx';
import { PRIORITIES } from './policy-form.ts';
import { useDeletePolicy, usePolicyList } from './use-policies.ts';

/** Ayarlar → SLA: the company's policies, the default first, with their targets at a glance. */
export function SlaPoliciesPage() {
  const { t } = useTranslation();
  usePageTitle(t('sla.policies.tab'));
  const canEdit = useCan('settings:write');
  const list = usePolicyList();

  return (
    <SettingsListPage
      title={t('sla.policies.title')}
      subtitle={t('sla.policies.subtitle')}
      action={
        canEdit && (
          <ButtonLink to="/settings/sla/new" leftSection={<IconPlus size={18} />} data-testid="policy-create">
            {t('sla.policies.new')}
          </ButtonLink>
        )
      }
      readOnlyNote={canEdit ? null : t('sla.policies.readOnly')}
      query={list}
      items={list.data}
      empty={t('sla.policies.empty')}
    >
      <PoliciesTable policies={list.data ?? []} canEdit={canEdit} />
    </SettingsListPage>
  );
}

function PoliciesTable({ policies, canEdit }: { policies: SlaPolicyResource[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const calendars = useCalendarList();
  const remove = useDeletePolicy();
  const calendarName = (id: string | null) =>
    id === null ? t('sla.policies.defaultCalendar') : (calendars.data?.find((c) => c.id === id)?.name ?? '—');
  const target = (value: { amount: number; unit: string }) =>
    t(`sla.units.${value.unit as 'hours'}`, { count: value.amount });

  async function onDelete(policy: SlaPolicyResource) {
    if (!window.confirm(t('sla.policies.deleteConfirm', { name: policy.name }))) return;
    try {
      await remove.mutateAsync(policy.id);
      notifySuccess(t('sla.policies.deleted', { name: policy.name }));
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="policies-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sla.policies.name')}</Table.Th>
            <Table.Th>{t('sla.policies.calendar')}</Table.Th>
            {PRIORITIES.map((p) => (
              <Table.Th key={p} title={t('sla.policies.targetsColumnHint')}>
                {p}
              </Table.Th>
            ))}
            <Table.Th>{t('sla.policies.rules')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {policies.map((policy) => (
            <Table.Tr key={policy.id} data-testid="policy-row" data-default={policy.isDefault}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <AnchorLink
                    to="/settings/sla/$policyId"
                    params={{ policyId: policy.id }}
                    fw={600}
                    style={{ whiteSpace: 'nowrap' }}
                    data-testid="policy-open"
                  >
                    {policy.name}
                  </AnchorLink>
                  {policy.isDefault && (
                    <Badge size="sm" variant="light" style={{ flexShrink: 0 }}>
                      {t('sla.policies.default')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td fz="sm">{calendarName(policy.calendarId)}</Table.Td>
              {PRIORITIES.map((p) => (
                <Table.Td key={p} fz="xs" style={{ whiteSpace: 'nowrap' }}>
                  {target(policy.targets[p].firstResponse)}
                  <Text fz="xs" c="dimmed">
                    {target(policy.targets[p].resolution)}
                  </Text>
                </Table.Td>
              ))}
              <Table.Td fz="sm">{policy.escalationRules.length}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <ButtonLink
                  to="/settings/sla/$policyId"
                  params={{ policyId: policy.id }}
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPencil size={14} />}
                >
                  {t(canEdit ? 'sla.policies.edit' : 'sla.policies.view')}
                </ButtonLink>
                {canEdit && !policy.isDefault && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    leftSection={<IconTrash size={14} />}
                    onClick={() => void onDelete(policy)}
                    loading={remove.isPending && remove.variables === policy.id}
                  >
                    {t('sla.policies.delete')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
