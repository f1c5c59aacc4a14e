import { Box, Group, Text, Tooltip } from '@mantine/core';
import type { WorkOrderSla } from '@usta/contracts/sla';
import { useTranslation } from 'react-i18next';
import { positionOf } from './sla-format.ts';
import { instant, slaTime } from './sla-time.ts';
import { useReason } from './use-reason.ts';

const SEGMENT: Record<WorkOrderSla['timeline'][number]['clock'], string> = {
  running: 'var(--mantine-color-blue-5)',
  paused:
    'repeating-linear-gradient(135deg, var(--mantine-color-gray-4) 0 6px, var(--mantine-color-gray-2) 6px 12px)',
  stopped: 'var(--mantine-color-dark-2)',
};

interface Marker {
  key: string;
  at: number;
  label: string;
  colour: string;
  testId: string;
  /** Labels of the two due markers sit on opposite sides so they never overlap. */
  side: 'top' | 'bottom';
}

/**
 * The order's clock on a wall-clock axis from receipt to the later of now and the last due time:
 * running, paused (striped) and stopped stretches, the response and resolution due times, now.
 */
export function SlaTimelineBar({ sla }: { sla: WorkOrderSla }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage;
  const reason = useReason();
  const now = instant(sla.computedAt);
  const from = Math.min(instant(sla.receivedAt), instant(sla.clockStartedAt));
  const dues = [sla.firstResponse?.dueAt, sla.resolution?.dueAt].filter((d): d is string => !!d);
  const ends = sla.timeline.map((e) => (e.end ? instant(e.end) : now));
  const to = Math.max(now, ...dues.map(instant), ...ends) + 1;
  const pos = (at: number) => positionOf(at, from, to);

  const markers: Marker[] = [];
  if (sla.firstResponse?.dueAt) {
    markers.push({
      key: 'response',
      at: instant(sla.firstResponse.dueAt),
      label: t('sla.timeline.responseDue', { time: slaTime(sla.firstResponse.dueAt, locale) }),
      colour: sla.firstResponse.breached ? 'red' : 'var(--mantine-color-orange-7)',
      testId: 'sla-marker-response',
      side: 'top',
    });
  }
  if (sla.resolution?.dueAt) {
    markers.push({
      key: 'resolution',
      at: instant(sla.resolution.dueAt),
      label: t('sla.timeline.resolutionDue', { time: slaTime(sla.resolution.dueAt, locale) }),
      colour: sla.resolution.breached ? 'red' : 'var(--mantine-color-grape-7)',
      testId: 'sla-marker-resolution',
      side: 'bottom',
    });
  }

  return (
    <Box data-testid="sla-bar" pt={22} pb={22} style={{ position: 'relative' }}>
      <Box
        style={{
          position: 'relative',
          height: 18,
          borderRadius: 4,
          background: 'var(--mantine-color-gray-1)',
          overflow: 'hidden',
        }}
      >
        {sla.timeline.map((entry) => {
          const start = instant(entry.start);
          const end = entry.end ? instant(entry.end) : now;
          const left = pos(start);
          const width = Math.max(0.6, pos(end) - left);
          return (
            <Tooltip
              key={`${entry.start}-${entry.clock}-${entry.status}`}
              withArrow
              label={`${t(`sla.clock.${entry.clock}`)} · ${reason(entry.phase, entry.status)} · ${slaTime(entry.start, locale)} – ${entry.end ? slaTime(entry.end, locale) : t('sla.timeline.now')}`}
            >
              <Box
                data-testid="sla-bar-segment"
                data-clock={entry.clock}
                style={{
                  position: 'absolute',
                  left: `${left}%`,
                  width: `${width}%`,
                  top: 0,
                  bottom: 0,
                  background: SEGMENT[entry.clock],
                  borderRight: '1px solid var(--mantine-color-body)',
                }}
              />
            </Tooltip>
          );
        })}
      </Box>
      {markers.map((marker) => (
        <Box
          key={marker.key}
          data-testid={marker.testId}
          style={{
            position: 'absolute',
            left: `${pos(marker.at)}%`,
            top: marker.side === 'top' ? 4 : 22,
            height: 36,
            borderLeft: `2px solid ${marker.colour}`,
          }}
        >
          <Text
            fz={11}
            fw={600}
            c={marker.colour}
            style={{
              position: 'absolute',
              whiteSpace: 'nowrap',
              top: marker.side === 'top' ? -4 : 22,
              // Near the right edge the label reads leftwards from its line.
              ...(pos(marker.at) > 60 ? { right: 4 } : { left: 4 }),
            }}
          >
            {marker.label}
          </Text>
        </Box>
      ))}
      <Box
        data-testid="sla-marker-now"
        style={{
          position: 'absolute',
          left: `${pos(now)}%`,
          top: 18,
          height: 26,
          borderLeft: '2px dashed var(--mantine-color-dark-6)',
        }}
      />
      <Group justify="space-between" mt={24} gap="xs">
        <Text fz={11} c="dimmed">
          {t('sla.timeline.received', { time: slaTime(sla.receivedAt, locale) })}
        </Text>
        <Group gap="md">
          <Legend colour={SEGMENT.running} label={t('sla.clock.running')} />
          <Legend colour={SEGMENT.paused} label={t('sla.clock.paused')} />
          <Legend colour={SEGMENT.stopped} label={t('sla.clock.stopped')} />
          <Group gap={4}>
            <Box w={0} h={12} style={{ borderLeft: '2px dashed var(--mantine-color-dark-6)' }} />
            <Text fz={11} c="dimmed">
              {t('sla.timeline.now')}
            </Text>
          </Group>
        </Group>
      </Group>
    </Box>
  );
}

function Legend({ colour, label }: { colour: string; label: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Box w={14} h={10} style={{ background: colour, borderRadius: 2 }} />
      <Text fz={11} c="dimmed">
        {label}
      </Text>
    </Group>
  );
}
