export * from './detail.ts';
export * from './settings.ts';
export * from './transitions.ts';
export * from './work-orders.ts';
