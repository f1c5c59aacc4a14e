import { Group, Text, Tooltip } from '@mantine/core';
import type { BoardTechnician } from '@usta/contracts/planning';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './board.module.css';
import { clock, type DayFrame, minutesOfDay, percentOf } from './day-frame.ts';
import { blocking } from './drop-issues.ts';
import type { VisitAction } from './Timeline.tsx';
import type { BoardDrag } from './use-board-drag.ts';
import { VisitBlock } from './VisitBlock.tsx';

interface TechnicianRowProps {
  technician: BoardTechnician;
  frame: DayFrame;
  drag: BoardDrag;
  hours: number[];
  onHover: (id: string | null) => void;
  onVisitAction: (action: VisitAction) => void;
}

const rowTarget = (props: TechnicianRowProps) =>
  props.drag.target?.technicianId === props.technician.id ? props.drag.target : null;

/**
 * Memoised: a board of 40 technicians re-renders only the rows a drag is over (the drag
 * handlers are stable, see use-board-drag.ts), not every row on every slot change.
 */
export const TechnicianRow = memo(
  TechnicianRowView,
  (a, b) =>
    a.technician === b.technician &&
    a.frame === b.frame &&
    a.hours === b.hours &&
    a.onHover === b.onHover &&
    a.onVisitAction === b.onVisitAction &&
    a.drag.dragged === b.drag.dragged &&
    rowTarget(a) === rowTarget(b),
);

function TechnicianRowView({ technician, frame, drag, hours, onHover, onVisitAction }: TechnicianRowProps) {
  const { t } = useTranslation();
  const track = useRef<HTMLDivElement>(null);
  const target = drag.target?.technicianId === technician.id ? drag.target : null;
  const span = (startMin: number, endMin: number) => {
    const left = percentOf(frame, startMin);
    return { left: `${left}%`, width: `${Math.max(0, percentOf(frame, endMin) - left)}%` };
  };
  const ghostClass = !target
    ? ''
    : blocking(target.issues)
      ? classes.ghostError
      : target.issues.length > 0
        ? classes.ghostWarning
        : classes.ghostOk;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hovering a row only highlights its route on the map
    <div
      className={`${classes.row} ${target ? classes.rowActive : ''}`}
      data-testid="board-row"
      data-technician={technician.name}
      onMouseEnter={() => onHover(technician.id)}
      onMouseLeave={() => onHover(null)}
    >
      <div className={classes.label}>
        <Text fz="sm" fw={600} truncate title={technician.name}>
          {technician.name}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Text fz={11} c="dimmed" truncate>
            {technician.holiday
              ? t('planning.board.holiday', { name: technician.holiday })
              : `${t('planning.board.jobs', { count: technician.visits.length })} · ${t(
                  'planning.board.travel',
                  {
                    km: technician.travel.distanceKm.toFixed(0),
                    minutes: Math.round(technician.travel.minutes),
                  },
                )}`}
          </Text>
        </Group>
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone of native drag and drop */}
      <div
        ref={track}
        className={classes.track}
        data-testid="board-track"
        onDragOver={(event) => track.current && drag.over(event, technician, track.current)}
        onDragLeave={(event) => drag.leave(event, technician.id)}
        onDrop={(event) => drag.drop(event, technician)}
        title={technician.workingSpans.length === 0 ? t('planning.board.offShift') : undefined}
      >
        {technician.workingSpans.map((shift) => (
          <div
            key={shift.start}
            className={classes.shift}
            style={span(minutesOfDay(shift.start, frame), minutesOfDay(shift.end, frame))}
          />
        ))}
        {hours.map((hour) => (
          <div key={hour} className={classes.gridLine} style={{ left: `${percentOf(frame, hour * 60)}%` }} />
        ))}
        {technician.visits.map((visit, index) => (
          <VisitBlock
            key={visit.id}
            visit={visit}
            position={index + 1}
            frame={frame}
            dragging={drag.dragged?.kind === 'visit' && drag.dragged.visit.id === visit.id}
            onDragStart={(event) => drag.startVisit(event, visit, track.current)}
            onDragEnd={drag.end}
            onAction={onVisitAction}
          />
        ))}
        {target && (
          <Tooltip
            opened
            withinPortal
            position="top"
            label={`${clock(target.start)}–${clock(target.end)}`}
            transitionProps={{ duration: 0 }}
          >
            <div
              className={`${classes.ghost} ${ghostClass}`}
              style={span(target.start, target.end)}
              data-testid="drop-ghost"
              data-severity={blocking(target.issues) ? 'error' : target.issues.length > 0 ? 'warning' : 'ok'}
            />
          </Tooltip>
        )}
      </div>
    </div>
  );
}
