// Every module's tables, for drizzle-kit and for typed queries. Each module owns its own file.
export * from '../modules/attachments/tables.ts';
export * from '../modules/audit/tables.ts';
export * from '../modules/auth/tables.ts';
export * from '../modules/calendars/tables.ts';
export * from '../modules/customers/tables.ts';
export * from '../modules/devices/tables.ts';
export * from '../modules/organizations/tables.ts';
export * from '../modules/outbox/tables.ts';
export * from '../modules/planning/tables.ts';
export * from '../modules/platform/tables.ts';
export * from '../modules/push/tables.ts';
export * from '../modules/service-forms/tables.ts';
export * from '../modules/sla/tables.ts';
export * from '../modules/stock/tables.ts';
export * from '../modules/sync/tables.ts';
export * from '../modules/users/tables.ts';
export * from '../modules/work-orders/tables.ts';
