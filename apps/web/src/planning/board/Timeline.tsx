import { Text } from '@mantine/core';
import type { Board } from '@usta/contracts/planning';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './board.module.css';
import { clock, type DayFrame, hoursOf, percentOf } from './day-frame.ts';
import { TechnicianRow } from './TechnicianRow.tsx';
import type { BoardDrag } from './use-board-drag.ts';

interface TimelineProps {
  board: Board;
  frame: DayFrame;
  drag: BoardDrag;
  onHoverTechnician: (id: string | null) => void;
  onVisitAction: (action: VisitAction) => void;
}

export type VisitAction = {
  kind: 'pin' | 'unpin' | 'confirm' | 'cancel';
  visitId: string;
  version: number;
  number: string;
};

/** Rows = technicians, columns = hours of the day. */
export function Timeline({ board, frame, drag, onHoverTechnician, onVisitAction }: TimelineProps) {
  const { t } = useTranslation();
  const hours = useMemo(() => hoursOf(frame), [frame]);
  return (
    <div
      className={classes.timeline}
      data-testid="board-timeline"
      data-start-min={frame.startMin}
      data-end-min={frame.endMin}
    >
      <div className={classes.headerRow}>
        <div className={classes.label}>
          <Text fz="xs" fw={600} c="dimmed" lh="18px">
            {t('planning.board.technician')}
          </Text>
        </div>
        <div className={classes.hours}>
          {hours.map((hour) => (
            <span key={hour} className={classes.hour} style={{ left: `${percentOf(frame, hour * 60)}%` }}>
              {clock(hour * 60)}
            </span>
          ))}
        </div>
      </div>
      {board.technicians.map((technician) => (
        <TechnicianRow
          key={technician.id}
          technician={technician}
          frame={frame}
          drag={drag}
          hours={hours}
          onHover={onHoverTechnician}
          onVisitAction={onVisitAction}
        />
      ))}
    </div>
  );
}
