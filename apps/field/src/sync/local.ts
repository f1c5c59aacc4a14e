import type { FieldStatusStep, SyncCommandInput } from '@usta/contracts/sync';
import type { FieldOrder, PendingCommand, PendingUpload } from '../types.ts';

/** The lifecycle the technician walks, in order (kept here: the contracts module pulls in Zod). */
export const STEPS: readonly FieldStatusStep[] = ['en_route', 'arrived', 'work_started', 'work_finished'];

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

/** Pure: folds the queue (oldest first) over the cached order. */
export function localJob(
  order: FieldOrder,
  queue: PendingCommand[],
  uploads: PendingUpload[] = [],
): LocalJob {
  const mine = queue.filter((row) => row.workOrderId === order.id);
  const job: LocalJob = {
    order,
    lastStep: null,
    nextSteps: order.nextSteps,
    stepTimes: {},
    finishCommandId: null,
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
    const index = STEPS.indexOf(job.lastStep);
    job.nextSteps = STEPS.slice(index + 1, index + 2);
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
