import { useEffect, useState, useSyncExternalStore } from 'react';
import { getSession } from '../db.ts';
import { useLocale } from '../i18n.ts';
import { useLive } from '../live.ts';
import { startBackgroundSync } from '../sync/engine.ts';
import { Job } from './Job.tsx';
import { Jobs } from './Jobs.tsx';
import { Login } from './Login.tsx';
import { Problems } from './Problems.tsx';

/** Hash routes: `#/`, `#/job/<id>/<tab>`, `#/problems`, `#/login` (after the session ended). Reloads and the worker's fallback need nothing else. */
function useHash(): string {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('hashchange', listener);
      return () => window.removeEventListener('hashchange', listener);
    },
    () => window.location.hash.slice(1) || '/',
  );
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export function App() {
  useLocale();
  const route = useHash();
  const session = useLive(async () => (await getSession()) ?? null);
  const [started, setStarted] = useState(false);
  const signedIn = Boolean(session);

  const alive = Boolean(session && !session.ended);

  useEffect(() => {
    if (!signedIn) return;
    return startBackgroundSync();
  }, [signedIn]);
  // A session that ends while the app is open keeps the day on screen (work goes on offline, the
  // banner says to sign in: `#/login`); one already ended when the app opens asks at once.
  useEffect(() => {
    if (alive) setStarted(true);
  }, [alive]);

  if (session === undefined) return null; // IndexedDB still opening
  if (!session || (session.ended && (!started || route === '/login'))) {
    return <Login ended={Boolean(session?.ended)} />;
  }
  const [, first, id, tab] = route.split('/');
  if (first === 'job' && id) return <Job id={id} tab={tab ?? 'info'} session={session} />;
  if (first === 'problems') return <Problems session={session} />;
  return <Jobs session={session} />;
}
