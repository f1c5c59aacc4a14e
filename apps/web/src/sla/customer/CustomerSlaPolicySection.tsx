import { Alert, Badge, Group, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem.ts';
import type { SlaPolicyResource } from '../../api/sla-api.ts';
import { errorMessage, notifySuccess } from '../../app/notify.tsx';
import { useCan } from '../../auth/session-hooks.ts';
import { AnchorLink } from '../../settings/calendars/RouterLinks.tsx';
import { formatDateTime } from '../../work-orders/format.ts';
import { usePolicyList } from '../policies/use-policies.ts';
import { useCustomerPolicy, useSetCustomerPolicy } from './use-customer-policy.ts';

const DEFAULT = 'default';
const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;

/**
 * Customer detail: the customer's contract SLA policy (or the company default that applies), with
 * a select to change it or clear it back to the default. Policies are settings: reading them
 * needs `settings:read`, changing the assignment `settings:write` (the PUT route's permission).
 */
export function CustomerSlaPolicySection({ customerId }: { customerId: string }) {
  const canRead = useCan('settings:read');
  return canRead ? <PolicySection customerId={customerId} /> : null;
}

function PolicySection({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const canWrite = useCan('settings:write');
  const policies = usePolicyList();
  const current = useCustomerPolicy(customerId);
  const save = useSetCustomerPolicy(customerId);
  const [error, setError] = useState<unknown>(null);

  const list = policies.data ?? [];
  const fallback = list.find((p) => p.isDefault) ?? null;
  const own = current.data?.policyId ? (list.find((p) => p.id === current.data.policyId) ?? null) : null;
  const effective = own ?? fallback;
  const loadError = policies.error ?? current.error;
  // The server names the field at fault (`policyId`: e.g. a policy deleted meanwhile): marked on the select.
  const fieldError = isApiError(error)
    ? error.fieldErrors.find((f) => f.path === 'policyId')?.message
    : undefined;

  async function choose(value: string | null) {
    if (!value) return;
    const policyId = value === DEFAULT ? null : value;
    if (policyId === (current.data?.policyId ?? null)) return;
    setError(null);
    try {
      await save.mutateAsync(policyId);
      const name = list.find((p) => p.id === policyId)?.name ?? '';
      notifySuccess(policyId ? t('sla.contract.saved', { name }) : t('sla.contract.cleared'));
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <Paper withBorder p="md" mt="md" data-testid="customer-sla-policy">
      <Group gap={8} mb="xs" wrap="nowrap">
        <IconFileCertificate size={18} />
        <Title order={5}>{t('sla.contract.title')}</Title>
        {(policies.isFetching || current.isFetching || save.isPending) && <Loader size={14} />}
      </Group>
      {loadError ? (
        <Alert color="red" variant="light" title={t('sla.contract.failed')}>
          {errorMessage(loadError)}
        </Alert>
      ) : (
        <Stack gap="xs">
          <Group gap={6} wrap="wrap">
            <Badge
              variant="light"
              color={own ? 'grape' : 'gray'}
              tt="none"
              data-testid="customer-sla-policy-kind"
            >
              {own ? t('sla.contract.own') : t('sla.policies.default')}
            </Badge>
            <Text fz="sm" data-testid="customer-sla-policy-name">
              {own ? (
                <AnchorLink to="/settings/sla/$policyId" params={{ policyId: own.id }} fw={600}>
                  {own.name}
                </AnchorLink>
              ) : (
                t('sla.contract.defaultApplies', { name: fallback?.name ?? '—' })
              )}
            </Text>
          </Group>
          {own && current.data?.updatedAt && (
            <Text fz="xs" c="dimmed">
              {t('sla.contract.since', {
                time: formatDateTime(current.data.updatedAt, i18n.resolvedLanguage),
              })}
            </Text>
          )}
          {effective && <TargetsTable policy={effective} />}
          <Select
            label={t('sla.contract.select')}
            description={canWrite ? t('sla.contract.hint') : t('sla.contract.readOnly')}
            value={current.data ? (current.data.policyId ?? DEFAULT) : null}
            onChange={(value) => void choose(value)}
            allowDeselect={false}
            disabled={!canWrite || save.isPending || !current.data}
            error={fieldError}
            data={[
              { value: DEFAULT, label: t('sla.contract.defaultOption', { name: fallback?.name ?? '—' }) },
              ...list.filter((p) => !p.isDefault).map((p) => ({ value: p.id, label: p.name })),
            ]}
            data-testid="customer-sla-policy-select"
          />
          {error !== null && (
            <Alert
              color="red"
              variant="light"
              p="xs"
              title={t('sla.contract.saveFailed')}
              data-testid="customer-sla-policy-error"
            >
              {errorMessage(error)}
            </Alert>
          )}
        </Stack>
      )}
    </Paper>
  );
}

/** The policy's targets per priority at a glance: first response / resolution. */
function TargetsTable({ policy }: { policy: SlaPolicyResource }) {
  const { t } = useTranslation();
  const target = (value: { amount: number; unit: string }) =>
    t(`sla.units.${value.unit as 'hours'}`, { count: value.amount });
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600} mb={2}>
        {t('sla.contract.targets')}
      </Text>
      <Table fz="xs" withColumnBorders verticalSpacing={4} data-testid="customer-sla-policy-targets">
        <Table.Thead>
          <Table.Tr>
            {PRIORITIES.map((p) => (
              <Table.Th key={p}>{p}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            {PRIORITIES.map((p) => (
              <Table.Td key={p} data-testid={`customer-sla-target-${p}`}>
                {target(policy.targets[p].firstResponse)} / {target(policy.targets[p].resolution)}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </div>
  );
}
