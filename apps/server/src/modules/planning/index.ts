/**
 * Public entry of the planning module (issue 6). Other modules use only these: the authorised-
 * customer row rule for technicians (customers/visibility.ts, work-orders' visibleTo).
 */
export { authorisedCustomerCondition, authorisedCustomerIdsOf } from './authorised-customers.ts';
