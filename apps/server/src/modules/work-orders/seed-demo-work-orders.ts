import { createCustomerBodySchema } from '@usta/contracts/customers';
import { createDeviceBodySchema } from '@usta/contracts/devices';
import { createWorkOrderBodySchema } from '@usta/contracts/work-orders';
import { permissionsOf } from '@usta/core/access';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { createCustomer } from '../customers/create-customer.ts';
import { createDevice } from '../devices/create-device.ts';
import { users } from '../users/tables.ts';
import { assignWorkOrder } from './assign-work-order.ts';
import { createWorkOrder } from './create-work-order.ts';
import { ensureSettings } from './settings-repository.ts';
import { transitionWorkOrder } from './transition-work-order.ts';

async function actorOf(db: Database, organizationId: string, email: string): Promise<Actor> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.email, email)));
  if (!user) throw new Error(`demo user ${email} missing`);
  return {
    userId: user.id,
    organizationId,
    name: user.name,
    permissions: new Set(permissionsOf(user.roles)),
    requestId: null,
  };
}

/**
 * A few customers, devices and work orders in different states, so the demo company's lists,
 * tabs and timelines show something. Everything goes through the modules' own use cases.
 * Skipped under Vitest: module tests count rows in the demo company and expect it empty.
 */
export async function seedDemoWorkOrders(db: Database, organizationId: string): Promise<void> {
  if (process.env.VITEST) return;
  await ensureSettings(db, organizationId);
  const desk = await actorOf(db, organizationId, 'cagri@demo.usta');
  const planner = await actorOf(db, organizationId, 'planlama@demo.usta');
  const technician = await actorOf(db, organizationId, 'teknisyen1@demo.usta');
  const manager = await actorOf(db, organizationId, 'yonetici@demo.usta');

  const customer = async (name: string, type: 'individual' | 'corporate', district: string, phone: string) =>
    (await createCustomer(
      db,
      desk,
      createCustomerBodySchema.parse({
        type,
        name,
        representativeId: manager.userId,
        phones: [{ number: phone, label: 'Cep' }],
        addresses: [{ province: 'İstanbul', district, line: 'Demo Sok. No: 1' }],
      }),
    )) as unknown as { id: string; addresses: { id: string }[] };
  const device = async (
    customerId: string,
    brand: string,
    model: string,
    deviceType: string,
    serial: string,
  ) =>
    createDevice(
      db,
      desk,
      createDeviceBodySchema.parse({
        customerId,
        brand,
        model,
        deviceType,
        serialNumber: serial,
        warrantyStart: '2025-03-01',
        warrantyEnd: '2027-02-28',
      }),
    );

  const ayse = await customer('Ayşe Güneş', 'individual', 'Kadıköy', '0532 111 22 33');
  const otel = await customer('Boğaziçi Otelcilik A.Ş.', 'corporate', 'Beşiktaş', '0212 444 55 66');
  const kombi = await device(ayse.id, 'Vaillant', 'ecoTEC plus', 'Kombi', 'VT-2025-0001');
  const klima = await device(otel.id, 'Daikin', 'Sensira 18', 'Klima', 'DK-18-7788');

  const open = async (
    customerId: string,
    deviceId: string,
    complaint: string,
    impact: 'high' | 'medium' | 'low',
  ) =>
    createWorkOrder(
      db,
      desk,
      createWorkOrderBodySchema.parse({
        customerId,
        deviceId,
        channel: 'phone',
        type: 'fault',
        complaint,
        impact,
        urgency: 'medium',
      }),
    );
  await open(ayse.id, kombi.id, 'Kombi sıcak su vermiyor, ekranda F28 hatası', 'medium');
  const planned = await open(otel.id, klima.id, 'Lobi kliması soğutmuyor, su damlatıyor', 'high');
  await transitionWorkOrder(db, desk, planned.id, { to: 'to_plan' });
  await assignWorkOrder(db, planner, planned.id, { technicianIds: [technician.userId] });
  await transitionWorkOrder(db, planner, planned.id, { to: 'assigned' });
  await transitionWorkOrder(db, technician, planned.id, { to: 'en_route' });
  const waiting = await open(otel.id, klima.id, 'Dış ünite fan motoru sesli çalışıyor', 'low');
  await transitionWorkOrder(db, desk, waiting.id, { to: 'pre_inspection' });
  await transitionWorkOrder(db, desk, waiting.id, { to: 'waiting_parts', note: 'Fan motoru sipariş edildi' });
}
