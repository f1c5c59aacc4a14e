export {
  allowedTransitions,
  applyTransition,
  candidateTargets,
  checkTransition,
  permissionsForMove,
  requiresReason,
  type TransitionActor,
  type TransitionCheck,
  type TransitionFailure,
  type TransitionFailureCode,
  type TransitionInput,
  type TransitionKind,
  type TransitionSuccess,
  type WorkOrderState,
} from './check-transition.ts';
export { WORK_ORDER_CHANNELS, WORK_ORDER_TYPES, type WorkOrderChannel, type WorkOrderType } from './kinds.ts';
export { checkParentLink, type LinkFailureCode } from './links.ts';
export { DEFAULT_TIME_ZONE, localDateAt, localYearAt } from './local-date.ts';
export {
  checkMerge,
  MERGE_PERMISSION,
  type MergeCandidate,
  type MergeCheck,
  type MergeFailureCode,
} from './merge.ts';
export {
  FINISHED_PHASES,
  type FinishedPhase,
  isFinishedPhase,
  isOpenPhase,
  isPhase,
  isWaitingPhase,
  MAIN_PHASES,
  PHASES,
  type Phase,
  SIDE_PHASES,
  WAITING_PHASES,
  type WaitingPhase,
} from './phases.ts';
export {
  DEFAULT_PRIORITY_MATRIX,
  FALLBACK_PRIORITY,
  type Impact,
  LEVELS,
  PRIORITIES,
  type Priority,
  type PriorityInput,
  type PriorityMatrix,
  priorityFor,
  priorityRank,
  resolvePriority,
  type Urgency,
} from './priority.ts';
export {
  allowedStatuses,
  DEFAULT_WORK_ORDER_STATUSES,
  defaultStatusForPhase,
  findStatus,
  findStatusSetProblems,
  type StatusSetProblem,
  type WorkOrderStatusDefinition,
} from './statuses.ts';
export { TRANSITIONS } from './transition-table.ts';
export {
  WARRANTY_STATUSES,
  type WarrantyDates,
  type WarrantyStatus,
  warrantyEndAfterMonths,
  warrantyStatusAt,
} from './warranty.ts';
export {
  formatWorkOrderNumber,
  isValidWorkOrderPrefix,
  parseWorkOrderNumber,
  SEQUENCE_DIGITS,
  type WorkOrderNumberParts,
} from './work-order-number.ts';
