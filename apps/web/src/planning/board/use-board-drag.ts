import type { Board, BoardTechnician, UnassignedOrder, VisitWithOrder } from '@usta/contracts/planning';
import type { DragEvent } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { checkVisit } from '../../api/planning-api.ts';
import { type DayFrame, instantAt, minuteAtPointer, minutesOfDay } from './day-frame.ts';
import { type DraggedOrder, type DropIssue, dropIssues, mergeIssues, orderOfQueue } from './drop-issues.ts';

export type Dragged =
  | { kind: 'order'; order: UnassignedOrder; duration: number; grabOffset: 0 }
  | { kind: 'visit'; visit: VisitWithOrder; duration: number; grabOffset: number };

export interface DropTarget {
  technicianId: string;
  start: number;
  end: number;
  issues: DropIssue[];
  /** The server's check for this exact slot is on its way. */
  checking: boolean;
}

export interface Drop {
  dragged: Dragged;
  technician: BoardTechnician;
  start: string;
  end: string;
  issues: DropIssue[];
}

type Requirement = { skillId: string | null; minLevel: number };

/** What the rules need of a dragged visit's order: its category says which skill. */
function orderOfVisit(visit: VisitWithOrder, requirements: Map<string, Requirement>): DraggedOrder {
  const requirement = visit.workOrder.categoryId ? requirements.get(visit.workOrder.categoryId) : undefined;
  return {
    id: visit.workOrderId,
    customerId: visit.workOrder.customerId,
    province: visit.workOrder.province,
    district: visit.workOrder.district,
    dueAt: visit.workOrder.dueAt,
    requiredSkillId: requirement?.skillId ?? null,
    requiredLevel: requirement?.minLevel ?? 1,
  };
}

const CHECK_DELAY_MS = 120;

/**
 * Native HTML5 drag and drop for the board. While the pointer is over a technician's row the
 * slot under it is evaluated at once on the board's data and, a moment later, by the server's
 * own check; the ghost block and the issue list show the outcome before anything is dropped.
 */
export function useBoardDrag(
  board: Board | undefined,
  frame: DayFrame,
  requirements: Map<string, Requirement>,
  onDrop: (drop: Drop) => void,
) {
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [target, setTarget] = useState<DropTarget | null>(null);
  const draggedRef = useRef<Dragged | null>(null);
  const targetRef = useRef<DropTarget | null>(null);
  const check = useRef<{ key: string; controller: AbortController; timer: number } | null>(null);
  // The handlers below are made once (rows are memoised on them) and read the latest inputs here.
  const latest = useRef({ board, frame, requirements, onDrop });
  latest.current = { board, frame, requirements, onDrop };

  // Made once: rows are memoised on these handlers, which read the latest inputs from `latest`.
  const handlers = useMemo(() => {
    const cancelCheck = () => {
      if (!check.current) return;
      window.clearTimeout(check.current.timer);
      check.current.controller.abort();
      check.current = null;
    };

    const publish = (next: DropTarget | null) => {
      targetRef.current = next;
      setTarget(next);
    };

    const startOrder = (event: DragEvent, order: UnassignedOrder) => {
      begin(event, { kind: 'order', order, duration: order.durationMinutes, grabOffset: 0 }, order.id);
    };

    const startVisit = (event: DragEvent, visit: VisitWithOrder, track: HTMLElement | null) => {
      const start = minutesOfDay(visit.plannedStart, latest.current.frame);
      const duration = Math.max(15, minutesOfDay(visit.plannedEnd, latest.current.frame) - start);
      const grabbed = track ? pointerMinute(event, track) : start;
      begin(event, { kind: 'visit', visit, duration, grabOffset: grabbed - start }, visit.id);
    };

    function begin(event: DragEvent, next: Dragged, id: string) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', id);
      draggedRef.current = next;
      setDragged(next);
    }

    function pointerMinute(event: DragEvent, track: HTMLElement): number {
      const rect = track.getBoundingClientRect();
      return minuteAtPointer(latest.current.frame, event.clientX - rect.left, rect.width, 1);
    }

    const over = (event: DragEvent, technician: BoardTechnician, track: HTMLElement) => {
      const current = draggedRef.current;
      if (!current) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const { frame, requirements } = latest.current;
      const rect = track.getBoundingClientRect();
      const pointer = minuteAtPointer(frame, event.clientX - rect.left, rect.width);
      const start = Math.max(frame.startMin, pointer - Math.round(current.grabOffset / 15) * 15);
      const end = start + current.duration;
      const previous = targetRef.current;
      if (previous && previous.technicianId === technician.id && previous.start === start) return;
      const order =
        current.kind === 'order' ? orderOfQueue(current.order) : orderOfVisit(current.visit, requirements);
      const visitId = current.kind === 'visit' ? current.visit.id : undefined;
      const local = dropIssues({ technician, order, start, end, visitId }, frame);
      publish({ technicianId: technician.id, start, end, issues: mergeIssues(local, null), checking: true });
      askServer(`${technician.id}@${start}`, {
        visitId,
        workOrderId: order.id,
        technicianId: technician.id,
        plannedStart: instantAt(frame, start),
        plannedEnd: instantAt(frame, end),
      });
    };

    function askServer(key: string, body: Parameters<typeof checkVisit>[0]) {
      cancelCheck();
      const controller = new AbortController();
      const timer = window.setTimeout(() => {
        checkVisit(body, controller.signal)
          .then((result) => {
            const now = targetRef.current;
            if (!now || `${now.technicianId}@${now.start}` !== key) return;
            publish({ ...now, issues: mergeIssues([], result.issues), checking: false });
          })
          .catch(() => {
            // No answer (aborted, offline): the local evaluation stays on screen.
            const now = targetRef.current;
            if (now && `${now.technicianId}@${now.start}` === key) publish({ ...now, checking: false });
          });
      }, CHECK_DELAY_MS);
      check.current = { key, controller, timer };
    }

    const leave = (event: DragEvent, technicianId: string) => {
      const into = event.relatedTarget as Node | null;
      if (into && (event.currentTarget as HTMLElement).contains(into)) return;
      if (targetRef.current?.technicianId === technicianId) {
        cancelCheck();
        publish(null);
      }
    };

    const drop = (event: DragEvent, technician: BoardTechnician) => {
      event.preventDefault();
      const current = draggedRef.current;
      const slot = targetRef.current;
      end();
      const { board, frame, onDrop } = latest.current;
      if (!current || !slot || slot.technicianId !== technician.id || !board) return;
      onDrop({
        dragged: current,
        technician,
        start: instantAt(frame, slot.start),
        end: instantAt(frame, slot.end),
        issues: slot.issues,
      });
    };

    function end() {
      cancelCheck();
      draggedRef.current = null;
      setDragged(null);
      publish(null);
    }

    return { startOrder, startVisit, over, leave, drop, end, cancelCheck };
  }, []);
  useEffect(() => handlers.cancelCheck, [handlers]);

  return { dragged, target, ...handlers };
}

export type BoardDrag = ReturnType<typeof useBoardDrag>;
