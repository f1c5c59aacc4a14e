/**
 * Planning desk demo data (issue 6): skills, two technician profiles, a team, category
 * requirements, a few more orders around İstanbul and some visits on the next working day
 * (today when it is one). Everything goes through the modules' own use cases. Skipped under
 * Vitest like the other demo seeds (tests build their own world).
 */
import { createCustomerBodySchema } from '@usta/contracts/customers';
import { createWorkOrderBodySchema } from '@usta/contracts/work-orders';
import { permissionsOf } from '@usta/core/access';
import { formatDayNumber, parseDayNumber } from '@usta/core/calendar';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { createCustomer } from '../customers/create-customer.ts';
import { findStaffByEmail } from '../users/index.ts';
import { createWorkOrder } from '../work-orders/create-work-order.ts';
import { createCategory } from '../work-orders/manage-categories.ts';
import { createSkill, putCategoryRequirements } from './manage-skills.ts';
import { createTeam, putTechnician } from './manage-technicians.ts';
import { createVisit } from './manage-visits.ts';
import { calendarCache, localDateOf, shiftOn } from './planning-context.ts';

async function actorOf(db: Database, organizationId: string, email: string): Promise<Actor> {
  const user = await findStaffByEmail(db, organizationId, email);
  if (!user) throw new Error(`demo user ${email} missing`);
  return {
    userId: user.id,
    organizationId,
    name: user.name,
    permissions: new Set(permissionsOf(user.roles)),
    requestId: null,
  };
}

const ISTANBUL = 'İstanbul';

export async function seedDemoPlanning(
  db: Database,
  organizationId: string,
  now = Date.now(),
): Promise<void> {
  if (process.env.VITEST) return;
  const planner = await actorOf(db, organizationId, 'planlama@demo.usta');
  const admin = await actorOf(db, organizationId, 'admin@demo.usta');
  const desk = await actorOf(db, organizationId, 'cagri@demo.usta');
  const tech1 = await actorOf(db, organizationId, 'teknisyen1@demo.usta');
  const tech2 = await actorOf(db, organizationId, 'teknisyen2@demo.usta');

  const skill = (code: string, nameTr: string, nameEn: string, parentId: string | null = null) =>
    createSkill(db, planner, { code, nameTr, nameEn, parentId, maxLevel: 3, sortOrder: 0 });
  const kombi = await skill('kombi', 'Kombi', 'Combi boiler');
  await skill('kombi_bakim', 'Kombi bakımı', 'Boiler maintenance', kombi.id);
  const klima = await skill('klima', 'Klima', 'Air conditioning');
  const beyaz = await skill('beyaz_esya', 'Beyaz eşya', 'White goods');

  const category = (nameTr: string, nameEn: string) => createCategory(db, admin, { nameTr, nameEn });
  const kombiCat = (await category('Kombi arızası', 'Boiler fault')) as { id: string };
  const klimaCat = (await category('Klima arızası', 'Air conditioner fault')) as { id: string };
  const beyazCat = (await category('Beyaz eşya arızası', 'White goods fault')) as { id: string };
  await putCategoryRequirements(db, planner, {
    items: [
      { categoryId: kombiCat.id, skillId: kombi.id, minLevel: 2, durationMinutes: 60 },
      { categoryId: klimaCat.id, skillId: klima.id, minLevel: 1, durationMinutes: 90 },
      { categoryId: beyazCat.id, skillId: beyaz.id, minLevel: 1, durationMinutes: 45 },
    ],
  });
  const region = (district: string) => ({ province: ISTANBUL, district });
  await putTechnician(db, planner, tech1.userId, {
    skills: [
      { skillId: kombi.id, level: 3 },
      { skillId: klima.id, level: 2 },
    ],
    regions: ['Kadıköy', 'Üsküdar', 'Ataşehir', 'Beşiktaş', 'Maltepe'].map(region),
    startLocation: { lat: 40.9903, lng: 29.029 },
    endLocation: null,
    calendarId: null,
    maxJobsPerDay: 6,
    authorisedCustomerIds: [],
    vanWarehouseCode: 'ARAC-01',
    version: 0,
  });
  await putTechnician(db, planner, tech2.userId, {
    skills: [
      { skillId: klima.id, level: 3 },
      { skillId: beyaz.id, level: 2 },
      { skillId: kombi.id, level: 1 },
    ],
    regions: ['Şişli', 'Beşiktaş', 'Sarıyer', 'Kağıthane', 'Kadıköy'].map(region),
    startLocation: { lat: 41.0602, lng: 28.9877 },
    endLocation: null,
    calendarId: null,
    maxJobsPerDay: 6,
    authorisedCustomerIds: [],
    vanWarehouseCode: 'ARAC-02',
    version: 0,
  });
  await createTeam(db, planner, {
    name: 'İstanbul Servis Ekibi',
    leadId: tech1.userId,
    calendarId: null,
    memberIds: [tech1.userId, tech2.userId],
  });

  const orders: { id: string; categoryId: string }[] = [];
  const samples: [string, string, string, string, 'P1' | 'P2' | 'P3'][] = [
    ['Kemal Aksoy', 'Üsküdar', 'Kombi basınç düşürüyor, sürekli su eksiltiyor', kombiCat.id, 'P2'],
    ['Derya Koç', 'Şişli', 'Salon kliması hiç soğutmuyor', klimaCat.id, 'P3'],
    ['Mavi Kafe Ltd. Şti.', 'Ataşehir', 'Kombi ateşleme yapmıyor, işletme ısınmıyor', kombiCat.id, 'P1'],
    ['Selin Yıldız', 'Sarıyer', 'Çamaşır makinesi su boşaltmıyor', beyazCat.id, 'P3'],
    ['Onur Demirtaş', 'Kağıthane', 'Bulaşık makinesi hata veriyor (E15)', beyazCat.id, 'P3'],
    ['Nehir Apartmanı Yönetimi', 'Maltepe', 'Klima dış ünitesi su damlatıyor', klimaCat.id, 'P3'],
  ];
  for (const [name, district, complaint, categoryId, priority] of samples) {
    const customer = (await createCustomer(
      db,
      desk,
      createCustomerBodySchema.parse({
        type: name.includes('Ltd') || name.includes('Yönetimi') ? 'corporate' : 'individual',
        name,
        phones: [{ number: `0532 ${100 + orders.length * 7} 44 ${10 + orders.length}`, label: 'Cep' }],
        addresses: [{ province: ISTANBUL, district, line: 'Demo Sok. No: 3' }],
      }),
    )) as unknown as { id: string };
    const order = await createWorkOrder(
      db,
      desk,
      createWorkOrderBodySchema.parse({
        customerId: customer.id,
        channel: 'phone',
        type: 'fault',
        complaint,
        categoryId,
        priority,
      }),
    );
    orders.push({ id: (order as { id: string }).id, categoryId });
  }

  // Visits on the first working day from today: two for each technician.
  const calendar = await calendarCache(db, organizationId)(null);
  let day = parseDayNumber(localDateOf(calendar, now))!;
  while (shiftOn(calendar, formatDayNumber(day)).spans.length === 0) day++;
  const date = formatDayNumber(day);
  const at = (time: string) => `${date}T${time}:00+03:00`;
  const plan: [number, string, string, string][] = [
    [0, tech1.userId, '09:00', '10:00'],
    [2, tech1.userId, '11:00', '12:00'],
    [1, tech2.userId, '10:00', '11:30'],
    [3, tech2.userId, '14:00', '14:45'],
  ];
  for (const [index, technicianId, from, to] of plan) {
    const order = orders[index]!;
    await createVisit(db, planner, {
      workOrderId: order.id,
      technicianId,
      plannedStart: at(from),
      plannedEnd: at(to),
      windowStart: at(from),
      windowEnd: at(`${String(Number(from.slice(0, 2)) + 2).padStart(2, '0')}:00`),
      status: index === 0 ? 'confirmed' : 'planned',
      pinned: false,
    }).catch(() => undefined); // a short day (arife) may refuse an afternoon slot; the rest still seed
  }
}
