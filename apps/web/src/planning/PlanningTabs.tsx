import { Tabs } from '@mantine/core';
import {
  IconCalendarUser,
  IconCertificate,
  IconLayoutBoardSplit,
  IconUserCog,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

const TABS = [
  { value: 'board', path: '/planning', icon: IconLayoutBoardSplit },
  { value: 'plan', path: '/planning/plan', icon: IconCalendarUser },
  { value: 'technicians', path: '/planning/technicians', icon: IconUserCog },
  { value: 'teams', path: '/planning/teams', icon: IconUsersGroup },
  { value: 'skills', path: '/planning/skills', icon: IconCertificate },
] as const;

type TabValue = (typeof TABS)[number]['value'];

/** Planlama: the dispatch board, the technicians' plans and the resources they are made of. */
export function PlanningTabs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const tab: TabValue =
    TABS.slice(1).find((candidate) => pathname.startsWith(candidate.path))?.value ?? 'board';
  return (
    <Tabs
      value={tab}
      onChange={(next) => {
        const target = TABS.find((candidate) => candidate.value === next);
        if (target) void navigate({ to: target.path });
      }}
      mb="md"
    >
      <Tabs.List>
        {TABS.map(({ value, icon: Icon }) => (
          <Tabs.Tab
            key={value}
            value={value}
            leftSection={<Icon size={16} />}
            data-testid={`planning-tab-${value}`}
          >
            {t(`planning.tabs.${value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
