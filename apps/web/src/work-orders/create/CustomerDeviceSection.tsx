import { Autocomplete, Button, Group, Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconDevicesPlus, IconUserCheck, IconX } from '@tabler/icons-react';
import type { Customer } from '@usta/contracts/customers';
import type { Device } from '@usta/contracts/devices';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/session-hooks.ts';
import { useDeviceList } from '../../devices/use-devices.ts';
import { WarrantyBadge } from '../../devices/WarrantyBadge.tsx';
import { formatPhone } from '../format.ts';
import classes from './lookup.module.css';

interface CustomerDeviceSectionProps {
  customer: Customer;
  deviceId: string | null;
  onDevice: (deviceId: string | null) => void;
  onChangeCustomer: () => void;
  onNewDevice: (serial: string) => void;
  error?: string | undefined;
}

/**
 * The chosen customer and their devices (seed 002: "ilgili cariye ilişkilendirilmiş seri
 * numaralarını önerir"): pick one from the cards or type its serial; or add a new one.
 */
export function CustomerDeviceSection({
  customer,
  deviceId,
  onDevice,
  onChangeCustomer,
  onNewDevice,
  error,
}: CustomerDeviceSectionProps) {
  const { t } = useTranslation();
  const canAddDevice = useCan('device:write');
  const devices = useDeviceList({ customerId: customer.id });
  const items: Device[] = devices.data?.pages.flatMap((page) => page.items) ?? [];
  const [serial, setSerial] = useState('');
  const address = customer.addresses.find((a) => a.isDefault) ?? customer.addresses[0];

  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" bg="usta.0" data-testid="wo-create-customer">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <IconUserCheck size={20} />
            <div>
              <Text fw={600} data-testid="wo-create-customer-name">
                {customer.name}
              </Text>
              <Text fz="xs" c="dimmed">
                {[
                  customer.phones[0] && formatPhone(customer.phones[0].number),
                  customer.taxNumber,
                  address && `${address.line}, ${address.district}/${address.province}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </div>
          </Group>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconX size={14} />}
            onClick={onChangeCustomer}
            data-testid="wo-create-change-customer"
          >
            {t('workOrders.create.changeCustomer')}
          </Button>
        </Group>
      </Paper>

      <Group gap="sm" align="flex-end" wrap="nowrap">
        <Autocomplete
          label={t('workOrders.create.serial')}
          placeholder={t('workOrders.create.serialHint')}
          value={serial}
          onChange={setSerial}
          data={items.flatMap((device) => (device.serialNumber ? [device.serialNumber] : []))}
          onOptionSubmit={(value) => {
            const match = items.find((device) => device.serialNumber === value);
            if (match) onDevice(match.id);
          }}
          error={error}
          style={{ flex: 1 }}
          data-testid="wo-create-serial"
        />
        {canAddDevice && (
          <Button
            variant="light"
            leftSection={<IconDevicesPlus size={16} />}
            onClick={() => onNewDevice(serial)}
            data-testid="wo-create-new-device"
          >
            {t('workOrders.create.newDevice')}
          </Button>
        )}
      </Group>

      {items.length === 0 ? (
        <Text fz="sm" c="dimmed" data-testid="wo-create-no-devices">
          {devices.isPending ? t('app.loading') : t('workOrders.create.noDevices')}
        </Text>
      ) : (
        <SimpleGrid cols={2} spacing="xs">
          {items.map((device) => (
            <UnstyledButton
              key={device.id}
              className={classes.suggestion}
              data-selected={device.id === deviceId || undefined}
              onClick={() => onDevice(device.id)}
              p="xs"
              style={{ border: '1px solid var(--mantine-color-gray-3)' }}
              data-testid={`wo-create-device-option-${device.serialNumber ?? device.id}`}
            >
              <Text fz="sm" fw={600} lineClamp={1}>
                {device.brand} {device.model}
              </Text>
              <Text fz="xs" c="dimmed" lineClamp={1}>
                {device.deviceType}
                {device.serialNumber ? ` · ${device.serialNumber}` : ''}
              </Text>
              <WarrantyBadge
                status={device.warrantyStatus}
                warrantyEnd={device.warrantyEnd}
                size="xs"
                mt={4}
              />
            </UnstyledButton>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
