import { Paper, Stack, Text, Title } from '@mantine/core';
import type { WorkOrderDetail } from '@usta/contracts/work-orders';
import { useTranslation } from 'react-i18next';

const FIELDS = ['complaint', 'diagnosis', 'workDone', 'resolutionCode'] as const;

/** The service details as text, for a finished order or a role that may only read it. */
export function ReadOnlyDetails({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="wo-details-readonly">
      <Stack gap="sm">
        <Title order={4}>{t('workOrders.edit.title')}</Title>
        {FIELDS.map((field) => (
          <div key={field}>
            <Text fz="sm" fw={600}>
              {t(`workOrders.fields.${field}`)}
            </Text>
            <Text
              fz="sm"
              c={order[field] ? undefined : 'dimmed'}
              style={{ whiteSpace: 'pre-wrap' }}
              data-testid={`wo-text-${field}`}
            >
              {order[field] || '—'}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
