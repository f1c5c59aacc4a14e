import type { TokenPair } from '@usta/contracts/auth';
import { describe, expect, it } from 'vitest';
import { shareLogout } from './session-broadcast.ts';
import { SessionStore } from './session-store.ts';

const pair = {
  accessToken: 'a',
  accessTokenExpiresAt: '2030-01-01T00:00:00Z',
  user: { id: 'u', email: 'e', name: 'n', roles: [], permissions: [], areas: [], locale: 'tr' },
} as unknown as TokenPair;

/** Two tabs joined by an in-memory stand-in for BroadcastChannel. */
function twoTabs() {
  const channels: { onmessage: ((event: MessageEvent) => void) | null; posted: unknown[] }[] = [];
  const open = () => {
    const channel = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      posted: [] as unknown[],
      postMessage(message: unknown) {
        channel.posted.push(message);
        for (const other of channels)
          if (other !== channel) other.onmessage?.({ data: message } as MessageEvent);
      },
      close() {},
    };
    channels.push(channel);
    return channel;
  };
  const tabs = [new SessionStore(), new SessionStore()] as const;
  for (const tab of tabs) {
    tab.start(pair);
    shareLogout(tab, open);
  }
  return { tabs, channels };
}

describe('shareLogout', () => {
  it('ends the session in the other tab when one logs out', () => {
    const { tabs, channels } = twoTabs();
    tabs[0].end('logout');
    expect(tabs[1].get()).toBeNull();
    expect(tabs[1].endReason).toBe('logout');
    // The tab that was told does not echo the message back.
    expect(channels[1]?.posted).toEqual([]);
  });

  it('keeps an expiry to the tab it happened in', () => {
    const { tabs } = twoTabs();
    tabs[0].end('expired');
    expect(tabs[1].get()).not.toBeNull();
  });
});
