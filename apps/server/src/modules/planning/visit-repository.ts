import type { Visit, VisitStatus } from '@usta/contracts/planning';
import { formatInstantWithOffset } from '@usta/core/calendar';
import { and, asc, eq, gt, inArray, lt, notInArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { visits } from './tables.ts';

export type VisitRow = typeof visits.$inferSelect;
export const INACTIVE: VisitStatus[] = ['cancelled', 'no_show'];

export function toVisit(row: VisitRow, timeZone = 'Europe/Istanbul'): Visit {
  const at = (d: Date) => formatInstantWithOffset(d.getTime(), timeZone);
  return {
    id: row.id,
    workOrderId: row.workOrderId,
    technicianId: row.technicianId,
    plannedStart: at(row.plannedStart),
    plannedEnd: at(row.plannedEnd),
    windowStart: row.windowStart ? at(row.windowStart) : null,
    windowEnd: row.windowEnd ? at(row.windowEnd) : null,
    status: row.status as VisitStatus,
    pinned: row.pinned,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function findVisit(db: Executor, organizationId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(visits)
    .where(and(eq(visits.organizationId, organizationId), eq(visits.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export interface VisitFilter {
  from?: number;
  to?: number;
  technicianIds?: readonly string[];
  workOrderIds?: readonly string[];
  status?: VisitStatus;
  activeOnly?: boolean;
}

export async function selectVisits(db: Executor, organizationId: string, filter: VisitFilter) {
  const conditions: (SQL | undefined)[] = [eq(visits.organizationId, organizationId)];
  if (filter.from !== undefined) conditions.push(gt(visits.plannedEnd, new Date(filter.from)));
  if (filter.to !== undefined) conditions.push(lt(visits.plannedStart, new Date(filter.to)));
  if (filter.technicianIds) conditions.push(inArray(visits.technicianId, [...filter.technicianIds, NIL]));
  if (filter.workOrderIds) conditions.push(inArray(visits.workOrderId, [...filter.workOrderIds, NIL]));
  if (filter.status) conditions.push(eq(visits.status, filter.status));
  if (filter.activeOnly) conditions.push(notInArray(visits.status, INACTIVE));
  return db
    .select()
    .from(visits)
    .where(and(...conditions))
    .orderBy(asc(visits.plannedStart), asc(visits.id))
    .limit(5000);
}

const NIL = '00000000-0000-0000-0000-000000000000';

/** Turns the exclusion constraint's refusal into the 409 the API promises. */
export function mapOverlap(error: unknown): never {
  const cause =
    (error as { cause?: { code?: string; constraint?: string } }).cause ?? (error as { code?: string });
  if ((cause as { code?: string }).code === '23P01') {
    throw new AppError('VISIT_OVERLAP', {}, [{ path: 'plannedStart', code: 'overlap' }]);
  }
  throw error;
}
