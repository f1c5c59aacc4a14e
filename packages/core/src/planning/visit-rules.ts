/**
 * Whether a visit may go where a planner puts it: the same rules for create, move, the board's
 * check before a drop, and slot suggestions. Instants are epoch ms.
 */
import { sameRegionName } from './istanbul-districts.ts';

export interface Span {
  start: number;
  end: number;
}

export interface VisitDraft {
  plannedStart: number;
  plannedEnd: number;
  windowStart: number | null;
  windowEnd: number | null;
}

export interface TechnicianFacts {
  skills: readonly { skillId: string; level: number }[];
  regions: readonly { province: string; district: string }[];
  /** Empty = every customer. */
  authorisedCustomerIds: readonly string[];
  maxJobsPerDay: number;
}

export interface OrderFacts {
  customerId: string;
  requiredSkillId: string | null;
  minLevel: number;
  province: string | null;
  district: string | null;
  /** SLA resolution due time, or null. */
  dueAt: number | null;
}

export interface DayFacts {
  /** Working spans of the technician's calendar on the visit's day. */
  workingSpans: readonly Span[];
  /** The holiday's name when the day is a holiday. */
  holiday: string | null;
  /** The technician's other active visits around it (not the visit itself). */
  otherVisits: readonly Span[];
  /** Active visits of the technician that day, without this one. */
  jobsThatDay: number;
}

export type VisitIssueCode =
  | 'window_end_before_start'
  | 'planned_end_before_start'
  | 'outside_window'
  | 'outside_shift'
  | 'holiday'
  | 'missing_skill'
  | 'outside_region'
  | 'not_authorised_customer'
  | 'overlap'
  | 'sla_breach'
  | 'max_jobs_exceeded';

export interface VisitRuleIssue {
  code: VisitIssueCode;
  severity: 'error' | 'warning';
  path: string;
}

/** Skill, authorisation and region: whether the technician may take the order at all. */
export function technicianFitIssues(tech: TechnicianFacts, order: OrderFacts): VisitRuleIssue[] {
  const issues: VisitRuleIssue[] = [];
  if (order.requiredSkillId && !hasSkill(tech, order.requiredSkillId, order.minLevel)) {
    issues.push({ code: 'missing_skill', severity: 'error', path: 'technicianId' });
  }
  if (tech.authorisedCustomerIds.length > 0 && !tech.authorisedCustomerIds.includes(order.customerId)) {
    issues.push({ code: 'not_authorised_customer', severity: 'error', path: 'technicianId' });
  }
  if (!coversRegion(tech, order.province, order.district)) {
    issues.push({ code: 'outside_region', severity: 'warning', path: 'technicianId' });
  }
  return issues;
}

export function hasSkill(tech: Pick<TechnicianFacts, 'skills'>, skillId: string, minLevel: number): boolean {
  return tech.skills.some((s) => s.skillId === skillId && s.level >= minLevel);
}

/** No regions = the whole company area; an order without a district fits anywhere. */
export function coversRegion(
  tech: Pick<TechnicianFacts, 'regions'>,
  province: string | null,
  district: string | null,
): boolean {
  if (tech.regions.length === 0 || !district) return true;
  return tech.regions.some(
    (r) => sameRegionName(r.district, district) && (!province || sameRegionName(r.province, province)),
  );
}

/** Inside the day's shift: starts in working time and ends by the day's last closing time. */
export function insideShift(spans: readonly Span[], start: number, end: number): boolean {
  if (spans.length === 0) return false;
  const startsInSpan = spans.some((s) => s.start <= start && start < s.end);
  const dayEnd = Math.max(...spans.map((s) => s.end));
  return startsInSpan && end <= dayEnd;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every rule, errors first; an empty list means the visit may be saved as it is. */
export function checkVisitRules(
  draft: VisitDraft,
  tech: TechnicianFacts,
  order: OrderFacts,
  day: DayFacts,
): VisitRuleIssue[] {
  const issues: VisitRuleIssue[] = [];
  const { plannedStart, plannedEnd, windowStart, windowEnd } = draft;
  if (windowStart !== null && windowEnd !== null && windowEnd <= windowStart) {
    issues.push({ code: 'window_end_before_start', severity: 'error', path: 'windowEnd' });
  }
  if (plannedEnd <= plannedStart) {
    issues.push({ code: 'planned_end_before_start', severity: 'error', path: 'plannedEnd' });
    return issues;
  }
  if (day.holiday !== null) {
    issues.push({ code: 'holiday', severity: 'error', path: 'plannedStart' });
  } else if (!insideShift(day.workingSpans, plannedStart, plannedEnd)) {
    issues.push({ code: 'outside_shift', severity: 'error', path: 'plannedStart' });
  }
  issues.push(...technicianFitIssues(tech, order));
  if (day.otherVisits.some((v) => overlaps(v, { start: plannedStart, end: plannedEnd }))) {
    issues.push({ code: 'overlap', severity: 'error', path: 'plannedStart' });
  }
  if (
    windowStart !== null &&
    windowEnd !== null &&
    windowEnd > windowStart &&
    (plannedStart < windowStart || plannedStart >= windowEnd)
  ) {
    issues.push({ code: 'outside_window', severity: 'warning', path: 'plannedStart' });
  }
  if (order.dueAt !== null && plannedEnd > order.dueAt) {
    issues.push({ code: 'sla_breach', severity: 'warning', path: 'plannedEnd' });
  }
  if (day.jobsThatDay + 1 > tech.maxJobsPerDay) {
    issues.push({ code: 'max_jobs_exceeded', severity: 'warning', path: 'technicianId' });
  }
  return issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
