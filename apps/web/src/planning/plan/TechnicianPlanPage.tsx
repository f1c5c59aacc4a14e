import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconChevronLeft, IconChevronRight, IconPin } from '@tabler/icons-react';
import type { TechnicianPlan } from '@usta/contracts/planning';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/notify.tsx';
import { PageHeader } from '../../pages/PageHeader.tsx';
import { PageLoader } from '../../pages/PageStates.tsx';
import { usePageTitle } from '../../pages/use-page-title.ts';
import { AnchorLink } from '../../work-orders/AnchorLink.tsx';
import { DayInput } from '../../work-orders/DayInput.tsx';
import { PriorityBadge } from '../../work-orders/PriorityBadge.tsx';
import { addDays, formatIn, weekOf } from '../board/day-frame.ts';
import { useTechnicianPlan, useTechnicians } from '../use-planning.ts';
import { VISIT_COLOURS } from '../visit-colours.ts';

export type PlanView = 'day' | 'week';

interface PlanPageProps {
  technicianId: string | null;
  date: string;
  view: PlanView;
  onChange: (next: { technicianId: string | null; date: string; view: PlanView }) => void;
}

const TIME_ZONE = 'Europe/Istanbul';

/** Personel Planlama (seed 002): one technician's visits by day, in order, each opening its order. */
export function TechnicianPlanPage({ technicianId, date, view, onChange }: PlanPageProps) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('planning.plan.title'));
  const technicians = useTechnicians();
  const [from, to] = view === 'week' ? weekOf(date) : [date, date];
  const plan = useTechnicianPlan(technicianId, from, to);
  const step = view === 'week' ? 7 : 1;
  const set = (patch: Partial<{ technicianId: string | null; date: string; view: PlanView }>) =>
    onChange({ technicianId, date, view, ...patch });

  return (
    <>
      <PageHeader
        title={t('planning.plan.title')}
        description={t('planning.plan.subtitle')}
        actions={
          <Group gap="xs" wrap="nowrap">
            <Select
              w={220}
              searchable
              placeholder={t('planning.plan.pickTechnician')}
              data={(technicians.data?.items ?? []).map((tech) => ({ value: tech.id, label: tech.name }))}
              value={technicianId}
              onChange={(value) => set({ technicianId: value })}
              aria-label={t('planning.plan.technician')}
              data-testid="plan-technician"
            />
            <SegmentedControl
              value={view}
              onChange={(value) => set({ view: value as PlanView })}
              data={[
                { value: 'day', label: t('planning.plan.dayView') },
                { value: 'week', label: t('planning.plan.weekView') },
              ]}
              data-testid="plan-view"
            />
            <Button.Group>
              <Button
                variant="default"
                px={8}
                aria-label={t('planning.board.previousDay')}
                onClick={() => set({ date: addDays(date, -step) })}
              >
                <IconChevronLeft size={16} />
              </Button>
              <Button
                variant="default"
                px={8}
                aria-label={t('planning.board.nextDay')}
                onClick={() => set({ date: addDays(date, step) })}
              >
                <IconChevronRight size={16} />
              </Button>
            </Button.Group>
            <DayInput
              value={date}
              onChange={(value) => value && set({ date: value })}
              clearable={false}
              w={130}
            />
          </Group>
        }
      />
      {!technicianId ? (
        <Text c="dimmed">{t('planning.plan.pickTechnician')}</Text>
      ) : plan.isPending ? (
        <PageLoader />
      ) : !plan.data ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('planning.plan.loadFailed')}>
          {errorMessage(plan.error)}
        </Alert>
      ) : (
        <Stack gap="md" data-testid="technician-plan">
          {plan.data.days.map((day) => (
            <PlanDay key={day.date} day={day} locale={i18n.resolvedLanguage === 'en' ? 'en' : 'tr'} />
          ))}
        </Stack>
      )}
    </>
  );
}

function PlanDay({ day, locale }: { day: TechnicianPlan['days'][number]; locale: 'tr' | 'en' }) {
  const { t } = useTranslation();
  const at = (iso: string) => formatIn(iso, TIME_ZONE, 'HH:mm');
  const heading = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'tr-TR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day.date}T00:00:00Z`));
  const shift = day.workingSpans.map((span) => `${at(span.start)}–${at(span.end)}`).join(', ');
  return (
    <Paper withBorder p="md" data-testid="plan-day" data-date={day.date}>
      <Group justify="space-between" mb="xs">
        <Text fw={650}>{heading}</Text>
        <Text fz="xs" c="dimmed">
          {day.holiday ?? (shift ? t('planning.plan.shift', { spans: shift }) : t('planning.plan.offDay'))}
        </Text>
      </Group>
      {day.visits.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('planning.plan.noVisits')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={6} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>{t('planning.plan.order')}</Table.Th>
              <Table.Th w={110}>{t('planning.plan.time')}</Table.Th>
              <Table.Th w={210}>{t('planning.plan.workOrder')}</Table.Th>
              <Table.Th>{t('planning.plan.customer')}</Table.Th>
              <Table.Th>{t('planning.plan.address')}</Table.Th>
              <Table.Th w={110}>{t('planning.plan.window')}</Table.Th>
              <Table.Th w={110}>{t('planning.plan.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {day.visits.map((visit, index) => (
              <Table.Tr key={visit.id} data-testid="plan-visit" data-number={visit.workOrder.number}>
                <Table.Td fw={700}>{index + 1}</Table.Td>
                <Table.Td>
                  {at(visit.plannedStart)}–{at(visit.plannedEnd)}
                  {visit.pinned && <IconPin size={12} style={{ marginLeft: 4 }} />}
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap" style={{ whiteSpace: 'nowrap' }}>
                    <PriorityBadge priority={visit.workOrder.priority} size="xs" />
                    <AnchorLink
                      to="/work-orders/$workOrderId"
                      params={{ workOrderId: visit.workOrderId }}
                      ff="monospace"
                      fz="sm"
                    >
                      {visit.workOrder.number}
                    </AnchorLink>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text fz="sm">{visit.workOrder.customerName}</Text>
                  <Text fz="xs" c="dimmed" lineClamp={1}>
                    {visit.workOrder.complaint}
                  </Text>
                </Table.Td>
                <Table.Td fz="xs">
                  {[visit.workOrder.addressLine, visit.workOrder.district].filter(Boolean).join(', ') || '—'}
                </Table.Td>
                <Table.Td fz="xs">
                  {visit.windowStart && visit.windowEnd
                    ? `${at(visit.windowStart)}–${at(visit.windowEnd)}`
                    : '—'}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={VISIT_COLOURS[visit.status]}>
                    {t(`planning.status.${visit.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
