import { Tabs } from '@mantine/core';
import { IconCalendarUser, IconLayoutBoardSplit } from '@tabler/icons-react';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** Planlama: the dispatch board and the technicians' plans. */
export function PlanningTabs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const tab = pathname.startsWith('/planning/plan') ? 'plan' : 'board';
  return (
    <Tabs
      value={tab}
      onChange={(next) => {
        if (next === 'board') void navigate({ to: '/planning' });
        if (next === 'plan') void navigate({ to: '/planning/plan' });
      }}
      mb="md"
    >
      <Tabs.List>
        <Tabs.Tab
          value="board"
          leftSection={<IconLayoutBoardSplit size={16} />}
          data-testid="planning-tab-board"
        >
          {t('planning.tabs.board')}
        </Tabs.Tab>
        <Tabs.Tab value="plan" leftSection={<IconCalendarUser size={16} />} data-testid="planning-tab-plan">
          {t('planning.tabs.plan')}
        </Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
