import type { CustomerConfirmation } from '@usta/contracts/sync';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { listPartsOf } from '../stock/index.ts';
import { findUser } from '../users/user-repository.ts';
import { asDatabase, lockOrderForField, recordApproval } from '../work-orders/index.ts';
import { syncConfirmationRequests } from './tables.ts';

type RequestRow = typeof syncConfirmationRequests.$inferSelect;

async function findRequest(db: Executor, token: string, lock = false): Promise<RequestRow | null> {
  const query = db.select().from(syncConfirmationRequests).where(eq(syncConfirmationRequests.token, token));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/**
 * The customer's view behind the QR code: no login, the token is the key (≥ 22 random
 * characters made on the technician's phone). Acting for the customer, the server records the
 * approval in the name of the technician who asked for it, as the approval's author.
 */
async function customerActor(db: Executor, request: RequestRow): Promise<Actor> {
  const technician = await findUser(db, request.organizationId, request.requestedBy);
  return {
    userId: request.requestedBy,
    organizationId: request.organizationId,
    name: `${technician?.name ?? 'Teknisyen'} (müşteri QR onayı)`,
    permissions: new Set(['work_order:read', 'work_order:read_all', 'work_order:update']),
    requestId: null,
  };
}

export async function getConfirmation(db: Executor, token: string): Promise<CustomerConfirmation> {
  const request = await findRequest(db, token);
  if (!request) throw notFound('confirmation');
  const actor = await customerActor(db, request);
  const order = await lockOrderForField(db, actor, request.workOrderId);
  if (!order) throw notFound('confirmation');
  const parts = await listPartsOf(db, request.organizationId, [request.workOrderId]);
  return {
    number: order.row.number,
    customerName: order.row.customerName,
    complaint: order.row.complaint,
    diagnosis: order.row.diagnosis,
    workDone: order.row.workDone,
    parts: parts.map((p) => ({ name: p.itemName, quantity: p.quantity, unit: p.unit })),
    requestedAt: request.createdAt.toISOString(),
    confirmedAt: request.confirmedAt?.toISOString() ?? null,
    confirmedName: request.confirmedName,
  };
}

/** The customer confirms: the approval (method `qr`) is recorded once; confirming again changes nothing. */
export async function confirmByCustomer(
  db: Database,
  token: string,
  name: string,
): Promise<CustomerConfirmation> {
  await db.transaction(async (tx) => {
    const request = await findRequest(tx, token, true);
    if (!request) throw notFound('confirmation');
    if (request.confirmedAt) return;
    const actor = await customerActor(tx, request);
    try {
      await recordApproval(asDatabase(tx), actor, request.workOrderId, {
        method: 'qr',
        approvedBy: name,
        reference: token.slice(0, 12),
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNPROCESSABLE') throw notFound('confirmation');
      throw error;
    }
    await tx
      .update(syncConfirmationRequests)
      .set({ confirmedAt: new Date(), confirmedName: name })
      .where(and(eq(syncConfirmationRequests.id, request.id), isNull(syncConfirmationRequests.confirmedAt)));
  });
  return getConfirmation(db, token);
}
