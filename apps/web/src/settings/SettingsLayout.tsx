import { Tabs } from '@mantine/core';
import {
  IconAlarm,
  IconCalendarTime,
  IconCertificate,
  IconChecklist,
  IconTruckDelivery,
  IconUserCog,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session-hooks.ts';
import { PageHeader } from '../pages/PageHeader.tsx';

/** Planning desk settings (issue 6): the skill tree, teams and technician profiles. */
const PLANNING_TABS = ['skills', 'teams', 'technicians'] as const;

/** Ayarlar: one tab per settings section; users first, company settings will follow. */
export function SettingsLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const canReadSettings = useCan('settings:read');
  const canReadPlanning = useCan('planning:read');
  // SLA (issue 4): policies and the CAPA list of breached orders.
  const canReadCapa = useCan('work_order:read_all');
  const slaTab = (['sla', 'capa', 'ola'] as const).find((key) => pathname.startsWith(`/settings/${key}`));
  const tab = pathname.startsWith('/settings/users')
    ? 'users'
    : pathname.startsWith('/settings/calendars')
      ? 'calendars'
      : (PLANNING_TABS.find((key) => pathname.startsWith(`/settings/${key}`)) ?? null);

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('areas.settings.description')} />
      <Tabs
        value={slaTab ?? tab}
        onChange={(next) => {
          if (next === 'users') void navigate({ to: '/settings/users' });
          if (next === 'calendars') void navigate({ to: '/settings/calendars' });
          if (next === 'sla' || next === 'capa' || next === 'ola') void navigate({ to: `/settings/${next}` });
          if (next === 'skills' || next === 'teams' || next === 'technicians')
            void navigate({ to: `/settings/${next}` });
        }}
        mb="lg"
      >
        <Tabs.List>
          <Tabs.Tab value="users" leftSection={<IconUsers size={16} />} data-testid="settings-tab-users">
            {t('settings.users')}
          </Tabs.Tab>
          {canReadSettings && (
            <Tabs.Tab
              value="calendars"
              leftSection={<IconCalendarTime size={16} />}
              data-testid="settings-tab-calendars"
            >
              {t('calendars.tab')}
            </Tabs.Tab>
          )}
          {canReadSettings && (
            <Tabs.Tab value="sla" leftSection={<IconAlarm size={16} />} data-testid="settings-tab-sla">
              {t('sla.policies.tab')}
            </Tabs.Tab>
          )}
          {canReadCapa && (
            <Tabs.Tab value="capa" leftSection={<IconChecklist size={16} />} data-testid="settings-tab-capa">
              {t('sla.capa.tab')}
            </Tabs.Tab>
          )}
          {canReadCapa && (
            <Tabs.Tab
              value="ola"
              leftSection={<IconTruckDelivery size={16} />}
              data-testid="settings-tab-ola"
            >
              {t('ola.tab')}
            </Tabs.Tab>
          )}
          {canReadPlanning &&
            PLANNING_TABS.map((key) => {
              const Icon = { skills: IconCertificate, teams: IconUsersGroup, technicians: IconUserCog }[key];
              return (
                <Tabs.Tab
                  key={key}
                  value={key}
                  leftSection={<Icon size={16} />}
                  data-testid={`settings-tab-${key}`}
                >
                  {t(`planning.settings.${key}Tab`)}
                </Tabs.Tab>
              );
            })}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
