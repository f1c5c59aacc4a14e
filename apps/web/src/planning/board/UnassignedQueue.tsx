import { ActionIcon, Badge, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconBolt, IconSearch } from '@tabler/icons-react';
import type { UnassignedOrder } from '@usta/contracts/planning';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PriorityBadge } from '../../work-orders/PriorityBadge.tsx';
import classes from './board.module.css';
import { formatIn } from './day-frame.ts';
import type { BoardDrag } from './use-board-drag.ts';

interface QueueProps {
  orders: UnassignedOrder[];
  timeZone: string;
  skillName: (id: string | null) => string | null;
  drag: BoardDrag;
  canWrite: boolean;
  onInsert: (order: UnassignedOrder) => void;
  inserting: string | null;
}

/** Open orders without a visit, most urgent SLA first (the server's order). */
export const UnassignedQueue = memo(
  QueueView,
  (a, b) =>
    a.orders === b.orders &&
    a.timeZone === b.timeZone &&
    a.skillName === b.skillName &&
    a.canWrite === b.canWrite &&
    a.onInsert === b.onInsert &&
    a.inserting === b.inserting &&
    a.drag.dragged === b.drag.dragged,
);

function QueueView({ orders, timeZone, skillName, drag, canWrite, onInsert, inserting }: QueueProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const needle = useDeferredValue(search.trim().toLocaleLowerCase('tr'));
  const shown = useMemo(
    () =>
      needle
        ? orders.filter((order) =>
            [order.number, order.customerName, order.district ?? '', order.complaint].some((text) =>
              text.toLocaleLowerCase('tr').includes(needle),
            ),
          )
        : orders,
    [orders, needle],
  );
  const now = Date.now();

  return (
    <div className={classes.queue} data-testid="board-queue">
      <Stack gap={6} p="sm" pb={8} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between">
          <Text fw={650} fz="sm">
            {t('planning.queue.title')}
          </Text>
          <Badge variant="light" color="gray" data-testid="queue-count">
            {t('planning.queue.count', { count: orders.length })}
          </Badge>
        </Group>
        <TextInput
          size="xs"
          leftSection={<IconSearch size={14} />}
          placeholder={t('planning.queue.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          aria-label={t('planning.queue.search')}
        />
      </Stack>
      <div className={classes.queueList}>
        {shown.length === 0 && (
          <Text c="dimmed" fz="sm" p="md" ta="center">
            {orders.length === 0 ? t('planning.queue.empty') : t('planning.queue.noMatch')}
          </Text>
        )}
        {shown.map((order) => {
          const due = order.dueAt ? formatIn(order.dueAt, timeZone, 'DD.MM HH:mm') : null;
          const overdue = order.dueAt !== null && Date.parse(order.dueAt) < now;
          const skill = skillName(order.requiredSkillId);
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: a drag source; the bolt button is the keyboard path
            <div
              key={order.id}
              className={classes.queueItem}
              draggable={canWrite}
              onDragStart={(event) => drag.startOrder(event, order)}
              onDragEnd={drag.end}
              title={canWrite ? t('planning.queue.dragHint') : undefined}
              data-testid="queue-order"
              data-number={order.number}
              style={{
                opacity: drag.dragged?.kind === 'order' && drag.dragged.order.id === order.id ? 0.4 : 1,
              }}
            >
              <Group justify="space-between" gap={4} wrap="nowrap">
                <Group gap={6} wrap="nowrap" miw={0}>
                  <PriorityBadge priority={order.priority} size="xs" />
                  <Text fz="xs" fw={700} ff="monospace">
                    {order.number}
                  </Text>
                </Group>
                {canWrite && (
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="orange"
                    aria-label={t('planning.queue.insert')}
                    title={t('planning.queue.insert')}
                    loading={inserting === order.id}
                    onClick={() => onInsert(order)}
                    data-testid="queue-insert"
                  >
                    <IconBolt size={14} />
                  </ActionIcon>
                )}
              </Group>
              <Text fz="sm" truncate>
                {order.customerName}
              </Text>
              <Group gap={6} wrap="nowrap">
                <Text
                  fz={11}
                  c={overdue ? 'red' : due ? 'dark' : 'dimmed'}
                  fw={overdue ? 600 : 400}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {due
                    ? t(overdue ? 'planning.queue.overdue' : 'planning.queue.due', { time: due })
                    : t('planning.queue.noDue')}
                </Text>
                <Text fz={11} c="dimmed" truncate>
                  · {t('planning.queue.minutes', { count: order.durationMinutes })}
                  {order.district ? ` · ${order.district}` : ''}
                  {skill ? ` · ${skill}` : ''}
                </Text>
              </Group>
            </div>
          );
        })}
      </div>
    </div>
  );
}
