import type { FieldNotification, FieldOrder, SyncChanges } from '@usta/contracts/sync';
import { nextSteps } from '@usta/core/sync';
import { localDateAt, type Phase, warrantyStatusAt } from '@usta/core/work-orders';
import { and, eq, gt, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { listAttachmentsOf } from '../attachments/index.ts';
import { findContact, findCustomer } from '../customers/index.ts';
import { findDevice } from '../devices/index.ts';
import { authorisedCustomerIdsOf, selectVisits, type VisitRow } from '../planning/index.ts';
import { removalsSince } from '../push/index.ts';
import { findVanWarehouse, listLevelRows, listPartsOf, listStockItems, toWarehouse } from '../stock/index.ts';
import {
  type FieldOrderRow,
  listDeviceOrders,
  listFieldActivities,
  listFieldOrders,
  loadStatusDefinitions,
  ordersWithActivitySince,
} from '../work-orders/index.ts';
import { syncFieldConflicts, syncProcessedCommands } from './tables.ts';

/** Changes committed just before the cursor may become visible late; look back this far. */
const OVERLAP_MS = 5_000;
const SHOWN_KINDS = new Set(['note', 'time_entry', 'status_change', 'approval', 'assignment', 'created']);

export function encodeCursor(at: Date): string {
  return Buffer.from(JSON.stringify({ t: at.toISOString() })).toString('base64url');
}

function decodeCursor(cursor: string | undefined): Date | null {
  if (!cursor) return null;
  try {
    const { t } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { t?: unknown };
    const at = typeof t === 'string' ? new Date(t) : null;
    if (at && !Number.isNaN(at.getTime())) return at;
  } catch {
    // fall through
  }
  throw new AppError('VALIDATION_FAILED', {}, [{ path: 'since', code: 'invalid_cursor' }]);
}

/**
 * `GET /sync/changes`: the technician's open orders with what the visit needs offline, the
 * notifications since the cursor, and the van stock. Orders changed since the cursor (row,
 * timeline or field commands) come whole; `activeOrderIds` always lists every order to keep, so
 * an order the technician lost (reassigned, customer authorisation withdrawn, visit moved to
 * someone else) is dropped by the phone on the next sync.
 */
export async function getChanges(
  db: Executor,
  actor: Actor,
  since: string | undefined,
  now = new Date(),
): Promise<SyncChanges> {
  const sinceAt = decodeCursor(since);
  const { rows, visits } = await techniciansDay(db, actor, now);
  let changed = rows;
  if (sinceAt) {
    const from = new Date(sinceAt.getTime() - OVERLAP_MS);
    const touched = await ordersWithActivitySince(db, actor.organizationId, from);
    const commanded = await db
      .selectDistinct({ id: syncProcessedCommands.workOrderId })
      .from(syncProcessedCommands)
      .where(
        and(
          eq(syncProcessedCommands.organizationId, actor.organizationId),
          gt(syncProcessedCommands.createdAt, from),
        ),
      );
    for (const row of commanded) if (row.id) touched.add(row.id);
    changed = rows.filter((row) => row.updatedAt > from || touched.has(row.id));
  }
  const statuses = await loadStatusDefinitions(db, actor.organizationId);
  const ids = changed.map((r) => r.id);
  const [attachments, parts, conflicts] = await Promise.all([
    listAttachmentsOf(db, actor.organizationId, ids),
    listPartsOf(db, actor.organizationId, ids),
    ids.length === 0
      ? []
      : db
          .select()
          .from(syncFieldConflicts)
          .where(
            and(
              eq(syncFieldConflicts.organizationId, actor.organizationId),
              inArray(syncFieldConflicts.workOrderId, ids),
            ),
          ),
  ]);
  const today = localDateAt(now);
  const orders: FieldOrder[] = [];
  for (const row of changed) {
    orders.push(
      await present(db, actor, row, {
        statuses,
        today,
        attachments: attachments.filter((a) => a.workOrderId === row.id),
        parts: parts.filter((p) => p.workOrderId === row.id),
        conflicts: conflicts.filter((c) => c.workOrderId === row.id),
        visit: visits.get(row.id) ?? null,
      }),
    );
  }
  return {
    cursor: encodeCursor(now),
    serverTime: now.toISOString(),
    full: sinceAt === null,
    activeOrderIds: rows.map((r) => r.id),
    orders,
    notifications: await notificationsSince(db, actor, rows, sinceAt),
    stock: await vanStock(db, actor),
  };
}

/**
 * The orders on the technician's phone and their visits. Assigned open orders, less those of
 * customers outside the technician's authorised list (the row rule applies it to every read,
 * the field list too) and those the planning desk has planned for other technicians only (the
 * visit was moved to someone else). Each kept order carries the technician's next active visit
 * (from yesterday on) with its place in that day's route.
 */
async function techniciansDay(db: Executor, actor: Actor, now: Date) {
  const visits = new Map<string, { row: VisitRow; sequence: number }>();
  const authorised = await authorisedCustomerIdsOf(db, actor);
  const assigned = (await listFieldOrders(db, actor)).filter(
    (row) => authorised === null || authorised.includes(row.customerId),
  );
  if (assigned.length === 0) return { rows: assigned, visits };
  const active = await selectVisits(db, actor.organizationId, {
    workOrderIds: assigned.map((r) => r.id),
    from: now.getTime() - 86_400_000,
    activeOnly: true,
  });
  const othersOnly = new Set(active.map((v) => v.workOrderId));
  const perDay = new Map<string, number>();
  for (const visit of active) {
    if (visit.technicianId !== actor.userId) continue;
    othersOnly.delete(visit.workOrderId);
    const day = localDateAt(visit.plannedStart);
    const sequence = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, sequence);
    if (!visits.has(visit.workOrderId)) visits.set(visit.workOrderId, { row: visit, sequence });
  }
  return { rows: assigned.filter((row) => !othersOnly.has(row.id)), visits };
}

async function vanStock(db: Executor, actor: Actor): Promise<SyncChanges['stock']> {
  const van = await findVanWarehouse(db, actor.organizationId, actor.userId);
  const { items } = await listStockItems(db, actor);
  const levels = van ? await listLevelRows(db, actor.organizationId, [van.id]) : [];
  return {
    vanWarehouse: van ? toWarehouse(van) : null,
    items: items.filter((item) => item.active),
    levels: levels.map((level) => ({ ...level, unit: level.unit as (typeof items)[number]['unit'] })),
  };
}

/**
 * Orders assigned to the technician since the cursor, and orders taken off their plan since then
 * (reassigned or visit moved: read back from the push messages queued for them, which are
 * written whether or not the phone subscribed). The first sync announces nothing.
 */
async function notificationsSince(
  db: Executor,
  actor: Actor,
  rows: FieldOrderRow[],
  sinceAt: Date | null,
): Promise<FieldNotification[]> {
  if (!sinceAt) return [];
  const kept = new Set(rows.map((r) => r.id));
  const notifications: FieldNotification[] = (
    await removalsSince(db, actor.organizationId, actor.userId, new Date(sinceAt.getTime() - OVERLAP_MS))
  ).filter((n) => !kept.has(n.workOrderId)); // given back since: the order is on the list again
  for (const row of rows) {
    const activities = await listFieldActivities(db, actor.organizationId, row.id, 20);
    const assignment = activities.find((a) => a.kind === 'assignment' && a.occurredAt > sinceAt);
    const created = row.createdAt > sinceAt;
    if (!assignment && !created) continue;
    notifications.push({
      id: `assigned:${row.id}:${(assignment?.occurredAt ?? row.createdAt).getTime()}`,
      kind: 'assigned',
      workOrderId: row.id,
      number: row.number,
      at: (assignment?.occurredAt ?? row.createdAt).toISOString(),
      message: { tr: `${row.number} size atandı.`, en: `${row.number} was assigned to you.` },
    });
  }
  return notifications;
}

interface PresentContext {
  statuses: Awaited<ReturnType<typeof loadStatusDefinitions>>;
  today: string;
  attachments: FieldOrder['attachments'];
  parts: FieldOrder['parts'];
  conflicts: (typeof syncFieldConflicts.$inferSelect)[];
  visit: { row: VisitRow; sequence: number } | null;
}

async function present(
  db: Executor,
  actor: Actor,
  row: FieldOrderRow,
  ctx: PresentContext,
): Promise<FieldOrder> {
  const org = actor.organizationId;
  const [customer, contact, device, activities, history] = await Promise.all([
    findCustomer(db, org, row.customerId),
    row.contactId ? findContact(db, org, row.contactId) : null,
    row.deviceId ? findDevice(db, org, row.deviceId) : null,
    listFieldActivities(db, org, row.id, 50),
    row.deviceId ? listDeviceOrders(db, org, row.deviceId, 11) : [],
  ]);
  const status = ctx.statuses.find((s) => s.code === row.status);
  const address =
    customer?.addresses.find((a) => a.id === row.serviceAddressId) ?? customer?.addresses[0] ?? null;
  const state = {
    phase: row.phase as Phase,
    resumePhase: row.resumePhase as Phase | null,
    diagnosis: row.diagnosis,
    workDone: row.workDone,
    approvalId: row.approvalId,
  };
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    status: row.status,
    phase: row.phase,
    statusInfo: {
      code: row.status,
      phase: row.phase,
      nameTr: status?.nameTr ?? row.status,
      nameEn: status?.nameEn ?? row.status,
      colour: status?.colour ?? '#868e96',
    },
    type: row.type,
    priority: row.priority,
    complaint: row.complaint,
    requestedDate: row.requestedDate,
    diagnosis: row.diagnosis,
    workDone: row.workDone,
    resolutionCode: row.resolutionCode,
    approvalId: row.approvalId,
    technicianIds: row.technicianIds,
    nextSteps: nextSteps(state, actor),
    customer: {
      id: row.customerId,
      name: customer?.name ?? row.customerName,
      phone: customer?.phones[0] ?? null,
    },
    contact: contact
      ? { id: contact.id, name: contact.name, phone: contact.phone, email: contact.email }
      : null,
    address: address
      ? {
          text: [address.line, address.neighbourhood, address.district, address.province]
            .filter(Boolean)
            .join(', '),
          district: address.district || null,
          city: address.province || null,
          lat: address.latitude ?? null,
          lng: address.longitude ?? null,
        }
      : null,
    device: device
      ? {
          id: device.id,
          brand: device.brand,
          model: device.model,
          deviceType: device.deviceType,
          serialNumber: device.serialNumber,
          warrantyEnd: device.warrantyEnd,
          warrantyStatus: warrantyStatusAt(device, ctx.today),
        }
      : null,
    history: history
      .filter((h) => h.id !== row.id)
      .slice(0, 10)
      .map((h) => ({
        id: h.id,
        number: h.number,
        status: h.status,
        createdAt: h.createdAt.toISOString(),
        summary: h.workDone ?? h.diagnosis ?? h.complaint,
      })),
    activities: activities
      .filter((a) => SHOWN_KINDS.has(a.kind))
      .map((a) => ({
        id: a.id,
        kind: a.kind,
        description: a.description,
        actorName: a.actorName,
        occurredAt: a.occurredAt.toISOString(),
        startedAt: a.startedAt?.toISOString() ?? null,
        endedAt: a.endedAt?.toISOString() ?? null,
        visibility: a.visibility,
      })),
    attachments: ctx.attachments,
    parts: ctx.parts,
    conflicts: ctx.conflicts.map((c) => ({
      field: c.field as FieldOrder['conflicts'][number]['field'],
      yours: c.yours,
      theirs: c.theirs,
      winner: c.winner,
      officeChangedAt: c.officeChangedAt.toISOString(),
    })),
    visit: ctx.visit
      ? {
          id: ctx.visit.row.id,
          start: ctx.visit.row.plannedStart.toISOString(),
          end: ctx.visit.row.plannedEnd.toISOString(),
          sequence: ctx.visit.sequence,
        }
      : null,
    // Planned visits first, in time order; then by requested date, priority and age.
    sortKey: ctx.visit
      ? `0|${ctx.visit.row.plannedStart.toISOString()}`
      : `1|${row.requestedDate ?? '9999-12-31'}|${row.priority}|${row.createdAt.toISOString()}`,
    updatedAt: row.updatedAt.toISOString(),
  };
}
