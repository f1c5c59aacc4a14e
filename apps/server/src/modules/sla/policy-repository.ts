import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { defaultPolicyDefinition, type PolicyRow } from './policy-mapping.ts';
import { slaCustomerPolicies, slaPolicies, workOrderSla } from './tables.ts';

export const DEFAULT_POLICY_NAME = 'Varsayılan SLA';

export async function selectPolicies(db: Executor, organizationId: string): Promise<PolicyRow[]> {
  return db
    .select()
    .from(slaPolicies)
    .where(eq(slaPolicies.organizationId, organizationId))
    .orderBy(desc(slaPolicies.isDefault), asc(slaPolicies.name));
}

export async function selectPolicy(
  db: Executor,
  organizationId: string,
  id: string,
  lock = false,
): Promise<PolicyRow | null> {
  const query = db
    .select()
    .from(slaPolicies)
    .where(and(eq(slaPolicies.organizationId, organizationId), eq(slaPolicies.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The organisation's default policy, created from the seed-003 defaults on first use. */
export async function ensureDefaultPolicy(db: Executor, organizationId: string): Promise<PolicyRow> {
  const find = async () => {
    const [row] = await db
      .select()
      .from(slaPolicies)
      .where(and(eq(slaPolicies.organizationId, organizationId), eq(slaPolicies.isDefault, true)));
    return row ?? null;
  };
  const existing = await find();
  if (existing) return existing;
  await db
    .insert(slaPolicies)
    .values({
      organizationId,
      name: DEFAULT_POLICY_NAME,
      definition: defaultPolicyDefinition(),
      isDefault: true,
    })
    .onConflictDoNothing();
  const created = await find();
  if (!created) throw new Error('sla: no default policy could be created');
  return created;
}

export async function findCustomerPolicyId(
  db: Executor,
  organizationId: string,
  customerId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ policyId: slaCustomerPolicies.policyId })
    .from(slaCustomerPolicies)
    .where(
      and(
        eq(slaCustomerPolicies.organizationId, organizationId),
        eq(slaCustomerPolicies.customerId, customerId),
      ),
    );
  return row?.policyId ?? null;
}

/** Orders whose stored state depends on a policy or customer: the worker recomputes them. */
export async function markStale(
  db: Executor,
  organizationId: string,
  by: { policyId?: string; customerId?: string },
): Promise<void> {
  const conditions = [
    eq(workOrderSla.organizationId, organizationId),
    sql`${workOrderSla.closedOutcome} is null`,
  ];
  if (by.policyId) conditions.push(eq(workOrderSla.policyId, by.policyId));
  if (by.customerId) conditions.push(eq(workOrderSla.customerId, by.customerId));
  await db
    .update(workOrderSla)
    .set({ stale: true })
    .where(and(...conditions));
}
