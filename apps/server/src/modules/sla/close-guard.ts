import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { recomputeWorkOrderSla } from './recompute-order-sla.ts';
import { slaBreachRootCauses, slaCapas } from './tables.ts';

/**
 * A breached order closes only with a root cause (code and text) and at least one CAPA that is
 * not cancelled. Runs in the transition's transaction, before the order moves; the breach is
 * judged on the state recomputed right now. 409 SLA_REVIEW_REQUIRED names the missing fields.
 */
export async function assertSlaAllowsClose(tx: Executor, actor: Actor, workOrderId: string): Promise<void> {
  const recomputed = await recomputeWorkOrderSla(tx, actor.organizationId, workOrderId);
  if (!recomputed?.row.breached) return;
  const [cause] = await tx
    .select({ code: slaBreachRootCauses.code })
    .from(slaBreachRootCauses)
    .where(
      and(
        eq(slaBreachRootCauses.organizationId, actor.organizationId),
        eq(slaBreachRootCauses.workOrderId, workOrderId),
      ),
    );
  const [capa] = await tx
    .select({ id: slaCapas.id })
    .from(slaCapas)
    .where(
      and(
        eq(slaCapas.organizationId, actor.organizationId),
        eq(slaCapas.workOrderId, workOrderId),
        ne(slaCapas.status, 'cancelled'),
      ),
    )
    .limit(1);
  const missing: { path: string; code: string }[] = [];
  if (!cause) missing.push({ path: 'rootCause', code: 'root_cause_required' });
  if (!capa) missing.push({ path: 'capa', code: 'capa_required' });
  if (missing.length > 0) throw new AppError('SLA_REVIEW_REQUIRED', {}, missing);
}
