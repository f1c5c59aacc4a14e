import type { EscalationRule } from '@usta/contracts/sla';
import { and, eq } from 'drizzle-orm';
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
  const outcome = await effect(tx, step, actor);
  await tx
    .update(slaEscalationSteps)
    .set({ doneAt: now, outcome, attempts: step.attempts + 1 })
    .where(eq(slaEscalationSteps.id, step.id));
  await recomputeWorkOrderSla(tx, step.organizationId, step.workOrderId, now.getTime());
  return outcome;
}

async function effect(
  tx: Executor,
  step: StepRow,
  actor: ReturnType<typeof slaSystemActor>,
): Promise<string> {
  if (step.ruleId.startsWith(CHECK_PREFIX)) return 'checked';
  const [stored] = await tx
    .select()
    .from(workOrderSla)
    .where(
      and(
        eq(workOrderSla.organizationId, step.organizationId),
        eq(workOrderSla.workOrderId, step.workOrderId),
      ),
    );
  if (!stored || stored.closedOutcome) return 'skipped: order closed';
  const policy = await selectPolicy(tx, step.organizationId, stored.policyId);
  const rule = policy?.definition.escalationRules.find((r) => r.id === step.ruleId);
  if (!rule) return 'skipped: rule removed';
  const order = await loadSlaSubject(tx, step.organizationId, step.workOrderId);
  if (!order) return 'skipped: order gone';
  switch (rule.action) {
    case 'notify':
      return notify(tx, step, rule, order, stored);
    case 'raise_priority': {
      const changed = await escalateWorkOrder(tx, actor, order.id, { raiseLevels: rule.levels }, rule.id);
      return changed?.priority
        ? `priority ${changed.priority.from} → ${changed.priority.to}`
        : 'priority unchanged';
    }
    case 'reassign_team': {
      if (!rule.teamId) return 'skipped: no team';
      const changed = await escalateWorkOrder(tx, actor, order.id, { teamId: rule.teamId }, rule.id);
      return changed?.teamId ? `team → ${changed.teamId.to}` : 'team unchanged';
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
      return `watchers ${users.length}`;
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
