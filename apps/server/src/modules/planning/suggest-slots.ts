/**
 * Slot suggestions for an order: technicians who have the skill, cover the district and may
 * serve the customer; in their shifts (no holidays) over the next days, every gap where the
 * visit fits with travel; ranked by added travel and lateness against the SLA due time.
 */
import type { SlotCandidate, SlotSuggestionBody, SlotSuggestions } from '@usta/contracts/planning';
import { formatDayNumber, formatInstantWithOffset, parseDayNumber } from '@usta/core/calendar';
import { findSlots, promisedWindow, slotScore, technicianFitIssues } from '@usta/core/planning';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { findPlanningOrders } from '../work-orders/index.ts';
import { techniciansFor } from './board.ts';
import { calendarCache, loadOrderFacts, localDateOf, shiftOn } from './planning-context.ts';
import { selectVisits } from './visit-repository.ts';

const MINUTE = 60_000;
type Rejection = SlotSuggestions['rejected'][number];

export async function suggestSlots(
  db: Database,
  actor: Actor,
  workOrderId: string,
  input: Partial<SlotSuggestionBody> & { days: number; limit: number },
  now: number = Date.now(),
): Promise<SlotSuggestions> {
  const [order] = await findPlanningOrders(db, actor.organizationId, [workOrderId]);
  if (!order) throw notFound('work order');
  const facts = (await loadOrderFacts(db, actor.organizationId, [order], now)).get(order.id)!;
  const calendars = calendarCache(db, actor.organizationId);
  const company = await calendars(null);
  const firstDay = parseDayNumber(input.from ?? localDateOf(company, now))!;
  const durationMinutes = input.durationMinutes ?? facts.durationMinutes;
  const windowMs = (input.windowMinutes ?? 120) * MINUTE;
  const technicians = await techniciansFor(db, actor.organizationId, { technicianIds: input.technicianIds });
  const rejected: Rejection[] = [];
  const candidates: (SlotCandidate & { at: number })[] = [];
  const at = (n: number) => formatInstantWithOffset(n, company.timeZone);
  const orderFacts = {
    customerId: order.customerId,
    requiredSkillId: facts.requiredSkillId,
    minLevel: facts.minLevel,
    province: facts.province,
    district: facts.district,
    dueAt: facts.dueAt,
  };
  for (const tech of technicians) {
    const misfit = technicianFitIssues(tech, orderFacts)[0];
    if (misfit) {
      rejected.push({
        technicianId: tech.id,
        technicianName: tech.name,
        reason: misfit.code as Rejection['reason'],
      });
      continue;
    }
    const calendar = await calendars(tech.shiftCalendarId);
    let anyShift = false;
    let found = 0;
    for (let d = firstDay; d < firstDay + input.days; d++) {
      const shift = shiftOn(calendar, formatDayNumber(d));
      if (shift.spans.length === 0) continue;
      anyShift = true;
      const rows = await selectVisits(db, actor.organizationId, {
        from: shift.start,
        to: shift.end,
        technicianIds: [tech.id],
        activeOnly: true,
      });
      if (rows.length >= tech.maxJobsPerDay) continue;
      const stopOrders = await findPlanningOrders(
        db,
        actor.organizationId,
        rows.map((r) => r.workOrderId),
      );
      const stopFacts = await loadOrderFacts(db, actor.organizationId, stopOrders, now);
      const options = findSlots(
        {
          spans: shift.spans,
          startLocation: tech.startLocation,
          endLocation: tech.endLocation,
          stops: rows.map((r) => ({
            id: r.id,
            start: r.plannedStart.getTime(),
            end: r.plannedEnd.getTime(),
            location: stopFacts.get(r.workOrderId)?.location ?? null,
          })),
        },
        {
          location: facts.location,
          durationMs: durationMinutes * MINUTE,
          dueAt: facts.dueAt,
          notBefore: now,
        },
      );
      for (const option of options) {
        const window = promisedWindow(option.start, windowMs);
        found++;
        candidates.push({
          technicianId: tech.id,
          technicianName: tech.name,
          start: at(option.start),
          end: at(option.end),
          windowStart: at(window.start),
          windowEnd: at(window.end),
          addedTravelKm: round(option.addedKm),
          addedTravelMinutes: round(option.addedMinutes),
          latenessMinutes: Math.round(option.latenessMinutes),
          afterVisitId: option.afterId,
          beforeVisitId: option.beforeId,
          score: round(slotScore(option, now)),
          at: option.start,
        });
      }
    }
    if (found === 0) {
      rejected.push({
        technicianId: tech.id,
        technicianName: tech.name,
        reason: anyShift ? 'no_room' : 'no_shift',
      });
    }
  }
  candidates.sort((a, b) => a.score - b.score || a.at - b.at);
  return {
    workOrderId: order.id,
    dueAt: facts.dueAt === null ? null : at(facts.dueAt),
    durationMinutes,
    requiredSkillId: facts.requiredSkillId,
    candidates: candidates.slice(0, input.limit).map(({ at: _a, ...c }) => c),
    rejected,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
