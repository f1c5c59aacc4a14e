export * from './contacts.ts';
export * from './customers.ts';
export * from './fields.ts';
