import { Group, Loader, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapaQuery } from '../../api/sla-api.ts';
import { useCan } from '../../auth/session-hooks.ts';
import { ListPanel, LoadMoreButton } from '../../pages/ListPanel.tsx';
import { usePageTitle } from '../../pages/use-page-title.ts';
import { AnchorLink } from '../../work-orders/AnchorLink.tsx';
import { formatDate, istanbulToday } from '../../work-orders/format.ts';
import { useStaff } from '../policies/use-policies.ts';
import { CapaStatusSelect } from './CapaStatusSelect.tsx';
import { isOverdue } from './capa-meta.ts';
import { useCapaList } from './use-capa.ts';

type StatusFilter = 'all' | 'open' | 'overdue' | 'done' | 'cancelled';

function toQuery(status: StatusFilter, ownerId: string | null): CapaQuery {
  return {
    ...(status === 'overdue' ? { overdue: 'true' as const } : status === 'all' ? {} : { status }),
    ...(ownerId ? { ownerId } : {}),
  };
}

/** Ayarlar → Düzeltici faaliyetler: every CAPA of the company, by status and owner. */
export function CapaListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('sla.capa.tab'));
  const canEdit = useCan('work_order:update');
  const [status, setStatus] = useState<StatusFilter>('open');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const staff = useStaff();
  const list = useCapaList(toQuery(status, ownerId));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const today = istanbulToday();

  return (
    <Stack gap="md">
      <div>
        <Text fw={600}>{t('sla.capa.listTitle')}</Text>
        <Text c="dimmed" fz="sm">
          {t('sla.capa.listSubtitle')}
        </Text>
      </div>
      <Group gap="sm">
        <SegmentedControl
          value={status}
          onChange={(value) => setStatus(value as StatusFilter)}
          data={(['open', 'overdue', 'done', 'cancelled', 'all'] as const).map((value) => ({
            value,
            label: t(`sla.capa.filter.${value}`),
          }))}
          data-testid="capa-filter-status"
        />
        <Select
          placeholder={t('sla.capa.anyOwner')}
          data={(staff.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
          value={ownerId}
          onChange={setOwnerId}
          clearable
          searchable
          w={240}
          aria-label={t('sla.capa.owner')}
          data-testid="capa-filter-owner"
        />
        {list.isFetching && !list.isFetchingNextPage && <Loader size={16} />}
      </Group>
      <ListPanel query={list} items={items}>
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="sm" highlightOnHover fz="sm" data-testid="capa-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('sla.capa.workOrder')}</Table.Th>
                <Table.Th>{t('sla.capa.action')}</Table.Th>
                <Table.Th w={180}>{t('sla.capa.owner')}</Table.Th>
                <Table.Th w={120}>{t('sla.capa.dueDate')}</Table.Th>
                <Table.Th w={160}>{t('sla.capa.statusLabel')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed" ta="center" py="xl" data-testid="capa-empty">
                      {t('sla.capa.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {items.map((capa) => (
                <Table.Tr key={capa.id} data-testid="capa-row" data-status={capa.status}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <AnchorLink
                      to="/work-orders/$workOrderId"
                      params={{ workOrderId: capa.workOrderId }}
                      fw={600}
                      fz="sm"
                    >
                      {capa.workOrderNumber ?? '—'}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" lineClamp={2} title={capa.action}>
                      {capa.action}
                    </Text>
                  </Table.Td>
                  <Table.Td>{capa.ownerName ?? '—'}</Table.Td>
                  <Table.Td
                    c={isOverdue(capa, today) ? 'red' : undefined}
                    fw={isOverdue(capa, today) ? 600 : undefined}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {formatDate(capa.dueDate, i18n.resolvedLanguage)}
                  </Table.Td>
                  <Table.Td>
                    <CapaStatusSelect capa={capa} readOnly={!canEdit} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ListPanel>
      <LoadMoreButton list={list} mt={0} />
    </Stack>
  );
}
