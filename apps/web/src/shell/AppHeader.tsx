import { Burger, Divider, Group, Text, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/session-hooks.ts';
import { BrandMark } from './BrandMark.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';

interface AppHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
}

export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('shell.toggleNav')}
          data-testid="nav-toggle"
        />
        <UnstyledButton component={Link} to="/" aria-label={t('shell.home')}>
          <BrandMark />
        </UnstyledButton>
        <Divider orientation="vertical" visibleFrom="xs" my={18} />
        <Text c="dimmed" fw={500} truncate visibleFrom="xs" data-testid="org-name">
          {me.organization.name}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <LanguageSwitch />
        <UserMenu />
      </Group>
    </Group>
  );
}
