import { Alert, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listOpenOrdersForDevice } from '../../api/work-orders-api.ts';
import { AnchorLink } from '../AnchorLink.tsx';
import { StatusBadge } from '../StatusBadge.tsx';

/** Before the agent opens a second order for the same device, show the one already open. */
export function OpenOrderWarning({ deviceId }: { deviceId: string }) {
  const { t } = useTranslation();
  const open = useQuery({
    queryKey: ['work-orders', 'open-for-device', deviceId],
    queryFn: ({ signal }) => listOpenOrdersForDevice(deviceId, signal),
  });
  const orders = open.data?.items ?? [];
  if (orders.length === 0) return null;
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle size={18} />}
      title={t('workOrders.create.openOrderTitle')}
      data-testid="wo-create-open-warning"
    >
      {t('workOrders.create.openOrderText')}
      {orders.map((order) => (
        <Group key={order.id} gap="xs" mt={6}>
          <AnchorLink
            to="/work-orders/$workOrderId"
            params={{ workOrderId: order.id }}
            target="_blank"
            fw={600}
            fz="sm"
          >
            {order.number}
          </AnchorLink>
          <StatusBadge status={order.statusInfo} size="xs" />
        </Group>
      ))}
    </Alert>
  );
}
