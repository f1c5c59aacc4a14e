import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/notify.tsx';
import { AnchorLink } from '../work-orders/AnchorLink.tsx';
import { formatDateTime } from '../work-orders/format.ts';
import { StatusBadge } from '../work-orders/StatusBadge.tsx';
import { useDeviceHistory } from './use-devices.ts';

const KINDS = new Set([
  'created',
  'status_change',
  'note',
  'time_entry',
  'edit',
  'assignment',
  'approval',
  'merge',
  'link',
]);

/** The latest activity's text; an activity without a description is named by its kind. */
function activityText(text: string | null, t: TFunction): string {
  if (!text) return '—';
  return KINDS.has(text) ? t(`workOrders.activity.${text as 'note'}`) : text;
}

/** Every work order of the device, newest first, with its latest activity. */
export function DeviceHistory({ deviceId }: { deviceId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage;
  const history = useDeviceHistory(deviceId);
  if (history.isError) {
    return (
      <Text c="red" fz="sm" p="md">
        {errorMessage(history.error)}
      </Text>
    );
  }
  const items = history.data?.items ?? [];
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={8} fz="sm" data-testid="device-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{t('workOrders.columns.number')}</Table.Th>
            <Table.Th w={150}>{t('workOrders.columns.status')}</Table.Th>
            <Table.Th>{t('workOrders.columns.complaint')}</Table.Th>
            <Table.Th>{t('devices.detail.lastActivity')}</Table.Th>
            <Table.Th w={140}>{t('workOrders.columns.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed" ta="center" py="lg" data-testid="device-history-empty">
                  {history.isPending ? t('app.loading') : t('devices.detail.noHistory')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {items.map((order) => (
            <Table.Tr
              key={order.id}
              data-testid={`device-history-row-${order.number}`}
              style={{ boxShadow: `inset 4px 0 0 ${order.statusInfo.colour}` }}
            >
              <Table.Td>
                <AnchorLink
                  to="/work-orders/$workOrderId"
                  params={{ workOrderId: order.id }}
                  fw={600}
                  fz="sm"
                >
                  {order.number}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={order.statusInfo} size="sm" />
              </Table.Td>
              <Table.Td>
                <Text fz="sm" lineClamp={2}>
                  {order.complaint}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fz="sm" c="dimmed" lineClamp={2}>
                  {activityText(order.lastActivity, t)}
                </Text>
                <Text fz="xs" c="dimmed">
                  {t('devices.detail.activityCount', { count: order.activityCount })}
                  {order.lastActivityAt ? ` · ${formatDateTime(order.lastActivityAt, locale)}` : ''}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(order.createdAt, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
