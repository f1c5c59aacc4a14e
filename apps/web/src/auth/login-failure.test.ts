import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import { loginFailureOf } from './login-failure.ts';

describe('loginFailureOf', () => {
  it('tells wrong credentials apart from other failures', () => {
    expect(loginFailureOf(new ApiError(401, null))).toEqual({ kind: 'invalid' });
    expect(loginFailureOf(new ApiError(500, null)).kind).toBe('other');
    expect(loginFailureOf(new TypeError('Failed to fetch')).kind).toBe('other');
  });

  it('turns Retry-After into the moment to try again', () => {
    expect(loginFailureOf(new ApiError(429, null, 899), 1_000)).toEqual({
      kind: 'rateLimited',
      retryAt: 900_000,
      waitSeconds: 899,
    });
  });

  it('assumes a minute when the server gives no Retry-After', () => {
    const failure = loginFailureOf(new ApiError(429, null, null), 0);
    expect(failure).toEqual({ kind: 'rateLimited', retryAt: 60_000, waitSeconds: 60 });
  });
});
