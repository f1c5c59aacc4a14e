import { Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Locale } from '@usta/contracts/common';
import type { StaffRole } from '@usta/core/access';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../app/notify.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { applyServerErrors } from './apply-server-errors.ts';
import { LocaleControl } from './LocaleControl.tsx';
import { RoleCheckboxes } from './RoleCheckboxes.tsx';
import { useCreateUser } from './use-users.ts';
import { validators } from './validators.ts';

interface NewUserValues {
  email: string;
  name: string;
  password: string;
  roles: StaffRole[];
  locale: Locale;
}

const FIELDS = ['email', 'name', 'password', 'roles', 'locale'] as const;

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const form = useForm<NewUserValues>({
    mode: 'controlled',
    initialValues: { email: '', name: '', password: '', roles: [], locale: currentLocale() },
    validate: validators,
  });

  function close() {
    form.reset();
    create.reset();
    onClose();
  }

  async function submit(values: NewUserValues) {
    try {
      const user = await create.mutateAsync({
        ...values,
        email: values.email.trim(),
        name: values.name.trim(),
      });
      notifySuccess(t('users.create.success', { name: user.name }));
      close();
    } catch (error) {
      if (!applyServerErrors(error, form, FIELDS)) notifyError(error);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('users.create.title')}
      size="lg"
      data-testid="user-create-modal"
    >
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('users.form.name')}
            withAsterisk
            data-autofocus
            autoComplete="off"
            data-testid="user-form-name"
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('users.form.email')}
            type="email"
            withAsterisk
            autoComplete="off"
            data-testid="user-form-email"
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('users.form.password')}
            description={t('users.form.passwordHint')}
            withAsterisk
            autoComplete="new-password"
            data-testid="user-form-password"
            {...form.getInputProps('password')}
          />
          <RoleCheckboxes
            value={form.values.roles}
            onChange={(roles) => form.setFieldValue('roles', roles)}
            error={form.errors.roles}
          />
          <LocaleControl
            value={form.values.locale}
            onChange={(locale) => form.setFieldValue('locale', locale)}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="user-form-submit">
              {t('users.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
