/**
 * Independent feasibility checker for Solomon-convention solutions. It shares no code with the
 * solver (not even the parser), so a solver bug cannot hide behind the same mistake here.
 */
export interface SolomonCheck {
  feasible: boolean;
  errors: string[];
  vehicles: number;
  distance: number;
}

interface Row {
  x: number;
  y: number;
  demand: number;
  ready: number;
  due: number;
  service: number;
}

const TOLERANCE = 1e-6;

export function checkSolomonSolution(fileText: string, routes: number[][]): SolomonCheck {
  const lines = fileText.split('\n').map((line) => line.trim());
  const header = lines.findIndex((line) => line.startsWith('NUMBER'));
  const [fleet, capacity] = (lines[header + 1] ?? '').split(/\s+/).map(Number) as [number, number];
  const rows = new Map<number, Row>();
  for (const line of lines.slice(header + 2)) {
    const cells = line.split(/\s+/).map(Number);
    if (cells.length !== 7 || cells.some(Number.isNaN)) continue;
    const [id, x, y, demand, ready, due, service] = cells as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    rows.set(id, { x, y, demand, ready, due, service });
  }
  const depot = rows.get(0)!;
  const errors: string[] = [];
  const seen = new Map<number, number>();
  let distance = 0;
  let vehicles = 0;
  const length = (a: Row, b: Row) => Math.hypot(a.x - b.x, a.y - b.y);
  routes.forEach((route, r) => {
    if (route.length === 0) return;
    vehicles++;
    let time = depot.ready;
    let load = 0;
    let at = depot;
    for (const id of route) {
      const row = rows.get(id);
      if (!row || id === 0) {
        errors.push(`route ${r}: unknown customer ${id}`);
        continue;
      }
      seen.set(id, (seen.get(id) ?? 0) + 1);
      const leg = length(at, row);
      distance += leg;
      time = Math.max(time + leg, row.ready);
      if (time > row.due + TOLERANCE)
        errors.push(`route ${r}: customer ${id} starts at ${time} > due ${row.due}`);
      time += row.service;
      load += row.demand;
      at = row;
    }
    const home = length(at, depot);
    distance += home;
    if (time + home > depot.due + TOLERANCE)
      errors.push(`route ${r}: returns at ${time + home} > ${depot.due}`);
    if (load > capacity + TOLERANCE) errors.push(`route ${r}: load ${load} > capacity ${capacity}`);
  });
  for (const id of rows.keys()) {
    if (id === 0) continue;
    const count = seen.get(id) ?? 0;
    if (count !== 1) errors.push(`customer ${id} served ${count} times`);
  }
  if (vehicles > fleet) errors.push(`${vehicles} vehicles used, fleet has ${fleet}`);
  return { feasible: errors.length === 0, errors, vehicles, distance };
}
