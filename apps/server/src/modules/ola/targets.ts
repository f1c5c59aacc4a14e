import {
  OLA_KINDS,
  type OlaKind,
  type OlaTarget,
  olaKindSchema,
  type PutOlaTargetBody,
} from '@usta/contracts/ola';
import type { SlaTarget } from '@usta/core/sla';
import { and, eq } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { loadCalendar } from '../calendars/index.ts';
import { olaTargets } from './tables.ts';

/** Every kind's target: the company's own where set, else the built-in default (version 0). */
export async function loadOlaTargets(db: Executor, organizationId: string): Promise<OlaTarget[]> {
  const rows = await db.select().from(olaTargets).where(eq(olaTargets.organizationId, organizationId));
  return olaKindSchema.options.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    return {
      kind,
      team: OLA_KINDS[kind].team,
      target: row ? { amount: row.amount, unit: row.unit as SlaTarget['unit'] } : OLA_KINDS[kind].target,
      calendarId: row?.calendarId ?? null,
      version: row?.version ?? 0,
    };
  });
}

export async function putOlaTarget(
  db: Database,
  actor: Actor,
  kind: OlaKind,
  body: PutOlaTargetBody,
): Promise<OlaTarget> {
  // An unknown or foreign calendar answers 404 like any unknown id.
  if (body.calendarId) await loadCalendar(db, actor.organizationId, body.calendarId);
  return db.transaction(async (tx) => {
    const current = (await loadOlaTargets(tx, actor.organizationId)).find((t) => t.kind === kind)!;
    if (current.version !== body.version) throw versionConflict(current);
    const values = { amount: body.target.amount, unit: body.target.unit, calendarId: body.calendarId };
    if (current.version === 0) {
      const [inserted] = await tx
        .insert(olaTargets)
        .values({ organizationId: actor.organizationId, kind, ...values })
        .onConflictDoNothing()
        .returning();
      // Another save created it between our read and insert.
      if (!inserted)
        throw versionConflict((await loadOlaTargets(tx, actor.organizationId)).find((t) => t.kind === kind));
    } else {
      const [updated] = await tx
        .update(olaTargets)
        .set({ ...values, version: current.version + 1, updatedAt: new Date() })
        .where(
          and(
            eq(olaTargets.organizationId, actor.organizationId),
            eq(olaTargets.kind, kind),
            eq(olaTargets.version, current.version),
          ),
        )
        .returning();
      if (!updated) throw versionConflict(current);
    }
    const after = (await loadOlaTargets(tx, actor.organizationId)).find((t) => t.kind === kind)!;
    await recordAuditEvent(tx, actor, {
      entityType: 'ola_target',
      entityId: kind,
      action: 'update',
      before: current,
      after,
    });
    return after;
  });
}
