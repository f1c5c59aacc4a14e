import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { findDevice } from '../devices/index.ts';
import { summariseActivities } from './activity-repository.ts';
import { toOrderView } from './present-work-order.ts';
import { loadStatuses } from './settings-repository.ts';
import { workOrders } from './tables.ts';
import { visibleTo } from './work-order-repository.ts';

/**
 * A device's service history (seed 002: "seri no ile … tüm hareket geçmişine ulaşılabilir"):
 * its orders newest first, each with a summary of its activities. The device must be this
 * company's (the devices module answers); the orders follow the row rule, so a technician sees
 * the visits assigned to them.
 */
export async function getDeviceHistory(db: Executor, actor: Actor, deviceId: string) {
  const device = await findDevice(db, actor.organizationId, deviceId);
  if (!device) throw notFound('device');
  const rows = await db
    .select()
    .from(workOrders)
    .where(and(visibleTo(actor), eq(workOrders.deviceId, deviceId)))
    .orderBy(desc(workOrders.createdAt))
    .limit(500);
  const [statuses, summaries] = await Promise.all([
    loadStatuses(db, actor.organizationId),
    summariseActivities(
      db,
      actor.organizationId,
      rows.map((row) => row.id),
    ),
  ]);
  return {
    deviceId,
    items: rows.map((row) => {
      const summary = summaries.get(row.id);
      return {
        ...toOrderView(row, statuses),
        activityCount: summary?.count ?? 0,
        lastActivityAt: summary?.lastAt?.toISOString() ?? null,
        lastActivity: summary?.last ?? null,
      };
    }),
  };
}
