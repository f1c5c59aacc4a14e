import { Button, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { Customer } from '@usta/contracts/customers';
import type { Device } from '@usta/contracts/devices';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getCustomer } from '../../api/customers-api.ts';
import { isApiError } from '../../api/problem.ts';
import { notifyError, notifySuccess, notifyWarning } from '../../app/notify.tsx';
import { CustomerFormModal } from '../../customers/CustomerFormModal.tsx';
import { DeviceFormModal } from '../../devices/DeviceFormModal.tsx';
import { PageHeader } from '../../pages/PageHeader.tsx';
import { usePageTitle } from '../../pages/use-page-title.ts';
import { useCreateWorkOrder } from '../use-work-orders.ts';
import { CallerLookup } from './CallerLookup.tsx';
import { CustomerDeviceSection } from './CustomerDeviceSection.tsx';
import {
  type CreateField,
  type CreateValues,
  createBody,
  createFieldErrors,
  EMPTY_CREATE,
  missingFields,
} from './create-form.ts';
import { OpenOrderWarning } from './OpenOrderWarning.tsx';
import { OrderFieldsSection } from './OrderFieldsSection.tsx';

const looksLikePhone = (text: string) => /^[\d\s()+-]{7,}$/.test(text.trim());

/** The call-centre form: find the caller, their device, write down the fault, open the order. */
export function WorkOrderCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('workOrders.create.title'));
  const navigate = useNavigate();
  const create = useCreateWorkOrder();
  const [lookup, setLookup] = useState('');
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [values, setValues] = useState<CreateValues>(EMPTY_CREATE);
  const [errors, setErrors] = useState<Partial<Record<CreateField, string>>>({});
  const [newCustomer, setNewCustomer] = useState(false);
  const [newDeviceSerial, setNewDeviceSerial] = useState<string | null>(null);

  const patch = (change: Partial<CreateValues>) => {
    setValues((current) => ({ ...current, ...change }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(change)) delete next[key as CreateField];
      return next;
    });
  };
  const pickCustomer = (chosen: Customer, deviceId: string | null = null) => {
    setCustomer(chosen);
    patch({ customerId: chosen.id, deviceId });
  };
  async function pickDevice(device: Device) {
    try {
      pickCustomer(
        customer?.id === device.customerId ? customer : await getCustomer(device.customerId),
        device.id,
      );
    } catch (error) {
      notifyError(error);
    }
  }

  async function submit() {
    const missing = missingFields(values);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((field) => [field, t('workOrders.create.required')])));
      return;
    }
    try {
      const created = await create.mutateAsync(createBody(values));
      notifySuccess(t('workOrders.create.created', { number: created.number }));
      for (const warning of created.warnings) {
        notifyWarning(
          t('workOrders.create.openOrderTitle'),
          t('workOrders.create.openOrderCreated', { number: warning.number }),
        );
      }
      await navigate({ to: '/work-orders/$workOrderId', params: { workOrderId: created.id } });
    } catch (error) {
      const fieldErrors = isApiError(error) ? createFieldErrors(error.fieldErrors) : {};
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
      else notifyError(error);
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
    >
      <PageHeader title={t('workOrders.create.title')} description={t('workOrders.create.subtitle')} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" h="100%">
            <Title order={4} mb="sm">
              {t('workOrders.create.callerSection')}
            </Title>
            {customer ? (
              <CustomerDeviceSection
                customer={customer}
                deviceId={values.deviceId}
                onDevice={(deviceId) => patch({ deviceId })}
                onChangeCustomer={() => {
                  setCustomer(null);
                  patch({ customerId: null, deviceId: null });
                }}
                onNewDevice={(serial) => setNewDeviceSerial(serial)}
                error={errors.deviceId}
              />
            ) : (
              <CallerLookup
                value={lookup}
                onChange={setLookup}
                onPickCustomer={(chosen) => pickCustomer(chosen)}
                onPickDevice={(device) => void pickDevice(device)}
                onNewCustomer={() => setNewCustomer(true)}
                error={errors.customerId}
              />
            )}
            {values.deviceId && (
              <Stack mt="sm">
                <OpenOrderWarning deviceId={values.deviceId} />
              </Stack>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md">
            <Title order={4} mb="sm">
              {t('workOrders.create.requestSection')}
            </Title>
            <OrderFieldsSection values={values} errors={errors} onChange={patch} />
          </Paper>
        </Grid.Col>
      </Grid>
      <Group justify="flex-end" mt="md" gap="sm">
        <Button variant="default" onClick={() => void navigate({ to: '/work-orders' })}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={create.isPending} data-testid="wo-create-submit">
          {t('workOrders.create.submit')}
        </Button>
      </Group>

      <CustomerFormModal
        opened={newCustomer}
        customer={null}
        initial={looksLikePhone(lookup) ? { phone: lookup.trim() } : { name: lookup.trim() }}
        onClose={() => setNewCustomer(false)}
        onSaved={(saved) => pickCustomer(saved)}
      />
      <DeviceFormModal
        opened={newDeviceSerial !== null}
        device={null}
        customerId={customer?.id ?? null}
        initial={{ serialNumber: newDeviceSerial ?? '' }}
        onClose={() => setNewDeviceSerial(null)}
        onSaved={(device) => patch({ deviceId: device.id })}
      />
    </form>
  );
}
