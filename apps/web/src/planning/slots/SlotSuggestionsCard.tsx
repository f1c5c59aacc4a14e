import { Alert, Badge, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconSearch } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SlotCandidate } from '@usta/contracts/planning';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createVisit, getSlotSuggestions } from '../../api/planning-api.ts';
import { errorMessage, notifySuccess, notifyWarning } from '../../app/notify.tsx';
import { useCan } from '../../auth/session-hooks.ts';
import { DayInput } from '../../work-orders/DayInput.tsx';
import { formatIn, todayIn } from '../board/day-frame.ts';
import { PLANNING, useOrderVisits } from '../use-planning.ts';
import { VISIT_COLOURS } from '../visit-colours.ts';

const ZONE = 'Europe/Istanbul';
const JUST_CREATED_MS = 10 * 60_000;

interface OrderRef {
  id: string;
  phase: string;
  createdAt: string;
}

/**
 * Randevu: the order's visits and, on request, the best technician/time candidates (skill,
 * region, authorisation, shift, SLA) that an agent can offer the caller and book in one click.
 * A just-created open order without a visit asks at once: the caller is usually still on the line.
 */
export function SlotSuggestionsCard({ order }: { order: OrderRef }) {
  const { t, i18n } = useTranslation();
  const canSuggest = useCan('planning:read');
  const canWrite = useCan('planning:write');
  const client = useQueryClient();
  const visits = useOrderVisits(order.id);
  const open = order.phase !== 'closed' && order.phase !== 'cancelled';
  const fresh = Date.now() - Date.parse(order.createdAt) < JUST_CREATED_MS;
  const [from, setFrom] = useState(() => todayIn(ZONE));
  const [days, setDays] = useState(3);
  const [asked, setAsked] = useState(false);
  const auto = canSuggest && open && fresh && visits.data?.items.length === 0;
  const suggestions = useQuery({
    queryKey: [...PLANNING, 'slots', order.id, from, days],
    queryFn: ({ signal }) => getSlotSuggestions(order.id, { from, days, limit: 8 }, signal),
    enabled: canSuggest && open && (asked || auto),
    staleTime: 0,
  });
  const book = useMutation({
    mutationFn: (slot: SlotCandidate) =>
      createVisit({
        workOrderId: order.id,
        technicianId: slot.technicianId,
        plannedStart: slot.start,
        plannedEnd: slot.end,
        windowStart: slot.windowStart,
        windowEnd: slot.windowEnd,
        status: 'planned',
        pinned: false,
      }),
    onSuccess: (_visit, slot) => {
      notifySuccess(
        t('planning.slots.booked', { technician: slot.technicianName, from: when(slot.windowStart) }),
      );
      setAsked(false);
      void client.invalidateQueries({ queryKey: PLANNING });
      void client.invalidateQueries({ queryKey: ['work-orders', 'detail'] });
    },
    onError: (error) => {
      notifyWarning(t('planning.board.saveFailed'), errorMessage(error));
      void suggestions.refetch();
    },
  });
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'tr';
  const when = (iso: string) =>
    `${new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'tr-TR', { weekday: 'short', day: 'numeric', month: 'short', timeZone: ZONE }).format(new Date(iso))} ${formatIn(iso, ZONE, 'HH:mm')}`;

  return (
    <Paper withBorder p="md" data-testid="slot-card">
      <Title order={5} mb={4}>
        {t('planning.slots.visits')}
      </Title>
      {visits.data && visits.data.items.length === 0 && (
        <Text fz="sm" c="dimmed" mb="xs">
          {t('planning.slots.noVisitsYet')}
        </Text>
      )}
      <Stack gap={4} mb="sm">
        {visits.data?.items.map((visit) => (
          <Group key={visit.id} gap={6} wrap="nowrap" data-testid="order-visit">
            <Badge size="sm" variant="light" color={VISIT_COLOURS[visit.status]}>
              {t(`planning.status.${visit.status}`)}
            </Badge>
            <Text fz="sm">
              {when(visit.plannedStart)}–{formatIn(visit.plannedEnd, ZONE, 'HH:mm')}
            </Text>
          </Group>
        ))}
      </Stack>
      {canSuggest && open && (
        <>
          <Title order={5} mb={2}>
            {t('planning.slots.title')}
          </Title>
          <Text fz="xs" c="dimmed" mb="xs">
            {auto && !asked ? t('planning.slots.afterCreate') : t('planning.slots.subtitle')}
          </Text>
          <Group gap="xs" align="flex-end" mb="sm" wrap="nowrap">
            <DayInput
              label={t('planning.slots.from')}
              value={from}
              onChange={(v) => v && setFrom(v)}
              clearable={false}
              size="xs"
              w={120}
            />
            <NumberInput
              label={t('planning.slots.days')}
              min={1}
              max={14}
              value={days}
              onChange={(v) => setDays(Number(v) || 1)}
              size="xs"
              w={70}
            />
            <Button
              size="xs"
              leftSection={<IconSearch size={14} />}
              onClick={() => (asked ? void suggestions.refetch() : setAsked(true))}
              loading={suggestions.isFetching}
              data-testid="slot-search"
            >
              {t('planning.slots.search')}
            </Button>
          </Group>
          {suggestions.isError && <Alert color="red">{errorMessage(suggestions.error)}</Alert>}
          {suggestions.data && (
            <Stack gap={6} data-testid="slot-list">
              {suggestions.data.candidates.length === 0 && (
                <Text fz="sm" c="dimmed">
                  {t('planning.slots.empty')}
                </Text>
              )}
              {suggestions.data.candidates.map((slot, index) => (
                <Group
                  key={`${slot.technicianId}-${slot.start}`}
                  justify="space-between"
                  wrap="nowrap"
                  p={6}
                  style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
                  data-testid="slot-candidate"
                >
                  <Stack gap={0} miw={0} style={{ flex: 1 }}>
                    <Text fz="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {index + 1}. {when(slot.windowStart)}–{formatIn(slot.windowEnd, ZONE, 'HH:mm')}
                    </Text>
                    <Text fz="xs" c="dimmed" truncate>
                      {slot.technicianName} ·{' '}
                      {t('planning.slots.addedTravel', {
                        km: slot.addedTravelKm.toFixed(1),
                        minutes: Math.round(slot.addedTravelMinutes),
                      })}
                    </Text>
                    <Group justify="space-between" gap={4} wrap="nowrap">
                      <Text fz="xs" c={slot.latenessMinutes > 0 ? 'red' : 'teal'}>
                        {slot.latenessMinutes > 0
                          ? t('planning.slots.lateBy', { minutes: Math.round(slot.latenessMinutes) })
                          : t('planning.slots.onTime')}
                      </Text>
                      {canWrite && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          leftSection={<IconCalendarPlus size={12} />}
                          onClick={() => book.mutate(slot)}
                          loading={book.isPending && book.variables === slot}
                          data-testid="slot-book"
                        >
                          {t('planning.slots.book')}
                        </Button>
                      )}
                    </Group>
                  </Stack>
                </Group>
              ))}
              {suggestions.data.rejected.length > 0 && (
                <Text fz="xs" c="dimmed" data-testid="slot-rejected">
                  {t('planning.slots.rejectedTitle')}:{' '}
                  {suggestions.data.rejected
                    .map((r) => `${r.technicianName} (${t(`planning.slots.rejected.${r.reason}`)})`)
                    .join(', ')}
                </Text>
              )}
            </Stack>
          )}
        </>
      )}
    </Paper>
  );
}
