import { Group, NumberInput, Select, Table, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PriorityBadge } from '../../work-orders/PriorityBadge.tsx';
import { METRICS, type PolicyFormValues, PRIORITIES, UNITS } from './policy-form.ts';

/** P1–P4 × first response and resolution: an amount and its unit, the server's error under it. */
export function TargetsEditor({
  form,
  readOnly,
}: {
  form: UseFormReturnType<PolicyFormValues>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const units = UNITS.map((unit) => ({ value: unit, label: t(`sla.policies.unit.${unit}`) }));
  return (
    <Table verticalSpacing={6} horizontalSpacing="xs" data-testid="policy-targets">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={70}>{t('sla.policies.priority')}</Table.Th>
          {METRICS.map((metric) => (
            <Table.Th key={metric}>{t(`sla.metric.${metric}`)}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {PRIORITIES.map((priority) => (
          <Table.Tr key={priority}>
            <Table.Td style={{ verticalAlign: 'top', paddingTop: 12 }}>
              <PriorityBadge priority={priority} size="md" />
            </Table.Td>
            {METRICS.map((metric) => {
              const path = `targets.${priority}.${metric}`;
              const error = form.errors[`${path}.amount`] ?? form.errors[`${path}.unit`];
              return (
                <Table.Td key={metric} style={{ verticalAlign: 'top' }}>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <NumberInput
                      {...form.getInputProps(`${path}.amount`)}
                      error={Boolean(error)}
                      aria-label={`${priority} ${t(`sla.metric.${metric}`)}`}
                      min={0}
                      decimalScale={2}
                      hideControls
                      w={80}
                      readOnly={readOnly}
                      data-testid={`target-${priority}-${metric}-amount`}
                    />
                    <Select
                      {...form.getInputProps(`${path}.unit`)}
                      error={Boolean(form.errors[`${path}.unit`])}
                      data={units}
                      allowDeselect={false}
                      w={130}
                      aria-label={`${priority} ${t(`sla.metric.${metric}`)} ${t('sla.policies.unitLabel')}`}
                      readOnly={readOnly}
                      data-testid={`target-${priority}-${metric}-unit`}
                    />
                  </Group>
                  {error && (
                    <Text fz="xs" c="red" mt={4} data-testid={`target-${priority}-${metric}-error`}>
                      {error}
                    </Text>
                  )}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
