import type { EscalationRule } from '@usta/contracts/sla';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { type EnqueueEmailInput, enqueueEmails } from '../outbox/index.ts';
import {
  type EscalationChange,
  escalateWorkOrders,
  listSlaSubjects,
  loadSlaSubject,
  type SlaSubject,
} from '../work-orders/index.ts';
import type { PolicyRow } from './policy-mapping.ts';
import { selectPolicy } from './policy-repository.ts';
import { RecipientCache, resolveRecipients } from './recipients.ts';
import { CHECK_PREFIX, type WorkOrderSlaRow } from './recompute-order-sla.ts';
import { recomputeWorkOrdersSla } from './recompute-orders-sla.ts';
import { slaSystemActor } from './system-actor.ts';
import { slaEscalationSteps, workOrderSla, workOrderWatchers } from './tables.ts';

export type StepRow = typeof slaEscalationSteps.$inferSelect;

interface Effect {
  outcome: string;
  /** The order or its clock changed (a due time passed): its targets and steps are recomputed. */
  recompute?: boolean;
  /** A percent rule fired: the stored "warned" flag turns on. */
  warning?: boolean;
}

/** A priority raise or team change waiting for the round's bulk call to the work-orders module. */
interface QueuedChange {
  step: StepRow;
  rule: EscalationRule;
  change: EscalationChange;
}

/**
 * The claimed steps of one worker transaction. Each step's effect (e-mails through the outbox, a
 * raised priority, another team, new watchers) and its done mark commit together with the whole
 * batch — so a step never fires twice and is never half done; a rollback leaves every step of
 * the batch due.
 *
 * The batch runs in rounds, so that the 08:30 burst (thousands of deferred warnings and
 * priority raises at once) costs a fixed number of statements per round, not per step. A round
 * fires, in due order, every step whose order nothing earlier in the round has changed: e-mails,
 * watchers and warning flags are collected; priority raises and team changes are queued and
 * applied at the end of the round in one call to the work-orders module (`escalateWorkOrders`);
 * then the collected rows and done marks are written in bulk, and every order whose priority,
 * team or clock moved is recomputed at once (`recomputeWorkOrdersSla`), after its done marks.
 * A step of an order changed in this round waits for the next round, where it is read again
 * with the order's fresh state (the recompute may have moved or dropped it), exactly as if the
 * steps had fired one after the other. Orders, stored SLA rows, policies and recipients are
 * read once per round.
 */
export class EscalationBatch {
  readonly recipients = new RecipientCache();
  private readonly policies = new Map<string, Promise<PolicyRow | null>>();
  private readonly stored = new Map<string, WorkOrderSlaRow | null>();
  private readonly subjects = new Map<string, SlaSubject | null>();
  private emails: EnqueueEmailInput[] = [];
  private watchers: (typeof workOrderWatchers.$inferInsert)[] = [];
  private done: { id: string; outcome: string }[] = [];
  private warned = new Set<string>();
  private queued: QueuedChange[] = [];
  /** Orders to recompute at the end of the round, by organisation. */
  private recompute = new Map<string, Set<string>>();

  constructor(
    private readonly tx: Executor,
    private readonly now: Date,
  ) {}

  /**
   * Fires the claimed steps (in due order) and writes everything; resolves with each step's
   * outcome by step id — null when a change earlier in the batch moved or dropped the step (it
   * is then not marked done: it fires at its new time, or never).
   */
  async applyAll(claimed: readonly StepRow[]): Promise<Map<string, string | null>> {
    const outcomes = new Map<string, string | null>();
    let round: StepRow[] = [...claimed];
    await this.preload(round);
    while (round.length > 0) {
      const changing = new Set<string>();
      const later: StepRow[] = [];
      for (const step of round) {
        if (changing.has(step.workOrderId)) {
          later.push(step);
          continue;
        }
        const effect = await this.effect(step);
        if (effect === 'queued') {
          changing.add(step.workOrderId);
          continue;
        }
        this.record(step, effect, outcomes);
        if (effect.recompute) changing.add(step.workOrderId);
      }
      await this.applyQueued(outcomes);
      await this.flush();
      for (const [organizationId, ids] of this.recompute)
        await recomputeWorkOrdersSla(this.tx, organizationId, [...ids], this.now.getTime());
      this.recompute = new Map();
      round = await this.reread(later, outcomes);
    }
    return outcomes;
  }

  /** Reads the stored SLA rows and order facts of the steps' orders (two queries per company). */
  private async preload(steps: readonly StepRow[]): Promise<void> {
    const byOrg = new Map<string, Set<string>>();
    for (const s of steps) {
      const ids = byOrg.get(s.organizationId) ?? new Set<string>();
      ids.add(s.workOrderId);
      byOrg.set(s.organizationId, ids);
    }
    for (const [organizationId, set] of byOrg) {
      const ids = [...set];
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

  /** The steps left for the next round, as they are now (still due and not done), with fresh order facts. */
  private async reread(later: StepRow[], outcomes: Map<string, string | null>): Promise<StepRow[]> {
    if (later.length === 0) return [];
    const fresh = new Map(
      (
        await this.tx
          .select()
          .from(slaEscalationSteps)
          .where(
            inArray(
              slaEscalationSteps.id,
              later.map((s) => s.id),
            ),
          )
      ).map((s) => [s.id, s]),
    );
    const next: StepRow[] = [];
    for (const step of later) {
      const row = fresh.get(step.id);
      if (!row || row.doneAt || row.dueAt.getTime() > this.now.getTime()) outcomes.set(step.id, null);
      else next.push(row);
    }
    await this.preload(next);
    return next;
  }

  private record(step: StepRow, effect: Effect, outcomes: Map<string, string | null>): void {
    outcomes.set(step.id, effect.outcome);
    this.done.push({ id: step.id, outcome: effect.outcome });
    if (effect.recompute) {
      const ids = this.recompute.get(step.organizationId) ?? new Set<string>();
      ids.add(step.workOrderId);
      this.recompute.set(step.organizationId, ids);
    } else if (effect.warning) {
      // A warning only sets the flag (the busy 08:30 minute is mostly these): no full recompute.
      this.warned.add(step.workOrderId);
    }
  }

  /** The round's priority raises and team changes: one bulk call per company. */
  private async applyQueued(outcomes: Map<string, string | null>): Promise<void> {
    const byOrg = new Map<string, QueuedChange[]>();
    for (const q of this.queued)
      byOrg.set(q.step.organizationId, [...(byOrg.get(q.step.organizationId) ?? []), q]);
    this.queued = [];
    for (const [organizationId, queued] of byOrg) {
      const results = await escalateWorkOrders(
        this.tx,
        slaSystemActor(organizationId),
        queued.map((q) => q.change),
      );
      queued.forEach(({ step, rule }, i) => {
        const changed = results[i];
        let effect: Effect;
        if (rule.action === 'raise_priority')
          effect = changed?.priority
            ? { outcome: `priority ${changed.priority.from} → ${changed.priority.to}`, recompute: true }
            : { outcome: 'priority unchanged', warning: !rule.atBreach };
        else
          effect = changed?.teamId
            ? { outcome: `team → ${changed.teamId.to}`, recompute: true }
            : { outcome: 'team unchanged', warning: !rule.atBreach };
        this.record(step, effect, outcomes);
      });
    }
  }

  /** Writes the collected e-mails, watchers, done marks and warning flags. */
  private async flush(): Promise<void> {
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
    if (this.stored.has(step.workOrderId)) return this.stored.get(step.workOrderId) ?? null;
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
    if (this.subjects.has(step.workOrderId)) return this.subjects.get(step.workOrderId) ?? null;
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

  /** The step's effect, or 'queued' for a priority raise or team change (applied at the round's end). */
  private async effect(step: StepRow): Promise<Effect | 'queued'> {
    // A due time passed: the stored state turns breached by the recompute.
    if (step.ruleId.startsWith(CHECK_PREFIX)) return { outcome: 'checked', recompute: true };
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
    switch (rule.action) {
      case 'notify':
        return { outcome: await this.notify(step, rule, order, stored), warning: !rule.atBreach };
      case 'raise_priority':
        this.queued.push({
          step,
          rule,
          change: { workOrderId: order.id, raiseLevels: rule.levels, ruleId: rule.id },
        });
        return 'queued';
      case 'reassign_team':
        if (!rule.teamId) return { outcome: 'skipped: no team' };
        this.queued.push({
          step,
          rule,
          change: { workOrderId: order.id, teamId: rule.teamId, ruleId: rule.id },
        });
        return 'queued';
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
  const outcomes = await new EscalationBatch(tx, now).applyAll([step]);
  return outcomes.get(step.id) ?? 'skipped: moved';
}
