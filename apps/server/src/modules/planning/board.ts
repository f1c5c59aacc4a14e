/** The dispatch board for one day and a technician's daily/weekly plan. */
import type { Board, TechnicianPlan, UnassignedOrder } from '@usta/contracts/planning';
import { formatDayNumber, formatInstantWithOffset, parseDayNumber } from '@usta/core/calendar';
import { pathTravel } from '@usta/core/planning';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { listPlannableOrders } from '../work-orders/index.ts';
import { findTeam } from './manage-technicians.ts';
import { withOrders } from './manage-visits.ts';
import { calendarCache, loadOrderFacts, shiftOn } from './planning-context.ts';
import { toOrderSummary } from './present.ts';
import { loadTechnicians, type TechnicianRecord } from './technician-repository.ts';
import { selectVisits } from './visit-repository.ts';

export async function getTechnicianPlan(
  db: Database,
  actor: Actor,
  id: string,
  query: { from: string; to: string },
): Promise<TechnicianPlan> {
  // A technician (no planning:read) reads their own plan only; another's answers 404.
  if (!actor.permissions.has('planning:read') && id !== actor.userId) throw notFound('technician');
  const [technician] = await loadTechnicians(db, actor.organizationId, { ids: [id] });
  if (!technician) throw notFound('technician');
  const first = parseDayNumber(query.from)!;
  const last = parseDayNumber(query.to)!;
  if (last < first) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'to', code: 'end_before_start' }]);
  if (last - first > 31)
    throw new AppError('VALIDATION_FAILED', {}, [{ path: 'to', code: 'too_big' }], { maximum: 31 });
  const calendar = await calendarCache(db, actor.organizationId)(technician.shiftCalendarId);
  const shifts = [];
  for (let d = first; d <= last; d++) shifts.push(shiftOn(calendar, formatDayNumber(d)));
  const rows = await selectVisits(db, actor.organizationId, {
    from: shifts[0]!.start,
    to: shifts.at(-1)!.end,
    technicianIds: [id],
  });
  const visits = await withOrders(db, actor.organizationId, rows, calendar.timeZone);
  const at = (n: number) => formatInstantWithOffset(n, calendar.timeZone);
  return {
    technicianId: id,
    name: technician.name,
    from: query.from,
    to: query.to,
    days: shifts.map((s) => ({
      date: s.date,
      workingSpans: s.spans.map((w) => ({ start: at(w.start), end: at(w.end) })),
      holiday: s.holiday,
      visits: visits.filter((v) => {
        const start = Date.parse(v.plannedStart);
        return start >= s.start && start < s.end;
      }),
    })),
  };
}

/** Technicians of a team (members and lead), or all active technicians. */
export async function techniciansFor(
  db: Database,
  organizationId: string,
  selection: { teamId?: string | undefined; technicianIds?: readonly string[] | undefined },
): Promise<TechnicianRecord[]> {
  if (selection.teamId) {
    const team = await findTeam(db, organizationId, selection.teamId);
    if (!team) throw notFound('team');
    const ids = [...new Set([...(team.leadId ? [team.leadId] : []), ...team.memberIds])];
    return loadTechnicians(db, organizationId, { ids, activeOnly: true });
  }
  if (selection.technicianIds) {
    return loadTechnicians(db, organizationId, { ids: selection.technicianIds, activeOnly: true });
  }
  return loadTechnicians(db, organizationId, { activeOnly: true });
}

export async function getBoard(
  db: Database,
  actor: Actor,
  query: { date: string; teamId?: string },
): Promise<Board> {
  const technicians = await techniciansFor(db, actor.organizationId, { teamId: query.teamId });
  const calendars = calendarCache(db, actor.organizationId);
  const company = await calendars(null);
  const day = shiftOn(company, query.date);
  const rows = await selectVisits(db, actor.organizationId, {
    from: day.start,
    to: day.end,
    technicianIds: technicians.map((t) => t.id),
    activeOnly: true,
  });
  const visits = await withOrders(db, actor.organizationId, rows, company.timeZone);
  const at = (n: number) => formatInstantWithOffset(n, company.timeZone);
  const boardTechnicians = [];
  for (const t of technicians) {
    const shift = shiftOn(await calendars(t.shiftCalendarId), query.date);
    const own = visits.filter((v) => v.technicianId === t.id);
    const points = [
      ...(t.startLocation ? [t.startLocation] : []),
      ...own.flatMap((v) => (v.workOrder.location ? [v.workOrder.location] : [])),
      ...((t.endLocation ?? t.startLocation) ? [t.endLocation ?? t.startLocation!] : []),
    ];
    const travel = pathTravel(points);
    boardTechnicians.push({
      id: t.id,
      name: t.name,
      skills: t.skills,
      regions: t.regions,
      startLocation: t.startLocation,
      endLocation: t.endLocation,
      maxJobsPerDay: t.maxJobsPerDay,
      workingSpans: shift.spans.map((w) => ({ start: at(w.start), end: at(w.end) })),
      holiday: shift.holiday,
      visits: own,
      travel: { distanceKm: round(travel.km), minutes: round(travel.minutes) },
    });
  }
  return {
    date: query.date,
    timeZone: company.timeZone,
    teamId: query.teamId ?? null,
    technicians: boardTechnicians,
    unassigned: await listUnassigned(db, actor.organizationId, company.timeZone),
  };
}

/** Plannable orders without an active visit, by SLA due time (none last). */
export async function listUnassigned(db: Database, organizationId: string, timeZone: string) {
  const orders = await listPlannableOrders(db, organizationId);
  const active = await selectVisits(db, organizationId, {
    workOrderIds: orders.map((o) => o.id),
    activeOnly: true,
  });
  const planned = new Set(active.map((v) => v.workOrderId));
  const open = orders.filter((o) => !planned.has(o.id));
  const facts = await loadOrderFacts(db, organizationId, open);
  const items: (UnassignedOrder & { due: number })[] = [];
  for (const o of open) {
    const f = facts.get(o.id)!;
    items.push({
      ...toOrderSummary(f, timeZone),
      requiredSkillId: f.requiredSkillId,
      requiredLevel: f.minLevel,
      durationMinutes: f.durationMinutes,
      due: f.dueAt ?? Number.POSITIVE_INFINITY,
    });
  }
  return items.sort((a, b) => a.due - b.due).map(({ due: _d, ...rest }) => rest);
}

export const round = (n: number) => Math.round(n * 10) / 10;
