import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createContact } from '../api/customers-api.ts';
import { isApiError } from '../api/problem.ts';
import { notifyError, notifySuccess } from '../app/notify.tsx';
import { fieldErrorsFor } from '../settings/users/form-errors.ts';
import { CUSTOMERS } from './use-customers.ts';

const FIELDS = ['name', 'title', 'phone', 'email'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { name: '', title: '', phone: '', email: '' };

/** A person at the customer (yetkili kişi): who calls, who signs, who gets the report. */
export function ContactFormModal({
  customerId,
  opened,
  onClose,
}: {
  customerId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: createContact,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CUSTOMERS }),
  });
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  useEffect(() => {
    if (opened) {
      setValues(EMPTY);
      setErrors({});
    }
  }, [opened]);

  async function submit() {
    if (!values.name.trim()) {
      setErrors({ name: t('customers.form.nameRequired') });
      return;
    }
    const orNull = (value: string) => value.trim() || null;
    try {
      await create.mutateAsync({
        customerId,
        name: values.name.trim(),
        title: orNull(values.title),
        phone: orNull(values.phone),
        email: orNull(values.email),
      });
      notifySuccess(t('customers.contact.created', { name: values.name.trim() }));
      onClose();
    } catch (error) {
      const fieldErrors = isApiError(error) ? fieldErrorsFor(error.fieldErrors, FIELDS) : {};
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
      else notifyError(error);
    }
  }

  const field = (name: Field, label: string) => ({
    label,
    value: values[name],
    error: errors[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
      setErrors((current) => ({ ...current, [name]: undefined }));
    },
    'data-testid': `contact-form-${name}`,
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('customers.contact.title')}
      data-testid="contact-form-modal"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <TextInput {...field('name', t('customers.form.fullName'))} withAsterisk data-autofocus />
            <TextInput {...field('title', t('customers.contact.jobTitle'))} />
            <TextInput {...field('phone', t('customers.form.phone'))} type="tel" />
            <TextInput {...field('email', t('customers.form.email'))} type="email" />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="contact-form-submit">
              {t('customers.contact.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
