import type { FieldError } from '@usta/contracts/common';

/** The one error catalogue (STYLE.md habit 5): a stable code and its HTTP status, mapped once. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SESSION_ENDED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_EXISTS: 409,
  INVALID_TRANSITION: 409,
  APPROVAL_REQUIRED: 409,
  DIAGNOSIS_REQUIRED: 409,
  WORK_DONE_REQUIRED: 409,
  REASON_REQUIRED: 409,
  MERGE_REFUSED: 409,
  SLA_REVIEW_REQUIRED: 409,
  LINK_REFUSED: 409,
  VISIT_OVERLAP: 409,
  PLAN_STALE: 409,
  PLAN_NOT_READY: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  UNPROCESSABLE: 422,
  VISIT_REJECTED: 422,
  NO_TECHNICIANS: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type MessageParams = Record<string, string | number>;

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    readonly fieldErrors: Omit<FieldError, 'message'>[] = [],
    /** Extra members of the problem document, e.g. `allowedTransitions`, `current`. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(code);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (entity: string) => new AppError('NOT_FOUND', { entity });
export const forbidden = () => new AppError('FORBIDDEN');
export const versionConflict = (current: unknown) => new AppError('CONFLICT', {}, [], { current });
