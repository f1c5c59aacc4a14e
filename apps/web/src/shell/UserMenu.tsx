import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconBuildingFactory2, IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logOut } from '../api/auth-api.ts';
import { useMe } from '../auth/session-hooks.ts';
import { initialsOf } from './initials.ts';

export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const [leaving, setLeaving] = useState(false);

  async function leave() {
    setLeaving(true);
    // logOut ends the local session even if the server cannot be reached; the router then
    // moves to the login page on its own (see wire-session.ts).
    await logOut().catch(() => undefined);
  }

  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" aria-label={t('shell.account')} style={{ borderRadius: 8 }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="usta" radius="xl" size={34}>
              {initialsOf(me.name)}
            </Avatar>
            <Text fw={500} fz="sm" visibleFrom="md" maw={180} truncate>
              {me.name}
            </Text>
            <IconChevronDown size={14} stroke={1.8} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text fw={600} fz="sm" c="var(--mantine-color-text)" truncate data-testid="user-menu-name">
            {me.name}
          </Text>
          <Text fz="xs" c="dimmed" truncate>
            {t('shell.signedInAs', { email: me.email })}
          </Text>
          <Group gap={6} mt={6} wrap="nowrap">
            <IconBuildingFactory2 size={14} stroke={1.6} />
            <Text fz="xs" c="dimmed" truncate>
              {me.organization.name}
            </Text>
          </Group>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} />}
          onClick={() => void leave()}
          disabled={leaving}
          data-testid="logout"
        >
          {t('shell.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
