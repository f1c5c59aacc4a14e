/**
 * Visits: create, move/re-time/change status, list, check before a drop. One transaction per
 * change: rule checks, the row, the audit event and the outbox e-mails; the exclusion
 * constraint is the last word on overlaps (23P01 → 409 VISIT_OVERLAP).
 */

import type { Locale } from '@usta/contracts/common';
import type {
  CheckVisitBody,
  CheckVisitResult,
  CreateVisitBody,
  UpdateVisitBody,
  Visit,
  VisitWithOrder,
} from '@usta/contracts/planning';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { findPlanningOrders, PLANNABLE_PHASES } from '../work-orders/index.ts';
import { dispatchOrderToVisit } from './dispatch-order.ts';
import { assertNoErrors, evaluateVisit, rejectVisit, toVisitIssues } from './evaluate-visit.ts';
import { loadOrderFacts } from './planning-context.ts';
import { toOrderSummary } from './present.ts';
import { visits } from './tables.ts';
import { loadTechnicians } from './technician-repository.ts';
import { notifyVisitChange } from './visit-emails.ts';
import { findVisit, INACTIVE, mapOverlap, selectVisits, toVisit, type VisitRow } from './visit-repository.ts';

const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) : null);
const FINISHED = ['done', 'cancelled', 'no_show'];

export async function createVisit(db: Database, actor: Actor, input: CreateVisitBody): Promise<Visit> {
  const draft = {
    workOrderId: input.workOrderId,
    technicianId: input.technicianId,
    plannedStart: Date.parse(input.plannedStart),
    plannedEnd: Date.parse(input.plannedEnd),
    windowStart: ms(input.windowStart),
    windowEnd: ms(input.windowEnd),
  };
  return db
    .transaction(async (tx) => {
      const evaluation = await evaluateVisit(db, tx, actor.organizationId, draft);
      if (!(PLANNABLE_PHASES as readonly string[]).includes(evaluation.facts.order.phase)) {
        throw rejectVisit('order_not_plannable', 'workOrderId');
      }
      assertNoErrors(evaluation.issues);
      const [row] = await tx
        .insert(visits)
        .values({
          organizationId: actor.organizationId,
          workOrderId: draft.workOrderId,
          technicianId: draft.technicianId,
          plannedStart: new Date(draft.plannedStart),
          plannedEnd: new Date(draft.plannedEnd),
          windowStart: draft.windowStart === null ? null : new Date(draft.windowStart),
          windowEnd: draft.windowEnd === null ? null : new Date(draft.windowEnd),
          status: input.status,
          pinned: input.pinned,
        })
        .returning();
      const visit = toVisit(row!, evaluation.timeZone);
      await recordAuditEvent(tx, actor, {
        entityType: 'visit',
        entityId: row!.id,
        action: 'create',
        after: visit,
      });
      if (!(INACTIVE as string[]).includes(row!.status)) {
        await dispatchOrderToVisit(tx, actor, {
          workOrderId: row!.workOrderId,
          technicianId: row!.technicianId,
        });
      }
      await notifyVisitChange(tx, {
        organizationId: actor.organizationId,
        visit: row!,
        technician: evaluation.technician,
        facts: evaluation.facts,
        change: 'planned',
        windowChanged: draft.windowStart !== null,
        timeZone: evaluation.timeZone,
      });
      return visit;
    })
    .catch(mapOverlapOrRethrow);
}

function mapOverlapOrRethrow(error: unknown): never {
  if (error instanceof AppError) throw error;
  return mapOverlap(error);
}

export async function updateVisit(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateVisitBody,
): Promise<Visit> {
  return db
    .transaction(async (tx) => {
      const current = await findVisit(tx, actor.organizationId, id, true);
      if (!current) throw notFound('visit');
      if (current.version !== input.version) throw versionConflict(toVisit(current));
      if (FINISHED.includes(current.status)) {
        throw rejectVisit('visit_finished', 'status');
      }
      const next = {
        technicianId: input.technicianId ?? current.technicianId,
        plannedStart: input.plannedStart ? Date.parse(input.plannedStart) : current.plannedStart.getTime(),
        plannedEnd: input.plannedEnd ? Date.parse(input.plannedEnd) : current.plannedEnd.getTime(),
        windowStart:
          input.windowStart !== undefined ? ms(input.windowStart) : (current.windowStart?.getTime() ?? null),
        windowEnd:
          input.windowEnd !== undefined ? ms(input.windowEnd) : (current.windowEnd?.getTime() ?? null),
        status: input.status ?? current.status,
        pinned: input.pinned ?? current.pinned,
      };
      const moved =
        next.technicianId !== current.technicianId ||
        next.plannedStart !== current.plannedStart.getTime() ||
        next.plannedEnd !== current.plannedEnd.getTime();
      const windowChanged =
        next.windowStart !== (current.windowStart?.getTime() ?? null) ||
        next.windowEnd !== (current.windowEnd?.getTime() ?? null);
      const evaluation = await evaluateVisit(db, tx, actor.organizationId, {
        visitId: id,
        workOrderId: current.workOrderId,
        ...next,
      });
      const active = !(INACTIVE as string[]).includes(next.status);
      // Only a change of time, technician or window is judged again; a status change is not.
      if (active && (moved || windowChanged)) assertNoErrors(evaluation.issues);
      const [row] = await tx
        .update(visits)
        .set({
          technicianId: next.technicianId,
          plannedStart: new Date(next.plannedStart),
          plannedEnd: new Date(next.plannedEnd),
          windowStart: next.windowStart === null ? null : new Date(next.windowStart),
          windowEnd: next.windowEnd === null ? null : new Date(next.windowEnd),
          status: next.status,
          pinned: next.pinned,
          version: current.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(visits.id, id))
        .returning();
      const before = toVisit(current, evaluation.timeZone);
      const after = toVisit(row!, evaluation.timeZone);
      await recordAuditEvent(tx, actor, {
        entityType: 'visit',
        entityId: id,
        action: 'update',
        before,
        after,
      });
      if (active && next.technicianId !== current.technicianId) {
        await dispatchOrderToVisit(tx, actor, {
          workOrderId: current.workOrderId,
          technicianId: next.technicianId,
          previousTechnicianId: current.technicianId,
        });
      }
      const cancelled = !active && !(INACTIVE as string[]).includes(current.status);
      if (moved || windowChanged || cancelled) {
        const previousTechnician =
          next.technicianId !== current.technicianId
            ? (await loadTechnicians(tx, actor.organizationId, { ids: [current.technicianId] }))[0]
            : undefined;
        await notifyVisitChange(tx, {
          previousTechnician,
          organizationId: actor.organizationId,
          visit: row!,
          technician: evaluation.technician,
          facts: evaluation.facts,
          change: cancelled ? 'cancelled' : 'moved',
          windowChanged: windowChanged || cancelled,
          timeZone: evaluation.timeZone,
        });
      }
      return after;
    })
    .catch(mapOverlapOrRethrow);
}

export async function checkVisit(
  db: Database,
  actor: Actor,
  input: CheckVisitBody,
  locale: Locale,
): Promise<CheckVisitResult> {
  const evaluation = await evaluateVisit(db, db, actor.organizationId, {
    ...(input.visitId ? { visitId: input.visitId } : {}),
    workOrderId: input.workOrderId,
    technicianId: input.technicianId,
    plannedStart: Date.parse(input.plannedStart),
    plannedEnd: Date.parse(input.plannedEnd),
    windowStart: ms(input.windowStart),
    windowEnd: ms(input.windowEnd),
  });
  const issues = toVisitIssues(evaluation.issues, locale);
  return { ok: !issues.some((i) => i.severity === 'error'), issues };
}

/** Visits with their orders; a technician without planning:read sees only their own. */
export async function listVisits(
  db: Database,
  actor: Actor,
  query: {
    from?: string;
    to?: string;
    technicianId?: string;
    workOrderId?: string;
    status?: Visit['status'];
  },
): Promise<{ items: VisitWithOrder[] }> {
  const ownOnly = !actor.permissions.has('planning:read');
  const technicianIds = ownOnly ? [actor.userId] : query.technicianId ? [query.technicianId] : undefined;
  const rows = await selectVisits(db, actor.organizationId, {
    ...(query.from ? { from: Date.parse(query.from) } : {}),
    ...(query.to ? { to: Date.parse(query.to) } : {}),
    ...(technicianIds ? { technicianIds } : {}),
    ...(query.workOrderId ? { workOrderIds: [query.workOrderId] } : {}),
    ...(query.status ? { status: query.status } : {}),
  });
  return { items: await withOrders(db, actor.organizationId, rows) };
}

export async function withOrders(
  db: Database,
  organizationId: string,
  rows: readonly VisitRow[],
  timeZone = 'Europe/Istanbul',
): Promise<VisitWithOrder[]> {
  const orders = await findPlanningOrders(db, organizationId, [...new Set(rows.map((r) => r.workOrderId))]);
  const facts = await loadOrderFacts(db, organizationId, orders);
  return rows.flatMap((row) => {
    const f = facts.get(row.workOrderId);
    return f ? [{ ...toVisit(row, timeZone), workOrder: toOrderSummary(f, timeZone) }] : [];
  });
}

/** A technician moves their own visit along (planners may do it for anyone). */
export async function updateVisitStatus(
  db: Database,
  actor: Actor,
  id: string,
  input: { status: Visit['status']; version: number },
): Promise<Visit> {
  const current = await findVisit(db, actor.organizationId, id);
  if (!current || (!actor.permissions.has('planning:write') && current.technicianId !== actor.userId)) {
    throw notFound('visit');
  }
  return updateVisit(db, actor, id, { status: input.status, version: input.version });
}
