import type { SlaPreview } from '@usta/contracts/sla';
import { formatInstantWithOffset, nextWorkingMoment } from '@usta/core/calendar';
import { type SlaTarget, slaState } from '@usta/core/sla';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { loadCalendar } from '../calendars/index.ts';
import { selectPolicy } from './policy-repository.ts';
import { corePolicyOf, resolvePolicy } from './resolve-policy.ts';

export interface PreviewInput {
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  calendarId?: string | undefined;
  policyId?: string | undefined;
  contractId?: string | undefined;
  customerId?: string | undefined;
  receivedAt: string;
}

/**
 * The targets an order would get if it arrived now — the same `slaState` the orders use, fed
 * with a single "received" event, so the preview can never disagree with the real clock.
 */
export async function previewSla(db: Database, actor: Actor, input: PreviewInput): Promise<SlaPreview> {
  const policyId = input.policyId ?? input.contractId;
  const field = input.policyId ? 'policyId' : 'contractId';
  const policyRow = policyId
    ? await selectPolicy(db, actor.organizationId, policyId)
    : await resolvePolicy(db, actor.organizationId, { customerId: input.customerId ?? null });
  if (!policyRow) throw new AppError('VALIDATION_FAILED', {}, [{ path: field, code: 'not_found' }]);
  const policy = corePolicyOf(policyRow);
  // An unknown (or another company's) calendar answers 404 like any unknown id.
  const calendar = await loadCalendar(
    db,
    actor.organizationId,
    input.calendarId ?? policyRow.calendarId ?? undefined,
  );
  const receivedAt = Date.parse(input.receivedAt);
  const state = slaState(
    [{ type: 'received', at: receivedAt, priority: input.priority }],
    policy,
    calendar,
    receivedAt,
  );
  const targets = policy.targets[input.priority];
  const format = (instant: number | null | undefined) =>
    instant === null || instant === undefined ? null : formatInstantWithOffset(instant, calendar.timeZone);
  const describe = (target: SlaTarget | undefined) =>
    target ? { amount: target.amount, unit: target.unit } : null;
  return {
    priority: input.priority,
    policyId: policyRow.id,
    calendarId: calendar.id,
    timeZone: calendar.timeZone,
    receivedAt: format(receivedAt)!,
    clockStartsAt: format(nextWorkingMoment(receivedAt, calendar))!,
    responseDueAt: format(state.firstResponse?.dueAt),
    resolutionDueAt: format(state.resolution?.dueAt),
    targets: { firstResponse: describe(targets?.firstResponse), resolution: describe(targets?.resolution) },
  };
}
