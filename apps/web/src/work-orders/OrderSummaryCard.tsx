import { Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { WorkOrderDetail } from '@usta/contracts/work-orders';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WarrantyBadge } from '../devices/WarrantyBadge.tsx';
import { AnchorLink } from '../work-orders/AnchorLink.tsx';
import { formatDate, formatDateTime } from './format.ts';

/** Who the order is for and on which device, with the warranty as of today. */
export function OrderSummaryCard({ order }: { order: WorkOrderDetail }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={5}>{t('workOrders.detail.customer')}</Title>
        {order.customer ? (
          <AnchorLink
            to="/customers/$customerId"
            params={{ customerId: order.customer.id }}
            fw={600}
            data-testid="wo-customer"
          >
            {order.customer.name}
          </AnchorLink>
        ) : (
          <Text fw={600}>{order.customerName}</Text>
        )}
        <Divider my={4} />
        <Title order={5}>{t('workOrders.detail.device')}</Title>
        {order.device ? (
          <Stack gap={4} data-testid="wo-device">
            <AnchorLink to="/devices/$deviceId" params={{ deviceId: order.device.id }} fw={600}>
              {order.device.brand} {order.device.model}
            </AnchorLink>
            <Text fz="sm" c="dimmed">
              {order.device.deviceType}
              {order.device.serialNumber
                ? ` · ${t('devices.fields.serialShort')} ${order.device.serialNumber}`
                : ''}
            </Text>
            <Group>
              <WarrantyBadge status={order.device.warrantyStatus} warrantyEnd={order.device.warrantyEnd} />
            </Group>
          </Stack>
        ) : (
          <Text fz="sm" c="dimmed">
            {t('workOrders.detail.noDevice')}
          </Text>
        )}
        <Divider my={4} />
        <Row label={t('workOrders.fields.requestedDate')}>{formatDate(order.requestedDate, locale)}</Row>
        <Row label={t('workOrders.fields.impactUrgency')}>
          {order.impact && order.urgency
            ? `${t(`workOrders.level.${order.impact}`)} × ${t(`workOrders.level.${order.urgency}`)}`
            : '—'}
        </Row>
        <Row label={t('workOrders.columns.created')}>{formatDateTime(order.createdAt, locale)}</Row>
        <Row label={t('workOrders.fields.updatedAt')}>{formatDateTime(order.updatedAt, locale)}</Row>
        {order.closedAt && (
          <Row label={t('workOrders.fields.closedAt')}>{formatDateTime(order.closedAt, locale)}</Row>
        )}
      </Stack>
    </Paper>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text fz="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="sm" ta="right">
        {children}
      </Text>
    </Group>
  );
}
