import type { QueryClient } from '@tanstack/react-query';
import type { SessionStore } from '../api/session-store.ts';
import { applyLocale, currentLocale } from '../i18n/index.ts';

interface Invalidatable {
  invalidate(): Promise<unknown>;
}

/**
 * What follows from the session changing, wherever the change came from (login, a refresh,
 * a refused refresh on any request, logout): the user's language applies, and when a session
 * ends its cached data is dropped and the router re-checks the page, which sends it to login.
 */
export function wireSession(session: SessionStore, router: Invalidatable, queryClient: QueryClient) {
  let signedIn = session.get() !== null;
  return session.subscribe(() => {
    const current = session.get();
    if (current && current.user.locale !== currentLocale()) void applyLocale(current.user.locale);
    if (signedIn && !current) {
      queryClient.clear();
      void router.invalidate();
    }
    signedIn = current !== null;
  });
}
