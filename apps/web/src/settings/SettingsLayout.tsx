import { Tabs } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../pages/PageHeader.tsx';

/** Ayarlar: one tab per settings section; users first, company settings will follow. */
export function SettingsLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const tab = pathname.startsWith('/settings/users') ? 'users' : null;

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('areas.settings.description')} />
      <Tabs
        value={tab}
        onChange={(next) => next === 'users' && void navigate({ to: '/settings/users' })}
        mb="lg"
      >
        <Tabs.List>
          <Tabs.Tab value="users" leftSection={<IconUsers size={16} />} data-testid="settings-tab-users">
            {t('settings.users')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
