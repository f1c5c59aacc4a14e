import type { FieldStatusStep, SyncCommandInput } from '@usta/contracts/sync';
import type { FieldOrder, PendingCommand, PendingUpload } from '../types.ts';

/** The lifecycle the technician walks, in order (kept here: the contracts module pulls in Zod). */
export const STEPS: readonly FieldStatusStep[] = ['en_route', 'arrived', 'work_started', 'work_finished'];

/**
 * How far along the visit a phase and a step are (mirrors the server's step rules). A cached
 * order a little behind the phone's steps is only not refreshed yet; an order in a phase outside
 * this line (planning, waiting, cancelled) was moved by the office.
 */
const PHASE_RANK: Record<string, number> = {
  assignment: 0,
  en_route: 1,
  on_site: 2,
  parts_labour: 2,
  customer_approval: 3,
  final_check: 3,
  closed: 3,
};
const STEP_RANK: Record<FieldStatusStep, number> = {
  en_route: 1,
  arrived: 2,
  work_started: 2,
  work_finished: 3,
};

export interface LocalPart {
  key: string;
  itemId: string;
  name: string;
  quantity: number;
  serialNumber: string | null;
  pending: boolean;
}

/** What the job screen shows: the office's order with the technician's queued changes on top. */
export interface LocalJob {
  order: FieldOrder;
  lastStep: FieldStatusStep | null;
  nextSteps: FieldStatusStep[];
  stepTimes: Partial<Record<FieldStatusStep, string>>;
  finishCommandId: string | null;
  labourMinutes: number | null;
  diagnosis: string;
  workDone: string;
  resolutionCode: string;
  parts: LocalPart[];
  signature: { signerName: string; pending: boolean } | null;
  confirmationToken: string | null;
  pendingCount: number;
}

type Cmd<T extends SyncCommandInput['type']> = Extract<SyncCommandInput, { type: T }>;

/** The steps this phone reported on an order, kept after they were sent (labour, next step). */
export interface StepHistory {
  times: Partial<Record<FieldStatusStep, string>>;
  finishCommandId?: string;
}

/** Pure: folds the queue (oldest first) over the cached order. */
export function localJob(
  order: FieldOrder,
  queue: PendingCommand[],
  uploads: PendingUpload[] = [],
  history: StepHistory = { times: {} },
): LocalJob {
  const mine = queue.filter((row) => row.workOrderId === order.id);
  const job: LocalJob = {
    order,
    lastStep: null,
    nextSteps: order.nextSteps,
    stepTimes: { ...history.times },
    finishCommandId: history.finishCommandId ?? null,
    labourMinutes: null,
    diagnosis: order.diagnosis ?? '',
    workDone: order.workDone ?? '',
    resolutionCode: order.resolutionCode ?? '',
    parts: order.parts.map((p) => ({
      key: p.id,
      itemId: p.itemId,
      name: p.itemName,
      quantity: p.quantity,
      serialNumber: p.serialNumber,
      pending: false,
    })),
    signature: order.attachments.some((a) => a.kind === 'signature')
      ? { signerName: '', pending: false }
      : null,
    confirmationToken: null,
    pendingCount: mine.length,
  };
  void uploads;
  for (const row of mine) {
    const command = row.command;
    switch (command.type) {
      case 'set_status': {
        const { payload } = command as Cmd<'set_status'>;
        job.lastStep = payload.step;
        job.stepTimes[payload.step] = payload.at ?? command.createdAt;
        if (payload.step === 'work_finished') job.finishCommandId = command.commandId;
        break;
      }
      case 'record_diagnosis': {
        const { payload } = command as Cmd<'record_diagnosis'>;
        if (payload.diagnosis !== undefined) job.diagnosis = payload.diagnosis ?? '';
        if (payload.workDone !== undefined) job.workDone = payload.workDone ?? '';
        if (payload.resolutionCode !== undefined) job.resolutionCode = payload.resolutionCode ?? '';
        break;
      }
      case 'add_time_entry': {
        const { payload } = command as Cmd<'add_time_entry'>;
        if (payload.correctsCommandId) {
          job.labourMinutes = minutesBetween(payload.startedAt, payload.endedAt);
        }
        break;
      }
      case 'use_part': {
        const { payload } = command as Cmd<'use_part'>;
        job.parts.push({
          key: command.commandId,
          itemId: payload.itemId,
          name: row.label ?? payload.itemId,
          quantity: payload.quantity,
          serialNumber: payload.serialNumber ?? null,
          pending: true,
        });
        break;
      }
      case 'capture_signature': {
        const { payload } = command as Cmd<'capture_signature'>;
        job.signature = { signerName: payload.signerName, pending: true };
        break;
      }
      case 'request_customer_confirmation': {
        job.confirmationToken = (command as Cmd<'request_customer_confirmation'>).payload.token;
        break;
      }
      default:
        break;
    }
  }
  if (job.lastStep) {
    // Steps still queued: the lifecycle as the phone walks it.
    const index = STEPS.indexOf(job.lastStep);
    job.nextSteps = STEPS.slice(index + 1, index + 2);
  } else {
    // All sent: while the order is still where this phone's furthest step put it, the phone's
    // lifecycle goes on (the server checks the next step when it arrives); otherwise the office
    // moved the order and the server's allowed steps count.
    const reported = STEPS.filter((s) => history.times[s]);
    const furthest = reported[reported.length - 1];
    const rank = PHASE_RANK[order.phase];
    if (furthest && rank !== undefined && rank <= STEP_RANK[furthest]) {
      job.lastStep = furthest;
      const index = STEPS.indexOf(furthest);
      job.nextSteps = STEPS.slice(index + 1, index + 2);
    } else {
      job.nextSteps = order.nextSteps.slice(0, 1);
    }
  }
  const started = job.stepTimes.work_started;
  const finished = job.stepTimes.work_finished;
  if (job.labourMinutes === null && started && finished)
    job.labourMinutes = minutesBetween(started, finished);
  return job;
}

export function minutesBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));
}

/** Van stock left after the parts still waiting in the queue. */
export function vanLeft(
  levels: { itemId: string; quantity: number }[],
  queue: PendingCommand[],
): Map<string, number> {
  const left = new Map(levels.map((l) => [l.itemId, l.quantity]));
  for (const row of queue) {
    if (row.command.type !== 'use_part') continue;
    const { itemId, quantity } = (row.command as Cmd<'use_part'>).payload;
    left.set(itemId, (left.get(itemId) ?? 0) - quantity);
  }
  return left;
}
