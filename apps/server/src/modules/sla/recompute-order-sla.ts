import { type SlaState, slaState, type TargetState } from '@usta/core/sla';
import { and, eq, isNotNull, isNull, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import { loadCalendar } from '../calendars/index.ts';
import { loadSlaEvents, loadSlaSubject } from '../work-orders/index.ts';
import type { PolicyRow } from './policy-mapping.ts';
import { corePolicyOf, resolvePolicy } from './resolve-policy.ts';
import { slaSystemActor } from './system-actor.ts';
import { slaEscalationSteps, workOrderSla } from './tables.ts';

export type WorkOrderSlaRow = typeof workOrderSla.$inferSelect;

/** A synthetic step at each due time, so the stored `breached` flag turns on time without any rule. */
export const CHECK_PREFIX = 'check:';

const FINISHED = new Set(['closed', 'cancelled']);

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
  const corePolicy = corePolicyOf(policy);
  const calendar = await loadCalendar(tx as Database, organizationId, policy.calendarId ?? undefined);
  const receivedAt = loaded.events[0]?.at ?? nowMs;
  const now = Math.max(nowMs, receivedAt);
  const state = slaState(loaded.events, corePolicy, calendar, now);

  const resolved = state.resolution?.metAt != null;
  const cycle = existing?.resolved && !resolved ? existing.cycle + 1 : (existing?.cycle ?? 0);
  const fired = await tx
    .select({ ruleId: slaEscalationSteps.ruleId })
    .from(slaEscalationSteps)
    .where(
      and(
        eq(slaEscalationSteps.workOrderId, workOrderId),
        eq(slaEscalationSteps.cycle, cycle),
        isNotNull(slaEscalationSteps.doneAt),
      ),
    );
  const firedIds = new Set(fired.map((f) => f.ruleId));
  const rules = policy.definition.escalationRules;
  const warned = rules.some((r) => !r.atBreach && firedIds.has(r.id));

  const pending = [state.firstResponse, state.resolution].filter(
    (t): t is TargetState => t !== null && t.metAt === null,
  );
  const nearest = pending.reduce<TargetState | null>(
    (best, t) => (best === null || (t.dueAt ?? Infinity) < (best.dueAt ?? Infinity) ? t : best),
    null,
  );
  const percentUsed = Math.round(((nearest ?? state.resolution)?.percentUsed ?? 0) * 10) / 10;
  const paused = state.clock === 'paused';
  const summaryState = state.breached
    ? 'breached'
    : paused
      ? 'paused'
      : resolved
        ? 'met'
        : state.clock === 'stopped'
          ? 'stopped'
          : warned
            ? 'warning'
            : 'on_track';
  const dueOf = (t: TargetState | null) =>
    t && t.metAt === null && t.dueAt !== null ? new Date(t.dueAt) : null;

  // Steps: each rule's threshold (and a check at each due time) while it can still fire.
  const finished = FINISHED.has(subject.phase);
  const desired: { ruleId: string; metric: string; action: string; dueAt: number }[] = [];
  if (!finished) {
    for (const threshold of state.escalations) {
      const target = state[threshold.metric];
      if (threshold.fireAt === null || target?.metAt != null || firedIds.has(threshold.ruleId)) continue;
      const rule = rules.find((r) => r.id === threshold.ruleId);
      if (rule)
        desired.push({ ruleId: rule.id, metric: rule.metric, action: rule.action, dueAt: threshold.fireAt });
    }
    for (const target of pending) {
      const id = `${CHECK_PREFIX}${target.metric}`;
      if (target.dueAt !== null && target.dueAt > now && !firedIds.has(id)) {
        desired.push({ ruleId: id, metric: target.metric, action: 'check', dueAt: target.dueAt });
      }
    }
  }
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
  const nextCheck = desired.reduce<number | null>(
    (min, d) => (min === null || d.dueAt < min ? d.dueAt : min),
    null,
  );

  const values = {
    organizationId,
    customerId: subject.customerId,
    policyId: policy.id,
    calendarId: calendar.id,
    priority: state.priority,
    cycle,
    responseDueAt: dueOf(state.firstResponse),
    resolutionDueAt: dueOf(state.resolution),
    nextDueAt: state.nextDueAt === null || finished ? null : new Date(state.nextDueAt),
    state: summaryState,
    paused,
    warned,
    breached: state.breached,
    resolved,
    percentUsed,
    businessMsUsed: state.businessTimeUsedMs,
    nextCheckAt: nextCheck === null ? null : new Date(nextCheck),
    stale: false,
    closedOutcome: closed ? ((state.breached ? 'breached' : 'met') as 'met' | 'breached') : null,
    outcomeFrozenAt: closed ? new Date(now) : null,
    computedAt: new Date(now),
  };
  const [row] = await tx
    .insert(workOrderSla)
    .values({ workOrderId, ...values })
    .onConflictDoUpdate({ target: workOrderSla.workOrderId, set: values })
    .returning();
  return { row: row!, state, policy };
}
