import { Badge, Table, Text } from '@mantine/core';
import type { WorkOrderSla } from '@usta/contracts/sla';
import { useTranslation } from 'react-i18next';
import { useDuration } from './SlaBadge.tsx';
import { slaTime } from './sla-time.ts';
import { useReason } from './use-reason.ts';

const CLOCK_COLOUR = { running: 'blue', paused: 'gray', stopped: 'dark' } as const;

/** The timeline as rows: when, what the clock did, why, and how much working time counted. */
export function SlaIntervalsTable({ sla }: { sla: WorkOrderSla }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage;
  const duration = useDuration();
  const reason = useReason();
  return (
    <Table fz="sm" verticalSpacing={4} horizontalSpacing="xs" data-testid="sla-intervals">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('sla.timeline.from')}</Table.Th>
          <Table.Th>{t('sla.timeline.to')}</Table.Th>
          <Table.Th w={110}>{t('sla.timeline.clock')}</Table.Th>
          <Table.Th>{t('sla.timeline.reason')}</Table.Th>
          <Table.Th ta="right">{t('sla.timeline.counted')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sla.timeline.map((entry) => (
          <Table.Tr
            key={`${entry.start}-${entry.clock}-${entry.status}`}
            data-testid="sla-interval"
            data-clock={entry.clock}
          >
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{slaTime(entry.start, locale)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {entry.end ? (
                slaTime(entry.end, locale)
              ) : (
                <Text fz="sm" c="dimmed">
                  {t('sla.timeline.ongoing')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Badge
                size="sm"
                variant="light"
                color={CLOCK_COLOUR[entry.clock]}
                style={{ overflow: 'visible' }}
              >
                {t(`sla.clock.${entry.clock}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{reason(entry.phase, entry.status)}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {entry.clock === 'running' ? duration(entry.businessTimeMs) : '—'}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
