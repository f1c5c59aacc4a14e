/**
 * The escalation job's changes to many orders at once (public through index.ts): the bulk twin
 * of `escalateWorkOrder` in sla-bridge.ts, for the 08:30 burst when thousands of deferred
 * "raise priority" rules fall due together. Same rules, same records — a higher priority (never
 * above P1) and/or another team, each change an `edit` activity carrying the rule id and the
 * priority's from/to (the SLA clock reads it), an audit event, the version bumped — but with a
 * fixed number of statements per call instead of five per order.
 */
import { isFinishedPhase, type Phase } from '@usta/core/work-orders';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { insertJsonRows } from '../../db/insert-json-rows.ts';
import type { Actor } from '../../http/access.ts';
import type { AuditInput } from '../audit/record-audit-event.ts';
import { recordAuditEvents } from '../audit/record-audit-events.ts';
import { auditView } from './audit-view.ts';
import { workOrderActivities, workOrders } from './tables.ts';
import type { WorkOrderRow } from './work-order-repository.ts';

export interface EscalationChange {
  workOrderId: string;
  raiseLevels?: number;
  teamId?: string;
  /** The escalation rule, recorded on the edit activity. */
  ruleId: string;
}

/** What changed, or null when nothing did (unknown or finished order, already P1, already that team). */
export type EscalationResult = {
  priority?: { from: string; to: string };
  teamId?: { from: string | null; to: string };
} | null;

const RAISED: Record<string, string> = { P4: 'P3', P3: 'P2', P2: 'P1', P1: 'P1' };

/**
 * Applies the changes in the caller's transaction, in their order (two changes of one order
 * apply one after the other, like two calls). The orders are locked in id order first, so two
 * workers escalating overlapping orders queue instead of deadlocking, and a change is decided on
 * the locked, current row: an order closed or merged after the caller read it is left alone.
 * Returns one result per change, at the same index.
 */
export async function escalateWorkOrders(
  tx: Executor,
  actor: Actor,
  changes: readonly EscalationChange[],
): Promise<EscalationResult[]> {
  if (changes.length === 0) return [];
  const ids = [...new Set(changes.map((c) => c.workOrderId))];
  const locked = await tx
    .select()
    .from(workOrders)
    .where(and(eq(workOrders.organizationId, actor.organizationId), inArray(workOrders.id, ids)))
    .orderBy(asc(workOrders.id))
    .for('update');
  const rows = new Map<string, WorkOrderRow>(locked.map((row) => [row.id, row]));
  const bumps = new Map<string, number>();
  const activities: (typeof workOrderActivities.$inferInsert)[] = [];
  const audits: AuditInput[] = [];
  const now = Date.now();

  const results = changes.map((change): EscalationResult => {
    const current = rows.get(change.workOrderId);
    if (!current || isFinishedPhase(current.phase as Phase) || current.mergedIntoId) return null;
    let priority = current.priority;
    for (let i = 0; i < (change.raiseLevels ?? 0); i += 1) priority = RAISED[priority] ?? priority;
    const teamId = change.teamId ?? current.teamId;
    if (priority === current.priority && teamId === current.teamId) return null;
    const next: WorkOrderRow = {
      ...current,
      priority,
      teamId,
      priorityOverridden: priority !== current.priority ? true : current.priorityOverridden,
    };
    const result: NonNullable<EscalationResult> = {};
    const data: Record<string, unknown> = { fields: [] as string[], escalation: change.ruleId };
    if (priority !== current.priority) {
      result.priority = { from: current.priority, to: priority };
      data.priority = result.priority;
      (data.fields as string[]).push('priority');
    }
    if (teamId !== current.teamId && teamId) {
      result.teamId = { from: current.teamId, to: teamId };
      (data.fields as string[]).push('teamId');
    }
    const bump = (bumps.get(current.id) ?? 0) + 1;
    bumps.set(current.id, bump);
    activities.push({
      organizationId: actor.organizationId,
      workOrderId: current.id,
      kind: 'edit',
      visibility: 'internal',
      actorId: actor.userId ?? null,
      actorName: actor.name,
      // A second change of the same order is a millisecond later, so the clock reads them in order.
      occurredAt: new Date(now + bump - 1),
      data,
    });
    audits.push({
      entityType: 'work_order',
      entityId: current.id,
      action: 'update',
      before: auditView(current),
      after: auditView(next),
    });
    rows.set(current.id, next);
    return result;
  });

  if (bumps.size > 0) {
    const values = [...bumps].map(([id, n]) => {
      const row = rows.get(id)!;
      return { id, priority: row.priority, team_id: row.teamId, overridden: row.priorityOverridden, n };
    });
    await tx.execute(sql`
      update ${workOrders} as w
      set priority = v.priority, team_id = v.team_id, priority_overridden = v.overridden,
        version = w.version + v.n, updated_at = ${new Date(now).toISOString()}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
        as v(id uuid, priority text, team_id uuid, overridden boolean, n int)
      where w.id = v.id`);
    await insertJsonRows(tx, workOrderActivities, activities);
    await recordAuditEvents(tx, actor, audits);
  }
  return results;
}
