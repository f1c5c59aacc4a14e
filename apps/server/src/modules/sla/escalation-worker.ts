import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/database.ts';
import { EscalationBatch, type StepRow } from './apply-escalation-step.ts';
import { recomputeWorkOrdersSla } from './recompute-orders-sla.ts';
import { slaEscalationSteps, workOrderSla } from './tables.ts';

/**
 * The advisory-lock class of the claim: a worker takes a transaction lock per order of the steps
 * it claims (`pg_try_advisory_xact_lock(class, hashtext(order id))`, in the claim's scan, so only
 * rows of orders it owns are locked). Without it two workers could each hold some steps of one
 * order at the 08:30 burst, and each one's recompute would wait for the other's claimed rows — a
 * deadlock per batch boundary. A hash collision only delays an order to the next claim.
 */
const CLAIM_LOCK_CLASS = 0x51a_e5c;

export interface SlaEscalationWorkerOptions {
  db: Database;
  logger: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  /** How often to look for due steps (default 15 s; SLA_POLL_INTERVAL_MS overrides). */
  pollIntervalMs?: number;
  /** Steps fired per pass before the stale scan runs again (default 2,000). */
  batchSize?: number;
  /** Steps claimed and fired per transaction (default 250; SLA_CLAIM_SIZE overrides). */
  claimSize?: number;
  /** The clock (tests). */
  now?: () => Date;
}

export interface SlaEscalationWorker {
  stop(): Promise<void>;
  /** Fires everything due now and recomputes stale orders; resolves with the steps fired. */
  drain(): Promise<number>;
}

/**
 * The escalation job in the PostgreSQL queue. Due steps are claimed in batches (`claimSize`) with
 * FOR UPDATE SKIP LOCKED, whole orders per worker (an advisory lock per order, see
 * `CLAIM_LOCK_CLASS`); the batch's transaction applies every effect and marks each step done:
 * any number of processes may run the worker, a step fires once (unique order+rule+cycle, done
 * mark in the effect's transaction), and a crash before commit leaves the whole batch due (it
 * fires on the next poll, after a restart too — the first poll runs at start and catches up on
 * every overdue step). A failing batch rolls back and its steps are retried one per transaction,
 * so one bad step is isolated (retried a minute later, given up after 5 tries). Orders marked stale by a policy change are recomputed here as well.
 */
export function startSlaEscalationWorker(options: SlaEscalationWorkerOptions): SlaEscalationWorker {
  const { db, logger } = options;
  const envInterval = Number(process.env.SLA_POLL_INTERVAL_MS);
  const pollIntervalMs = options.pollIntervalMs ?? (envInterval > 0 ? envInterval : 15_000);
  const batchSize = options.batchSize ?? 2_000;
  const envClaim = Number(process.env.SLA_CLAIM_SIZE);
  const claimSize = Math.max(1, options.claimSize ?? (envClaim > 0 ? envClaim : 250));
  const now = options.now ?? (() => new Date());
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Claims up to `limit` due steps in one transaction and fires them all; resolves with the count. */
  const claimAndFire = async (limit: number): Promise<StepRow[]> =>
    db.transaction(async (tx) => {
      const at = now();
      const steps = await tx
        .select()
        .from(slaEscalationSteps)
        .where(
          and(
            isNull(slaEscalationSteps.doneAt),
            lte(slaEscalationSteps.dueAt, at),
            // One worker per order: the steps of an order another worker holds are left alone.
            sql`pg_try_advisory_xact_lock(${CLAIM_LOCK_CLASS}, hashtext(${slaEscalationSteps.workOrderId}::text))`,
          ),
        )
        .orderBy(asc(slaEscalationSteps.dueAt))
        .limit(limit)
        .for('update', { skipLocked: true });
      if (steps.length === 0) return steps;
      // A failure rolls the whole batch back; the steps are then retried one per transaction.
      current = { id: steps[0]!.id, attempts: steps[0]!.attempts };
      const fired = await new EscalationBatch(tx, at).applyAll(steps);
      const outcomes = new Map<string, number>();
      for (const step of steps) {
        const kind = (fired.get(step.id) ?? 'skipped: moved').replace(/ .*$/u, '');
        outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
      }
      logger.info(
        { steps: steps.length, outcomes: Object.fromEntries(outcomes), ms: Date.now() - at.getTime() },
        'sla: escalation steps fired',
      );
      return steps;
    });

  let current: { id: string; attempts: number } | null = null;
  /** Steps still to fire one per transaction after a batch failed (the failing one is isolated). */
  let singles = 0;
  /** Fires the next claim (a batch, or one step after a failed batch); resolves with steps claimed. */
  const fireNext = async (): Promise<{ claimed: number; limit: number }> => {
    const limit = singles > 0 ? 1 : claimSize;
    try {
      const claimed = (await claimAndFire(limit)).length;
      if (singles > 0) singles -= 1;
      return { claimed, limit };
    } catch (error) {
      const failed = current;
      if (!failed) throw error;
      if (limit > 1) {
        // The whole batch rolled back (every step stays due): retry its steps one by one.
        logger.warn({ err: error, stepId: failed.id }, 'sla: escalation batch failed; retrying step by step');
        singles = claimSize;
        return { claimed: 1, limit: 1 };
      }
      // The effect rolled back; the step stays due, retried a minute later, given up after 5 tries.
      singles = Math.max(0, singles - 1);
      logger.error({ err: error, stepId: failed.id }, 'sla: escalation step failed');
      const giveUp = failed.attempts + 1 >= 5;
      await db
        .update(slaEscalationSteps)
        .set({
          attempts: failed.attempts + 1,
          dueAt: new Date(now().getTime() + 60_000),
          ...(giveUp ? { doneAt: now(), outcome: `failed: ${(error as Error).message}`.slice(0, 500) } : {}),
        })
        .where(eq(slaEscalationSteps.id, failed.id));
      return { claimed: 1, limit: 1 };
    } finally {
      current = null;
    }
  };

  const recomputeStale = async (): Promise<number> =>
    db.transaction(async (tx) => {
      const rows = await tx
        .select({ workOrderId: workOrderSla.workOrderId, organizationId: workOrderSla.organizationId })
        .from(workOrderSla)
        .where(eq(workOrderSla.stale, true))
        .limit(100)
        .for('update', { skipLocked: true });
      const byOrg = new Map<string, string[]>();
      for (const row of rows)
        byOrg.set(row.organizationId, [...(byOrg.get(row.organizationId) ?? []), row.workOrderId]);
      for (const [organizationId, ids] of byOrg)
        await recomputeWorkOrdersSla(tx, organizationId, ids, now().getTime());
      return rows.length;
    });

  const drainNow = async (): Promise<number> => {
    let fired = 0;
    while (!stopped && (await recomputeStale()) > 0) {}
    while (!stopped && fired < batchSize) {
      const { claimed, limit } = await fireNext();
      fired += claimed;
      if (claimed < limit) break;
    }
    return fired;
  };

  const poll = () => {
    timer = null;
    void exclusive(async () => {
      let total = 0;
      for (;;) {
        const fired = await drainNow();
        total += fired;
        if (fired < batchSize || stopped) break;
      }
      return total;
    })
      .catch((error: unknown) => logger.error({ err: error }, 'sla: escalation poll failed; trying again'))
      .finally(() => {
        if (!stopped) timer = setTimeout(poll, pollIntervalMs);
      });
  };
  timer = setTimeout(poll, 0);
  logger.info(`sla: escalation worker started (every ${pollIntervalMs} ms)`);

  return {
    drain: () => exclusive(drainNow),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await queue;
    },
  };
}

/** Steps still due (for the benchmark and health checks). */
export const dueStepsCount = (db: Database, at: Date) =>
  db
    .select({ n: sql<number>`count(*)::int` })
    .from(slaEscalationSteps)
    .where(and(isNull(slaEscalationSteps.doneAt), lte(slaEscalationSteps.dueAt, at)));
