import {
  Checkbox,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { PHASES } from '@usta/core/work-orders';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../work-orders/StatusBadge.tsx';
import { useStatuses } from '../../work-orders/use-work-orders.ts';
import { CLOCK_MODES, type PolicyFormValues, TRIGGERS } from './policy-form.ts';

type Form = UseFormReturnType<PolicyFormValues>;

/** Which event meets first response, which phases meet resolution. */
export function MeasureEditor({ form, readOnly }: { form: Form; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Checkbox.Group
        {...form.getInputProps('firstResponseMetBy')}
        label={t('sla.policies.firstResponseMetBy')}
        description={t('sla.policies.firstResponseMetByHint')}
        data-testid="policy-first-response-met-by"
      >
        <Stack gap={6} mt={6}>
          {TRIGGERS.map((trigger) => (
            <Checkbox
              key={trigger}
              value={trigger}
              label={t(`sla.policies.trigger.${trigger}`)}
              disabled={readOnly}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <MultiSelect
        {...form.getInputProps('resolvedPhases')}
        label={t('sla.policies.resolvedPhases')}
        description={t('sla.policies.resolvedPhasesHint')}
        data={PHASES.map((phase) => ({ value: phase, label: t(`workOrders.phase.${phase}`) }))}
        readOnly={readOnly}
        data-testid="policy-resolved-phases"
      />
    </SimpleGrid>
  );
}

/** What the clock does in each phase, and company statuses that differ from their phase. */
export function ClockEditor({ form, readOnly }: { form: Form; readOnly: boolean }) {
  const { t } = useTranslation();
  const statuses = useStatuses();
  const modes = CLOCK_MODES.map((mode) => ({ value: mode, label: t(`sla.clock.${mode}`) }));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <div>
        <Text fz="sm" fw={500} mb={6}>
          {t('sla.policies.clockByPhase')}
        </Text>
        <Table verticalSpacing={3} fz="sm" data-testid="policy-clock-phases">
          <Table.Tbody>
            {PHASES.map((phase) => (
              <Table.Tr key={phase}>
                <Table.Td>{t(`workOrders.phase.${phase}`)}</Table.Td>
                <Table.Td ta="right">
                  <SegmentedControl
                    size="xs"
                    data={modes}
                    {...form.getInputProps(`clockByPhase.${phase}`)}
                    readOnly={readOnly}
                    data-testid={`clock-phase-${phase}`}
                  />
                  {form.errors[`clockByPhase.${phase}`] && (
                    <Text fz="xs" c="red">
                      {form.errors[`clockByPhase.${phase}`]}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <div>
        <Text fz="sm" fw={500} mb={2}>
          {t('sla.policies.clockByStatus')}
        </Text>
        <Text fz="xs" c="dimmed" mb={6}>
          {t('sla.policies.clockByStatusHint')}
        </Text>
        <Table verticalSpacing={3} fz="sm" data-testid="policy-clock-statuses">
          <Table.Tbody>
            {(statuses.data?.items ?? []).map((status) => {
              const path = `clockByStatus.${status.code}`;
              const phaseMode = form.values.clockByPhase[status.phase] ?? 'running';
              return (
                <Table.Tr key={status.code}>
                  <Table.Td>
                    <StatusBadge status={status} size="sm" maw={150} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Group justify="flex-end">
                      <Select
                        size="xs"
                        w={190}
                        allowDeselect={false}
                        value={form.values.clockByStatus[status.code] ?? 'phase'}
                        onChange={(value) => form.setFieldValue(path, (value ?? 'phase') as never)}
                        error={form.errors[path]}
                        readOnly={readOnly}
                        data={[
                          {
                            value: 'phase',
                            label: t('sla.policies.followPhase', { mode: t(`sla.clock.${phaseMode}`) }),
                          },
                          ...modes,
                        ]}
                        aria-label={status.code}
                        data-testid={`clock-status-${status.code}`}
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
    </SimpleGrid>
  );
}
