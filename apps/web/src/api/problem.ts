import type { FieldError, Problem } from '@usta/contracts/common';

/**
 * An error answer of the API. The server sends RFC 9457 problem details whose `detail` and
 * field messages are already in the language we asked for, so the UI can show them as they are.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  /** Seconds to wait before trying again, from `Retry-After` (429 and 503 answers). */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem | null, retryAfterSeconds: number | null = null) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get code(): string | null {
    return this.problem?.code ?? null;
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    return new ApiError(
      response.status,
      await readProblem(response),
      parseRetryAfter(response.headers.get('Retry-After')),
    );
  }
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const body: unknown = await response.json();
    return isProblem(body) ? body : null;
  } catch {
    return null;
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && 'title' in body;
}

/** `Retry-After` is either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
