import type { StaffRole } from '@usta/core/access';
import type { Database } from '../../db/database.ts';
import { hashPassword } from '../auth/passwords.ts';
import { insertOrganization } from '../organizations/organization-repository.ts';
import { seedDemoPlanning } from '../planning/seed-demo-planning.ts';
import { seedDemoStock } from '../stock/index.ts';
import { insertUser } from '../users/user-repository.ts';
import { seedDemoWorkOrders } from '../work-orders/seed-demo-work-orders.ts';

export const DEMO_PASSWORD = 'usta-demo';

export const DEMO_USERS: readonly { email: string; name: string; roles: StaffRole[] }[] = [
  { email: 'admin@demo.usta', name: 'Ayşe Yılmaz', roles: ['admin'] },
  { email: 'yonetici@demo.usta', name: 'Mehmet Öztürk', roles: ['manager'] },
  { email: 'cagri@demo.usta', name: 'Çağrı Demir', roles: ['call_center'] },
  { email: 'planlama@demo.usta', name: 'Işıl Kaya', roles: ['planner'] },
  { email: 'teknisyen1@demo.usta', name: 'Hasan Çelik', roles: ['technician'] },
  { email: 'teknisyen2@demo.usta', name: 'Gökhan Şahin', roles: ['technician'] },
  { email: 'depo@demo.usta', name: 'Emre Arslan', roles: ['warehouse'] },
  { email: 'finans@demo.usta', name: 'Zeynep Aydın', roles: ['finance'] },
];

/** The demo company of DESIGN.md; only ever run on a new, empty database. */
export async function seedDemo(db: Database): Promise<{ organizationId: string }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await db.transaction(async (tx) => {
    const organization = await insertOrganization(tx, 'Demo Servis');
    for (const user of DEMO_USERS) {
      await insertUser(tx, { ...user, organizationId: organization.id, passwordHash, locale: 'tr' });
    }
    return { organizationId: organization.id };
  });
  await seedDemoWorkOrders(db, seeded.organizationId);
  await seedDemoStock(db, seeded.organizationId);
  await seedDemoPlanning(db, seeded.organizationId);
  return seeded;
}
