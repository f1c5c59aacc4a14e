import type { EscalationEffect, EscalationStepView, WorkOrderEscalations } from '@usta/contracts/sla';
import { formatInstantWithOffset } from '@usta/core/calendar';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { loadCalendar } from '../calendars/index.ts';
import { findActiveUsersByIds } from '../users/index.ts';
import { findVisibleSlaSubject } from '../work-orders/index.ts';
import { CHECK_PREFIX } from './plan-order-sla.ts';
import { selectPolicy } from './policy-repository.ts';
import { slaEscalationSteps, workOrderSla, workOrderWatchers } from './tables.ts';

const PRIORITY = /^priority (P[1-4]) → (P[1-4])$/u;
const COUNTED = /^(notified|watchers) (\d+)$/u;

/** What a fired step did, read from the outcome text the escalation batch recorded. */
export function effectOf(outcome: string | null): EscalationEffect | null {
  if (outcome === null) return null;
  const priority = PRIORITY.exec(outcome);
  if (priority) {
    return { kind: 'priority_raised', from: priority[1] as 'P1', to: priority[2] as 'P1' };
  }
  const counted = COUNTED.exec(outcome);
  if (counted) {
    const count = Number(counted[2]);
    return counted[1] === 'notified' ? { kind: 'notified', count } : { kind: 'watchers_added', count };
  }
  if (outcome.startsWith('team → ')) return { kind: 'team_changed', teamId: outcome.slice('team → '.length) };
  if (outcome.endsWith(' unchanged')) return { kind: 'unchanged' };
  if (outcome.startsWith('skipped: ')) return { kind: 'skipped', reason: outcome.slice('skipped: '.length) };
  if (outcome.startsWith('failed: ')) return { kind: 'failed', reason: outcome.slice('failed: '.length) };
  return { kind: 'other', text: outcome };
}

function stateOf(doneAt: Date | null, effect: EscalationEffect | null): EscalationStepView['state'] {
  if (!doneAt) return 'scheduled';
  if (effect?.kind === 'skipped') return 'skipped';
  if (effect?.kind === 'failed') return 'failed';
  return 'fired';
}

/**
 * An order's escalation steps (scheduled and fired, every cycle) with the rule each one comes
 * from, and the users who watch the order. 404 under the same row rule as the order itself.
 */
export async function listOrderEscalations(
  db: Database,
  actor: Actor,
  workOrderId: string,
): Promise<WorkOrderEscalations> {
  const order = await findVisibleSlaSubject(db, actor, workOrderId);
  if (!order) throw notFound('work order');
  const [stored] = await db
    .select({ policyId: workOrderSla.policyId, calendarId: workOrderSla.calendarId })
    .from(workOrderSla)
    .where(
      and(eq(workOrderSla.organizationId, actor.organizationId), eq(workOrderSla.workOrderId, order.id)),
    );
  const [steps, watchers, policy, calendar] = await Promise.all([
    db
      .select()
      .from(slaEscalationSteps)
      .where(
        and(
          eq(slaEscalationSteps.organizationId, actor.organizationId),
          eq(slaEscalationSteps.workOrderId, order.id),
          sql`${slaEscalationSteps.ruleId} not like ${`${CHECK_PREFIX}%`}`,
        ),
      )
      .orderBy(asc(slaEscalationSteps.dueAt), asc(slaEscalationSteps.ruleId)),
    db
      .select()
      .from(workOrderWatchers)
      .where(
        and(
          eq(workOrderWatchers.organizationId, actor.organizationId),
          eq(workOrderWatchers.workOrderId, order.id),
        ),
      )
      .orderBy(asc(workOrderWatchers.createdAt)),
    stored ? selectPolicy(db, actor.organizationId, stored.policyId) : null,
    loadCalendar(db, actor.organizationId, stored?.calendarId ?? undefined),
  ]);
  const rules = new Map((policy?.definition.escalationRules ?? []).map((r) => [r.id, r]));
  const userIds = new Set(watchers.map((w) => w.userId));
  for (const rule of rules.values()) {
    for (const r of rule.recipients) if (r.startsWith('user:')) userIds.add(r.slice('user:'.length));
  }
  const names = new Map(
    (await findActiveUsersByIds(db, actor.organizationId, [...userIds])).map((u) => [u.id, u.name]),
  );
  const at = (d: Date) => formatInstantWithOffset(d.getTime(), calendar.timeZone);
  return {
    workOrderId: order.id,
    policyId: policy?.id ?? null,
    policyName: policy?.name ?? null,
    timeZone: calendar.timeZone,
    steps: steps.map((s) => {
      const rule = rules.get(s.ruleId);
      const effect = s.doneAt ? effectOf(s.outcome) : null;
      return {
        ruleId: s.ruleId,
        cycle: s.cycle,
        metric: s.metric as EscalationStepView['metric'],
        action: s.action as EscalationStepView['action'],
        rule: rule
          ? {
              atPercent: rule.atBreach ? null : (rule.atPercent ?? null),
              atBreach: rule.atBreach,
              recipients: rule.recipients.map((value) => ({
                value,
                name: value.startsWith('user:') ? (names.get(value.slice('user:'.length)) ?? null) : null,
              })),
              levels: rule.levels,
              teamId: rule.teamId ?? null,
              waitForWorkingHours: rule.waitForWorkingHours,
            }
          : null,
        state: stateOf(s.doneAt, effect),
        dueAt: at(s.dueAt),
        firedAt: s.doneAt ? at(s.doneAt) : null,
        effect,
      };
    }),
    watchers: watchers.map((w) => ({
      userId: w.userId,
      name: names.get(w.userId) ?? null,
      ruleId: w.ruleId,
      addedAt: at(w.createdAt),
    })),
  };
}
