import type { SyncCommand } from '@usta/contracts/sync';
import { type FieldState, REPORT_FIELDS, type ReportField, type SyncOrderView } from '@usta/core/sync';
import type { Phase } from '@usta/core/work-orders';
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { type FieldOrderRow, lastFieldEdits } from '../work-orders/index.ts';
import { syncFieldEvents, syncFieldWrites, syncTimeEntries } from './tables.ts';

const untouched: FieldState = { value: null, changedAt: 0, source: 'office', writerId: '', version: 0 };

/**
 * Who wrote each report field last. The timeline's latest edit entry of the field is the office's
 * unless it is the one a field command made (`sync_field_writes.activity_id`); a field never
 * edited counts as the office's at time zero (anything newer wins).
 */
async function fieldStates(tx: Executor, organizationId: string, row: FieldOrderRow) {
  const edits = await lastFieldEdits(tx, organizationId, row.id);
  const states = {} as Record<ReportField, FieldState>;
  // The latest field-command write of each field, in one query.
  const writes = await tx
    .selectDistinctOn([syncFieldWrites.field])
    .from(syncFieldWrites)
    .where(and(eq(syncFieldWrites.organizationId, organizationId), eq(syncFieldWrites.workOrderId, row.id)))
    .orderBy(syncFieldWrites.field, desc(syncFieldWrites.createdAt), desc(syncFieldWrites.id));
  for (const field of REPORT_FIELDS) {
    const value = row[field];
    const write = writes.find((w) => w.field === field);
    const edit = edits.get(field);
    const fieldWroteLast =
      write && (!edit || edit.activityId === write.activityId || edit.at <= write.createdAt);
    if (write && fieldWroteLast && write.value === value) {
      states[field] = {
        value,
        changedAt: write.changedAt.getTime(),
        source: 'field',
        writerId: write.commandId,
        version: write.version,
      };
    } else if (edit) {
      // The version the office wrote at is not kept; the current one bounds it from above.
      states[field] = {
        value,
        changedAt: edit.at.getTime(),
        source: 'office',
        writerId: edit.activityId,
        version: row.version,
      };
    } else {
      states[field] = { ...untouched, value };
    }
  }
  return states;
}

async function stepTimes(tx: Executor, organizationId: string, workOrderId: string) {
  const events = await tx
    .select({ step: syncFieldEvents.step, occurredAt: syncFieldEvents.occurredAt })
    .from(syncFieldEvents)
    .where(
      and(eq(syncFieldEvents.organizationId, organizationId), eq(syncFieldEvents.workOrderId, workOrderId)),
    )
    .orderBy(desc(syncFieldEvents.createdAt));
  const latest = (step: string) => events.find((e) => e.step === step)?.occurredAt.getTime() ?? null;
  return { arrivedAt: latest('arrived'), workStartedAt: latest('work_started') };
}

async function timeEntryCommands(tx: Executor, organizationId: string, workOrderId: string) {
  const rows = await tx
    .select({ commandId: syncTimeEntries.commandId })
    .from(syncTimeEntries)
    .where(
      and(eq(syncTimeEntries.organizationId, organizationId), eq(syncTimeEntries.workOrderId, workOrderId)),
    );
  return new Set(rows.map((r) => r.commandId));
}

/**
 * The order as the sync rules see it, reading only what this command's rule needs. An order the
 * row rule no longer shows this technician (assignment or customer authorisation withdrawn) has
 * nobody assigned, as far as the rules go.
 */
export async function loadOrderView(
  tx: Executor,
  actor: Actor,
  row: FieldOrderRow,
  visible: boolean,
  command: SyncCommand,
): Promise<SyncOrderView> {
  const needsFields = command.type === 'record_diagnosis';
  const needsSteps = command.type === 'set_status' && command.payload.step === 'work_finished';
  const needsEntries = command.type === 'add_time_entry' && command.payload.correctsCommandId !== undefined;
  const empty = { diagnosis: untouched, workDone: untouched, resolutionCode: untouched };
  return {
    phase: row.phase as Phase,
    resumePhase: row.resumePhase as Phase | null,
    diagnosis: row.diagnosis,
    workDone: row.workDone,
    approvalId: row.approvalId,
    version: row.version,
    technicianIds: visible ? row.technicianIds : [],
    fields: needsFields ? await fieldStates(tx, actor.organizationId, row) : empty,
    steps: needsSteps
      ? await stepTimes(tx, actor.organizationId, row.id)
      : { arrivedAt: null, workStartedAt: null },
    timeEntryCommandIds: needsEntries ? await timeEntryCommands(tx, actor.organizationId, row.id) : new Set(),
  };
}
