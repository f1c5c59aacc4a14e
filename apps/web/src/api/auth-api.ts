import type { Me, TokenPair } from '@usta/contracts/auth';
import type { Locale } from '@usta/contracts/common';
import { api, session } from './client.ts';

export async function logIn(email: string, password: string): Promise<Me> {
  const pair = await api.request<TokenPair>('/api/v1/auth/login', {
    method: 'POST',
    body: { email, password },
    skipRefresh: true,
  });
  session.start(pair);
  return pair.user;
}

/** Ends the session on the server (which clears the cookie) and, whatever it answers, here. */
export async function logOut(): Promise<void> {
  try {
    await api.request<void>('/api/v1/auth/logout', { method: 'POST', body: {}, skipRefresh: true });
  } finally {
    session.end('logout');
  }
}

/** Called once when the app opens: the refresh cookie, if still valid, restores the session. */
export async function restoreSession(): Promise<boolean> {
  try {
    return await api.refreshSession();
  } catch {
    return false;
  }
}

export async function saveMyLocale(locale: Locale): Promise<Me> {
  const me = await api.request<Me>('/api/v1/me', { method: 'PATCH', body: { locale } });
  session.updateUser(me);
  return me;
}
