import type { RoutingProblem, Technician, Visit } from '../src/model/problem.ts';
import { Rng } from '../src/solver/rng.ts';

/** District centres (lat, lon) on both sides of the Bosphorus, weighted by how busy they are. */
const DISTRICTS: [string, number, number, number][] = [
  ['Kadıköy', 40.99, 29.03, 3],
  ['Üsküdar', 41.02, 29.02, 2],
  ['Ataşehir', 40.99, 29.11, 2],
  ['Maltepe', 40.94, 29.13, 2],
  ['Beşiktaş', 41.04, 29.0, 2],
  ['Şişli', 41.06, 28.99, 3],
  ['Bakırköy', 40.98, 28.87, 2],
  ['Bahçelievler', 41.0, 28.85, 2],
  ['Sarıyer', 41.17, 29.05, 1],
  ['Başakşehir', 41.09, 28.8, 1],
  ['Pendik', 40.88, 29.25, 1],
  ['Beylikdüzü', 41.0, 28.64, 1],
];
const DEPOTS = [
  { lat: 41.06, lon: 28.99 },
  { lat: 40.99, lon: 29.1 },
  { lat: 41.0, lon: 28.86 },
];
const SKILLS = ['kombi', 'klima', 'beyaz-esya', 'elektrik'];
const HOUR = 3600;

/**
 * A realistic busy day for a mid-size Istanbul service company: 40 technicians from three
 * depots, 400 visits with skills, appointment windows, SLA deadlines, priorities, lunch breaks,
 * started visits pinned in sequence, and optional preventive-maintenance visits.
 */
export function istanbulScenario(seed: number, technicianCount = 40, visitCount = 400): RoutingProblem {
  const rng = new Rng(seed);
  const totalWeight = DISTRICTS.reduce((sum, d) => sum + d[3], 0);
  const pickDistrict = () => {
    let roll = rng.next() * totalWeight;
    for (const district of DISTRICTS) {
      roll -= district[3];
      if (roll <= 0) return district;
    }
    return DISTRICTS[0]!;
  };
  const technicians: Technician[] = Array.from({ length: technicianCount }, (_, k) => {
    const depot = DEPOTS[k % DEPOTS.length]!;
    const skills = SKILLS.filter((_, s) => s === k % SKILLS.length || rng.next() < 0.35);
    const lunch = 12 * HOUR + (k % 3) * 0.5 * HOUR;
    return {
      id: `tech-${String(k + 1).padStart(2, '0')}`,
      start: depot,
      shift: { start: 8 * HOUR, end: (k % 5 === 0 ? 16 : 18) * HOUR },
      breaks: [{ start: lunch, end: lunch + 0.5 * HOUR }],
      skills,
      maxVisits: 12,
      capacity: 30,
      costPerKm: 4,
      costPerHour: 0,
    };
  });
  const visits: Visit[] = Array.from({ length: visitCount }, (_, k) => {
    const [, lat, lon] = pickDistrict();
    const kind = rng.next();
    const visit: Visit = {
      id: `wo-${String(k + 1).padStart(4, '0')}`,
      location: { lat: lat + (rng.next() - 0.5) * 0.04, lon: lon + (rng.next() - 0.5) * 0.05 },
      duration: (2 + rng.int(5)) * 15 * 60,
      requiredSkills: [SKILLS[rng.int(SKILLS.length)]!],
      demand: rng.int(4),
      priority: kind < 0.1 ? 3 : kind < 0.3 ? 2 : kind < 0.6 ? 1 : 0,
    };
    if (rng.next() < 0.45) {
      const from = (8 + 2 * rng.int(4)) * HOUR;
      visit.timeWindows = [{ start: from, end: from + 2 * HOUR }];
      if (rng.next() < 0.15) visit.timeWindows.push({ start: from + 4 * HOUR, end: from + 6 * HOUR });
    }
    if (visit.priority! >= 2) visit.latestFinish = (11 + rng.int(6)) * HOUR;
    if (visit.priority === 0 && rng.next() < 0.6) {
      visit.mandatory = false;
      visit.penalty = 60;
    }
    return visit;
  });
  // Started and confirmed work: the first visit of every third technician, and a second one for some.
  for (let k = 0; k < technicianCount; k += 3) {
    const tech = technicians[k]!;
    const first = visits[k]!;
    first.pinnedTechnician = tech.id;
    first.pinnedSequence = 1;
    first.requiredSkills = [tech.skills![0]!];
    delete first.timeWindows;
    delete first.latestFinish;
    const depot = DEPOTS[k % DEPOTS.length]!;
    first.location = { lat: depot.lat + 0.01, lon: depot.lon + 0.01 };
  }
  return { technicians, visits };
}
