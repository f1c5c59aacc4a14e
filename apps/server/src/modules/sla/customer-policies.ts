import { and, asc, eq, gt } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { findCustomer } from '../customers/index.ts';
import { markStale, selectPolicy } from './policy-repository.ts';
import { slaCustomerPolicies } from './tables.ts';

/**
 * A customer's contract policy (null: back to the company default). Their open orders are
 * marked stale and recomputed under it by the escalation worker; closed ones keep their outcome.
 */
export async function setCustomerPolicy(
  db: Database,
  actor: Actor,
  customerId: string,
  policyId: string | null,
): Promise<{ customerId: string; policyId: string | null; updatedAt: string | null }> {
  return db.transaction(async (tx) => {
    const customer = await findCustomer(tx, actor.organizationId, customerId);
    if (!customer) throw notFound('customer');
    if (policyId && !(await selectPolicy(tx, actor.organizationId, policyId))) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'policyId', code: 'not_found' }]);
    }
    const [before] = await tx
      .select()
      .from(slaCustomerPolicies)
      .where(
        and(
          eq(slaCustomerPolicies.organizationId, actor.organizationId),
          eq(slaCustomerPolicies.customerId, customerId),
        ),
      );
    let updatedAt: Date | null = null;
    if (policyId) {
      updatedAt = new Date();
      await tx
        .insert(slaCustomerPolicies)
        .values({ organizationId: actor.organizationId, customerId, policyId, updatedAt })
        .onConflictDoUpdate({
          target: [slaCustomerPolicies.organizationId, slaCustomerPolicies.customerId],
          set: { policyId, updatedAt },
        });
    } else {
      await tx
        .delete(slaCustomerPolicies)
        .where(
          and(
            eq(slaCustomerPolicies.organizationId, actor.organizationId),
            eq(slaCustomerPolicies.customerId, customerId),
          ),
        );
    }
    await markStale(tx, actor.organizationId, { customerId });
    await recordAuditEvent(tx, actor, {
      entityType: 'sla_customer_policy',
      entityId: customerId,
      action: 'update',
      before: { policyId: before?.policyId ?? null },
      after: { policyId },
    });
    return { customerId, policyId, updatedAt: updatedAt?.toISOString() ?? null };
  });
}

export async function listCustomerPolicies(
  db: Database,
  actor: Actor,
  query: { cursor?: string | undefined; limit: number },
) {
  const cursor = decodeCursor<{ id: string }>(query.cursor);
  const rows = await db
    .select()
    .from(slaCustomerPolicies)
    .where(
      and(
        eq(slaCustomerPolicies.organizationId, actor.organizationId),
        cursor ? gt(slaCustomerPolicies.customerId, cursor.id) : undefined,
      ),
    )
    .orderBy(asc(slaCustomerPolicies.customerId))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((r) => ({
      customerId: r.customerId,
      policyId: r.policyId,
      updatedAt: r.updatedAt.toISOString(),
    })),
    nextCursor: rows.length > query.limit ? encodeCursor({ id: page.at(-1)!.customerId }) : null,
  };
}
