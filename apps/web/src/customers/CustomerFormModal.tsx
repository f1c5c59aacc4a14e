import { Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { Customer } from '@usta/contracts/customers';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';
import { notifyError, notifySuccess, notifyWarning } from '../app/notify.tsx';
import {
  type CustomerFormField,
  type CustomerFormValues,
  createCustomerBody,
  customerFieldErrors,
  customerFormValues,
  EMPTY_CUSTOMER,
  updateCustomerBody,
} from './customer-form.ts';
import { useCreateCustomer, useUpdateCustomer } from './use-customers.ts';

interface CustomerFormModalProps {
  opened: boolean;
  /** Edit this customer; create a new one when null. */
  customer: Customer | null;
  /** Prefill of a new customer, e.g. the phone number the agent already typed. */
  initial?: Partial<CustomerFormValues>;
  onClose: () => void;
  onSaved?: (customer: Customer) => void;
}

/** Individual or corporate customer with the main phone, e-mail and address, in one modal. */
export function CustomerFormModal({ opened, customer, initial, onClose, onSaved }: CustomerFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateCustomer();
  const update = useUpdateCustomer();
  const [values, setValues] = useState<CustomerFormValues>(EMPTY_CUSTOMER);
  const [errors, setErrors] = useState<Partial<Record<CustomerFormField, string>>>({});

  // biome-ignore lint/correctness/useExhaustiveDependencies: refill when the modal opens
  useEffect(() => {
    if (!opened) return;
    setValues(customer ? customerFormValues(customer) : { ...EMPTY_CUSTOMER, ...initial });
    setErrors({});
  }, [opened, customer?.id, customer?.version]);

  const field = (name: Exclude<CustomerFormField, 'type'>, extra: { label: string; required?: boolean }) => ({
    label: extra.label,
    withAsterisk: extra.required,
    value: values[name],
    error: errors[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
      setErrors((current) => ({ ...current, [name]: undefined }));
    },
    'data-testid': `customer-form-${name}`,
  });

  async function submit() {
    if (!values.name.trim()) {
      setErrors({ name: t('customers.form.nameRequired') });
      return;
    }
    try {
      const saved = customer
        ? await update.mutateAsync({ id: customer.id, changes: updateCustomerBody(values, customer) })
        : await create.mutateAsync(createCustomerBody(values));
      notifySuccess(t(customer ? 'customers.form.updated' : 'customers.form.created', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    } catch (error) {
      if (isApiError(error) && error.status === 409 && error.code === 'CONFLICT') {
        notifyWarning(t('customers.form.conflictTitle'), t('customers.form.conflict'));
        onClose();
        return;
      }
      const fieldErrors = isApiError(error) ? customerFieldErrors(error.fieldErrors) : {};
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
      else notifyError(error);
    }
  }

  const corporate = values.type === 'corporate';
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={t(customer ? 'customers.form.editTitle' : 'customers.form.createTitle')}
      data-testid="customer-form-modal"
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
          <SegmentedControl
            value={values.type}
            onChange={(type) =>
              setValues((current) => ({ ...current, type: type as CustomerFormValues['type'] }))
            }
            data={[
              { value: 'individual', label: t('customers.type.individual') },
              { value: 'corporate', label: t('customers.type.corporate') },
            ]}
            data-testid="customer-form-type"
          />
          <TextInput
            {...field('name', {
              label: t(corporate ? 'customers.form.title' : 'customers.form.fullName'),
              required: true,
            })}
            data-autofocus
          />
          <SimpleGrid cols={corporate ? 2 : 1} spacing="sm">
            <TextInput
              {...field('taxNumber', { label: t(corporate ? 'customers.form.vkn' : 'customers.form.tckn') })}
              inputMode="numeric"
            />
            {corporate && <TextInput {...field('taxOffice', { label: t('customers.form.taxOffice') })} />}
          </SimpleGrid>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              {...field('phone', { label: t('customers.form.phone') })}
              type="tel"
              placeholder="0532 123 45 67"
            />
            <TextInput {...field('email', { label: t('customers.form.email') })} type="email" />
          </SimpleGrid>
          <SimpleGrid cols={3} spacing="sm">
            <TextInput {...field('province', { label: t('customers.form.province') })} />
            <TextInput {...field('district', { label: t('customers.form.district') })} />
            <TextInput {...field('neighbourhood', { label: t('customers.form.neighbourhood') })} />
          </SimpleGrid>
          <TextInput {...field('line', { label: t('customers.form.line') })} />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={create.isPending || update.isPending}
              data-testid="customer-form-submit"
            >
              {t(customer ? 'customers.form.save' : 'customers.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
