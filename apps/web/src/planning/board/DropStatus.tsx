import { Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHandGrab, IconHandStop } from '@tabler/icons-react';
import type { Board } from '@usta/contracts/planning';
import { useTranslation } from 'react-i18next';
import { clock } from './day-frame.ts';
import { blocking } from './drop-issues.ts';
import type { BoardDrag } from './use-board-drag.ts';

/**
 * One line above the timeline that says, while dragging, what the slot under the pointer means:
 * fits, warnings (may be dropped), or errors (refused). Always there, so the board never jumps.
 */
export function DropStatus({ drag, board }: { drag: BoardDrag; board: Board }) {
  const { t } = useTranslation();
  const target = drag.target;
  const technician = target ? board.technicians.find((tech) => tech.id === target.technicianId) : null;
  const severity = !target
    ? 'idle'
    : blocking(target.issues)
      ? 'error'
      : target.issues.length > 0
        ? 'warning'
        : 'ok';
  const colour = { idle: 'dimmed', ok: 'teal', warning: 'yellow.8', error: 'red' }[severity];
  const Icon = { idle: IconHandGrab, ok: IconCircleCheck, warning: IconAlertTriangle, error: IconHandStop }[
    severity
  ];

  return (
    <Group
      gap={8}
      wrap="nowrap"
      mih={30}
      px="xs"
      mb={6}
      data-testid="drag-status"
      data-severity={severity}
      aria-live="polite"
      style={{ borderRadius: 6, background: severity === 'idle' ? undefined : 'var(--mantine-color-gray-0)' }}
    >
      <Icon
        size={18}
        color={`var(--mantine-color-${severity === 'idle' ? 'gray-5' : colour === 'yellow.8' ? 'yellow-8' : `${colour}-6`})`}
      />
      {!target || !technician ? (
        <Text fz="sm" c="dimmed">
          {t('planning.queue.dragHint')}
        </Text>
      ) : (
        <>
          <Text fz="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {t('planning.board.dropHere', {
              technician: technician.name,
              from: clock(target.start),
              to: clock(target.end),
            })}
          </Text>
          <Text fz="sm" c={colour} truncate data-testid="drag-issues">
            {target.issues.length === 0
              ? t('planning.board.dropOk')
              : target.issues.map((issue) => issue.message ?? t(`planning.issues.${issue.code}`)).join(' ')}
          </Text>
          {target.checking && <Loader size={12} aria-label={t('planning.board.checking')} />}
        </>
      )}
    </Group>
  );
}
