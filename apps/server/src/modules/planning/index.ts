/**
 * Public entry of the planning module (issue 6). Other modules use only these: the authorised-
 * customer row rule for technicians (customers/visibility.ts, work-orders' visibleTo).
 */
export { authorisedCustomerCondition, authorisedCustomerIdsOf } from './authorised-customers.ts';

/** Visits by technician/order/time, for the field app's day (modules/sync, issue 7). */
export { selectVisits, type VisitRow } from './visit-repository.ts';
