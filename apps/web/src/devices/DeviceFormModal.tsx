import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { Device } from '@usta/contracts/devices';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';
import { notifyError, notifySuccess, notifyWarning } from '../app/notify.tsx';
import { CustomerPicker } from '../customers/CustomerPicker.tsx';
import { DayInput } from '../work-orders/DayInput.tsx';
import {
  type DeviceFormField,
  type DeviceFormValues,
  deviceBody,
  deviceFieldErrors,
  deviceFormValues,
  EMPTY_DEVICE,
} from './device-form.ts';
import { useCreateDevice, useUpdateDevice } from './use-devices.ts';

interface DeviceFormModalProps {
  opened: boolean;
  device: Device | null;
  /** A new device for this customer (the customer picker is then hidden). */
  customerId?: string | null;
  initial?: Partial<DeviceFormValues>;
  onClose: () => void;
  onSaved?: (device: Device) => void;
}

/** The device card (cihaz kartı): brand, model, type, serial, purchase and warranty. */
export function DeviceFormModal({
  opened,
  device,
  customerId,
  initial,
  onClose,
  onSaved,
}: DeviceFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateDevice();
  const update = useUpdateDevice();
  const [values, setValues] = useState<DeviceFormValues>(EMPTY_DEVICE);
  const [errors, setErrors] = useState<Partial<Record<DeviceFormField, string>>>({});

  // biome-ignore lint/correctness/useExhaustiveDependencies: refill when the modal opens
  useEffect(() => {
    if (!opened) return;
    setValues(
      device ? deviceFormValues(device) : { ...EMPTY_DEVICE, customerId: customerId ?? null, ...initial },
    );
    setErrors({});
  }, [opened, device?.id, device?.version]);

  const set = (name: DeviceFormField, value: string | null) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => ({ ...current, [name]: undefined }));
  };
  const field = (
    name: Exclude<DeviceFormField, 'customerId' | 'status'>,
    label: string,
    required = false,
  ) => ({
    label,
    withAsterisk: required,
    value: values[name],
    error: errors[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(name, event.currentTarget.value),
    'data-testid': `device-form-${name}`,
  });

  async function submit() {
    const missing: Partial<Record<DeviceFormField, string>> = {};
    if (!values.customerId) missing.customerId = t('devices.form.required');
    for (const name of ['brand', 'model', 'deviceType'] as const) {
      if (!values[name].trim()) missing[name] = t('devices.form.required');
    }
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return;
    }
    try {
      const body = deviceBody(values);
      const saved = device
        ? await update.mutateAsync({ id: device.id, body: { ...body, version: device.version } })
        : await create.mutateAsync(body);
      notifySuccess(t(device ? 'devices.form.updated' : 'devices.form.created'));
      onSaved?.(saved);
      onClose();
    } catch (error) {
      if (isApiError(error) && error.status === 409 && error.code === 'CONFLICT') {
        notifyWarning(t('devices.form.conflictTitle'), t('devices.form.conflict'));
        onClose();
        return;
      }
      const fieldErrors = isApiError(error) ? deviceFieldErrors(error.fieldErrors) : {};
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
      else notifyError(error);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={t(device ? 'devices.form.editTitle' : 'devices.form.createTitle')}
      data-testid="device-form-modal"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          event.stopPropagation();
          void submit();
        }}
        noValidate
      >
        <Stack gap="sm">
          {!customerId && (
            <CustomerPicker
              label={t('devices.fields.customer')}
              withAsterisk
              value={values.customerId}
              onChange={(id) => set('customerId', id)}
              error={errors.customerId}
              placeholder={t('workOrders.filters.customerHint')}
              data-testid="device-form-customer"
            />
          )}
          <SimpleGrid cols={3} spacing="sm">
            <TextInput {...field('brand', t('devices.fields.brand'), true)} data-autofocus />
            <TextInput {...field('model', t('devices.fields.model'), true)} />
            <TextInput
              {...field('deviceType', t('devices.fields.deviceType'), true)}
              placeholder={t('devices.form.typeHint')}
            />
          </SimpleGrid>
          <SimpleGrid cols={3} spacing="sm">
            <TextInput {...field('serialNumber', t('devices.fields.serialNumber'))} />
            <TextInput {...field('lot', t('devices.fields.lot'))} />
            <TextInput
              {...field('price', t('devices.fields.price'))}
              inputMode="decimal"
              placeholder="12500.00"
            />
          </SimpleGrid>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput {...field('seller', t('devices.fields.seller'))} />
            <DayInput
              label={t('devices.fields.purchaseDate')}
              value={values.purchaseDate}
              error={errors.purchaseDate}
              onChange={(day) => set('purchaseDate', day)}
              data-testid="device-form-purchaseDate"
            />
            <DayInput
              label={t('devices.fields.warrantyStart')}
              value={values.warrantyStart}
              error={errors.warrantyStart}
              onChange={(day) => set('warrantyStart', day)}
              data-testid="device-form-warrantyStart"
            />
            <DayInput
              label={t('devices.fields.warrantyEnd')}
              value={values.warrantyEnd}
              error={errors.warrantyEnd}
              onChange={(day) => set('warrantyEnd', day)}
              data-testid="device-form-warrantyEnd"
            />
          </SimpleGrid>
          {device && (
            <Select
              label={t('devices.fields.status')}
              value={values.status}
              onChange={(status) => status && set('status', status)}
              data={(['active', 'scrapped', 'returned'] as const).map((value) => ({
                value,
                label: t(`devices.status.${value}`),
              }))}
              data-testid="device-form-status"
            />
          )}
          <Textarea {...field('notes', t('devices.fields.notes'))} autosize minRows={2} />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={create.isPending || update.isPending}
              data-testid="device-form-submit"
            >
              {t(device ? 'devices.form.save' : 'devices.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
