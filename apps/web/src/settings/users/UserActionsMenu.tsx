import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import type { User } from '@usta/contracts/users';
import { useTranslation } from 'react-i18next';

export type UserAction = 'edit' | 'password' | 'toggle-active';

interface UserActionsMenuProps {
  user: User;
  isSelf: boolean;
  onAction: (action: UserAction, user: User) => void;
}

export function UserActionsMenu({ user, isSelf, onAction }: UserActionsMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md" width={210} withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('users.actionsFor', { name: user.name })}
          data-testid="user-actions"
        >
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconPencil size={16} />}
          onClick={() => onAction('edit', user)}
          data-testid="user-action-edit"
        >
          {t('users.edit')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconKey size={16} />}
          onClick={() => onAction('password', user)}
          data-testid="user-action-password"
        >
          {t('users.resetPassword')}
        </Menu.Item>
        <Menu.Divider />
        {user.active ? (
          // Locking oneself out from one's own screen helps nobody; another admin can do it.
          <Menu.Item
            color="red"
            leftSection={<IconUserOff size={16} />}
            disabled={isSelf}
            onClick={() => onAction('toggle-active', user)}
            data-testid="user-action-deactivate"
          >
            {t('users.deactivate')}
          </Menu.Item>
        ) : (
          <Menu.Item
            leftSection={<IconUserCheck size={16} />}
            onClick={() => onAction('toggle-active', user)}
            data-testid="user-action-reactivate"
          >
            {t('users.reactivate')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
