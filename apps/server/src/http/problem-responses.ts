import { problemSchema } from '@usta/contracts/common';
import type { ZodType } from 'zod';

/**
 * OpenAPI error answers of a route: RFC 9457 problem details under `application/problem+json`,
 * one shared `Problem` component. They document what `problem.ts` sends; they never serialize
 * it (sendProblem writes its own JSON), so a route's real errors cannot be trimmed by a schema.
 */
const problem = problemSchema.meta({ id: 'Problem' });

const DESCRIPTIONS = {
  400: 'Bad input (VALIDATION_FAILED): `errors` names each field by its path, with a Turkish or English message.',
  401: 'Not signed in, or the session has ended (UNAUTHENTICATED, SESSION_ENDED).',
  403: 'Signed in without the permission this needs (FORBIDDEN).',
  404: 'No such record in your company (NOT_FOUND); another company’s id answers exactly the same.',
  409: 'Conflict: a stale `version` (VERSION_CONFLICT, with the current record), a duplicate, or an Idempotency-Key reused with another body.',
  422: 'Understood but refused by a business rule (UNPROCESSABLE, with the reason and the field).',
} as const;

export type ProblemStatus = keyof typeof DESCRIPTIONS;

interface ProblemResponse {
  description: string;
  content: { 'application/problem+json': { schema: ZodType } };
}

/**
 * `response: { 200: thing, ...problemResponses([400, 401, 403, 404]) }`; `special` gives a status
 * a richer problem schema (e.g. a refused transition's `allowedTransitions`).
 */
export function problemResponses<S extends ProblemStatus>(
  statuses: readonly S[],
  special: Partial<Record<ProblemStatus, ZodType>> = {},
): Record<S, ProblemResponse> {
  const out = {} as Record<S, ProblemResponse>;
  for (const status of statuses) {
    out[status] = {
      description: DESCRIPTIONS[status],
      content: { 'application/problem+json': { schema: special[status] ?? problem } },
    };
  }
  return out;
}

/** A list or search: bad filters, not signed in, no permission. */
export const LIST_ERRORS = problemResponses([400, 401, 403]);
/** One record by id. */
export const READ_ERRORS = problemResponses([400, 401, 403, 404]);
/** A create: bad body, unknown referenced ids, duplicates, rules. */
export const CREATE_ERRORS = problemResponses([400, 401, 403, 404, 409, 422]);
/** An edit or action on a record (optimistic concurrency: 409 with the current record). */
export const WRITE_ERRORS = problemResponses([400, 401, 403, 404, 409, 422]);
