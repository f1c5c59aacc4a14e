import { OLA_KINDS, type OlaKind, olaKindSchema } from '@usta/contracts/ola';
import { olaState } from '@usta/core/sla';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import { loadCalendar } from '../calendars/index.ts';
import { olaTasks } from './tables.ts';
import { loadOlaTargets } from './targets.ts';

/**
 * The order changed phase: entering a kind's phase (waiting for parts, final check) starts its
 * task with the due time from the kind's target on its business calendar; leaving it completes
 * the open task (if the warehouse has not marked it done already). In the transition's
 * transaction, so a rolled-back transition starts or ends nothing.
 */
export async function recordOlaPhaseChange(
  tx: Executor,
  organizationId: string,
  change: { workOrderId: string; fromPhase: string; toPhase: string; at: Date },
): Promise<void> {
  if (change.fromPhase === change.toPhase) return;
  const entered = kindOfPhase(change.toPhase);
  const left = kindOfPhase(change.fromPhase);
  if (left) await completeOpenTask(tx, organizationId, change.workOrderId, left, change.at, null);
  if (entered) await startTask(tx, organizationId, change.workOrderId, entered, change.at);
}

function kindOfPhase(phase: string): OlaKind | undefined {
  return olaKindSchema.options.find((kind) => OLA_KINDS[kind].phase === phase);
}

async function startTask(tx: Executor, organizationId: string, workOrderId: string, kind: OlaKind, at: Date) {
  const target = (await loadOlaTargets(tx, organizationId)).find((t) => t.kind === kind)!;
  const calendar = await loadCalendar(tx as Database, organizationId, target.calendarId ?? undefined);
  const state = olaState([{ type: 'started', at: at.getTime() }], target.target, calendar, at.getTime());
  await tx
    .insert(olaTasks)
    .values({
      organizationId,
      workOrderId,
      kind,
      startedAt: at,
      dueAt: new Date(state.target.dueAt ?? at.getTime() + state.target.targetMs),
      targetMs: state.target.targetMs,
    })
    .onConflictDoNothing();
}

/** Completes the order's open task of that kind with its working time; false when none was open. */
export async function completeOpenTask(
  tx: Executor,
  organizationId: string,
  workOrderId: string,
  kind: OlaKind,
  at: Date,
  completedBy: string | null,
): Promise<boolean> {
  const [task] = await tx
    .select()
    .from(olaTasks)
    .where(
      and(
        eq(olaTasks.organizationId, organizationId),
        eq(olaTasks.workOrderId, workOrderId),
        eq(olaTasks.kind, kind),
        isNull(olaTasks.completedAt),
      ),
    )
    .for('update');
  if (!task) return false;
  const usedMs = await olaClock(tx, organizationId)(task, at.getTime());
  await tx
    .update(olaTasks)
    .set({ completedAt: at, completedBy, usedMs, updatedAt: new Date() })
    .where(eq(olaTasks.id, task.id));
  return true;
}

/**
 * Working time of tasks on their kind's calendar, targets and calendars read once: for one
 * completion or a whole list.
 */
export function olaClock(db: Executor, organizationId: string) {
  const targets = loadOlaTargets(db, organizationId);
  const calendars = new Map<string, ReturnType<typeof loadCalendar>>();
  return async (
    task: { kind: string; startedAt: Date; targetMs: number },
    until: number,
  ): Promise<number> => {
    const target = (await targets).find((t) => t.kind === task.kind);
    const key = target?.calendarId ?? '';
    if (!calendars.has(key))
      calendars.set(key, loadCalendar(db as Database, organizationId, target?.calendarId ?? undefined));
    const calendar = await calendars.get(key)!;
    const state = olaState(
      [
        { type: 'started', at: task.startedAt.getTime() },
        { type: 'completed', at: until },
      ],
      target?.target ?? { amount: task.targetMs / 60_000, unit: 'minutes' },
      calendar,
      until,
    );
    return state.target.usedMs;
  };
}
