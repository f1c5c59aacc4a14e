import type { SlaPreview } from '@usta/contracts/sla';
import { formatInstantWithOffset, nextWorkingMoment } from '@usta/core/calendar';
import { createDefaultPolicy, type SlaTarget, slaState } from '@usta/core/sla';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { loadCalendar } from '../calendars/index.ts';

const DEFAULT_POLICY = createDefaultPolicy();

export interface PreviewInput {
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  calendarId?: string | undefined;
  receivedAt: string;
}

/**
 * The targets an order would get if it arrived now — the same `slaState` the orders use, fed
 * with a single "received" event, so the preview can never disagree with the real clock.
 */
export async function previewSla(db: Database, actor: Actor, input: PreviewInput): Promise<SlaPreview> {
  const calendar = await loadCalendar(db, actor.organizationId, input.calendarId);
  const receivedAt = Date.parse(input.receivedAt);
  const state = slaState(
    [{ type: 'received', at: receivedAt, priority: input.priority }],
    DEFAULT_POLICY,
    calendar,
    receivedAt,
  );
  const targets = DEFAULT_POLICY.targets[input.priority];
  const format = (instant: number | null | undefined) =>
    instant === null || instant === undefined ? null : formatInstantWithOffset(instant, calendar.timeZone);
  const describe = (target: SlaTarget | undefined) =>
    target ? { amount: target.amount, unit: target.unit } : null;
  return {
    priority: input.priority,
    calendarId: calendar.id,
    timeZone: calendar.timeZone,
    receivedAt: format(receivedAt)!,
    clockStartsAt: format(nextWorkingMoment(receivedAt, calendar))!,
    responseDueAt: format(state.firstResponse?.dueAt),
    resolutionDueAt: format(state.resolution?.dueAt),
    targets: { firstResponse: describe(targets?.firstResponse), resolution: describe(targets?.resolution) },
  };
}
