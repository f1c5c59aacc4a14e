import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Locale } from '@usta/contracts/common';
import type { User } from '@usta/contracts/users';
import type { StaffRole } from '@usta/core/access';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../app/notify.tsx';
import { applyServerErrors } from './apply-server-errors.ts';
import { isConflict, notifyConflict } from './conflict.ts';
import { LocaleControl } from './LocaleControl.tsx';
import { RoleCheckboxes } from './RoleCheckboxes.tsx';
import { useLastDefined } from './use-last-defined.ts';
import { useUpdateUser } from './use-users.ts';
import { validators } from './validators.ts';

interface EditValues {
  name: string;
  roles: StaffRole[];
  locale: Locale;
}

const FIELDS = ['name', 'roles', 'locale'] as const;

export function EditUserModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const shown = useLastDefined(user);
  const update = useUpdateUser();
  const form = useForm<EditValues>({
    mode: 'controlled',
    initialValues: { name: '', roles: [], locale: 'tr' },
    validate: { name: validators.name, roles: validators.roles },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: refill only when another user is opened
  useEffect(() => {
    if (!user) return;
    const values = { name: user.name, roles: [...user.roles], locale: user.locale };
    form.setInitialValues(values);
    form.setValues(values);
    form.clearErrors();
  }, [user?.id, user?.version]);

  async function submit(values: EditValues) {
    if (!user) return;
    try {
      const saved = await update.mutateAsync({
        id: user.id,
        changes: {
          name: values.name.trim(),
          roles: values.roles,
          locale: values.locale,
          version: user.version,
        },
      });
      notifySuccess(t('users.editModal.success', { name: saved.name }));
      onClose();
    } catch (error) {
      if (isConflict(error)) {
        notifyConflict();
        onClose();
      } else if (!applyServerErrors(error, form, FIELDS)) {
        notifyError(error);
      }
    }
  }

  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={t('users.editModal.title')}
      size="lg"
      data-testid="user-edit-modal"
    >
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {shown?.email}
          </Text>
          <TextInput
            label={t('users.form.name')}
            withAsterisk
            data-autofocus
            data-testid="user-form-name"
            {...form.getInputProps('name')}
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
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={update.isPending}
              disabled={!form.isDirty()}
              data-testid="user-form-submit"
            >
              {t('users.editModal.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
