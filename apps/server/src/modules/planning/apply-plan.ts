/**
 * Applies a proposal all-or-nothing in one transaction. The board must be exactly as the
 * proposal saw it (same active visits, same versions, new orders still without a visit) and every
 * visit must still fit its technician as they are now (active, skill, authorisation, shift,
 * holiday); otherwise 409 PLAN_STALE naming what changed, and nothing changes.
 */
import type { ApplyResult } from '@usta/contracts/planning';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { findPlanningOrders, PLANNABLE_PHASES } from '../work-orders/index.ts';
import { dispatchOrderToVisit } from './dispatch-order.ts';
import { calendarCache, loadOrderFacts, shiftOn } from './planning-context.ts';
import { plannedVisitsOf, recheckPlannedVisits } from './recheck-plan.ts';
import type { PlanChanges } from './routing-problem.ts';
import { planningPlans, visits } from './tables.ts';
import { loadTechnicians } from './technician-repository.ts';
import { notifyVisitChange } from './visit-emails.ts';
import { mapOverlap, selectVisits, toVisit, type VisitRow } from './visit-repository.ts';

interface Written {
  row: VisitRow;
  change: 'planned' | 'moved';
  windowChanged: boolean;
  previousTechnicianId?: string | undefined;
}

export async function applyPlan(db: Database, actor: Actor, planId: string): Promise<ApplyResult> {
  const calendar = await calendarCache(db, actor.organizationId)(null);
  return db
    .transaction(async (tx) => {
      const [plan] = await tx
        .select()
        .from(planningPlans)
        .where(and(eq(planningPlans.organizationId, actor.organizationId), eq(planningPlans.id, planId)))
        .for('update');
      if (!plan) throw notFound('plan');
      if (plan.status !== 'done' || !plan.changes) throw new AppError('PLAN_NOT_READY');
      if (plan.appliedAt) throw new AppError('PLAN_STALE', {}, [], { reason: 'already_applied' });
      const changes = plan.changes as unknown as PlanChanges;
      const day = shiftOn(calendar, changes.date);
      const current = await selectVisits(tx, actor.organizationId, {
        from: day.start,
        to: day.end,
        technicianIds: changes.technicianIds,
        activeOnly: true,
      });
      const base = changes.baseVersions;
      const changed = [
        ...current.filter((v) => base[v.id] !== v.version).map((v) => v.id),
        ...Object.keys(base).filter((id) => !current.some((v) => v.id === id)),
      ];
      const taken = await selectVisits(tx, actor.organizationId, {
        workOrderIds: changes.creates.map((c) => c.workOrderId),
        activeOnly: true,
      });
      // An order closed, cancelled or moved past planning meanwhile gets no visit either.
      const orders = await findPlanningOrders(
        tx,
        actor.organizationId,
        changes.creates.map((c) => c.workOrderId),
      );
      const closed = changes.creates
        .map((c) => c.workOrderId)
        .filter((id) => {
          const order = orders.find((o) => o.id === id);
          return !order || !(PLANNABLE_PHASES as readonly string[]).includes(order.phase);
        });
      if (changed.length > 0 || taken.length > 0 || closed.length > 0) {
        throw new AppError('PLAN_STALE', {}, [], {
          changedVisitIds: changed,
          plannedOrderIds: taken.map((v) => v.workOrderId),
          closedOrderIds: closed,
        });
      }
      const refusedVisits = await recheckPlannedVisits(
        db,
        tx,
        actor.organizationId,
        plannedVisitsOf(changes, new Map(current.map((v) => [v.id, v]))),
      );
      if (refusedVisits.length > 0) throw new AppError('PLAN_STALE', {}, [], { refusedVisits });
      await tx.execute(sql`SET CONSTRAINTS visits_no_overlap DEFERRED`);
      const written: Written[] = [];
      for (const u of changes.updates) {
        const before = current.find((v) => v.id === u.visitId)!;
        const [row] = await tx
          .update(visits)
          .set({
            technicianId: u.technicianId,
            plannedStart: new Date(u.start),
            plannedEnd: new Date(u.end),
            version: before.version + 1,
            updatedAt: new Date(),
          })
          .where(and(eq(visits.id, u.visitId), eq(visits.version, before.version)))
          .returning();
        if (!row) throw new AppError('PLAN_STALE', {}, [], { changedVisitIds: [u.visitId] });
        await recordAuditEvent(tx, actor, {
          entityType: 'visit',
          entityId: row.id,
          action: 'update',
          before: toVisit(before, calendar.timeZone),
          after: toVisit(row, calendar.timeZone),
        });
        written.push({
          row,
          change: 'moved',
          windowChanged: false,
          previousTechnicianId: before.technicianId !== row.technicianId ? before.technicianId : undefined,
        });
      }
      for (const c of changes.creates) {
        const [row] = await tx
          .insert(visits)
          .values({
            organizationId: actor.organizationId,
            workOrderId: c.workOrderId,
            technicianId: c.technicianId,
            plannedStart: new Date(c.start),
            plannedEnd: new Date(c.end),
            windowStart: new Date(c.windowStart),
            windowEnd: new Date(c.windowEnd),
            status: 'planned',
          })
          .returning();
        await recordAuditEvent(tx, actor, {
          entityType: 'visit',
          entityId: row!.id,
          action: 'create',
          after: toVisit(row!, calendar.timeZone),
        });
        written.push({ row: row!, change: 'planned', windowChanged: true });
      }
      // Booked = dispatched: each technician is on their order, which moves to "assigned".
      for (const w of written) {
        await dispatchOrderToVisit(tx, actor, {
          workOrderId: w.row.workOrderId,
          technicianId: w.row.technicianId,
          previousTechnicianId: w.previousTechnicianId,
        });
      }
      await notifyAll(db, tx, actor.organizationId, written, calendar.timeZone);
      await tx
        .update(planningPlans)
        .set({ appliedAt: new Date(), updatedAt: new Date() })
        .where(eq(planningPlans.id, planId));
      // The deferred exclusion constraint is checked here, still inside the transaction.
      await tx.execute(sql`SET CONSTRAINTS visits_no_overlap IMMEDIATE`);
      return { planId, created: changes.creates.length, updated: changes.updates.length };
    })
    .catch((error: unknown) => {
      if (error instanceof AppError) throw error;
      return mapOverlap(error);
    });
}

async function notifyAll(
  db: Database,
  tx: Parameters<Parameters<Database['transaction']>[0]>[0],
  organizationId: string,
  written: Written[],
  timeZone: string,
) {
  if (written.length === 0) return;
  const technicians = new Map(
    (
      await loadTechnicians(tx, organizationId, {
        ids: [
          ...new Set(
            written.flatMap((w) => [w.row.technicianId, w.previousTechnicianId ?? w.row.technicianId]),
          ),
        ],
      })
    ).map((t) => [t.id, t]),
  );
  const orders = await findPlanningOrders(tx, organizationId, [
    ...new Set(written.map((w) => w.row.workOrderId)),
  ]);
  const facts = await loadOrderFacts(db, organizationId, orders);
  for (const w of written) {
    const technician = technicians.get(w.row.technicianId);
    const f = facts.get(w.row.workOrderId);
    if (!technician || !f) continue;
    await notifyVisitChange(tx, {
      organizationId,
      visit: w.row,
      technician,
      facts: f,
      change: w.change,
      windowChanged: w.windowChanged,
      timeZone,
      previousTechnician: w.previousTechnicianId ? technicians.get(w.previousTechnicianId) : undefined,
    });
  }
}
