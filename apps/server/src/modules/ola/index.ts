/**
 * Public entry of the OLA module (internal targets between teams, issue 4). The work-orders
 * module calls `recordOlaPhaseChange` in the transaction of every status transition.
 */
export { recordOlaPhaseChange } from './record-phase-change.ts';
