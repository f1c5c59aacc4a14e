import type { Calendar } from '@usta/core/calendar';
import type { SlaEvent } from '@usta/core/sla';
import { and, asc, eq, getTableColumns, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import { loadCalendar } from '../calendars/index.ts';
import { listSlaSubjects, loadSlaEventsOfOrders, type SlaSubject } from '../work-orders/index.ts';
import { planOrderSla } from './plan-order-sla.ts';
import type { PolicyRow } from './policy-mapping.ts';
import { ensureDefaultPolicy, selectPolicy } from './policy-repository.ts';
import type { WorkOrderSlaRow } from './recompute-order-sla.ts';
import { slaCustomerPolicies, slaEscalationSteps, workOrderSla } from './tables.ts';

const SLA_COLUMNS = getTableColumns(workOrderSla);

/**
 * `recomputeWorkOrderSla` for many orders of one company at once, in the caller's transaction:
 * the escalation job's batches (an 08:30 burst raises thousands of priorities) and the stale
 * scan. The same pure plan (`planOrderSla`) on the same inputs — subjects, events, policy,
 * calendar, stored row, fired steps — so the stored state and the schedule are exactly what the
 * one-order path writes; only the reads and writes are set-based: a fixed number of statements
 * per call (the stored rows are locked in id order), policies and calendars read once each.
 * Closed orders whose outcome is frozen keep it (only their stale flag is cleared). Returns the
 * ids recomputed.
 */
export async function recomputeWorkOrdersSla(
  tx: Executor,
  organizationId: string,
  workOrderIds: readonly string[],
  nowMs: number = Date.now(),
): Promise<string[]> {
  const ids = [...new Set(workOrderIds)];
  if (ids.length === 0) return [];
  const subjects = await listSlaSubjects(tx, organizationId, ids);
  if (subjects.length === 0) return [];
  const found = subjects.map((s) => s.id);
  const existing = new Map(
    (
      await tx
        .select()
        .from(workOrderSla)
        .where(inArray(workOrderSla.workOrderId, found))
        .orderBy(asc(workOrderSla.workOrderId))
        .for('update')
    ).map((row) => [row.workOrderId, row]),
  );
  // Frozen: policy edits and later recomputations never rewrite a closed order's outcome.
  const frozen = subjects.filter((s) => s.phase === 'closed' && existing.get(s.id)?.closedOutcome);
  const unfreeze = frozen.filter((s) => existing.get(s.id)?.stale).map((s) => s.id);
  if (unfreeze.length > 0)
    await tx.update(workOrderSla).set({ stale: false }).where(inArray(workOrderSla.workOrderId, unfreeze));
  const open = subjects.filter((s) => !frozen.includes(s));
  if (open.length === 0) return [];
  const openIds = open.map((s) => s.id);

  const events = await loadSlaEventsOfOrders(tx, organizationId, openIds);
  const firedRows = await tx
    .select({
      workOrderId: slaEscalationSteps.workOrderId,
      ruleId: slaEscalationSteps.ruleId,
      cycle: slaEscalationSteps.cycle,
    })
    .from(slaEscalationSteps)
    .where(and(inArray(slaEscalationSteps.workOrderId, openIds), isNotNull(slaEscalationSteps.doneAt)));
  const fired = new Map<string, { ruleId: string; cycle: number }[]>();
  for (const f of firedRows) fired.set(f.workOrderId, [...(fired.get(f.workOrderId) ?? []), f]);
  return planAndWrite(tx, organizationId, open, { events, existing, fired, nowMs, fresh: false });
}

/**
 * The stored SLA state and escalation schedule of orders opened in the caller's transaction (a
 * batch of creates), from the facts and events the create already holds: exactly what
 * `recomputeWorkOrdersSla` writes for them — a new order has no stored state, no fired step and
 * nothing to drop — without reading back what was just written.
 */
export async function recordNewOrdersSla(
  tx: Executor,
  organizationId: string,
  orders: readonly { subject: SlaSubject; events: SlaEvent[] }[],
  nowMs: number = Date.now(),
): Promise<string[]> {
  if (orders.length === 0) return [];
  return planAndWrite(
    tx,
    organizationId,
    orders.map((o) => o.subject),
    {
      events: new Map(orders.map((o) => [o.subject.id, o.events])),
      existing: new Map(),
      fired: new Map(),
      nowMs,
      fresh: true,
    },
  );
}

async function planAndWrite(
  tx: Executor,
  organizationId: string,
  open: readonly SlaSubject[],
  known: {
    events: Map<string, SlaEvent[]>;
    existing: Map<string, WorkOrderSlaRow>;
    fired: Map<string, { ruleId: string; cycle: number }[]>;
    nowMs: number;
    /** Orders opened in this transaction: no stored steps to drop. */
    fresh: boolean;
  },
): Promise<string[]> {
  const { events, existing, fired, nowMs } = known;
  const policyOf = await policyResolver(tx, organizationId, open);
  const calendars = new Map<string, Promise<Calendar & { id: string }>>();
  const calendarOf = (policy: PolicyRow) => {
    const key = policy.calendarId ?? '';
    let calendar = calendars.get(key);
    if (!calendar) {
      calendar = loadCalendar(tx as Database, organizationId, policy.calendarId ?? undefined);
      calendars.set(key, calendar);
    }
    return calendar;
  };

  const keep: { work_order_id: string; cycle: number; rule_ids: string[] }[] = [];
  const steps: Record<string, string | number>[] = [];
  const rows: (typeof workOrderSla.$inferInsert)[] = [];
  for (const subject of open) {
    const orderEvents = events.get(subject.id);
    if (!orderEvents) continue;
    const policy = policyOf(subject);
    const { cycle, desired, values } = planOrderSla({
      subject,
      events: orderEvents,
      policy,
      calendar: await calendarOf(policy),
      existing: existing.get(subject.id) ?? null,
      fired: fired.get(subject.id) ?? [],
      nowMs,
    });
    keep.push({ work_order_id: subject.id, cycle, rule_ids: desired.map((d) => d.ruleId) });
    for (const d of desired)
      steps.push({
        organization_id: organizationId,
        work_order_id: subject.id,
        rule_id: d.ruleId,
        cycle,
        metric: d.metric,
        action: d.action,
        due_at: new Date(d.dueAt).toISOString(),
      });
    rows.push({ workOrderId: subject.id, ...values });
  }
  if (rows.length === 0) return [];

  // Not-yet-fired steps of another cycle or of a rule no longer desired go; fired ones stay.
  // The id list lets the planner reach the steps through their (work order, …) index: joined to
  // the JSON rows alone it scanned the whole table (11 ms per batch of 32 new orders at 1M).
  if (!known.fresh)
    await tx.execute(sql`
    delete from ${slaEscalationSteps} as s
    using jsonb_to_recordset(${JSON.stringify(keep)}::jsonb) as v(work_order_id uuid, cycle int, rule_ids jsonb)
    where s.work_order_id = any(${`{${keep.map((k) => k.work_order_id).join(',')}}`}::uuid[])
      and s.work_order_id = v.work_order_id and s.done_at is null
      and (s.cycle <> v.cycle or not (v.rule_ids ? s.rule_id))`);
  // Rows travel as one JSON parameter (jsonb_to_recordset): at the 08:30 burst a batch writes
  // hundreds of steps and rows, and building a multi-row VALUES list cost more CPU than the rest.
  if (steps.length > 0)
    await tx.execute(sql`
      insert into ${slaEscalationSteps} (organization_id, work_order_id, rule_id, cycle, metric, action, due_at)
      select v.organization_id, v.work_order_id, v.rule_id, v.cycle, v.metric, v.action, v.due_at
      from jsonb_to_recordset(${JSON.stringify(steps)}::jsonb) as v(organization_id uuid, work_order_id uuid,
        rule_id text, cycle int, metric text, action text, due_at timestamptz)
      on conflict (work_order_id, rule_id, cycle) do update
        set due_at = excluded.due_at, action = excluded.action, metric = excluded.metric
        where ${slaEscalationSteps}.done_at is null`);
  const columns = Object.keys(rows[0]!).map((key) => SLA_COLUMNS[key as keyof typeof SLA_COLUMNS]);
  const names = sql.raw(columns.map((c) => c.name).join(', '));
  const types = sql.raw(columns.map((c) => `${c.name} ${c.getSQLType()}`).join(', '));
  const updates = sql.raw(
    columns
      .filter((c) => c.name !== 'work_order_id')
      .map((c) => `${c.name} = excluded.${c.name}`)
      .join(', '),
  );
  const json = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [SLA_COLUMNS[key as keyof typeof SLA_COLUMNS].name, value]),
    ),
  );
  await tx.execute(sql`
    insert into ${workOrderSla} (${names})
    select ${names} from jsonb_to_recordset(${JSON.stringify(json)}::jsonb) as v(${types})
    on conflict (work_order_id) do update set ${updates}`);
  return rows.map((r) => r.workOrderId);
}

/**
 * The policy in force for each order, like `resolvePolicy`: the customer's contract policy
 * wins over the organisation's default. Contract links in one query, each policy read once.
 */
async function policyResolver(
  tx: Executor,
  organizationId: string,
  subjects: readonly { customerId: string | null }[],
): Promise<(subject: { customerId: string | null }) => PolicyRow> {
  const customerIds = [...new Set(subjects.map((s) => s.customerId).filter((c): c is string => c !== null))];
  const links =
    customerIds.length === 0
      ? []
      : await tx
          .select({ customerId: slaCustomerPolicies.customerId, policyId: slaCustomerPolicies.policyId })
          .from(slaCustomerPolicies)
          .where(
            and(
              eq(slaCustomerPolicies.organizationId, organizationId),
              inArray(slaCustomerPolicies.customerId, customerIds),
            ),
          );
  const policies = new Map<string, PolicyRow | null>();
  for (const policyId of new Set(links.map((l) => l.policyId)))
    policies.set(policyId, await selectPolicy(tx, organizationId, policyId));
  const byCustomer = new Map(links.map((l) => [l.customerId, policies.get(l.policyId) ?? null]));
  const needsDefault = subjects.some((s) => !s.customerId || !byCustomer.get(s.customerId));
  const fallback = needsDefault ? await ensureDefaultPolicy(tx, organizationId) : null;
  return (subject) => (subject.customerId ? byCustomer.get(subject.customerId) : null) ?? fallback!;
}
