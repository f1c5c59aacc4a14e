/**
 * SLA engine: policies with defaults, the order's SLA state from its events, OLA targets and
 * escalation timing. Instants are epoch ms; durations are working-time ms. See docs/sla.md.
 */
export {
  ValidationError,
  type ValidationIssue,
  type ValidationResult,
} from '../calendar/validation-error.ts';
export { clockModeOf, INITIAL_PHASE } from './build-timeline.ts';
export {
  createDefaultEscalationRules,
  createDefaultPolicy,
  DEFAULT_TARGETS,
  type DefaultPolicyOptions,
  resolvePolicy,
} from './default-policy.ts';
export { type DueEscalation, type EscalationPlan, nextEscalationAt, planEscalations } from './escalation.ts';
export { type OlaEvent, type OlaState, olaState } from './ola-state.ts';
export { slaState } from './sla-state.ts';
export * from './types.ts';
export { assertValidPolicy, validatePolicy } from './validate-policy.ts';
