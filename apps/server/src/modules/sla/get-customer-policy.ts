import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { findCustomer } from '../customers/index.ts';
import { slaCustomerPolicies } from './tables.ts';

/** One customer's contract policy (`policyId: null`: the company default applies). 404 for an unknown customer. */
export async function getCustomerPolicy(
  db: Database,
  actor: Actor,
  customerId: string,
): Promise<{ customerId: string; policyId: string | null; updatedAt: string | null }> {
  const customer = await findCustomer(db, actor.organizationId, customerId);
  if (!customer) throw notFound('customer');
  const [row] = await db
    .select()
    .from(slaCustomerPolicies)
    .where(
      and(
        eq(slaCustomerPolicies.organizationId, actor.organizationId),
        eq(slaCustomerPolicies.customerId, customerId),
      ),
    );
  return { customerId, policyId: row?.policyId ?? null, updatedAt: row?.updatedAt.toISOString() ?? null };
}
