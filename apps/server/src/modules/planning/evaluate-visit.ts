/**
 * The rules for one visit draft against the database's facts: the technician's profile and
 * shift calendar, the order's skill/region/customer/SLA, the technician's other visits that day.
 */
import type { VisitIssue } from '@usta/contracts/planning';
import { checkVisitRules, type VisitRuleIssue } from '@usta/core/planning';
import type { Database, Executor } from '../../db/database.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { fieldMessage } from '../../http/messages.ts';
import { loadCalendar } from '../calendars/index.ts';
import { findPlanningOrders } from '../work-orders/index.ts';
import { loadOrderFacts, localDateOf, type OrderFacts, shiftOn } from './planning-context.ts';
import { loadTechnicians, type TechnicianRecord } from './technician-repository.ts';
import { selectVisits } from './visit-repository.ts';

export interface VisitDraftInput {
  visitId?: string;
  workOrderId: string;
  technicianId: string;
  plannedStart: number;
  plannedEnd: number;
  windowStart: number | null;
  windowEnd: number | null;
}

export interface Evaluation {
  issues: VisitRuleIssue[];
  technician: TechnicianRecord;
  facts: OrderFacts;
  timeZone: string;
}

export async function evaluateVisit(
  db: Database,
  tx: Executor,
  organizationId: string,
  draft: VisitDraftInput,
): Promise<Evaluation> {
  const [technician] = await loadTechnicians(tx, organizationId, { ids: [draft.technicianId] });
  if (!technician) {
    throw new AppError('NOT_FOUND', { entity: 'technician' }, [{ path: 'technicianId', code: 'not_found' }]);
  }
  const [order] = await findPlanningOrders(tx, organizationId, [draft.workOrderId]);
  if (!order) throw notFound('work order');
  const facts = (await loadOrderFacts(db, organizationId, [order])).get(order.id)!;
  const calendar = await loadCalendar(db, organizationId, technician.shiftCalendarId ?? undefined);
  const day = shiftOn(calendar, localDateOf(calendar, draft.plannedStart));
  const others = (
    await selectVisits(tx, organizationId, {
      from: day.start,
      to: day.end,
      technicianIds: [technician.id],
      activeOnly: true,
    })
  ).filter((v) => v.id !== draft.visitId);
  const issues = checkVisitRules(
    draft,
    technician,
    {
      customerId: order.customerId,
      requiredSkillId: facts.requiredSkillId,
      minLevel: facts.minLevel,
      province: facts.province,
      district: facts.district,
      dueAt: facts.dueAt,
    },
    {
      workingSpans: day.spans,
      holiday: day.holiday,
      otherVisits: others.map((v) => ({ start: v.plannedStart.getTime(), end: v.plannedEnd.getTime() })),
      jobsThatDay: others.length,
    },
  );
  if (!technician.active) issues.unshift({ code: 'outside_shift', severity: 'error', path: 'technicianId' });
  return { issues, technician, facts, timeZone: calendar.timeZone };
}

export function toVisitIssues(issues: readonly VisitRuleIssue[], locale: 'tr' | 'en'): VisitIssue[] {
  return issues.map((i) => ({ ...i, message: fieldMessage(i.code, locale) }));
}

/** Errors stop a save: overlap → 409, anything else → 422 naming every reason. */
export function assertNoErrors(issues: readonly VisitRuleIssue[]): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return;
  if (errors.every((e) => e.code === 'overlap')) {
    throw new AppError('VISIT_OVERLAP', {}, [{ path: 'plannedStart', code: 'overlap' }]);
  }
  const rejected = errors.filter((e) => e.code !== 'overlap');
  throw new AppError(
    'VISIT_REJECTED',
    {
      reasonTr: rejected.map((e) => fieldMessage(e.code, 'tr')).join(' '),
      reasonEn: rejected.map((e) => fieldMessage(e.code, 'en')).join(' '),
    },
    errors.map((e) => ({ path: e.path, code: e.code })),
    { reasons: errors.map((e) => e.code) },
  );
}

/** A 422 for one reason outside the visit rules (finished visit, order not plannable…). */
export function rejectVisit(code: string, path: string): AppError {
  return new AppError(
    'VISIT_REJECTED',
    { reasonTr: fieldMessage(code, 'tr'), reasonEn: fieldMessage(code, 'en') },
    [{ path, code }],
    { reasons: [code] },
  );
}
