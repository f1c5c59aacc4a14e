export { type CoreSyncCommand, commandTime, type SyncRejection } from './commands.ts';
export {
  decideCommand,
  type SyncDecision,
  type SyncEffect,
  type SyncEnvironment,
  type SyncOrderView,
} from './decide.ts';
export {
  type FieldOutcome,
  type FieldState,
  type FieldWrite,
  isNewer,
  REPORT_FIELDS,
  type ReportField,
  resolveField,
} from './fields.ts';
export { REJECTION_TEXTS } from './messages.ts';
export {
  applyBatch,
  applyCommand,
  applyOfficeEdit,
  type CommandResult,
  convergentView,
  type OfficeEdit,
  type StoredOutcome,
  type SyncActor,
  type SyncModel,
  type SyncModelOrder,
  toThousandths,
} from './reducer.ts';
export {
  decideStep,
  FIELD_STEPS,
  type FieldStep,
  type LabourTimes,
  labourFrom,
  nextSteps,
  STEP_TARGET,
  type StepDecision,
} from './steps.ts';
