import { Badge, Button, Group, Loader, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDeviceMobile, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { Customer } from '@usta/contracts/customers';
import type { Device } from '@usta/contracts/devices';
import { useTranslation } from 'react-i18next';
import { searchCustomers } from '../../api/customers-api.ts';
import { listDevices } from '../../api/devices-api.ts';
import { useCan } from '../../auth/session-hooks.ts';
import { formatPhone } from '../format.ts';
import { CustomerDevicesHint } from './CustomerDevicesHint.tsx';
import classes from './lookup.module.css';

interface CallerLookupProps {
  value: string;
  onChange: (value: string) => void;
  onPickCustomer: (customer: Customer) => void;
  onPickDevice: (device: Device) => void;
  onNewCustomer: () => void;
  error?: string | undefined;
}

/**
 * The caller in a few keystrokes: a phone number, a name, a tax number or a device serial.
 * Customers and devices are searched side by side; picking a device picks its customer too.
 */
export function CallerLookup({
  value,
  onChange,
  onPickCustomer,
  onPickDevice,
  onNewCustomer,
  error,
}: CallerLookupProps) {
  const { t } = useTranslation();
  const canCreateCustomer = useCan('customer:write');
  const [q] = useDebouncedValue(value.trim(), 250);
  const enabled = q.length >= 2;
  const customers = useQuery({
    queryKey: ['customers', 'lookup', q],
    queryFn: ({ signal }) => searchCustomers(q, signal),
    enabled,
  });
  const devices = useQuery({
    queryKey: ['devices', 'lookup', q],
    queryFn: ({ signal }) => listDevices({ q }, null, signal, 5),
    enabled,
  });
  const loading = customers.isFetching || devices.isFetching;
  const nothing =
    enabled && !loading && customers.data?.items.length === 0 && devices.data?.items.length === 0;

  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('workOrders.create.lookup')}
          placeholder={t('workOrders.create.lookupHint')}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter takes the best match instead of submitting the half-filled order form.
            if (event.key !== 'Enter') return;
            event.preventDefault();
            const customer = customers.data?.items[0];
            const device = devices.data?.items[0];
            if (customer) onPickCustomer(customer);
            else if (device) onPickDevice(device);
          }}
          leftSection={<IconSearch size={16} />}
          rightSection={loading ? <Loader size={14} /> : null}
          error={error}
          style={{ flex: 1 }}
          data-autofocus
          autoFocus
          data-testid="wo-create-lookup"
        />
        {canCreateCustomer && (
          <Button
            variant="light"
            leftSection={<IconUserPlus size={16} />}
            onClick={onNewCustomer}
            data-testid="wo-create-new-customer"
          >
            {t('workOrders.create.newCustomer')}
          </Button>
        )}
      </Group>
      {enabled && (
        <Paper withBorder p={4} data-testid="wo-create-suggestions">
          {customers.data?.items.map((customer) => (
            <UnstyledButton
              key={customer.id}
              onClick={() => onPickCustomer(customer)}
              w="100%"
              p="xs"
              className={classes.suggestion}
              data-testid="wo-create-customer-option"
            >
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text fz="sm" fw={600}>
                    {customer.name}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {[
                      customer.phones[0] && formatPhone(customer.phones[0].number),
                      customer.taxNumber,
                      customer.addresses[0]?.district,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  <CustomerDevicesHint customerId={customer.id} />
                </div>
                <Badge variant="light" color="gray" size="sm">
                  {t(`customers.type.${customer.type}`)}
                </Badge>
              </Group>
            </UnstyledButton>
          ))}
          {devices.data?.items.map((device) => (
            <UnstyledButton
              key={device.id}
              onClick={() => onPickDevice(device)}
              w="100%"
              p="xs"
              className={classes.suggestion}
              data-testid="wo-create-device-match"
            >
              <Group gap="xs" wrap="nowrap">
                <IconDeviceMobile size={16} />
                <Text fz="sm">
                  {device.brand} {device.model} · {device.deviceType}
                </Text>
                {device.serialNumber && (
                  <Badge variant="outline" size="sm">
                    {device.serialNumber}
                  </Badge>
                )}
              </Group>
            </UnstyledButton>
          ))}
          {nothing && (
            <Text fz="sm" c="dimmed" p="xs" data-testid="wo-create-no-match">
              {t('workOrders.create.noMatch')}
            </Text>
          )}
        </Paper>
      )}
    </Stack>
  );
}
