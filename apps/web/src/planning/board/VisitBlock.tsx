import { Menu } from '@mantine/core';
import { IconCheck, IconExternalLink, IconPin, IconPinnedOff, IconX } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { VisitWithOrder } from '@usta/contracts/planning';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIT_COLOURS } from '../visit-colours.ts';
import classes from './board.module.css';
import { type DayFrame, minutesOfDay, percentOf, wallClock } from './day-frame.ts';
import type { VisitAction } from './Timeline.tsx';

interface VisitBlockProps {
  visit: VisitWithOrder;
  position: number;
  frame: DayFrame;
  dragging: boolean;
  onDragStart: (event: DragEvent) => void;
  onDragEnd: () => void;
  onAction: (action: VisitAction) => void;
}

const MOVABLE = new Set(['planned', 'confirmed']);

export function VisitBlock({
  visit,
  position,
  frame,
  dragging,
  onDragStart,
  onDragEnd,
  onAction,
}: VisitBlockProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const start = minutesOfDay(visit.plannedStart, frame);
  const end = minutesOfDay(visit.plannedEnd, frame);
  const left = percentOf(frame, start);
  const width = Math.max(0.4, percentOf(frame, end) - left);
  const colour = VISIT_COLOURS[visit.status];
  const late = visit.workOrder.dueAt !== null && visit.plannedEnd > visit.workOrder.dueAt;
  const time = `${wallClock(visit.plannedStart, frame.timeZone)}–${wallClock(visit.plannedEnd, frame.timeZone)}`;
  const window =
    visit.windowStart && visit.windowEnd
      ? t('planning.board.window', {
          from: wallClock(visit.windowStart, frame.timeZone),
          to: wallClock(visit.windowEnd, frame.timeZone),
        })
      : null;
  const title = [
    `${position}. ${visit.workOrder.number} · ${visit.workOrder.customerName}`,
    `${time} · ${t(`planning.status.${visit.status}`)}`,
    visit.workOrder.district,
    window,
    visit.pinned ? t('planning.board.pinned') : null,
    late ? t('planning.board.late') : null,
  ]
    .filter(Boolean)
    .join('\n');
  const act = (kind: VisitAction['kind']) =>
    onAction({ kind, visitId: visit.id, version: visit.version, number: visit.workOrder.number });
  const windowStyle =
    visit.windowStart && visit.windowEnd
      ? (() => {
          const from = percentOf(frame, minutesOfDay(visit.windowStart, frame));
          return {
            left: `${from}%`,
            width: `${percentOf(frame, minutesOfDay(visit.windowEnd, frame)) - from}%`,
          };
        })()
      : null;

  const block = (
    <button
      type="button"
      className={`${classes.visit} ${dragging ? classes.visitDragging : ''} ${late ? classes.visitLate : ''}`}
      style={{
        left: `${left}%`,
        width: `${width}%`,
        background: `var(--mantine-color-${colour}-1)`,
        borderLeftColor: `var(--mantine-color-${colour}-6)`,
        cursor: MOVABLE.has(visit.status) && !visit.pinned ? 'grab' : 'pointer',
      }}
      draggable={MOVABLE.has(visit.status)}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onClick={() => setMenuOpen(true)}
      title={title}
      data-testid="board-visit"
      data-number={visit.workOrder.number}
      data-status={visit.status}
      data-position={position}
    >
      <span className={classes.visitLine} style={{ fontWeight: 700 }}>
        {position} · {visit.pinned && <IconPin size={10} style={{ verticalAlign: -1 }} />}
        {visit.workOrder.number.replace(/^[A-Z]+-\d{4}-0*/u, '#')}
      </span>
      <span className={classes.visitLine}>{visit.workOrder.customerName}</span>
    </button>
  );

  return (
    <>
      {windowStyle && <div className={classes.window} style={windowStyle} data-testid="visit-window" />}
      {/* A board holds hundreds of visits: the menu is mounted only for the one clicked. */}
      {!menuOpen ? (
        block
      ) : (
        <Menu opened onChange={setMenuOpen} position="bottom-start" withinPortal shadow="md">
          <Menu.Target>{block}</Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>
              {visit.workOrder.number} · {time}
            </Menu.Label>
            <Menu.Item
              leftSection={<IconExternalLink size={14} />}
              onClick={() =>
                void navigate({ to: '/work-orders/$workOrderId', params: { workOrderId: visit.workOrderId } })
              }
            >
              {t('planning.board.visitMenu.open')}
            </Menu.Item>
            {MOVABLE.has(visit.status) && (
              <>
                <Menu.Item
                  leftSection={visit.pinned ? <IconPinnedOff size={14} /> : <IconPin size={14} />}
                  onClick={() => act(visit.pinned ? 'unpin' : 'pin')}
                >
                  {visit.pinned ? t('planning.board.visitMenu.unpin') : t('planning.board.visitMenu.pin')}
                </Menu.Item>
                {visit.status === 'planned' && (
                  <Menu.Item leftSection={<IconCheck size={14} />} onClick={() => act('confirm')}>
                    {t('planning.board.visitMenu.confirm')}
                  </Menu.Item>
                )}
                <Menu.Item color="red" leftSection={<IconX size={14} />} onClick={() => act('cancel')}>
                  {t('planning.board.visitMenu.cancel')}
                </Menu.Item>
              </>
            )}
          </Menu.Dropdown>
        </Menu>
      )}
    </>
  );
}
