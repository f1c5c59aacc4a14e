/** API schemas of the planning desk (issue 6). Server: apps/server/src/modules/planning. */
export * from './resources.ts';
export * from './suggestions.ts';
export * from './visits.ts';
