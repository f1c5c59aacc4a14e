import type { SlaPolicy } from '@usta/core/sla';
import type { Executor } from '../../db/database.ts';
import { type PolicyRow, toCorePolicy } from './policy-mapping.ts';
import { ensureDefaultPolicy, findCustomerPolicyId, selectPolicy } from './policy-repository.ts';

const coreCache = new Map<string, { key: string; policy: SlaPolicy }>();

/** One engine object per stored policy version, so the engine validates it once. */
export function corePolicyOf(row: PolicyRow): SlaPolicy {
  const key = `${row.version}:${row.updatedAt.getTime()}`;
  const cached = coreCache.get(row.id);
  if (cached?.key === key) return cached.policy;
  const policy = toCorePolicy(row);
  coreCache.set(row.id, { key, policy });
  return policy;
}

/**
 * The policy in force for an order: its customer's contract policy (`sla_customer_policies`)
 * wins over the organisation's default.
 */
export async function resolvePolicy(
  db: Executor,
  organizationId: string,
  order: { customerId: string | null },
): Promise<PolicyRow> {
  if (order.customerId) {
    const policyId = await findCustomerPolicyId(db, organizationId, order.customerId);
    if (policyId) {
      const row = await selectPolicy(db, organizationId, policyId);
      if (row) return row;
    }
  }
  return ensureDefaultPolicy(db, organizationId);
}
