/**
 * A realistic İstanbul day for the planning bench: 40 technicians based around the city's
 * districts and 400 orders scattered around district centres (weighted by how busy the
 * district is), with skills, priorities, SLA due times, promised windows and a few confirmed
 * visits that must stay. Deterministic for a seed.
 */
import { ISTANBUL_DISTRICT_CENTROIDS, type LatLng } from '@usta/core/planning';
import type {
  DayInput,
  PlanStop,
  PlanTechnician,
} from '../../apps/server/src/modules/planning/routing-problem.ts';

export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const H = 3_600_000;
const M = 60_000;
/** Busy districts of the demo's service area (population-weighted, roughly). */
const WEIGHTS: Record<string, number> = {
  Kadıköy: 6,
  Üsküdar: 6,
  Ataşehir: 5,
  Maltepe: 5,
  Kartal: 4,
  Pendik: 4,
  Ümraniye: 6,
  Beşiktaş: 4,
  Şişli: 5,
  Kağıthane: 4,
  Sarıyer: 3,
  Bakırköy: 4,
  Bahçelievler: 5,
  Bağcılar: 5,
  Esenyurt: 5,
  Küçükçekmece: 5,
  Beylikdüzü: 3,
  Fatih: 4,
  Beyoğlu: 3,
  Eyüpsultan: 3,
  Başakşehir: 3,
  Sancaktepe: 3,
  Çekmeköy: 2,
  Zeytinburnu: 3,
  Avcılar: 3,
  Gaziosmanpaşa: 3,
  Sultangazi: 3,
  Esenler: 2,
  Güngören: 2,
  Bayrampaşa: 2,
  Beykoz: 2,
  Tuzla: 2,
};
const SKILLS = ['kombi', 'klima', 'beyaz_esya', 'elektrik'];
export const DISTRICT_COUNT = Object.keys(WEIGHTS).length;

function jitter(random: () => number, centre: LatLng, km: number): LatLng {
  // Box–Muller: about `km` standard deviation around the centre.
  const u = Math.max(1e-9, random());
  const v = random();
  const r = Math.sqrt(-2 * Math.log(u)) * km;
  const angle = 2 * Math.PI * v;
  return { lat: centre.lat + (r * Math.cos(angle)) / 111, lng: centre.lng + (r * Math.sin(angle)) / 84 };
}

export function istanbulDay(
  options: { technicians?: number; orders?: number; seed?: number } = {},
): DayInput {
  const random = rng(options.seed ?? 1);
  const districts = Object.keys(WEIGHTS);
  const total = districts.reduce((n, d) => n + WEIGHTS[d]!, 0);
  const pickDistrict = () => {
    let x = random() * total;
    for (const d of districts) {
      x -= WEIGHTS[d]!;
      if (x <= 0) return d;
    }
    return districts.at(-1)!;
  };
  const dayStart = Date.UTC(2027, 2, 1) - 3 * H; // 2027-03-01 00:00 Istanbul
  const spans = [
    { start: dayStart + 8.5 * H, end: dayStart + 12.5 * H },
    { start: dayStart + 13.5 * H, end: dayStart + 18 * H },
  ];
  const technicians: PlanTechnician[] = [];
  for (let i = 0; i < (options.technicians ?? 40); i++) {
    const home = pickDistrict();
    const skills = SKILLS.filter((_, k) => k === i % SKILLS.length || random() < 0.35).map((skillId) => ({
      skillId,
      level: 1 + Math.floor(random() * 3),
    }));
    technicians.push({
      id: `tech-${String(i + 1).padStart(2, '0')}`,
      name: `Teknisyen ${i + 1}`,
      start: jitter(random, ISTANBUL_DISTRICT_CENTROIDS[home]!, 1.5),
      end: null,
      spans,
      skills,
      regions: [],
      authorisedCustomerIds: [],
      maxJobsPerDay: 12,
    });
  }
  const stops: PlanStop[] = [];
  const priorities = ['P1', 'P2', 'P3', 'P3', 'P3', 'P4'];
  for (let i = 0; i < (options.orders ?? 400); i++) {
    const district = pickDistrict();
    const priority = priorities[Math.floor(random() * priorities.length)]!;
    const durationMs = [20, 30, 30, 45, 60][Math.floor(random() * 5)]! * M;
    const dueAt =
      priority === 'P1'
        ? dayStart + (12 + Math.floor(random() * 6)) * H
        : priority === 'P2'
          ? dayStart + 18 * H
          : null;
    const windowed = random() < 0.25;
    const windowStart = windowed ? dayStart + (9 + 2 * Math.floor(random() * 4)) * H : null;
    stops.push({
      visitId: null,
      version: null,
      workOrderId: `wo-${String(i + 1).padStart(4, '0')}`,
      number: `SRV-2027-${String(i + 1).padStart(6, '0')}`,
      customerId: `c-${i + 1}`,
      customerName: `Müşteri ${i + 1}`,
      priority,
      location: jitter(random, ISTANBUL_DISTRICT_CENTROIDS[district]!, 1.2),
      district,
      durationMs,
      dueAt,
      requiredSkillId: SKILLS[Math.floor(random() * SKILLS.length)]!,
      minLevel: 1,
      technicianId: null,
      plannedStart: null,
      plannedEnd: null,
      windowStart,
      windowEnd: windowStart === null ? null : windowStart + 2 * H,
      fixed: false,
    });
  }
  return { date: '2027-03-01', dayStart, notBefore: dayStart, technicians, stops };
}
