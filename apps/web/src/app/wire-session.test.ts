import { QueryClient } from '@tanstack/react-query';
import type { TokenPair } from '@usta/contracts/auth';
import { describe, expect, it } from 'vitest';
import { SessionStore } from '../api/session-store.ts';
import i18n from '../i18n/index.ts';
import { wireSession } from './wire-session.ts';

function pair(locale: 'tr' | 'en'): TokenPair {
  return {
    accessToken: 'a',
    accessTokenExpiresAt: '2030-01-01T00:00:00Z',
    refreshToken: 'r',
    user: {
      id: 'u',
      email: 'e',
      name: 'n',
      roles: [],
      permissions: [],
      areas: [],
      locale,
      organization: { id: 'o', name: 'Demo Servis' },
    },
  };
}

describe('wireSession', () => {
  it("applies the user's language when a session starts", async () => {
    const session = new SessionStore();
    wireSession(session, { invalidate: async () => undefined }, new QueryClient());
    session.start(pair('en'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(i18n.language).toBe('en');
    session.start(pair('tr'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(i18n.language).toBe('tr');
  });

  it('drops cached data and re-checks the route when the session ends', () => {
    const session = new SessionStore();
    const queryClient = new QueryClient();
    let invalidated = 0;
    wireSession(session, { invalidate: async () => void invalidated++ }, queryClient);
    session.start(pair('tr'));
    queryClient.setQueryData(['users'], ['someone']);
    session.end('expired');
    expect(queryClient.getQueryData(['users'])).toBeUndefined();
    expect(invalidated).toBe(1);
  });
});
