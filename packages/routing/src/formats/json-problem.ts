import type { Location, RoutingProblem, Technician, TimeSpan, Visit } from '../model/problem.ts';
import { ParseError } from './parse-error.ts';

export type MatrixSpec =
  | { type: 'haversine'; detourFactor?: number; speedKmh?: number }
  | { type: 'euclidean' }
  | { type: 'osrm'; url: string; profile?: string };

export interface JsonProblemFile {
  problem: RoutingProblem;
  matrix: MatrixSpec;
}

/**
 * Parse Usta's JSON problem format (docs/routing.md). Structural errors (bad JSON, wrong types,
 * missing fields) throw a `ParseError` with the line number; doubtful content (windows that
 * never open, skills nobody has) is left to the solver, which reports those visits unassigned.
 */
export function parseJsonProblem(text: string, file?: string): JsonProblemFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const lineMatch = /line (\d+)/.exec(message);
    const line = lineMatch ? Number(lineMatch[1]) : position ? lineOf(text, Number(position[1])) : 1;
    throw new ParseError(`invalid JSON: ${message}`, line, file);
  }
  const at = (path: string, id?: string) => {
    const needle = id === undefined ? -1 : text.indexOf(JSON.stringify(id));
    return (message: string) =>
      new ParseError(`${path}: ${message}`, needle >= 0 ? lineOf(text, needle) : 1, file);
  };
  if (!isObject(raw)) throw at('$')('expected an object');
  const techs = raw.technicians;
  const visits = raw.visits;
  if (!Array.isArray(techs)) throw at('$.technicians')('expected an array');
  if (!Array.isArray(visits)) throw at('$.visits')('expected an array');
  const problem: RoutingProblem = {
    technicians: techs.map((tech, k) => readTechnician(tech, `$.technicians[${k}]`, at)),
    visits: visits.map((visit, k) => readVisit(visit, `$.visits[${k}]`, at)),
  };
  const ids = new Set<string>();
  for (const visit of problem.visits) {
    if (ids.has(visit.id)) throw at('$.visits', visit.id)(`duplicate visit id ${visit.id}`);
    ids.add(visit.id);
  }
  return { problem, matrix: readMatrix(raw.matrix, at) };
}

type At = (path: string, id?: string) => (message: string) => ParseError;

function readMatrix(raw: unknown, at: At): MatrixSpec {
  if (raw === undefined) return { type: 'haversine' };
  if (!isObject(raw)) throw at('$.matrix')('expected an object');
  if (raw.type === 'osrm') {
    if (typeof raw.url !== 'string') throw at('$.matrix.url')('expected a URL string');
    return {
      type: 'osrm',
      url: raw.url,
      ...(typeof raw.profile === 'string' ? { profile: raw.profile } : {}),
    };
  }
  if (raw.type === 'euclidean') return { type: 'euclidean' };
  if (raw.type === 'haversine' || raw.type === undefined) {
    return {
      type: 'haversine',
      ...(typeof raw.detourFactor === 'number' ? { detourFactor: raw.detourFactor } : {}),
      ...(typeof raw.speedKmh === 'number' ? { speedKmh: raw.speedKmh } : {}),
    };
  }
  throw at('$.matrix.type')('expected haversine, euclidean or osrm');
}

function readTechnician(raw: unknown, path: string, at: At): Technician {
  if (!isObject(raw)) throw at(path)('expected an object');
  const id = readId(raw, path, at);
  const fail = at(path, id);
  const tech: Technician = {
    id,
    start: readLocation(raw.start, fail, 'start'),
    shift: readSpan(raw.shift, fail, 'shift'),
  };
  if (raw.end !== undefined) tech.end = readLocation(raw.end, fail, 'end');
  if (raw.breaks !== undefined) tech.breaks = readSpans(raw.breaks, fail, 'breaks');
  if (raw.skills !== undefined) tech.skills = readStrings(raw.skills, fail, 'skills');
  for (const key of ['maxVisits', 'capacity', 'costPerKm', 'costPerHour', 'fixedCost'] as const) {
    if (raw[key] !== undefined) tech[key] = readNumber(raw[key], fail, key);
  }
  return tech;
}

function readVisit(raw: unknown, path: string, at: At): Visit {
  if (!isObject(raw)) throw at(path)('expected an object');
  const id = readId(raw, path, at);
  const fail = at(path, id);
  const visit: Visit = {
    id,
    location: readLocation(raw.location, fail, 'location'),
    duration: readNumber(raw.duration ?? 0, fail, 'duration'),
  };
  if (visit.duration < 0) throw fail('duration must not be negative');
  if (raw.timeWindows !== undefined) visit.timeWindows = readSpans(raw.timeWindows, fail, 'timeWindows');
  if (raw.requiredSkills !== undefined)
    visit.requiredSkills = readStrings(raw.requiredSkills, fail, 'requiredSkills');
  for (const key of ['priority', 'latestFinish', 'demand', 'penalty', 'pinnedSequence'] as const) {
    if (raw[key] !== undefined) visit[key] = readNumber(raw[key], fail, key);
  }
  if (raw.mandatory !== undefined) {
    if (typeof raw.mandatory !== 'boolean') throw fail('mandatory: expected true or false');
    visit.mandatory = raw.mandatory;
  }
  if (raw.pinnedTechnician !== undefined) {
    if (typeof raw.pinnedTechnician !== 'string') throw fail('pinnedTechnician: expected a string');
    visit.pinnedTechnician = raw.pinnedTechnician;
  }
  return visit;
}

function readId(raw: Record<string, unknown>, path: string, at: At): string {
  if (typeof raw.id === 'string' && raw.id !== '') return raw.id;
  if (typeof raw.id === 'number') return String(raw.id);
  throw at(path)('id: expected a non-empty string');
}

function readLocation(raw: unknown, fail: (m: string) => ParseError, field: string): Location {
  if (isObject(raw) && typeof raw.lat === 'number' && typeof raw.lon === 'number')
    return { lat: raw.lat, lon: raw.lon };
  if (isObject(raw) && typeof raw.x === 'number' && typeof raw.y === 'number') return { x: raw.x, y: raw.y };
  throw fail(`${field}: expected {lat, lon} or {x, y}`);
}

function readSpan(raw: unknown, fail: (m: string) => ParseError, field: string): TimeSpan {
  if (isObject(raw) && typeof raw.start === 'number' && typeof raw.end === 'number') {
    return { start: raw.start, end: raw.end };
  }
  throw fail(`${field}: expected {start, end} in seconds`);
}

function readSpans(raw: unknown, fail: (m: string) => ParseError, field: string): TimeSpan[] {
  if (!Array.isArray(raw)) throw fail(`${field}: expected an array`);
  return raw.map((span) => readSpan(span, fail, field));
}

function readStrings(raw: unknown, fail: (m: string) => ParseError, field: string): string[] {
  if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) {
    throw fail(`${field}: expected an array of strings`);
  }
  return raw as string[];
}

function readNumber(raw: unknown, fail: (m: string) => ParseError, field: string): number {
  if (typeof raw !== 'number' || Number.isNaN(raw)) throw fail(`${field}: expected a number`);
  return raw;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineOf(text: string, position: number): number {
  let line = 1;
  for (let k = 0; k < position && k < text.length; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}
