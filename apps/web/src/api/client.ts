import i18n from '../i18n/index.ts';
import { browserRefreshLock, createApiClient } from './http-client.ts';
import { SessionStore } from './session-store.ts';

/** The one session and API client of the running app. */
export const session = new SessionStore();

export const api = createApiClient({
  fetch: (input, init) => globalThis.fetch(input, init),
  session,
  language: () => i18n.resolvedLanguage ?? i18n.language,
  refreshLock: browserRefreshLock,
});
