export * from './areas.ts';
export * from './permissions.ts';
export * from './roles.ts';
