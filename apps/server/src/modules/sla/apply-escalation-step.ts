import type { EscalationRule } from '@usta/contracts/sla';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { escalateWorkOrder, loadSlaSubject } from '../work-orders/index.ts';
import { selectPolicy } from './policy-repository.ts';
import { resolveRecipients } from './recipients.ts';
import { CHECK_PREFIX, recomputeWorkOrderSla } from './recompute-order-sla.ts';
import { slaSystemActor } from './system-actor.ts';
import { slaEscalationSteps, workOrderSla, workOrderWatchers } from './tables.ts';

export type StepRow = typeof slaEscalationSteps.$inferSelect;

/**
 * One claimed step, in the worker's transaction: its effect (e-mails through the outbox, a
 * raised priority, another team, new watchers), the done mark, and the recomputed SLA state all
 * commit together — so a step never fires twice and is never half done. Returns the outcome.
 */
export async function applyEscalationStep(tx: Executor, step: StepRow, now: Date): Promise<string> {
  const actor = slaSystemActor(step.organizationId);
  const { outcome, changedOrder, warning } = await effect(tx, step, actor);
  await tx
    .update(slaEscalationSteps)
    .set({ doneAt: now, outcome, attempts: step.attempts + 1 })
    .where(eq(slaEscalationSteps.id, step.id));
  if (changedOrder || step.ruleId.startsWith(CHECK_PREFIX)) {
    // The order or its clock moved (new priority, new team, a due time passed): recompute all.
    await recomputeWorkOrderSla(tx, step.organizationId, step.workOrderId, now.getTime());
  } else if (warning) {
    // A warning only sets the flag (the busy 08:30 minute is mostly these): no full recompute.
    await tx
      .update(workOrderSla)
      .set({
        warned: true,
        state: sql`case when ${workOrderSla.state} = 'on_track' then 'warning' else ${workOrderSla.state} end`,
      })
      .where(eq(workOrderSla.workOrderId, step.workOrderId));
  }
  return outcome;
}

interface Effect {
  outcome: string;
  /** The order itself changed (priority, team): its targets and steps are recomputed. */
  changedOrder?: boolean;
  /** A percent rule fired: the stored "warned" flag turns on. */
  warning?: boolean;
}

async function effect(
  tx: Executor,
  step: StepRow,
  actor: ReturnType<typeof slaSystemActor>,
): Promise<Effect> {
  if (step.ruleId.startsWith(CHECK_PREFIX)) return { outcome: 'checked' };
  const [stored] = await tx
    .select()
    .from(workOrderSla)
    .where(
      and(
        eq(workOrderSla.organizationId, step.organizationId),
        eq(workOrderSla.workOrderId, step.workOrderId),
      ),
    );
  if (!stored || stored.closedOutcome) return { outcome: 'skipped: order closed' };
  const policy = await selectPolicy(tx, step.organizationId, stored.policyId);
  const rule = policy?.definition.escalationRules.find((r) => r.id === step.ruleId);
  if (!rule) return { outcome: 'skipped: rule removed' };
  const order = await loadSlaSubject(tx, step.organizationId, step.workOrderId);
  if (!order) return { outcome: 'skipped: order gone' };
  // A merged duplicate becomes cancelled without a transition: nothing escalates on a finished order.
  if (order.phase === 'closed' || order.phase === 'cancelled') return { outcome: 'skipped: order finished' };
  switch (rule.action) {
    case 'notify':
      return { outcome: await notify(tx, step, rule, order, stored), warning: !rule.atBreach };
    case 'raise_priority': {
      const changed = await escalateWorkOrder(tx, actor, order.id, { raiseLevels: rule.levels }, rule.id);
      return changed?.priority
        ? { outcome: `priority ${changed.priority.from} → ${changed.priority.to}`, changedOrder: true }
        : { outcome: 'priority unchanged', warning: !rule.atBreach };
    }
    case 'reassign_team': {
      if (!rule.teamId) return { outcome: 'skipped: no team' };
      const changed = await escalateWorkOrder(tx, actor, order.id, { teamId: rule.teamId }, rule.id);
      return changed?.teamId
        ? { outcome: `team → ${changed.teamId.to}`, changedOrder: true }
        : { outcome: 'team unchanged', warning: !rule.atBreach };
    }
    case 'add_watcher': {
      const users = await resolveRecipients(tx, step.organizationId, rule.recipients, order);
      if (users.length > 0) {
        await tx
          .insert(workOrderWatchers)
          .values(
            users.map((u) => ({
              organizationId: step.organizationId,
              workOrderId: order.id,
              userId: u.id,
              ruleId: rule.id,
            })),
          )
          .onConflictDoNothing();
      }
      return { outcome: `watchers ${users.length}`, warning: !rule.atBreach };
    }
  }
}

async function notify(
  tx: Executor,
  step: StepRow,
  rule: EscalationRule,
  order: NonNullable<Awaited<ReturnType<typeof loadSlaSubject>>>,
  stored: typeof workOrderSla.$inferSelect,
): Promise<string> {
  const users = await resolveRecipients(tx, step.organizationId, rule.recipients, order);
  const dueAt = step.metric === 'firstResponse' ? stored.responseDueAt : stored.resolutionDueAt;
  for (const user of users) {
    await enqueueEmail(tx, {
      organizationId: step.organizationId,
      to: user.email,
      template: 'sla_escalation',
      locale: user.locale,
      data: {
        workOrderId: order.id,
        number: order.number,
        customerName: order.customerName,
        priority: order.priority,
        metric: step.metric,
        atPercent: rule.atBreach ? undefined : String(rule.atPercent),
        breached: rule.atBreach ? 'true' : 'false',
        dueAt: dueAt?.toISOString(),
        recipientName: user.name,
      },
      dedupeKey: `sla:${step.workOrderId}:${step.ruleId}:${step.cycle}:${user.id}`,
    });
  }
  return `notified ${users.length}`;
}
