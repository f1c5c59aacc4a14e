import type { CreateWorkOrderBody, WorkOrder } from '@usta/contracts/work-orders';
import { formatWorkOrderNumber, localYearAt } from '@usta/core/work-orders';
import type { Database, Tx } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { recordAuditEntries } from '../audit/record-audit-events.ts';
import { findCustomers } from '../customers/index.ts';
import { recordNewOrdersSla } from '../sla/index.ts';
import { insertActivities } from './activity-repository.ts';
import { auditView } from './audit-view.ts';
import { enqueueOrderEmails } from './enqueue-work-order-emails.ts';
import {
  type CreateContext,
  type CreateRequest,
  type PreparedOrder,
  prepareWorkOrder,
} from './prepare-work-order.ts';
import { slaSubjectOf } from './sla-bridge.ts';
import { slaEventsFromHistory } from './sla-events.ts';
import { cachedSettings, cachedStatuses } from './status-cache.ts';
import {
  insertRelatedLinks,
  insertWorkOrders,
  reserveWorkOrderSequences,
  toWorkOrder,
  type WorkOrderRow,
} from './work-order-repository.ts';

export type { CreateRequest } from './prepare-work-order.ts';

/**
 * `localYearAt` builds an `Intl.DateTimeFormat` per call (~0.3 ms, a measurable share of a
 * create). Istanbul's offset is whole hours, so the local year cannot change inside a UTC hour:
 * remember it per hour.
 */
let yearCache = { hour: -1, year: 0 };
function numberingYear(now: Date): number {
  const hour = Math.floor(now.getTime() / 3_600_000);
  if (yearCache.hour !== hour) yearCache = { hour, year: localYearAt(now) };
  return yearCache.year;
}

export interface CreateWorkOrderResult extends WorkOrder {
  warnings: { code: 'OPEN_ORDER_FOR_DEVICE'; workOrderId: string; number: string }[];
}

export type CreateOutcome = { ok: true; value: CreateWorkOrderResult } | { ok: false; error: unknown };

/**
 * Opens a work order: customer, contact, device (registered on the spot when new), priority
 * from the company's matrix, a gap-free number, the first activity, the audit event and the
 * e-mails — one transaction, so a failure leaves nothing behind, not even a number.
 */
export async function createWorkOrder(
  db: Database,
  actor: Actor,
  input: CreateWorkOrderBody,
  now = new Date(),
): Promise<CreateWorkOrderResult> {
  const [outcome] = await createWorkOrders(db, [{ actor, input, now }]);
  if (!outcome!.ok) throw outcome!.error;
  return outcome!.value;
}

/**
 * Opens several orders in ONE transaction (the create queue's batches, create-queue.ts): each
 * request is checked on its own — one with a bad reference gets its own error and takes no
 * number, the others go on — and the writes are set-based: one statement per table for the whole
 * batch, one counter update numbering the batch's orders consecutively in request order, one
 * commit (one WAL flush). Each order is exactly what a single create writes.
 * If a write fails (a database error, not a refused request) the batch rolls back and every
 * request runs again alone, so one request's failure never fails another's.
 */
export async function createWorkOrders(
  db: Database,
  requests: readonly CreateRequest[],
): Promise<CreateOutcome[]> {
  try {
    return await db.transaction((tx) => createInTransaction(tx, requests));
  } catch (error) {
    if (requests.length === 1) return [{ ok: false, error }];
    const outcomes: CreateOutcome[] = [];
    for (const request of requests) outcomes.push(...(await createWorkOrders(db, [request])));
    return outcomes;
  }
}

async function createInTransaction(tx: Tx, requests: readonly CreateRequest[]): Promise<CreateOutcome[]> {
  const contexts = await loadContexts(tx, requests);
  const outcomes: (CreateOutcome | PreparedOrder)[] = [];
  for (const request of requests) {
    const context = contexts.get(request.actor.organizationId)!;
    try {
      // A device registered on the spot is a write: under a savepoint, so a request refused
      // after it (or by it) leaves the batch's transaction usable for the others.
      const prepared = request.input.newDevice
        ? await tx.transaction((savepoint) => prepareWorkOrder(savepoint, request, context))
        : await prepareWorkOrder(tx, request, context);
      outcomes.push(prepared);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ ok: false, error });
    }
  }
  const prepared = outcomes.filter((o): o is PreparedOrder => 'values' in o);
  const rows = await writeOrders(tx, prepared, contexts);
  let next = 0;
  return outcomes.map((outcome) => {
    if (!('values' in outcome)) return outcome;
    const row = rows[next++]!;
    return {
      ok: true,
      value: { ...toWorkOrder(row, outcome.relatedIds), warnings: warningsOf(outcome, prepared, rows) },
    };
  });
}

async function loadContexts(tx: Tx, requests: readonly CreateRequest[]): Promise<Map<string, CreateContext>> {
  const contexts = new Map<string, CreateContext>();
  for (const organizationId of new Set(requests.map((r) => r.actor.organizationId))) {
    const customerIds = requests
      .filter((r) => r.actor.organizationId === organizationId)
      .map((r) => r.input.customerId);
    contexts.set(organizationId, {
      settings: await cachedSettings(tx, organizationId),
      statuses: await cachedStatuses(tx, organizationId),
      customers: await findCustomers(tx, organizationId, customerIds),
    });
  }
  return contexts;
}

/**
 * The writes of the batch's accepted orders, a statement per table. Numbers first: the counter
 * row and the status-count rows the insert's trigger updates are held to commit either way, so
 * numbering after the insert saved no waiting — and cost a second write of every new row (and of
 * its nine index entries) to put the number in.
 */
async function writeOrders(
  tx: Tx,
  prepared: readonly PreparedOrder[],
  contexts: Map<string, CreateContext>,
): Promise<WorkOrderRow[]> {
  if (prepared.length === 0) return [];
  // Numbered per company and local year (a batch can straddle New Year's midnight), in request order.
  for (const group of groupBy(
    prepared,
    (p) => `${p.request.actor.organizationId}|${numberingYear(p.request.now)}`,
  ).values()) {
    const { organizationId } = group[0]!.request.actor;
    const { numberPrefix } = contexts.get(organizationId)!.settings;
    const year = numberingYear(group[0]!.request.now);
    const first = await reserveWorkOrderSequences(tx, organizationId, year, group.length);
    for (const [i, p] of group.entries())
      p.values.number = formatWorkOrderNumber(numberPrefix, year, first + i);
  }
  const rows = await insertWorkOrders(
    tx,
    prepared.map((p) => p.values),
  );
  await insertLinks(tx, prepared);
  const activities = await insertActivities(
    tx,
    prepared.map(({ request, values }) => ({
      actor: request.actor,
      activity: {
        workOrderId: values.id,
        kind: 'created' as const,
        toStatus: values.status,
        description: values.complaint,
        data: { channel: values.channel },
      },
    })),
  );
  const opened = prepared.map((p, i) => ({
    organizationId: p.request.actor.organizationId,
    subject: slaSubjectOf(rows[i]!),
    events: slaEventsFromHistory(rows[i]!, [activities[i]!]),
  }));
  for (const [organizationId, group] of groupBy(opened, (o) => o.organizationId))
    await recordNewOrdersSla(tx, organizationId, group);
  await recordAuditEntries(
    tx,
    prepared.map((p, i) => ({
      actor: p.request.actor,
      input: {
        entityType: 'work_order',
        entityId: rows[i]!.id,
        action: 'create',
        after: auditView(rows[i]!),
      },
    })),
  );
  await enqueueOrderEmails(
    tx,
    prepared.map((p, i) => ({
      order: rows[i]!,
      representativeId: p.customer.representativeId,
      technicianIds: p.technicianIds,
    })),
  );
  return rows;
}

async function insertLinks(tx: Tx, prepared: readonly PreparedOrder[]) {
  for (const [organizationId, group] of groupBy(prepared, (p) => p.request.actor.organizationId)) {
    const pairs = group.flatMap((p) => p.relatedIds.map((relatedId) => [p.values.id, relatedId] as const));
    await insertRelatedLinks(tx, organizationId, pairs);
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The open-order warning: the device's open orders before this batch, and those opened earlier
 * in the same batch (newest first), as if the batch's creates had run one after another.
 */
function warningsOf(
  order: PreparedOrder,
  prepared: readonly PreparedOrder[],
  rows: readonly WorkOrderRow[],
): CreateWorkOrderResult['warnings'] {
  const deviceId = order.values.deviceId;
  if (!deviceId) return [];
  const index = prepared.indexOf(order);
  const earlierInBatch = rows
    .slice(0, index)
    .filter((row) => row.deviceId === deviceId)
    .reverse();
  return [...earlierInBatch, ...order.openOrders].slice(0, 5).map((row) => ({
    code: 'OPEN_ORDER_FOR_DEVICE' as const,
    workOrderId: row.id,
    number: row.number,
  }));
}
