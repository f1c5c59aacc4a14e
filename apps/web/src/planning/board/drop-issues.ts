import type { BoardTechnician, UnassignedOrder, VisitIssue } from '@usta/contracts/planning';
import { type DayFrame, minutesOfDay } from './day-frame.ts';

export type IssueCode = VisitIssue['code'];

export interface DropIssue {
  code: IssueCode;
  severity: 'error' | 'warning';
  /** The server's sentence when the check came from it; else the UI translates the code. */
  message?: string;
}

/** What the board knows of the order being dragged, from the queue or from a visit. */
export interface DraggedOrder {
  id: string;
  customerId: string;
  province: string | null;
  district: string | null;
  dueAt: string | null;
  requiredSkillId: string | null;
  requiredLevel: number;
}

export interface DropCandidate {
  technician: BoardTechnician;
  order: DraggedOrder;
  /** Minutes past the frame day's local midnight. */
  start: number;
  end: number;
  /** The visit being moved: it does not collide with itself. */
  visitId?: string;
}

const TOLERANCE = 0;

/**
 * The rules the server enforces, evaluated on the board's own data while the planner drags, so
 * the slot under the pointer is marked before the drop. The server's check (POST /visits/check)
 * refines it a moment later and is the one that decides on save.
 */
export function dropIssues(candidate: DropCandidate, frame: DayFrame): DropIssue[] {
  const { technician, order, start, end, visitId } = candidate;
  const issues: DropIssue[] = [];
  const at = (iso: string) => minutesOfDay(iso, frame);

  if (technician.holiday) issues.push({ code: 'holiday', severity: 'error' });
  else {
    const inShift = technician.workingSpans.some(
      (span) => at(span.start) <= start + TOLERANCE && at(span.end) >= end - TOLERANCE,
    );
    if (!inShift) issues.push({ code: 'outside_shift', severity: 'error' });
  }

  if (order.requiredSkillId) {
    const held = technician.skills.find((skill) => skill.skillId === order.requiredSkillId);
    if (!held || held.level < order.requiredLevel) issues.push({ code: 'missing_skill', severity: 'error' });
  }

  const others = technician.visits.filter((visit) => visit.id !== visitId);
  if (others.some((visit) => at(visit.plannedStart) < end && at(visit.plannedEnd) > start)) {
    issues.push({ code: 'overlap', severity: 'error' });
  }

  if (order.dueAt && end > at(order.dueAt)) issues.push({ code: 'sla_breach', severity: 'warning' });

  if (
    technician.regions.length > 0 &&
    order.district &&
    !technician.regions.some(
      (region) =>
        region.district.toLocaleLowerCase('tr') === order.district?.toLocaleLowerCase('tr') &&
        (!order.province ||
          region.province.toLocaleLowerCase('tr') === order.province.toLocaleLowerCase('tr')),
    )
  ) {
    issues.push({ code: 'outside_region', severity: 'warning' });
  }

  const adds = others.length === technician.visits.length;
  if (adds && others.length >= technician.maxJobsPerDay) {
    issues.push({ code: 'max_jobs_exceeded', severity: 'warning' });
  }
  return issues;
}

export function blocking(issues: readonly DropIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** Server issues replace the local guess for the codes the server answered; order: errors first. */
export function mergeIssues(local: readonly DropIssue[], server: readonly VisitIssue[] | null): DropIssue[] {
  const merged: DropIssue[] = server
    ? server.map((issue) => ({ code: issue.code, severity: issue.severity, message: issue.message }))
    : [...local];
  return merged.sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
}

export function orderOfQueue(order: UnassignedOrder): DraggedOrder {
  return {
    id: order.id,
    customerId: order.customerId,
    province: order.province,
    district: order.district,
    dueAt: order.dueAt,
    requiredSkillId: order.requiredSkillId,
    requiredLevel: order.requiredLevel,
  };
}
