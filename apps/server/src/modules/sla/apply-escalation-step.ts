import type { EscalationRule } from '@usta/contracts/sla';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { type EnqueueEmailInput, enqueueEmails } from '../outbox/index.ts';
import { escalateWorkOrder, listSlaSubjects, loadSlaSubject, type SlaSubject } from '../work-orders/index.ts';
import type { PolicyRow } from './policy-mapping.ts';
import { selectPolicy } from './policy-repository.ts';
import { RecipientCache, resolveRecipients } from './recipients.ts';
import { CHECK_PREFIX, recomputeWorkOrderSla, type WorkOrderSlaRow } from './recompute-order-sla.ts';
import { slaSystemActor } from './system-actor.ts';
import { slaEscalationSteps, workOrderSla, workOrderWatchers } from './tables.ts';

export type StepRow = typeof slaEscalationSteps.$inferSelect;

interface Effect {
  outcome: string;
  /** The order itself changed (priority, team): its targets and steps are recomputed. */
  changedOrder?: boolean;
  /** A percent rule fired: the stored "warned" flag turns on. */
  warning?: boolean;
}

/**
 * The claimed steps of one worker transaction. Each step's effect (e-mails through the outbox, a
 * raised priority, another team, new watchers) and its done mark commit together with the whole
 * batch — so a step never fires twice and is never half done; a rollback leaves every step of
 * the batch due. The order facts, stored SLA rows, policies and recipients are read once per
 * batch; e-mails, watchers, done marks and warning flags are written in bulk (`flush`), and
 * always before anything that recomputes an order, so the recompute sees this batch's fired
 * steps. An order recomputed inside the batch is re-read, and its later claimed steps are
 * checked again (the recompute may have moved or dropped them).
 */
export class EscalationBatch {
  readonly recipients = new RecipientCache();
  private readonly policies = new Map<string, Promise<PolicyRow | null>>();
  private readonly stored = new Map<string, WorkOrderSlaRow | null>();
  private readonly subjects = new Map<string, SlaSubject | null>();
  private readonly touched = new Set<string>();
  private emails: EnqueueEmailInput[] = [];
  private watchers: (typeof workOrderWatchers.$inferInsert)[] = [];
  private done: { id: string; outcome: string }[] = [];
  private warned = new Set<string>();

  constructor(
    private readonly tx: Executor,
    private readonly now: Date,
  ) {}

  /** Reads the stored SLA rows and order facts of all claimed steps (two queries per company). */
  async preload(steps: readonly StepRow[]): Promise<void> {
    const byOrg = new Map<string, string[]>();
    for (const s of steps)
      byOrg.set(s.organizationId, [...(byOrg.get(s.organizationId) ?? []), s.workOrderId]);
    for (const [organizationId, all] of byOrg) {
      const ids = [...new Set(all)];
      const rows = await this.tx
        .select()
        .from(workOrderSla)
        .where(and(eq(workOrderSla.organizationId, organizationId), inArray(workOrderSla.workOrderId, ids)));
      const subjects = await listSlaSubjects(this.tx, organizationId, ids);
      for (const id of ids) {
        this.stored.set(id, null);
        this.subjects.set(id, null);
      }
      for (const row of rows) this.stored.set(row.workOrderId, row);
      for (const subject of subjects) this.subjects.set(subject.id, subject);
    }
  }

  /** Fires one claimed step; null when a recompute earlier in the batch moved or dropped it. */
  async apply(claimed: StepRow): Promise<string | null> {
    let step = claimed;
    if (this.touched.has(step.workOrderId)) {
      await this.flush();
      const [fresh] = await this.tx
        .select()
        .from(slaEscalationSteps)
        .where(eq(slaEscalationSteps.id, step.id));
      if (!fresh || fresh.doneAt || fresh.dueAt.getTime() > this.now.getTime()) return null;
      step = fresh;
    }
    const isCheck = step.ruleId.startsWith(CHECK_PREFIX);
    const { outcome, changedOrder, warning } = await this.effect(step);
    this.done.push({ id: step.id, outcome });
    if (changedOrder || isCheck) {
      // The order or its clock moved (new priority, new team, a due time passed): recompute all.
      await this.flush();
      this.touched.add(step.workOrderId);
      await recomputeWorkOrderSla(this.tx, step.organizationId, step.workOrderId, this.now.getTime());
    } else if (warning) {
      // A warning only sets the flag (the busy 08:30 minute is mostly these): no full recompute.
      this.warned.add(step.workOrderId);
    }
    return outcome;
  }

  /** Writes the collected e-mails, watchers, done marks and warning flags. */
  async flush(): Promise<void> {
    const { tx } = this;
    if (this.emails.length > 0) await enqueueEmails(tx, this.emails);
    this.emails = [];
    for (let i = 0; i < this.watchers.length; i += 1000)
      await tx
        .insert(workOrderWatchers)
        .values(this.watchers.slice(i, i + 1000))
        .onConflictDoNothing();
    this.watchers = [];
    if (this.done.length > 0) {
      await tx.execute(sql`
        update ${slaEscalationSteps} as s
        set done_at = ${this.now.toISOString()}::timestamptz, outcome = v.outcome, attempts = s.attempts + 1
        from jsonb_to_recordset(${JSON.stringify(this.done)}::jsonb) as v(id uuid, outcome text)
        where s.id = v.id`);
    }
    this.done = [];
    if (this.warned.size > 0) {
      await tx
        .update(workOrderSla)
        .set({
          warned: true,
          state: sql`case when ${workOrderSla.state} = 'on_track' then 'warning' else ${workOrderSla.state} end`,
        })
        .where(inArray(workOrderSla.workOrderId, [...this.warned]));
    }
    this.warned = new Set();
  }

  private async storedOf(step: StepRow): Promise<WorkOrderSlaRow | null> {
    if (this.stored.has(step.workOrderId) && !this.touched.has(step.workOrderId))
      return this.stored.get(step.workOrderId) ?? null;
    const [row] = await this.tx
      .select()
      .from(workOrderSla)
      .where(
        and(
          eq(workOrderSla.organizationId, step.organizationId),
          eq(workOrderSla.workOrderId, step.workOrderId),
        ),
      );
    return row ?? null;
  }

  private async subjectOf(step: StepRow): Promise<SlaSubject | null> {
    if (this.subjects.has(step.workOrderId) && !this.touched.has(step.workOrderId))
      return this.subjects.get(step.workOrderId) ?? null;
    return loadSlaSubject(this.tx, step.organizationId, step.workOrderId);
  }

  private policy(organizationId: string, id: string): Promise<PolicyRow | null> {
    const key = `${organizationId}:${id}`;
    let found = this.policies.get(key);
    if (!found) {
      found = selectPolicy(this.tx, organizationId, id);
      this.policies.set(key, found);
    }
    return found;
  }

  private async effect(step: StepRow): Promise<Effect> {
    if (step.ruleId.startsWith(CHECK_PREFIX)) return { outcome: 'checked' };
    const stored = await this.storedOf(step);
    if (!stored || stored.closedOutcome) return { outcome: 'skipped: order closed' };
    const policy = await this.policy(step.organizationId, stored.policyId);
    const rule = policy?.definition.escalationRules.find((r) => r.id === step.ruleId);
    if (!rule) return { outcome: 'skipped: rule removed' };
    const order = await this.subjectOf(step);
    if (!order) return { outcome: 'skipped: order gone' };
    // A merged duplicate becomes cancelled without a transition: nothing escalates on a finished order.
    if (order.phase === 'closed' || order.phase === 'cancelled')
      return { outcome: 'skipped: order finished' };
    const actor = slaSystemActor(step.organizationId);
    switch (rule.action) {
      case 'notify':
        return { outcome: await this.notify(step, rule, order, stored), warning: !rule.atBreach };
      case 'raise_priority': {
        await this.flush();
        this.touched.add(order.id);
        const changed = await escalateWorkOrder(
          this.tx,
          actor,
          order.id,
          { raiseLevels: rule.levels },
          rule.id,
        );
        return changed?.priority
          ? { outcome: `priority ${changed.priority.from} → ${changed.priority.to}`, changedOrder: true }
          : { outcome: 'priority unchanged', warning: !rule.atBreach };
      }
      case 'reassign_team': {
        if (!rule.teamId) return { outcome: 'skipped: no team' };
        await this.flush();
        this.touched.add(order.id);
        const changed = await escalateWorkOrder(this.tx, actor, order.id, { teamId: rule.teamId }, rule.id);
        return changed?.teamId
          ? { outcome: `team → ${changed.teamId.to}`, changedOrder: true }
          : { outcome: 'team unchanged', warning: !rule.atBreach };
      }
      case 'add_watcher': {
        const users = await this.recipientsOf(step, rule, order);
        for (const u of users)
          this.watchers.push({
            organizationId: step.organizationId,
            workOrderId: order.id,
            userId: u.id,
            ruleId: rule.id,
          });
        return { outcome: `watchers ${users.length}`, warning: !rule.atBreach };
      }
    }
  }

  private recipientsOf(step: StepRow, rule: EscalationRule, order: SlaSubject) {
    return resolveRecipients(this.tx, step.organizationId, rule.recipients, order, this.recipients);
  }

  private async notify(
    step: StepRow,
    rule: EscalationRule,
    order: SlaSubject,
    stored: WorkOrderSlaRow,
  ): Promise<string> {
    const users = await this.recipientsOf(step, rule, order);
    const dueAt = step.metric === 'firstResponse' ? stored.responseDueAt : stored.resolutionDueAt;
    for (const user of users) {
      this.emails.push({
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
}

/** One claimed step alone, in the caller's transaction (a batch of one). Returns the outcome. */
export async function applyEscalationStep(tx: Executor, step: StepRow, now: Date): Promise<string> {
  const batch = new EscalationBatch(tx, now);
  const outcome = await batch.apply(step);
  await batch.flush();
  return outcome ?? 'skipped: moved';
}
