import type { SessionStore } from './session-store.ts';

interface Channel {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

/**
 * A logout in one tab ends the session in every tab of this browser at once, instead of
 * leaving the others readable until their next request fails.
 */
export function shareLogout(
  session: SessionStore,
  openChannel: () => Channel | null = () =>
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('usta-session'),
): () => void {
  const channel = openChannel();
  if (!channel) return () => {};
  let receiving = false;
  let signedIn = session.get() !== null;

  channel.onmessage = (event) => {
    if (event.data !== 'logout') return;
    receiving = true;
    session.end('logout');
    receiving = false;
  };
  const unsubscribe = session.subscribe(() => {
    const nowSignedIn = session.get() !== null;
    // Tell the other tabs about a logout made here, not one they told us about.
    if (signedIn && !nowSignedIn && session.endReason === 'logout' && !receiving)
      channel.postMessage('logout');
    signedIn = nowSignedIn;
  });
  return () => {
    unsubscribe();
    channel.close();
  };
}
