/**
 * One typed error for bad calendars and policies. `path` is a Zod-style array so the server can
 * report it in a problem+json body the same way it reports schema errors.
 */
export type ValidationCode =
  | 'invalid-time'
  | 'empty-interval'
  | 'overlapping-intervals'
  | 'unknown-time-zone'
  | 'no-working-time'
  | 'invalid-date'
  | 'duplicate-date'
  | 'not-positive'
  | 'invalid-value';

export interface ValidationIssue {
  path: (string | number)[];
  code: ValidationCode;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export class ValidationError extends Error {
  readonly code = 'VALIDATION_FAILED';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const first = issues[0];
    super(first ? `${formatPath(first.path)}: ${first.message}` : 'validation failed');
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

/** 'weeklyHours.mon[1].to' — for messages and logs; the server keeps the array. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}
