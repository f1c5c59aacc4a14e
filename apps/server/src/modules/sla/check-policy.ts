import type { FieldError } from '@usta/contracts/common';
import type { CreateSlaPolicyBody, EscalationRuleBody } from '@usta/contracts/sla';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { loadCalendar } from '../calendars/index.ts';
import { listStatusCodes } from '../work-orders/index.ts';
import { findUsersByIds } from './recipients.ts';

type Issue = Omit<FieldError, 'message'>;

/**
 * The checks the schema cannot make: the calendar and the users exist in this company, the
 * statuses in `clockByStatus` are the company's own. Each refusal names its field.
 */
export async function checkPolicyReferences(
  db: Database,
  organizationId: string,
  body: Partial<Pick<CreateSlaPolicyBody, 'calendarId' | 'clockByStatus'>> & {
    escalationRules?: EscalationRuleBody[] | undefined;
  },
): Promise<void> {
  const issues: Issue[] = [];
  if (body.calendarId) {
    try {
      await loadCalendar(db, organizationId, body.calendarId);
    } catch {
      issues.push({ path: 'calendarId', code: 'unknown_calendar' });
    }
  }
  if (body.clockByStatus && Object.keys(body.clockByStatus).length > 0) {
    const known = new Set(await listStatusCodes(db, organizationId));
    for (const code of Object.keys(body.clockByStatus)) {
      if (!known.has(code)) issues.push({ path: `clockByStatus.${code}`, code: 'unknown_status' });
    }
  }
  const userIds = new Set<string>();
  for (const rule of body.escalationRules ?? []) {
    for (const r of rule.recipients ?? []) if (r.startsWith('user:')) userIds.add(r.slice(5).toLowerCase());
  }
  if (userIds.size > 0) {
    const found = new Set((await findUsersByIds(db, organizationId, [...userIds])).map((u) => u.id));
    (body.escalationRules ?? []).forEach((rule, i) => {
      (rule.recipients ?? []).forEach((r, j) => {
        if (r.startsWith('user:') && !found.has(r.slice(5).toLowerCase())) {
          issues.push({ path: `escalationRules.${i}.recipients.${j}`, code: 'unknown_user' });
        }
      });
    });
  }
  const ids = new Set<string>();
  (body.escalationRules ?? []).forEach((rule, i) => {
    if (rule.id && ids.has(rule.id))
      issues.push({ path: `escalationRules.${i}.id`, code: 'duplicate_value' });
    if (rule.id) ids.add(rule.id);
  });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, issues);
}
