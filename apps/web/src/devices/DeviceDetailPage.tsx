import { Alert, Button, Divider, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/notify.tsx';
import { useCan } from '../auth/session-hooks.ts';
import { BackLink, PageLoader } from '../pages/PageStates.tsx';
import { usePageTitle } from '../pages/use-page-title.ts';
import { formatDate } from '../work-orders/format.ts';
import { CustomerName } from './CustomerName.tsx';
import { DeviceFormModal } from './DeviceFormModal.tsx';
import { DeviceHistory } from './DeviceHistory.tsx';
import { useDevice } from './use-devices.ts';
import { WarrantyBadge } from './WarrantyBadge.tsx';

/** The device card and its whole service history (seed 002: "Ürün Takip"). */
export function DeviceDetailPage({ deviceId }: { deviceId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage;
  const canWrite = useCan('device:write');
  const device = useDevice(deviceId);
  const [editing, setEditing] = useState(false);
  usePageTitle(device.data ? `${device.data.brand} ${device.data.model}` : t('areas.devices.label'));

  if (device.isPending) {
    return <PageLoader />;
  }
  if (!device.data) {
    return (
      <Alert color="red" title={t('devices.detail.loadFailed')} data-testid="device-load-error">
        {errorMessage(device.error)}
      </Alert>
    );
  }
  const data = device.data;
  return (
    <>
      <BackLink to="/devices">{t('devices.detail.back')}</BackLink>
      <Group justify="space-between" mt={4} mb="md">
        <Group gap="sm">
          <Title order={2} fz={24} data-testid="device-title">
            {data.brand} {data.model}
          </Title>
          <WarrantyBadge status={data.warrantyStatus} warrantyEnd={data.warrantyEnd} size="lg" />
        </Group>
        {canWrite && (
          <Button
            variant="default"
            leftSection={<IconEdit size={16} />}
            onClick={() => setEditing(true)}
            data-testid="device-edit"
          >
            {t('devices.detail.edit')}
          </Button>
        )}
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" data-testid="device-card">
            <Stack gap={6}>
              <Row label={t('devices.fields.customer')}>
                <CustomerName id={data.customerId} />
              </Row>
              <Row label={t('devices.fields.deviceType')}>{data.deviceType}</Row>
              <Row label={t('devices.fields.serialNumber')}>
                <span data-testid="device-serial">{data.serialNumber ?? '—'}</span>
              </Row>
              <Row label={t('devices.fields.lot')}>{data.lot ?? '—'}</Row>
              <Row label={t('devices.fields.status')}>{t(`devices.status.${data.status}`)}</Row>
              <Divider my={4} />
              <Row label={t('devices.fields.seller')}>{data.seller ?? '—'}</Row>
              <Row label={t('devices.fields.purchaseDate')}>{formatDate(data.purchaseDate, locale)}</Row>
              <Row label={t('devices.fields.price')}>
                {data.price ? `${data.price} ${data.currency}` : '—'}
              </Row>
              <Row label={t('devices.fields.warrantyStart')}>{formatDate(data.warrantyStart, locale)}</Row>
              <Row label={t('devices.fields.warrantyEnd')}>{formatDate(data.warrantyEnd, locale)}</Row>
              {data.notes && (
                <Text fz="sm" c="dimmed" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                  {data.notes}
                </Text>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder>
            <Title order={4} p="md" pb="xs">
              {t('devices.detail.history')}
            </Title>
            <DeviceHistory deviceId={data.id} />
          </Paper>
        </Grid.Col>
      </Grid>
      <DeviceFormModal opened={editing} device={data} onClose={() => setEditing(false)} />
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text fz="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="sm" ta="right" component="div">
        {children}
      </Text>
    </Group>
  );
}
