import type { SlaState } from '@usta/core/sla';
import { and, eq, isNotNull, isNull, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import { loadCalendar } from '../calendars/index.ts';
import { loadSlaEvents, loadSlaSubject } from '../work-orders/index.ts';
import { planOrderSla } from './plan-order-sla.ts';
import type { PolicyRow } from './policy-mapping.ts';
import { resolvePolicy } from './resolve-policy.ts';
import { slaSystemActor } from './system-actor.ts';
import { slaEscalationSteps, workOrderSla } from './tables.ts';

export type WorkOrderSlaRow = typeof workOrderSla.$inferSelect;

export { CHECK_PREFIX } from './plan-order-sla.ts';

export interface Recomputed {
  row: WorkOrderSlaRow;
  state: SlaState | null;
  policy: PolicyRow;
}

/**
 * Recomputes an order's stored SLA state from its events in the caller's transaction, and
 * reschedules its escalation steps: not-yet-fired steps move to the new threshold times, steps
 * that can no longer fire (target met, paused, finished order, rule removed) are dropped, fired
 * ones stay. A closed order's outcome is frozen the first time it is seen closed; later policy
 * changes and recomputations leave it alone (a reopen unfreezes it and starts a new cycle).
 */
export async function recomputeWorkOrderSla(
  tx: Executor,
  organizationId: string,
  workOrderId: string,
  nowMs: number = Date.now(),
): Promise<Recomputed | null> {
  const subject = await loadSlaSubject(tx, organizationId, workOrderId);
  if (!subject) return null;
  const [existing] = await tx
    .select()
    .from(workOrderSla)
    .where(eq(workOrderSla.workOrderId, workOrderId))
    .for('update');
  const closed = subject.phase === 'closed';
  if (closed && existing?.closedOutcome) {
    // Frozen: policy edits and later recomputations never rewrite a closed order's outcome.
    const policy = await resolvePolicy(tx, organizationId, subject);
    if (existing.stale)
      await tx.update(workOrderSla).set({ stale: false }).where(eq(workOrderSla.workOrderId, workOrderId));
    return { row: existing, state: null, policy };
  }
  const loaded = await loadSlaEvents(tx, slaSystemActor(organizationId), workOrderId);
  if (!loaded) return null;
  const policy = await resolvePolicy(tx, organizationId, subject);
  const calendar = await loadCalendar(tx as Database, organizationId, policy.calendarId ?? undefined);
  const fired = await tx
    .select({ ruleId: slaEscalationSteps.ruleId, cycle: slaEscalationSteps.cycle })
    .from(slaEscalationSteps)
    .where(and(eq(slaEscalationSteps.workOrderId, workOrderId), isNotNull(slaEscalationSteps.doneAt)));
  const { state, cycle, desired, values } = planOrderSla({
    subject,
    events: loaded.events,
    policy,
    calendar,
    existing: existing ?? null,
    fired,
    nowMs,
  });
  await tx.delete(slaEscalationSteps).where(
    and(
      eq(slaEscalationSteps.workOrderId, workOrderId),
      isNull(slaEscalationSteps.doneAt),
      desired.length === 0
        ? sql`true`
        : or(
            ne(slaEscalationSteps.cycle, cycle),
            notInArray(
              slaEscalationSteps.ruleId,
              desired.map((d) => d.ruleId),
            ),
          ),
    ),
  );
  if (desired.length > 0) {
    await tx
      .insert(slaEscalationSteps)
      .values(
        desired.map((d) => ({
          organizationId,
          workOrderId,
          ruleId: d.ruleId,
          cycle,
          metric: d.metric,
          action: d.action,
          dueAt: new Date(d.dueAt),
        })),
      )
      .onConflictDoUpdate({
        target: [slaEscalationSteps.workOrderId, slaEscalationSteps.ruleId, slaEscalationSteps.cycle],
        set: {
          dueAt: sql`excluded.due_at`,
          action: sql`excluded.action`,
          metric: sql`excluded.metric`,
        },
        setWhere: isNull(slaEscalationSteps.doneAt),
      });
  }
  const [row] = await tx
    .insert(workOrderSla)
    .values({ workOrderId, ...values })
    .onConflictDoUpdate({ target: workOrderSla.workOrderId, set: values })
    .returning();
  return { row: row!, state, policy };
}
