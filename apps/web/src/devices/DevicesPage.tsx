import { Button, Group, Loader, Select, TextInput } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { DeviceStatus } from '@usta/contracts/devices';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceFilter } from '../api/devices-api.ts';
import { useCan } from '../auth/session-hooks.ts';
import { CustomerPicker } from '../customers/CustomerPicker.tsx';
import { ListPanel, LoadMoreButton } from '../pages/ListPanel.tsx';
import { PageHeader } from '../pages/PageHeader.tsx';
import { usePageTitle } from '../pages/use-page-title.ts';
import { monthRange } from '../work-orders/format.ts';
import { DeviceFormModal } from './DeviceFormModal.tsx';
import { DevicesTable } from './DevicesTable.tsx';
import { useDeviceList } from './use-devices.ts';

/** Cihaz arşivi: by customer, model, status and warranty-end month; or one serial number. */
export function DevicesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('areas.devices.label'));
  const navigate = useNavigate();
  const canWrite = useCan('device:write');
  const [search, setSearch] = useState('');
  const [serial, setSerial] = useState('');
  const [model, setModel] = useState('');
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [status, setStatus] = useState<DeviceStatus | null>(null);
  const [month, setMonth] = useState('');
  const [creating, setCreating] = useState(false);
  const [typed] = useDebouncedValue({ search, serial, model }, 300);
  const range = month ? monthRange(month) : null;
  const filter: DeviceFilter = {
    q: typed.search || undefined,
    serialNumber: typed.serial.trim() || undefined,
    model: typed.model.trim() || undefined,
    customerId: customerId ?? undefined,
    status: status ?? undefined,
    warrantyEndFrom: range?.from,
    warrantyEndTo: range?.to,
    sort: range ? 'warrantyEnd' : undefined,
  };
  const list = useDeviceList(filter);
  const devices = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('areas.devices.label')}
        description={t('devices.list.subtitle')}
        actions={
          canWrite && (
            <Button
              leftSection={<IconPlus size={18} />}
              onClick={() => setCreating(true)}
              data-testid="device-create"
            >
              {t('devices.list.new')}
            </Button>
          )
        }
      />
      <Group gap="sm" mb="md" wrap="wrap" align="flex-end">
        <TextInput
          label={t('devices.list.searchLabel')}
          placeholder={t('devices.list.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          leftSection={<IconSearch size={16} />}
          rightSection={list.isFetching && !list.isFetchingNextPage ? <Loader size={14} /> : null}
          w={220}
          data-testid="device-search"
        />
        <TextInput
          label={t('devices.fields.serialNumber')}
          value={serial}
          onChange={(event) => setSerial(event.currentTarget.value)}
          w={160}
          data-testid="device-serial-filter"
        />
        <CustomerPicker
          label={t('devices.fields.customer')}
          value={customerId}
          onChange={setCustomerId}
          w={200}
          data-testid="device-customer-filter"
        />
        <TextInput
          label={t('devices.fields.model')}
          value={model}
          onChange={(event) => setModel(event.currentTarget.value)}
          w={130}
        />
        <Select
          label={t('devices.fields.status')}
          value={status}
          onChange={(value) => setStatus(value as DeviceStatus | null)}
          data={(['active', 'scrapped', 'returned'] as const).map((value) => ({
            value,
            label: t(`devices.status.${value}`),
          }))}
          clearable
          w={120}
        />
        <MonthPickerInput
          label={t('devices.list.warrantyMonth')}
          value={month ? `${month}-01` : null}
          onChange={(value) => setMonth(value ? value.slice(0, 7) : '')}
          valueFormat="MMMM YYYY"
          locale={i18n.resolvedLanguage === 'en' ? 'en' : 'tr'}
          clearable
          w={150}
          data-testid="device-warranty-month"
        />
      </Group>
      <ListPanel query={list} items={devices}>
        <DevicesTable devices={devices} />
      </ListPanel>
      <LoadMoreButton list={list} />
      <DeviceFormModal
        opened={creating}
        device={null}
        onClose={() => setCreating(false)}
        onSaved={(device) => void navigate({ to: '/devices/$deviceId', params: { deviceId: device.id } })}
      />
    </>
  );
}
