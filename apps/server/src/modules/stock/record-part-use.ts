import type { PartUse } from '@usta/contracts/stock';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { toPartUse } from './present.ts';
import { addToLevel, findItem } from './stock-repository.ts';
import { stockMovements, stockSerials, workOrderParts } from './tables.ts';

export interface PartUseInput {
  workOrderId: string;
  warehouseId: string;
  itemId: string;
  quantity: number;
  serialNumber: string | null;
  commandId: string | null;
}

/**
 * A part used on an order: the movement out of the warehouse, the level debited and the part
 * recorded on the order, in the caller's transaction. A level may go below zero — the part is in
 * the device already, and refusing the record would lose it; the warehouse sees the negative
 * level and counts the van. A command id is unique on movements: the same command never debits
 * twice, even if called again.
 */
export async function recordPartUse(
  tx: Executor,
  actor: Actor,
  input: PartUseInput,
): Promise<PartUse | null> {
  const item = await findItem(tx, actor.organizationId, input.itemId);
  if (!item) return null;
  const [movement] = await tx
    .insert(stockMovements)
    .values({
      organizationId: actor.organizationId,
      itemId: item.id,
      fromWarehouseId: input.warehouseId,
      quantity: input.quantity,
      serialNumber: input.serialNumber,
      reason: 'work_order_use',
      workOrderId: input.workOrderId,
      commandId: input.commandId,
      createdBy: actor.userId,
    })
    .onConflictDoNothing()
    .returning();
  if (!movement) {
    const [existing] = await tx
      .select()
      .from(workOrderParts)
      .where(
        and(
          eq(workOrderParts.organizationId, actor.organizationId),
          eq(workOrderParts.commandId, input.commandId ?? ''),
        ),
      );
    return existing ? toPartUse(existing, item) : null;
  }
  await addToLevel(tx, actor.organizationId, input.warehouseId, item.id, -input.quantity);
  if (input.serialNumber) {
    await tx
      .insert(stockSerials)
      .values({
        organizationId: actor.organizationId,
        itemId: item.id,
        serialNumber: input.serialNumber,
        warehouseId: null,
      })
      .onConflictDoUpdate({
        target: [stockSerials.organizationId, stockSerials.itemId, stockSerials.serialNumber],
        set: { warehouseId: null, updatedAt: new Date() },
      });
  }
  const [part] = await tx
    .insert(workOrderParts)
    .values({
      organizationId: actor.organizationId,
      workOrderId: input.workOrderId,
      itemId: item.id,
      quantity: input.quantity,
      serialNumber: input.serialNumber,
      warehouseId: input.warehouseId,
      usedBy: actor.userId,
      commandId: input.commandId,
      movementId: movement.id,
    })
    .returning();
  await recordAuditEvent(tx, actor, {
    entityType: 'work_order_part',
    entityId: part!.id,
    action: 'create',
    before: null,
    after: {
      workOrderId: input.workOrderId,
      itemId: item.id,
      quantity: input.quantity,
      serialNumber: input.serialNumber,
    },
  });
  return toPartUse(part!, item);
}
