import type { Phase } from './phases.ts';

/**
 * Which phase may follow which. Forward along the main line, a few steps back where real jobs
 * go back (the technician must come again → planning; the customer rejects the work → parts and
 * labour), into waiting from any active phase, into cancelled from any unfinished phase.
 *
 * Leaving a waiting phase is not in this table alone: the order may also go back to the phase it
 * was in before waiting (its `resumePhase`), see `candidateTargets`.
 *
 * Deliberate gaps: nothing reaches `closed` except from `final_check`, and nothing reaches
 * `final_check` except from `customer_approval`, so every closed order went through both guards.
 * On-site work that used no parts may skip `parts_labour`; a workshop job (device brought in)
 * goes from `assignment` straight to `on_site` without `en_route`.
 */
export const TRANSITIONS: Readonly<Record<Phase, readonly Phase[]>> = {
  intake: ['pre_inspection', 'planning', 'waiting_customer', 'cancelled'],
  pre_inspection: ['planning', 'waiting_customer', 'waiting_parts', 'cancelled'],
  planning: ['assignment', 'waiting_customer', 'waiting_parts', 'cancelled'],
  assignment: ['en_route', 'on_site', 'planning', 'waiting_customer', 'waiting_parts', 'cancelled'],
  en_route: ['on_site', 'assignment', 'waiting_customer', 'cancelled'],
  on_site: [
    'parts_labour',
    'customer_approval',
    'planning',
    'waiting_customer',
    'waiting_parts',
    'cancelled',
  ],
  parts_labour: ['customer_approval', 'planning', 'waiting_customer', 'waiting_parts', 'cancelled'],
  customer_approval: ['final_check', 'parts_labour', 'waiting_customer', 'cancelled'],
  final_check: ['closed', 'parts_labour', 'planning', 'cancelled'],
  closed: ['planning'],
  waiting_customer: ['planning', 'waiting_parts', 'cancelled'],
  waiting_parts: ['planning', 'waiting_customer', 'cancelled'],
  cancelled: ['intake'],
};
