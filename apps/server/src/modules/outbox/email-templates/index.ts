import type { Locale } from '@usta/contracts/common';
import type { RenderedEmail } from './render-helpers.ts';
import { renderSlaEscalation } from './sla-escalation.ts';
import { renderTechnicianOnTheWay } from './technician-on-the-way.ts';
import { renderVisitChangedForTechnician } from './visit-changed-for-technician.ts';
import { renderVisitWindowForCustomer } from './visit-window-for-customer.ts';
import { renderWorkOrderAssignedToTechnician } from './work-order-assigned-to-technician.ts';
import { renderWorkOrderOpenedForRepresentative } from './work-order-opened-for-representative.ts';

export type { RenderedEmail } from './render-helpers.ts';

/** Each template in Turkish and English; the data keys each reads are listed in its own file. */
const TEMPLATES = {
  work_order_opened_for_representative: renderWorkOrderOpenedForRepresentative,
  work_order_assigned_to_technician: renderWorkOrderAssignedToTechnician,
  sla_escalation: renderSlaEscalation,
  visit_changed_for_technician: renderVisitChangedForTechnician,
  visit_window_for_customer: renderVisitWindowForCustomer,
  technician_on_the_way: renderTechnicianOnTheWay,
} satisfies Record<string, (locale: Locale, data: Record<string, unknown>) => RenderedEmail>;

export type EmailTemplate = keyof typeof TEMPLATES;
export const EMAIL_TEMPLATES = Object.keys(TEMPLATES) as EmailTemplate[];

export function isEmailTemplate(name: string): name is EmailTemplate {
  return Object.hasOwn(TEMPLATES, name);
}

export function renderEmail(
  template: EmailTemplate,
  locale: Locale,
  data: Record<string, unknown>,
): RenderedEmail {
  return TEMPLATES[template](locale, data);
}
