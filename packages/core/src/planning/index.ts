/** Planning desk rules (issue 6): travel estimates, district centres, visit rules, slot search. */
export * from './geo.ts';
export * from './istanbul-districts.ts';
export * from './slots.ts';
export * from './visit-rules.ts';
