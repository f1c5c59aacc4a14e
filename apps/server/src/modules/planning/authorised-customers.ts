/**
 * The row rule "a technician restricted to named customers sees only those" (seed 004), as the
 * customers and work-orders modules ask for it. Kept free of other imports of this module so
 * those modules can load it without cycles.
 */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/database.ts';
import { technicianProfiles } from './tables.ts';

interface Who {
  organizationId: string;
  userId: string;
}

/** The customers the user is restricted to, or null when unrestricted (no list on the profile). */
export async function authorisedCustomerIdsOf(db: Executor, who: Who): Promise<string[] | null> {
  const [row] = await db
    .select({ ids: technicianProfiles.authorisedCustomerIds })
    .from(technicianProfiles)
    .where(
      and(
        eq(technicianProfiles.organizationId, who.organizationId),
        eq(technicianProfiles.userId, who.userId),
      ),
    );
  return row && row.ids.length > 0 ? row.ids : null;
}

/** SQL true when the row's customer is inside the user's authorised list (or there is none). */
export function authorisedCustomerCondition(who: Who, customerId: AnyPgColumn): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM ${technicianProfiles} tp WHERE tp.organization_id = ${who.organizationId}::uuid AND tp.user_id = ${who.userId}::uuid AND cardinality(tp.authorised_customer_ids) > 0 AND NOT (${customerId} = ANY(tp.authorised_customer_ids)))`;
}
