import type { Permission } from '../access/index.ts';
import { applyTransition } from '../work-orders/index.ts';
import type { CoreSyncCommand, SyncRejection } from './commands.ts';
import { decideCommand, type SyncEffect, type SyncOrderView } from './decide.ts';
import { type FieldOutcome, isNewer, type ReportField } from './fields.ts';

/**
 * A whole server, as far as syncing goes, in memory: the model the property tests run against
 * and the reference the server's transactions follow effect by effect (see `decideCommand`).
 */
export interface SyncModelOrder extends SyncOrderView {
  id: string;
  /** Appended records by key (command id, or `<command id>:labour`): never conflict, never lost. */
  records: Readonly<Record<string, string>>;
}

export interface SyncModel {
  orders: Readonly<Record<string, SyncModelOrder>>;
  /** Outcome of every processed command by id: a replay answers this and changes nothing. */
  processed: Readonly<Record<string, StoredOutcome>>;
  /** Stock by `<warehouse>|<item>`, in thousandths (quantities have three decimals). */
  stock: Readonly<Record<string, number>>;
  items: Readonly<Record<string, { serialTracked: boolean }>>;
  vans: Readonly<Record<string, string>>;
  attachments: Readonly<Record<string, true>>;
}

export interface StoredOutcome {
  status: 'applied' | 'rejected';
  code: SyncRejection | null;
  newVersion: number | null;
  conflicts: FieldOutcome[];
}

export interface CommandResult extends StoredOutcome {
  commandId: string;
  duplicate: boolean;
}

export interface SyncActor {
  userId: string;
  permissions: ReadonlySet<Permission>;
}

export const toThousandths = (quantity: number): number => Math.round(quantity * 1000);

function environmentFor(model: SyncModel, command: CoreSyncCommand, actor: SyncActor) {
  const itemId = command.type === 'use_part' ? command.payload.itemId : null;
  const item = itemId && model.items[itemId] ? { id: itemId, ...model.items[itemId] } : null;
  const attachmentId =
    command.type === 'add_photo' || command.type === 'capture_signature'
      ? command.payload.attachmentId
      : undefined;
  return {
    actorId: actor.userId,
    permissions: actor.permissions,
    item,
    vanWarehouseId: model.vans[actor.userId] ?? null,
    attachmentReady: attachmentId !== undefined && model.attachments[attachmentId] === true,
  };
}

function applyEffect(
  order: SyncModelOrder,
  effect: SyncEffect,
  command: CoreSyncCommand,
  stock: Record<string, number>,
): SyncModelOrder {
  const id = command.commandId;
  const append = (key: string, kind: string) => ({ ...order, records: { ...order.records, [key]: kind } });
  switch (effect.kind) {
    case 'transition':
      return { ...order, ...applyTransition(order, effect.to), version: order.version + 1 };
    case 'step_event':
      if (effect.step === 'arrived') return { ...order, steps: { ...order.steps, arrivedAt: effect.at } };
      if (effect.step === 'work_started')
        return { ...order, steps: { ...order.steps, workStartedAt: effect.at } };
      return order;
    case 'labour':
      return {
        ...append(`${id}:labour`, `labour:${effect.minutes}`),
        timeEntryCommandIds: new Set([...order.timeEntryCommandIds, id]),
      };
    case 'write_fields': {
      const fields = { ...order.fields };
      let changed = false;
      for (const [field, value] of Object.entries(effect.values) as [ReportField, string | null][]) {
        if (fields[field].value !== value) changed = true;
      }
      const version = changed ? order.version + 1 : order.version;
      for (const [field, value] of Object.entries(effect.values) as [ReportField, string | null][]) {
        fields[field] = { value, changedAt: effect.changedAt, source: 'field', writerId: id, version };
      }
      return { ...order, fields, version };
    }
    case 'keep_overruled':
      return order; // Kept as a note for people to read; not part of the converging record state.
    case 'time_entry':
      return {
        ...append(id, 'time_entry'),
        timeEntryCommandIds: new Set([...order.timeEntryCommandIds, id]),
      };
    case 'debit': {
      const key = `${effect.warehouseId}|${effect.itemId}`;
      stock[key] = (stock[key] ?? 0) - toThousandths(effect.quantity);
      return append(id, `part:${effect.itemId}`);
    }
    case 'signature': {
      const next = append(id, 'signature');
      return effect.recordApproval ? { ...next, approvalId: id, version: order.version + 1 } : next;
    }
    case 'note':
    case 'photo':
    case 'confirmation_request':
      return append(id, effect.kind);
  }
}

/** Applies one command: once. A replay returns the stored outcome and leaves the model as it is. */
export function applyCommand(
  model: SyncModel,
  command: CoreSyncCommand,
  actor: SyncActor,
): { model: SyncModel; result: CommandResult } {
  const stored = model.processed[command.commandId];
  if (stored) return { model, result: { ...stored, commandId: command.commandId, duplicate: true } };

  const order = model.orders[command.workOrderId] ?? null;
  const decision = decideCommand(order, command, environmentFor(model, command, actor));
  let outcome: StoredOutcome;
  let orders = model.orders;
  let stock = model.stock;
  if (!decision.ok || !order) {
    const code = decision.ok ? 'ORDER_NOT_FOUND' : decision.code;
    outcome = { status: 'rejected', code, newVersion: order?.version ?? null, conflicts: [] };
  } else {
    const nextStock = { ...model.stock };
    let next = order;
    for (const effect of decision.effects) next = applyEffect(next, effect, command, nextStock);
    orders = { ...model.orders, [order.id]: next };
    stock = nextStock;
    outcome = { status: 'applied', code: null, newVersion: next.version, conflicts: decision.conflicts };
  }
  const processed = { ...model.processed, [command.commandId]: outcome };
  return {
    model: { ...model, orders, stock, processed },
    result: { ...outcome, commandId: command.commandId, duplicate: false },
  };
}

/** Applies a batch in order; each command stands alone (a rejected one does not stop the rest). */
export function applyBatch(
  model: SyncModel,
  commands: readonly CoreSyncCommand[],
  actor: SyncActor,
): { model: SyncModel; results: CommandResult[] } {
  const results: CommandResult[] = [];
  let current = model;
  for (const command of commands) {
    const step = applyCommand(current, command, actor);
    current = step.model;
    results.push(step.result);
  }
  return { model: current, results };
}

/** What the office does meanwhile, as far as the sync rules care. */
export type OfficeEdit =
  | {
      type: 'edit_field';
      workOrderId: string;
      field: ReportField;
      value: string | null;
      at: number;
      editId: string;
    }
  | { type: 'add_note'; workOrderId: string; editId: string }
  | { type: 'cancel'; workOrderId: string }
  | { type: 'unassign'; workOrderId: string; technicianId: string };

/** An office edit, by the same field rule (an office edit wins only if newer). */
export function applyOfficeEdit(model: SyncModel, edit: OfficeEdit): SyncModel {
  const order = model.orders[edit.workOrderId];
  if (!order) return model;
  let next: SyncModelOrder = order;
  switch (edit.type) {
    case 'edit_field': {
      const current = order.fields[edit.field];
      const write = {
        value: edit.value,
        changedAt: edit.at,
        source: 'office' as const,
        writerId: edit.editId,
      };
      if (!isNewer(write, current)) return model;
      const version = current.value === edit.value ? order.version : order.version + 1;
      next = { ...order, version, fields: { ...order.fields, [edit.field]: { ...write, version } } };
      break;
    }
    case 'add_note':
      next = { ...order, records: { ...order.records, [edit.editId]: 'office_note' } };
      break;
    case 'cancel':
      if (order.phase === 'cancelled' || order.phase === 'closed') return model;
      next = { ...order, ...applyTransition(order, 'cancelled'), version: order.version + 1 };
      break;
    case 'unassign':
      next = { ...order, technicianIds: order.technicianIds.filter((t) => t !== edit.technicianId) };
      break;
  }
  return { ...model, orders: { ...model.orders, [order.id]: next } };
}

/**
 * The state that must come out the same whatever the interleaving: phase, field values,
 * appended records and stock. Version counters and conflict notes depend on who came first
 * (both values are kept either way), so they are not part of it.
 */
export function convergentView(model: SyncModel) {
  const orders = Object.fromEntries(
    Object.entries(model.orders).map(([id, o]) => [
      id,
      {
        phase: o.phase,
        fields: Object.fromEntries(Object.entries(o.fields).map(([f, s]) => [f, s.value])),
        records: o.records,
      },
    ]),
  );
  return { orders, stock: model.stock };
}
