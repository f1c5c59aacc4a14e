import type { Database } from '../../db/database.ts';
import { findUserByEmail } from '../users/user-repository.ts';
import { addToLevel } from './stock-repository.ts';
import { stockItems, stockMovements, stockSerials, stockWarehouses } from './tables.ts';

const ITEMS = [
  { code: 'FLT-001', name: 'Pompa filtresi', unit: 'piece', serialTracked: false },
  { code: 'KNT-220', name: 'Kontaktör 220V', unit: 'piece', serialTracked: false },
  { code: 'PMP-100', name: 'Sirkülasyon pompası', unit: 'piece', serialTracked: true },
  { code: 'KRT-200', name: 'Kombi anakartı', unit: 'piece', serialTracked: true },
  { code: 'KBL-25', name: 'Kablo 2,5 mm²', unit: 'metre', serialTracked: false },
  { code: 'GAZ-R32', name: 'Soğutucu gaz R32', unit: 'kg', serialTracked: false },
] as const;

/** Van stock per technician: item code → quantity (serial-tracked ones get serials). */
const VAN_STOCK: Record<string, number> = {
  'FLT-001': 6,
  'KNT-220': 4,
  'PMP-100': 2,
  'KRT-200': 1,
  'KBL-25': 25,
  'GAZ-R32': 3.5,
};

/**
 * Demo items, the main warehouse, and a van for each demo technician with some stock (issue 7),
 * so the field app has parts to pick. Runs in tests too: no other module counts these rows.
 */
export async function seedDemoStock(db: Database, organizationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const items = await tx
      .insert(stockItems)
      .values(ITEMS.map((item) => ({ ...item, organizationId })))
      .returning();
    const [main] = await tx
      .insert(stockWarehouses)
      .values({ organizationId, code: 'MERKEZ', name: 'Merkez Depo', kind: 'main' })
      .returning();
    for (const item of items) await addToLevel(tx, organizationId, main!.id, item.id, 100);
    for (const [index, email] of ['teknisyen1@demo.usta', 'teknisyen2@demo.usta'].entries()) {
      const user = await findUserByEmail(tx, email);
      if (!user || user.organizationId !== organizationId) continue;
      const [van] = await tx
        .insert(stockWarehouses)
        .values({
          organizationId,
          code: `ARAC-${index + 1}`,
          name: `Araç deposu — ${user.name}`,
          kind: 'van',
          technicianId: user.id,
        })
        .returning();
      for (const item of items) {
        const quantity = VAN_STOCK[item.code] ?? 0;
        await addToLevel(tx, organizationId, van!.id, item.id, quantity);
        await tx.insert(stockMovements).values({
          organizationId,
          itemId: item.id,
          toWarehouseId: van!.id,
          quantity,
          reason: 'opening',
        });
        if (item.serialTracked) {
          for (let n = 1; n <= quantity; n += 1) {
            await tx.insert(stockSerials).values({
              organizationId,
              itemId: item.id,
              serialNumber: `${item.code}-${index + 1}-${String(n).padStart(4, '0')}`,
              warehouseId: van!.id,
            });
          }
        }
      }
    }
  });
}
