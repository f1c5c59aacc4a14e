import type { Permission } from '../access/index.ts';
import type { WorkOrderState } from '../work-orders/index.ts';
import { type CoreSyncCommand, commandTime, type SyncRejection } from './commands.ts';
import {
  type FieldOutcome,
  type FieldState,
  REPORT_FIELDS,
  type ReportField,
  resolveField,
} from './fields.ts';
import { decideStep, type FieldStep, labourFrom } from './steps.ts';

/** What the rules need to know about the order when a command arrives. */
export interface SyncOrderView extends WorkOrderState {
  version: number;
  technicianIds: readonly string[];
  fields: Readonly<Record<ReportField, FieldState>>;
  /** Step times reported before (ms), for the labour entry. */
  steps: { arrivedAt: number | null; workStartedAt: number | null };
  /** Commands that recorded a time entry on this order (they may be corrected). */
  timeEntryCommandIds: ReadonlySet<string>;
}

/** What the rules need to know besides the order, read by the caller. */
export interface SyncEnvironment {
  actorId: string;
  permissions: ReadonlySet<Permission>;
  item: { id: string; serialTracked: boolean } | null;
  vanWarehouseId: string | null;
  attachmentReady: boolean;
}

/** What applying a command does, in order; the server carries each out with the module owning it. */
export type SyncEffect =
  | { kind: 'transition'; to: WorkOrderState['phase'] }
  | { kind: 'step_event'; step: FieldStep; at: number }
  | { kind: 'labour'; startedAt: number; endedAt: number; minutes: number }
  | { kind: 'write_fields'; values: Partial<Record<ReportField, string | null>>; changedAt: number }
  | { kind: 'keep_overruled'; outcomes: FieldOutcome[] }
  | { kind: 'note' }
  | { kind: 'time_entry'; startedAt: number; endedAt: number; corrects: string | null }
  | { kind: 'debit'; warehouseId: string; itemId: string; quantity: number; serialNumber: string | null }
  | { kind: 'photo' }
  | { kind: 'signature'; recordApproval: boolean }
  | { kind: 'confirmation_request' };

export type SyncDecision =
  | { ok: true; effects: SyncEffect[]; conflicts: FieldOutcome[] }
  | { ok: false; code: SyncRejection };

const reject = (code: SyncRejection): SyncDecision => ({ ok: false, code });

function finished(order: SyncOrderView): boolean {
  return order.phase === 'closed' || order.phase === 'cancelled';
}

/**
 * The conflict rules (docs/field-sync.md), checked when a command is applied — not when it was
 * made. Authorisation first (the technician must still be assigned), then version sanity, then
 * the rule of the command's kind. Appended records (notes, time entries, parts, photos,
 * signatures, confirmation requests) never conflict; status steps follow the lifecycle as it is
 * now; report fields are last-writer-wins with both values kept.
 */
export function decideCommand(
  order: SyncOrderView | null,
  command: CoreSyncCommand,
  env: SyncEnvironment,
): SyncDecision {
  if (!order) return reject('ORDER_NOT_FOUND');
  if (!order.technicianIds.includes(env.actorId)) return reject('NOT_ASSIGNED');
  if (!env.permissions.has('work_order:work') && !env.permissions.has('work_order:update')) {
    return reject('FORBIDDEN');
  }
  if (command.baseVersion > order.version) return reject('BASE_VERSION_AHEAD');
  const at = commandTime(command);

  switch (command.type) {
    case 'set_status': {
      const step = command.payload.step;
      const decision = decideStep(order, step, { permissions: env.permissions });
      if (!decision.ok) return reject(decision.code);
      const effects: SyncEffect[] = [];
      if (decision.to) effects.push({ kind: 'transition', to: decision.to });
      effects.push({ kind: 'step_event', step, at });
      if (step === 'work_finished') {
        const labour = labourFrom({ ...order.steps, workFinishedAt: at });
        if (labour) effects.push({ kind: 'labour', ...labour });
      }
      return { ok: true, effects, conflicts: [] };
    }
    case 'record_diagnosis': {
      if (finished(order)) return reject('ORDER_FINISHED');
      const outcomes: FieldOutcome[] = [];
      const values: Partial<Record<ReportField, string | null>> = {};
      for (const field of REPORT_FIELDS) {
        const value = command.payload[field];
        if (value === undefined) continue;
        const write = { value, changedAt: at, source: 'field' as const, writerId: command.commandId };
        const outcome = resolveField(field, order.fields[field], write, command.baseVersion);
        outcomes.push(outcome);
        if (outcome.write) values[field] = value;
      }
      const conflicts = outcomes.filter((o) => o.conflict !== null);
      const effects: SyncEffect[] = [];
      if (Object.keys(values).length > 0) effects.push({ kind: 'write_fields', values, changedAt: at });
      if (conflicts.length > 0) effects.push({ kind: 'keep_overruled', outcomes: conflicts });
      return { ok: true, effects, conflicts };
    }
    case 'add_note':
      return { ok: true, effects: [{ kind: 'note' }], conflicts: [] };
    case 'add_time_entry': {
      const corrects = command.payload.correctsCommandId ?? null;
      if (corrects && !order.timeEntryCommandIds.has(corrects)) return reject('TIME_ENTRY_NOT_FOUND');
      const startedAt = Date.parse(command.payload.startedAt);
      const endedAt = Date.parse(command.payload.endedAt);
      return { ok: true, effects: [{ kind: 'time_entry', startedAt, endedAt, corrects }], conflicts: [] };
    }
    case 'use_part': {
      if (!env.item) return reject('ITEM_NOT_FOUND');
      const serialNumber = command.payload.serialNumber ?? null;
      if (env.item.serialTracked && !serialNumber) return reject('SERIAL_REQUIRED');
      if (!env.vanWarehouseId) return reject('NO_VAN_WAREHOUSE');
      const debit = {
        kind: 'debit' as const,
        warehouseId: env.vanWarehouseId,
        itemId: env.item.id,
        quantity: command.payload.quantity,
        serialNumber,
      };
      return { ok: true, effects: [debit], conflicts: [] };
    }
    case 'add_photo':
      return env.attachmentReady
        ? { ok: true, effects: [{ kind: 'photo' }], conflicts: [] }
        : reject('ATTACHMENT_NOT_FOUND');
    case 'capture_signature': {
      if (command.payload.attachmentId && !env.attachmentReady) return reject('ATTACHMENT_NOT_FOUND');
      const effect = { kind: 'signature' as const, recordApproval: !finished(order) };
      return { ok: true, effects: [effect], conflicts: [] };
    }
    case 'request_customer_confirmation':
      return { ok: true, effects: [{ kind: 'confirmation_request' }], conflicts: [] };
  }
}
