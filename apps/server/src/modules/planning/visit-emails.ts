/**
 * Every visit change reaches the technician through the outbox; a changed promised window also
 * reaches the customer's contact (or the customer's first e-mail).
 */
import { formatInstantWithOffset } from '@usta/core/calendar';
import type { Executor } from '../../db/database.ts';
import { findContact } from '../customers/index.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { notifyTechnicianByPush } from '../push/index.ts';
import type { OrderFacts } from './planning-context.ts';
import type { TechnicianRecord } from './technician-repository.ts';
import type { VisitRow } from './visit-repository.ts';

export async function notifyVisitChange(
  tx: Executor,
  input: {
    organizationId: string;
    visit: VisitRow;
    technician: Pick<TechnicianRecord, 'id' | 'email' | 'name' | 'locale'>;
    facts: OrderFacts;
    change: 'planned' | 'moved' | 'cancelled';
    windowChanged: boolean;
    timeZone: string;
    /** The technician the visit was taken from, told that it is no longer theirs. */
    previousTechnician?: Pick<TechnicianRecord, 'id' | 'email' | 'name' | 'locale'> | undefined;
  },
): Promise<void> {
  const { visit, facts, timeZone } = input;
  const at = (d: Date | null) => (d ? formatInstantWithOffset(d.getTime(), timeZone) : undefined);
  const common = {
    number: facts.order.number,
    customerName: facts.order.customerName,
    address: [facts.addressLine, facts.district, facts.province].filter(Boolean).join(', '),
    start: at(visit.plannedStart),
    end: at(visit.plannedEnd),
    windowStart: at(visit.windowStart),
    windowEnd: at(visit.windowEnd),
    change: input.change,
    timeZone,
  };
  await enqueueEmail(tx, {
    organizationId: input.organizationId,
    to: input.technician.email,
    template: 'visit_changed_for_technician',
    locale: input.technician.locale === 'en' ? 'en' : 'tr',
    data: { ...common, recipientName: input.technician.name, complaint: facts.order.complaint },
    dedupeKey: `visit:${visit.id}:v${visit.version}:technician`,
  });
  // Issue 7: the technician's field app also hears it by Web Push where subscribed.
  await notifyTechnicianByPush(tx, {
    organizationId: input.organizationId,
    userId: input.technician.id,
    locale: input.technician.locale,
    kind: 'visit_changed',
    workOrderId: facts.order.id,
    number: facts.order.number,
    customerName: facts.order.customerName,
    change: input.change,
    start: common.start,
    dedupeKey: `visit:${visit.id}:v${visit.version}:technician`,
  });
  if (input.previousTechnician) {
    await enqueueEmail(tx, {
      organizationId: input.organizationId,
      to: input.previousTechnician.email,
      template: 'visit_changed_for_technician',
      locale: input.previousTechnician.locale === 'en' ? 'en' : 'tr',
      data: { ...common, change: 'cancelled', recipientName: input.previousTechnician.name },
      dedupeKey: `visit:${visit.id}:v${visit.version}:previous-technician`,
    });
    // Issue 7: …and their field app is told at once (and on the next sync) that the job is gone.
    await notifyTechnicianByPush(tx, {
      organizationId: input.organizationId,
      userId: input.previousTechnician.id,
      locale: input.previousTechnician.locale,
      kind: 'removed_from_plan',
      workOrderId: facts.order.id,
      number: facts.order.number,
      customerName: facts.order.customerName,
      change: 'visit_moved',
      start: common.start,
      dedupeKey: `visit:${visit.id}:v${visit.version}:previous-technician`,
    });
  }
  if (!input.windowChanged || !visit.windowStart) return;
  const contact = facts.order.contactId
    ? await findContact(tx, input.organizationId, facts.order.contactId)
    : null;
  const to = contact?.email ?? facts.customer?.emails[0];
  if (!to) return;
  await enqueueEmail(tx, {
    organizationId: input.organizationId,
    to,
    template: 'visit_window_for_customer',
    locale: 'tr',
    data: { ...common, recipientName: contact?.name ?? facts.order.customerName },
    dedupeKey: `visit:${visit.id}:v${visit.version}:customer`,
  });
}
