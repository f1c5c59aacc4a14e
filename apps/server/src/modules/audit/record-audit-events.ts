import type { Executor } from '../../db/database.ts';
import { insertJsonRows } from '../../db/insert-json-rows.ts';
import type { Actor } from '../../http/access.ts';
import { type AuditInput, auditRow } from './record-audit-event.ts';
import { auditEvents } from './tables.ts';

/**
 * Many audit events of one actor in one statement (the escalation job's batches), in the
 * caller's transaction; each is recorded exactly as `recordAuditEvent` records it (changed
 * fields only, an update without changes left out).
 */
export async function recordAuditEvents(
  tx: Executor,
  actor: Actor,
  inputs: readonly AuditInput[],
): Promise<void> {
  await recordAuditEntries(
    tx,
    inputs.map((input) => ({ actor, input })),
  );
}

/** Audit events of several actors in one statement (a batch of new work orders), same rules. */
export async function recordAuditEntries(
  tx: Executor,
  entries: readonly { actor: Actor; input: AuditInput }[],
): Promise<void> {
  await insertJsonRows(
    tx,
    auditEvents,
    entries.flatMap(({ actor, input }) => auditRow(actor, input) ?? []),
  );
}
