import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { User } from '@usta/contracts/users';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../app/notify.tsx';
import { applyServerErrors } from './apply-server-errors.ts';
import { useLastDefined } from './use-last-defined.ts';
import { useResetPassword } from './use-users.ts';
import { validators } from './validators.ts';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const shown = useLastDefined(user);
  const reset = useResetPassword();
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '' },
    validate: { password: validators.password },
  });

  function close() {
    form.reset();
    onClose();
  }

  async function submit({ password }: { password: string }) {
    if (!user) return;
    try {
      await reset.mutateAsync({ id: user.id, password });
      notifySuccess(t('users.reset.success', { name: user.name }));
      close();
    } catch (error) {
      if (!applyServerErrors(error, form, ['password'])) notifyError(error);
    }
  }

  return (
    <Modal
      opened={user !== null}
      onClose={close}
      title={t('users.reset.title')}
      data-testid="user-password-modal"
    >
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="md">
          <Text fz="sm">{t('users.reset.description', { name: shown?.name ?? '' })}</Text>
          <PasswordInput
            label={t('users.reset.password')}
            description={t('users.form.passwordHint')}
            withAsterisk
            data-autofocus
            autoComplete="new-password"
            data-testid="reset-password-input"
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending} data-testid="reset-password-submit">
              {t('users.reset.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
