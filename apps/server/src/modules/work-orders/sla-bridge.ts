/**
 * What the SLA module may read and do about orders (public through index.ts): the order's
 * facts for its policy and recipients, the company's status codes, and the two escalation
 * effects that change an order (raise its priority, hand it to another team), each recorded as
 * an edit with its activity and audit event, like a user's edit.
 */

import { isUuid } from '@usta/core/text';
import { isFinishedPhase, type Phase } from '@usta/core/work-orders';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { insertActivity } from './activity-repository.ts';
import { auditView } from './audit-view.ts';
import { loadStatuses } from './settings-repository.ts';
import { workOrders } from './tables.ts';
import { updateWorkOrderRow, visibleTo, type WorkOrderRow } from './work-order-repository.ts';

export interface SlaSubject {
  id: string;
  organizationId: string;
  number: string;
  customerId: string;
  customerName: string;
  priority: string;
  phase: string;
  status: string;
  teamId: string | null;
  technicianIds: string[];
  closedAt: Date | null;
}

const subjectColumns = {
  id: workOrders.id,
  organizationId: workOrders.organizationId,
  number: workOrders.number,
  customerId: workOrders.customerId,
  customerName: workOrders.customerName,
  priority: workOrders.priority,
  phase: workOrders.phase,
  status: workOrders.status,
  teamId: workOrders.teamId,
  technicianIds: workOrders.technicianIds,
  closedAt: workOrders.closedAt,
};

const SUBJECT_KEYS = Object.keys(subjectColumns) as (keyof SlaSubject)[];

/** The facts of an order row at hand (a create's): the same fields the queries select. */
export function slaSubjectOf(row: WorkOrderRow): SlaSubject {
  return Object.fromEntries(SUBJECT_KEYS.map((key) => [key, row[key]])) as unknown as SlaSubject;
}

/** The order's facts in its organisation (no row rule: callers already checked access). */
export async function loadSlaSubject(
  db: Executor,
  organizationId: string,
  workOrderId: string,
): Promise<SlaSubject | null> {
  const [row] = await db
    .select(subjectColumns)
    .from(workOrders)
    .where(and(eq(workOrders.organizationId, organizationId), eq(workOrders.id, workOrderId)));
  return row ?? null;
}

/** The order's facts under the same row rule as GET (null: unknown, another company's, not yours). */
export async function findVisibleSlaSubject(
  db: Executor,
  actor: Pick<Actor, 'organizationId' | 'userId' | 'permissions'>,
  workOrderId: string,
): Promise<SlaSubject | null> {
  if (!isUuid(workOrderId)) return null;
  const [row] = await db
    .select(subjectColumns)
    .from(workOrders)
    .where(and(visibleTo(actor), eq(workOrders.id, workOrderId)));
  return row ?? null;
}

/** Open orders' ids of an organisation (for recomputing stored SLA states in bulk). */
export async function listSlaSubjects(
  db: Executor,
  organizationId: string,
  ids: readonly string[],
): Promise<SlaSubject[]> {
  if (ids.length === 0) return [];
  return db
    .select(subjectColumns)
    .from(workOrders)
    .where(and(eq(workOrders.organizationId, organizationId), inArray(workOrders.id, [...ids])));
}

export async function listStatusCodes(db: Executor, organizationId: string): Promise<string[]> {
  return (await loadStatuses(db, organizationId)).map((s) => s.code);
}

const RAISED: Record<string, string> = { P4: 'P3', P3: 'P2', P2: 'P1', P1: 'P1' };

/**
 * An escalation's change to the order, in the caller's transaction: a higher priority (never
 * above P1) and/or another team. Returns what changed, or null when nothing did (finished order,
 * already P1, already that team).
 */
export async function escalateWorkOrder(
  tx: Executor,
  actor: Actor,
  workOrderId: string,
  change: { raiseLevels?: number; teamId?: string },
  ruleId: string,
): Promise<{ priority?: { from: string; to: string }; teamId?: { from: string | null; to: string } } | null> {
  const [current] = await tx
    .select()
    .from(workOrders)
    .where(and(eq(workOrders.organizationId, actor.organizationId), eq(workOrders.id, workOrderId)))
    .for('update');
  if (!current || isFinishedPhase(current.phase as Phase) || current.mergedIntoId) return null;
  let priority = current.priority;
  for (let i = 0; i < (change.raiseLevels ?? 0); i += 1) priority = RAISED[priority] ?? priority;
  const teamId = change.teamId ?? current.teamId;
  if (priority === current.priority && teamId === current.teamId) return null;
  const row = await updateWorkOrderRow(tx, workOrderId, {
    priority,
    teamId,
    ...(priority !== current.priority ? { priorityOverridden: true } : {}),
  });
  const result: { priority?: { from: string; to: string }; teamId?: { from: string | null; to: string } } =
    {};
  const data: Record<string, unknown> = { fields: [] as string[], escalation: ruleId };
  if (priority !== current.priority) {
    result.priority = { from: current.priority, to: priority };
    data.priority = result.priority;
    (data.fields as string[]).push('priority');
  }
  if (teamId !== current.teamId && teamId) {
    result.teamId = { from: current.teamId, to: teamId };
    (data.fields as string[]).push('teamId');
  }
  await insertActivity(tx, actor, { workOrderId, kind: 'edit', data });
  await recordAuditEvent(tx, actor, {
    entityType: 'work_order',
    entityId: workOrderId,
    action: 'update',
    before: auditView(current),
    after: auditView(row),
  });
  return result;
}
