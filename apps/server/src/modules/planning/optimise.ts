/**
 * "Optimise day": a background job (row in planning_plans) that runs the routing solver in a
 * worker thread and stores the proposal. Nothing changes on the board until the plan is applied.
 */
import type { OptimiseBody, OptimiseJob, Proposal } from '@usta/contracts/planning';
import { formatInstantWithOffset } from '@usta/core/calendar';
import { solveInWorker } from '@usta/routing';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { fieldMessage } from '../../http/messages.ts';
import { loadDayInput, selectTechnicians } from './day-input.ts';
import { buildRoutingProblem, toProposal } from './routing-problem.ts';
import { planningPlans } from './tables.ts';
import { loadTechnicians } from './technician-repository.ts';

type PlanRow = typeof planningPlans.$inferSelect;

const STALLED_MS = 120_000;

/** Running jobs of this process. */
export const runningJobs = new Set<Promise<void>>();

export async function startOptimise(
  db: Database,
  actor: Actor,
  body: OptimiseBody,
): Promise<{ jobId: string }> {
  const technicians = await selectTechnicians(db, actor.organizationId, body);
  const [row] = await db
    .insert(planningPlans)
    .values({
      organizationId: actor.organizationId,
      kind: 'optimise',
      date: body.date,
      status: 'queued',
      request: { ...body, technicianIds: technicians.map((t) => t.id) },
      createdBy: actor.userId,
    })
    .returning();
  const job = runOptimise(
    db,
    row!,
    technicians.map((t) => t.id),
    body,
  ).catch(async (error: unknown) => {
    await db
      .update(planningPlans)
      .set({
        status: 'failed',
        error: { code: 'INTERNAL', message: String((error as Error).message ?? error) },
        updatedAt: new Date(),
      })
      .where(eq(planningPlans.id, row!.id))
      .catch(() => undefined);
  });
  runningJobs.add(job);
  void job.finally(() => runningJobs.delete(job));
  return { jobId: row!.id };
}

export const unassignedMessage = (reason: Proposal['unassigned'][number]['reason']) =>
  `${fieldMessage(`unassigned_${reason}`, 'tr')} / ${fieldMessage(`unassigned_${reason}`, 'en')}`;

async function runOptimise(db: Database, row: PlanRow, technicianIds: string[], body: OptimiseBody) {
  const started = Date.now();
  const limitMs = Math.round(body.timeLimitSeconds * 1000);
  await db
    .update(planningPlans)
    .set({ status: 'running', updatedAt: new Date() })
    .where(eq(planningPlans.id, row.id));
  const technicians = await loadTechnicians(db, row.organizationId, { ids: technicianIds, activeOnly: true });
  const { input, timeZone } = await loadDayInput(db, row.organizationId, body.date, technicians, {
    includeUnassigned: true,
  });
  const built = buildRoutingProblem(input);
  let lastWrite = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const plan = await solveInWorker(built.problem, {
    timeLimitMs: limitMs,
    seed: 1,
    progressIntervalMs: 250,
    initialRoutes: Object.fromEntries(built.currentRoutes),
    onProgress: (p) => {
      const now = Date.now();
      if (now - lastWrite < 400) return;
      lastWrite = now;
      pending = pending.then(() =>
        db
          .update(planningPlans)
          .set({
            progress: Math.min(0.99, p.elapsedMs / Math.max(1, limitMs)),
            elapsedMs: Math.round(now - started),
            bestCost: p.bestCost,
            updatedAt: new Date(),
          })
          .where(eq(planningPlans.id, row.id)),
      );
    },
  });
  await pending;
  const { proposal, changes } = toProposal(
    input,
    built,
    plan,
    (n) => formatInstantWithOffset(n, timeZone),
    unassignedMessage,
  );
  await db
    .update(planningPlans)
    .set({
      status: 'done',
      progress: 1,
      elapsedMs: Date.now() - started,
      bestCost: plan.cost,
      proposal,
      changes: changes as unknown as Record<string, unknown>,
      updatedAt: new Date(),
    })
    .where(eq(planningPlans.id, row.id));
}

export async function findPlan(db: Database, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(planningPlans)
    .where(and(eq(planningPlans.organizationId, organizationId), eq(planningPlans.id, id)));
  return row ?? null;
}

export function toProposalOut(row: PlanRow): Proposal | null {
  if (!row.proposal) return null;
  return {
    ...(row.proposal as Omit<Proposal, 'id' | 'kind' | 'createdAt' | 'status'>),
    id: row.id,
    kind: row.kind as Proposal['kind'],
    createdAt: row.createdAt.toISOString(),
    status: row.appliedAt ? 'applied' : 'proposed',
  };
}

export async function getOptimiseJob(db: Database, actor: Actor, jobId: string): Promise<OptimiseJob> {
  let row = await findPlan(db, actor.organizationId, jobId);
  if (!row) throw notFound('optimise job');
  if (
    (row.status === 'running' || row.status === 'queued') &&
    Date.now() - row.updatedAt.getTime() > STALLED_MS
  ) {
    // The process that ran it is gone (restart): say so instead of spinning forever.
    const [failed] = await db
      .update(planningPlans)
      .set({
        status: 'failed',
        error: { code: 'INTERRUPTED', message: 'The optimiser run was interrupted; start it again.' },
        updatedAt: new Date(),
      })
      .where(eq(planningPlans.id, row.id))
      .returning();
    row = failed ?? row;
  }
  return {
    jobId: row.id,
    status: row.status as OptimiseJob['status'],
    progress: row.progress,
    elapsedMs: row.elapsedMs,
    bestCost: row.bestCost,
    error: row.error ?? null,
    proposal: toProposalOut(row),
  };
}
