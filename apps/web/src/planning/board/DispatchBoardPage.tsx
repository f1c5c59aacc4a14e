import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconChevronLeft,
  IconChevronRight,
  IconRefresh,
  IconSparkles,
} from '@tabler/icons-react';
import type { UnassignedOrder } from '@usta/contracts/planning';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/notify.tsx';
import { useCan } from '../../auth/session-hooks.ts';
import { PageHeader } from '../../pages/PageHeader.tsx';
import { PageLoader } from '../../pages/PageStates.tsx';
import { usePageTitle } from '../../pages/use-page-title.ts';
import { DayInput } from '../../work-orders/DayInput.tsx';
import { RouteMap } from '../map/RouteMap.tsx';
import { useBoard, useCategoryRequirements, useSkills, useTeams } from '../use-planning.ts';
import classes from './board.module.css';
import { currentRoutes, proposedRoutes, waitingStops } from './board-map.ts';
import { DropStatus } from './DropStatus.tsx';
import { addDays, frameFor } from './day-frame.ts';
import { ProposalPanel } from './ProposalPanel.tsx';
import { Timeline, type VisitAction } from './Timeline.tsx';
import { UnassignedQueue } from './UnassignedQueue.tsx';
import { useBoardDrag } from './use-board-drag.ts';
import { useOptimise } from './use-optimise.ts';
import { useVisitChanges } from './use-visit-changes.ts';

interface DispatchBoardProps {
  date: string;
  teamId: string | null;
  onChange: (next: { date: string; teamId: string | null }) => void;
}

/** Planlama → Sevk panosu. */
export function DispatchBoardPage({ date, teamId, onChange }: DispatchBoardProps) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('planning.board.title'));
  const canWrite = useCan('planning:write');
  const board = useBoard(date, teamId);
  const skills = useSkills();
  const teams = useTeams();
  const requirements = useCategoryRequirements();
  const [hovered, setHovered] = useState<string | null>(null);
  const [mapView, setMapView] = useState<'current' | 'proposed'>('current');
  const data = board.data;
  const timeZone = data?.timeZone ?? 'Europe/Istanbul';

  const frame = useMemo(
    () =>
      frameFor(
        date,
        timeZone,
        (data?.technicians ?? []).flatMap((tech) => [
          ...tech.workingSpans,
          ...tech.visits.map((visit) => ({ start: visit.plannedStart, end: visit.plannedEnd })),
        ]),
      ),
    [date, timeZone, data],
  );
  const requirementMap = useMemo(
    () =>
      new Map(
        (requirements.data?.items ?? []).map((item) => [
          item.categoryId,
          { skillId: item.skillId, minLevel: item.minLevel },
        ]),
      ),
    [requirements.data],
  );
  const skillNames = useMemo(
    () =>
      new Map(
        (skills.data?.items ?? []).map((skill) => [
          skill.id,
          i18n.resolvedLanguage === 'en' ? (skill.nameEn ?? skill.nameTr) : skill.nameTr,
        ]),
      ),
    [skills.data, i18n.resolvedLanguage],
  );
  const changes = useVisitChanges(timeZone);
  const latestChanges = useRef(changes);
  latestChanges.current = changes;
  const onVisitAction = useCallback((action: VisitAction) => latestChanges.current.act(action), []);
  const skillName = useCallback(
    (id: string | null) => (id ? (skillNames.get(id) ?? null) : null),
    [skillNames],
  );
  const drag = useBoardDrag(data, frame, requirementMap, changes.drop);
  const optimiser = useOptimise(date, teamId, board.refetch);
  const latestOptimiser = useRef(optimiser);
  latestOptimiser.current = optimiser;
  const onInsert = useCallback((order: UnassignedOrder) => latestOptimiser.current.insert(order.id), []);
  const routes = useMemo(() => {
    if (!data) return [];
    return optimiser.proposal && mapView === 'proposed'
      ? proposedRoutes(data, optimiser.proposal)
      : currentRoutes(data);
  }, [data, optimiser.proposal, mapView]);
  const waiting = useMemo(() => (data ? waitingStops(data) : []), [data]);

  const controls = (
    <Group gap="xs" wrap="nowrap">
      <Button.Group>
        <Button
          variant="default"
          px={8}
          aria-label={t('planning.board.previousDay')}
          onClick={() => onChange({ date: addDays(date, -1), teamId })}
        >
          <IconChevronLeft size={16} />
        </Button>
        <Button
          variant="default"
          px={8}
          aria-label={t('planning.board.nextDay')}
          onClick={() => onChange({ date: addDays(date, 1), teamId })}
        >
          <IconChevronRight size={16} />
        </Button>
      </Button.Group>
      <DayInput
        value={date}
        onChange={(value) => value && onChange({ date: value, teamId })}
        clearable={false}
        w={130}
        aria-label={t('planning.board.day')}
        data-testid="board-day"
      />
      <Select
        w={190}
        data={[
          { value: '', label: t('planning.board.allTeams') },
          ...(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name })),
        ]}
        value={teamId ?? ''}
        onChange={(value) => onChange({ date, teamId: value || null })}
        allowDeselect={false}
        aria-label={t('planning.board.team')}
        data-testid="board-team"
      />
      <ActionIcon
        variant="default"
        size={36}
        aria-label={t('planning.board.refresh')}
        title={t('planning.board.refresh')}
        onClick={() => void board.refetch()}
        loading={board.isFetching && !board.isPending}
      >
        <IconRefresh size={16} />
      </ActionIcon>
      {canWrite && (
        <Button
          leftSection={<IconSparkles size={16} />}
          onClick={optimiser.start}
          loading={optimiser.running}
          disabled={!data || data.technicians.length === 0}
          data-testid="optimise-day"
        >
          {t('planning.optimise.button')}
        </Button>
      )}
    </Group>
  );

  return (
    <>
      <PageHeader
        title={t('planning.board.title')}
        description={t('planning.board.subtitle')}
        actions={controls}
      />
      {optimiser.running && (
        <Stack gap={4} mb="md" data-testid="optimise-progress">
          <Group justify="space-between">
            <Text fz="sm" fw={600}>
              {t('planning.optimise.running')}
            </Text>
            <Text fz="xs" c="dimmed">
              {t('planning.optimise.progress', {
                percent: Math.round(optimiser.progress * 100),
                seconds: (optimiser.elapsedMs / 1000).toFixed(1),
              })}
            </Text>
          </Group>
          <Progress value={Math.max(3, optimiser.progress * 100)} animated striped />
        </Stack>
      )}
      {data && optimiser.proposal && (
        <ProposalPanel
          proposal={optimiser.proposal}
          board={data}
          canWrite={canWrite}
          applying={optimiser.applying}
          onApply={optimiser.apply}
          onDiscard={optimiser.discard}
        />
      )}
      {board.isPending ? (
        <PageLoader />
      ) : !data ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('planning.board.loadFailed')}>
          {errorMessage(board.error)}
        </Alert>
      ) : (
        <div style={{ display: 'flex', gap: 12, alignItems: 'stretch' }}>
          <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
            <DropStatus drag={drag} board={data} />
            {data.technicians.length === 0 ? (
              <Alert color="gray">{t('planning.board.noTechnicians')}</Alert>
            ) : (
              <Timeline
                board={data}
                frame={frame}
                drag={drag}
                onHoverTechnician={setHovered}
                onVisitAction={onVisitAction}
              />
            )}
            <Group justify="space-between" mt="md" mb={6}>
              <Text fw={650} fz="sm">
                {t('planning.board.mapTitle')}
              </Text>
              {optimiser.proposal && (
                <SegmentedControl
                  size="xs"
                  value={mapView}
                  onChange={(value) => setMapView(value as 'current' | 'proposed')}
                  data={[
                    { value: 'current', label: t('planning.optimise.current') },
                    { value: 'proposed', label: t('planning.optimise.proposed') },
                  ]}
                />
              )}
            </Group>
            <div className={classes.mapBox}>
              <RouteMap routes={routes} waiting={waiting} highlightKey={hovered} />
            </div>
          </Stack>
          <div style={{ width: 290, flex: '0 0 290px', display: 'flex' }}>
            <div
              style={{
                position: 'sticky',
                top: 72,
                height: 'calc(100vh - 96px)',
                width: '100%',
                display: 'flex',
              }}
            >
              <UnassignedQueue
                orders={data.unassigned}
                timeZone={timeZone}
                skillName={skillName}
                drag={drag}
                canWrite={canWrite}
                onInsert={onInsert}
                inserting={optimiser.inserting}
              />
            </div>
          </div>
        </div>
      )}
    </>
  );
}
