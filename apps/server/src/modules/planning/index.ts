/**
 * Public entry of the planning module (issue 6). Other modules use only these: the authorised-
 * customer row rule for technicians (customers/visibility.ts, work-orders' visibleTo).
 */
export { authorisedCustomerCondition, authorisedCustomerIdsOf } from './authorised-customers.ts';
/** Team leads by team id, for the SLA module's "notify the team lead" (issue 4); which ids are
 * the company's teams, for work orders' `teamId`. */
export { findCompanyTeamIds, findTeamLeads } from './team-leads.ts';
/** Visits by technician/order/time, for the field app's day (modules/sync, issue 7). */
export { selectVisits, type VisitRow } from './visit-repository.ts';
