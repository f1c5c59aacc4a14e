import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { User } from '@usta/contracts/users';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../app/notify.tsx';
import { conflictCurrent, isConflict, notifyConflict } from './conflict.ts';
import { useLastDefined } from './use-last-defined.ts';
import { useUpdateUser } from './use-users.ts';

/** Confirms deactivating (the server ends the user's sessions at once) or reactivating a user. */
export function ToggleActiveDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const shown = useLastDefined(user);
  const update = useUpdateUser();
  const deactivating = shown?.active ?? true;
  const texts = deactivating ? 'users.deactivateDialog' : 'users.reactivateDialog';
  const name = shown?.name ?? '';

  async function confirm() {
    if (!user) return;
    const wanted = !user.active;
    try {
      try {
        await update.mutateAsync({ id: user.id, changes: { active: wanted, version: user.version } });
      } catch (error) {
        // Switching a user on or off cannot overwrite anyone's edit: if the record changed
        // meanwhile (say, they picked another language) but still needs the switch, redo it
        // on the current version instead of asking the admin to start over.
        const current = conflictCurrent(error);
        if (!current || current.active === wanted) throw error;
        await update.mutateAsync({ id: user.id, changes: { active: wanted, version: current.version } });
      }
      notifySuccess(t(`${texts}.success`, { name }));
      onClose();
    } catch (error) {
      if (isConflict(error)) {
        notifyConflict();
        onClose();
      } else {
        notifyError(error);
      }
    }
  }

  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={t(`${texts}.title`)}
      data-testid="user-toggle-dialog"
    >
      <Stack gap="lg">
        <Text fz="sm">{t(`${texts}.body`, { name })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={deactivating ? 'red' : 'usta'}
            loading={update.isPending}
            onClick={() => void confirm()}
            data-testid="user-toggle-confirm"
          >
            {t(`${texts}.confirm`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
