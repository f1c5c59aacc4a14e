import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/database.ts';
import { applyEscalationStep } from './apply-escalation-step.ts';
import { recomputeWorkOrderSla } from './recompute-order-sla.ts';
import { slaEscalationSteps, workOrderSla } from './tables.ts';

export interface SlaEscalationWorkerOptions {
  db: Database;
  logger: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  /** How often to look for due steps (default 15 s; SLA_POLL_INTERVAL_MS overrides). */
  pollIntervalMs?: number;
  /** Steps fired per poll before yielding (default 200). */
  batchSize?: number;
  /** The clock (tests). */
  now?: () => Date;
}

export interface SlaEscalationWorker {
  stop(): Promise<void>;
  /** Fires everything due now and recomputes stale orders; resolves with the steps fired. */
  drain(): Promise<number>;
}

/**
 * The escalation job in the PostgreSQL queue. Each step is claimed with FOR UPDATE SKIP LOCKED
 * in its own transaction, which also applies its effect and marks it done: any number of
 * processes may run the worker, a step fires once, and a crash before commit leaves the step due
 * (it fires on the next poll, after a restart too — the first poll runs at start and catches up
 * on every overdue step). Orders marked stale by a policy change are recomputed here as well.
 */
export function startSlaEscalationWorker(options: SlaEscalationWorkerOptions): SlaEscalationWorker {
  const { db, logger } = options;
  const envInterval = Number(process.env.SLA_POLL_INTERVAL_MS);
  const pollIntervalMs = options.pollIntervalMs ?? (envInterval > 0 ? envInterval : 15_000);
  const batchSize = options.batchSize ?? 200;
  const now = options.now ?? (() => new Date());
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  let current: { id: string; attempts: number } | null = null;
  const fireOne = async (): Promise<boolean> => {
    try {
      return await claimAndFire();
    } catch (error) {
      // The effect rolled back; the step stays due, retried a minute later, given up after 5 tries.
      const failed = current;
      if (!failed) throw error;
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
      return true;
    } finally {
      current = null;
    }
  };

  const claimAndFire = async (): Promise<boolean> =>
    db.transaction(async (tx) => {
      const at = now();
      const [step] = await tx
        .select()
        .from(slaEscalationSteps)
        .where(and(isNull(slaEscalationSteps.doneAt), lte(slaEscalationSteps.dueAt, at)))
        .orderBy(asc(slaEscalationSteps.dueAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!step) return false;
      current = { id: step.id, attempts: step.attempts };
      const outcome = await applyEscalationStep(tx, step, at);
      logger.info(
        { workOrderId: step.workOrderId, ruleId: step.ruleId, outcome },
        'sla: escalation step fired',
      );
      return true;
    });

  const recomputeStale = async (): Promise<number> =>
    db.transaction(async (tx) => {
      const rows = await tx
        .select({ workOrderId: workOrderSla.workOrderId, organizationId: workOrderSla.organizationId })
        .from(workOrderSla)
        .where(eq(workOrderSla.stale, true))
        .limit(100)
        .for('update', { skipLocked: true });
      for (const row of rows)
        await recomputeWorkOrderSla(tx, row.organizationId, row.workOrderId, now().getTime());
      return rows.length;
    });

  const drainNow = async (): Promise<number> => {
    let fired = 0;
    while (!stopped && (await recomputeStale()) > 0) {}
    while (!stopped && fired < batchSize && (await fireOne())) fired += 1;
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
