import type { RoutingProblem } from '../model/problem.ts';
import { ParseError } from './parse-error.ts';

export interface SolomonNode {
  id: number;
  x: number;
  y: number;
  demand: number;
  ready: number;
  due: number;
  service: number;
}

export interface SolomonInstance {
  name: string;
  vehicles: number;
  capacity: number;
  /** Node 0 is the depot; its due time is the planning horizon. */
  nodes: SolomonNode[];
}

/** Parse a Solomon / Gehring–Homberger file (CRLF or LF, any whitespace between columns). */
export function parseSolomon(text: string, file?: string): SolomonInstance {
  const lines = text.split(/\r?\n/);
  const name = lines[0]?.trim() ?? '';
  if (!name) throw new ParseError('expected the instance name', 1, file);
  let fleetLine = -1;
  for (let k = 0; k < lines.length; k++) {
    if (/^\s*NUMBER\s+CAPACITY\s*$/i.test(lines[k]!)) fleetLine = k + 1;
  }
  if (fleetLine < 0) throw new ParseError('expected a "NUMBER CAPACITY" header', lines.length, file);
  const fleet = numbers(lines[fleetLine], fleetLine + 1, 2, file);
  const [vehicles, capacity] = fleet as [number, number];
  if (!Number.isInteger(vehicles) || vehicles < 1) {
    throw new ParseError('the fleet size must be a positive integer', fleetLine + 1, file);
  }
  const nodes: SolomonNode[] = [];
  for (let k = fleetLine + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (!/^\s*-?\d/.test(line)) {
      if (nodes.length > 0 && line.trim() !== '')
        throw new ParseError(`unexpected text "${line.trim()}"`, k + 1, file);
      continue;
    }
    const [id, x, y, demand, ready, due, service] = numbers(line, k + 1, 7, file) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (id !== nodes.length) throw new ParseError(`expected node ${nodes.length}, found ${id}`, k + 1, file);
    if (demand < 0 || service < 0)
      throw new ParseError('demand and service time must not be negative', k + 1, file);
    nodes.push({ id, x, y, demand, ready, due, service });
  }
  if (nodes.length < 2)
    throw new ParseError('expected a depot and at least one customer', lines.length, file);
  return { name, vehicles, capacity, nodes };
}

function numbers(line: string | undefined, lineNumber: number, count: number, file?: string): number[] {
  const parts = (line ?? '').trim().split(/\s+/).filter(Boolean);
  const values = parts.map(Number);
  if (parts.length !== count || values.some((value) => !Number.isFinite(value))) {
    throw new ParseError(`expected ${count} numbers, found "${(line ?? '').trim()}"`, lineNumber, file);
  }
  return values;
}

/** The literature's convention: every customer mandatory, waiting allowed, fleet from the file. */
export function solomonToProblem(instance: SolomonInstance): RoutingProblem {
  const depot = instance.nodes[0]!;
  const technicians = Array.from({ length: instance.vehicles }, (_, k) => ({
    id: `v${k + 1}`,
    start: { x: depot.x, y: depot.y },
    shift: { start: depot.ready, end: depot.due },
    capacity: instance.capacity,
  }));
  const visits = instance.nodes.slice(1).map((node) => ({
    id: String(node.id),
    location: { x: node.x, y: node.y },
    duration: node.service,
    timeWindows: [{ start: node.ready, end: node.due }],
    demand: node.demand,
  }));
  return { technicians, visits };
}
