import { describe, expect, it } from 'vitest';
import type { AuthContext } from './access.ts';
import { SessionCache, tokenExpiry } from './session-cache.ts';

const auth = { userId: 'u', organizationId: 'o', permissions: new Set() } as unknown as AuthContext;

describe('SessionCache', () => {
  it('serves an entry until its age bound', () => {
    const cache = new SessionCache(5_000);
    cache.set('t', auth, 1_000_000, cache.generation, 0);
    expect(cache.get('t', 4_999)).toBe(auth);
    expect(cache.get('t', 5_000)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('never serves a token past its own expiry, even inside the age bound', () => {
    const cache = new SessionCache(5_000);
    cache.set('t', auth, 1_000, cache.generation, 0);
    expect(cache.get('t', 999)).toBe(auth);
    expect(cache.get('t', 1_000)).toBeNull();
  });

  it('does not store a check that started before a clear (it may have read the old session)', () => {
    const cache = new SessionCache(5_000);
    const started = cache.generation;
    cache.clear();
    cache.set('t', auth, 1_000_000, started, 0);
    expect(cache.get('t', 1)).toBeNull();
    cache.set('t', auth, 1_000_000, cache.generation, 0);
    expect(cache.get('t', 1)).toBe(auth);
    cache.clear();
    expect(cache.get('t', 1)).toBeNull();
  });

  it('keeps nothing when switched off', () => {
    const cache = new SessionCache(0);
    cache.set('t', auth, 1_000_000, cache.generation, 0);
    expect(cache.get('t', 1)).toBeNull();
  });

  it('stays bounded in size', () => {
    const cache = new SessionCache(5_000);
    for (let i = 0; i < 10_050; i++) cache.set(`t${i}`, auth, 1_000_000, cache.generation, 0);
    expect(cache.size).toBeLessThanOrEqual(10_000);
    expect(cache.get('t10049', 1)).toBe(auth);
  });

  it('reads exp from a JWT, 0 when there is none', () => {
    const payload = Buffer.from(JSON.stringify({ exp: 1_800_000_000 })).toString('base64url');
    expect(tokenExpiry(`h.${payload}.s`)).toBe(1_800_000_000_000);
    expect(tokenExpiry('not a token')).toBe(0);
  });
});
