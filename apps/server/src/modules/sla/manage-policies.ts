import type { FieldError } from '@usta/contracts/common';
import type {
  CreateSlaPolicyBody,
  EscalationRule,
  EscalationRuleBody,
  SlaPolicyResource,
  UpdateSlaPolicyBody,
} from '@usta/contracts/sla';
import { validatePolicy } from '@usta/core/sla';
import { isUuid } from '@usta/core/text';
import { and, eq, ne } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { checkPolicyReferences } from './check-policy.ts';
import {
  type PolicyRow,
  type StoredPolicyDefinition,
  toCorePolicy,
  toPolicyResource,
} from './policy-mapping.ts';
import { ensureDefaultPolicy, markStale, selectPolicies, selectPolicy } from './policy-repository.ts';
import { slaCustomerPolicies, slaPolicies } from './tables.ts';

function toRules(rules: readonly EscalationRuleBody[]): EscalationRule[] {
  const used = new Set(rules.map((r) => r.id).filter(Boolean));
  let n = 1;
  return rules.map((r) => {
    let id = r.id;
    if (!id) {
      while (used.has(`rule-${n}`)) n += 1;
      id = `rule-${n}`;
      used.add(id);
    }
    return {
      id,
      metric: r.metric,
      atPercent: r.atBreach ? null : (r.atPercent ?? null),
      atBreach: r.atBreach ?? false,
      action: r.action,
      recipients: [...(r.recipients ?? [])],
      teamId: r.teamId ?? null,
      levels: r.levels ?? 1,
      waitForWorkingHours: r.waitForWorkingHours ?? false,
    };
  });
}

/** The engine's own rules on the stored shape (a last net under the schema), as 400 with fields. */
function assertEngineAccepts(row: Pick<PolicyRow, 'id' | 'name' | 'definition'>): void {
  const result = validatePolicy(toCorePolicy(row));
  if (result.ok) return;
  const issues: Omit<FieldError, 'message'>[] = result.issues.map((i) => ({
    path: i.path.join('.'),
    code: i.code.replaceAll('-', '_'),
  }));
  throw new AppError('VALIDATION_FAILED', {}, issues);
}

export async function listPolicies(db: Database, actor: Actor): Promise<{ items: SlaPolicyResource[] }> {
  await ensureDefaultPolicy(db, actor.organizationId);
  return { items: (await selectPolicies(db, actor.organizationId)).map(toPolicyResource) };
}

export async function getPolicy(db: Executor, actor: Actor, id: string): Promise<SlaPolicyResource> {
  const row = isUuid(id) ? await selectPolicy(db, actor.organizationId, id) : null;
  if (!row) throw notFound('SLA policy');
  return toPolicyResource(row);
}

export async function createPolicy(
  db: Database,
  actor: Actor,
  body: CreateSlaPolicyBody,
): Promise<SlaPolicyResource> {
  await checkPolicyReferences(db, actor.organizationId, body);
  const definition: StoredPolicyDefinition = {
    targets: body.targets,
    firstResponseMetBy: body.firstResponseMetBy,
    resolvedPhases: body.resolvedPhases,
    clockByPhase: body.clockByPhase,
    clockByStatus: body.clockByStatus ?? {},
    escalationRules: toRules(body.escalationRules ?? []),
  };
  assertEngineAccepts({ id: 'new', name: body.name, definition });
  return db.transaction(async (tx) => {
    await ensureDefaultPolicy(tx, actor.organizationId);
    await assertNameFree(tx, actor.organizationId, body.name);
    if (body.isDefault) {
      await tx
        .update(slaPolicies)
        .set({ isDefault: false })
        .where(and(eq(slaPolicies.organizationId, actor.organizationId), eq(slaPolicies.isDefault, true)));
    }
    const [row] = await tx
      .insert(slaPolicies)
      .values({
        organizationId: actor.organizationId,
        name: body.name,
        description: body.description ?? null,
        calendarId: body.calendarId ?? null,
        definition,
        isDefault: body.isDefault ?? false,
      })
      .returning();
    if (body.isDefault) await markStale(tx, actor.organizationId, {});
    const resource = toPolicyResource(row!);
    await recordAuditEvent(tx, actor, {
      entityType: 'sla_policy',
      entityId: row!.id,
      action: 'create',
      after: resource,
    });
    return resource;
  });
}

/**
 * Edits a policy. Open orders under it are marked stale and recomputed by the escalation worker;
 * closed orders keep their frozen outcome.
 */
export async function updatePolicy(
  db: Database,
  actor: Actor,
  id: string,
  body: UpdateSlaPolicyBody,
): Promise<SlaPolicyResource> {
  if (!isUuid(id)) throw notFound('SLA policy');
  await checkPolicyReferences(db, actor.organizationId, body);
  return db.transaction(async (tx) => {
    const current = await selectPolicy(tx, actor.organizationId, id, true);
    if (!current) throw notFound('SLA policy');
    if (current.version !== body.version) throw versionConflict(toPolicyResource(current));
    if (body.name !== undefined && body.name !== current.name)
      await assertNameFree(tx, actor.organizationId, body.name, id);
    const d = current.definition;
    const definition: StoredPolicyDefinition = {
      targets: body.targets ?? d.targets,
      firstResponseMetBy: body.firstResponseMetBy ?? d.firstResponseMetBy,
      resolvedPhases: body.resolvedPhases ?? d.resolvedPhases,
      clockByPhase: body.clockByPhase ?? d.clockByPhase,
      clockByStatus: body.clockByStatus ?? d.clockByStatus,
      escalationRules: body.escalationRules ? toRules(body.escalationRules) : d.escalationRules,
    };
    const name = body.name ?? current.name;
    assertEngineAccepts({ id, name, definition });
    if (body.isDefault && !current.isDefault) {
      await tx
        .update(slaPolicies)
        .set({ isDefault: false })
        .where(and(eq(slaPolicies.organizationId, actor.organizationId), eq(slaPolicies.isDefault, true)));
    }
    const [row] = await tx
      .update(slaPolicies)
      .set({
        name,
        description: body.description !== undefined ? body.description : current.description,
        calendarId: body.calendarId !== undefined ? body.calendarId : current.calendarId,
        definition,
        isDefault: body.isDefault ? true : current.isDefault,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(slaPolicies.id, id))
      .returning();
    // The default changed hands: every open order may have another policy now.
    await markStale(tx, actor.organizationId, body.isDefault && !current.isDefault ? {} : { policyId: id });
    const resource = toPolicyResource(row!);
    await recordAuditEvent(tx, actor, {
      entityType: 'sla_policy',
      entityId: id,
      action: 'update',
      before: toPolicyResource(current),
      after: resource,
    });
    return resource;
  });
}

/** Only a policy that is neither the default nor assigned to a customer can go. */
export async function deletePolicy(db: Database, actor: Actor, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('SLA policy');
  await db.transaction(async (tx) => {
    const current = await selectPolicy(tx, actor.organizationId, id, true);
    if (!current) throw notFound('SLA policy');
    const [assigned] = await tx
      .select({ customerId: slaCustomerPolicies.customerId })
      .from(slaCustomerPolicies)
      .where(
        and(
          eq(slaCustomerPolicies.organizationId, actor.organizationId),
          eq(slaCustomerPolicies.policyId, id),
        ),
      )
      .limit(1);
    if (current.isDefault || assigned) {
      throw new AppError('UNPROCESSABLE', { reason: 'policy in use' }, [
        { path: 'id', code: 'policy_in_use' },
      ]);
    }
    await tx.delete(slaPolicies).where(eq(slaPolicies.id, id));
    await markStale(tx, actor.organizationId, { policyId: id });
    await recordAuditEvent(tx, actor, {
      entityType: 'sla_policy',
      entityId: id,
      action: 'delete',
      before: toPolicyResource(current),
    });
  });
}

async function assertNameFree(tx: Executor, organizationId: string, name: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: slaPolicies.id })
    .from(slaPolicies)
    .where(
      and(
        eq(slaPolicies.organizationId, organizationId),
        eq(slaPolicies.name, name),
        ...(exceptId ? [ne(slaPolicies.id, exceptId)] : []),
      ),
    );
  if (clash)
    throw new AppError('ALREADY_EXISTS', { field: 'name' }, [{ path: 'name', code: 'duplicate_value' }]);
}
