import type { Me } from '@usta/contracts/auth';
import { db, getOwner, getSession, setMeta } from '../db.ts';
import type { DeviceOwner } from '../types.ts';

/** What one technician left on this phone that nobody else may send or see. */
export interface WaitingWork {
  owner: DeviceOwner | null;
  /** Commands not yet answered by the server. */
  commands: number;
  /** Photos not fully uploaded. */
  uploads: number;
  /** Rejections the technician has not read yet. */
  problems: number;
  total: number;
}

/** Another technician signed in while the first one's work still waits on the phone. */
export class SwitchBlockedError extends Error {
  constructor(readonly work: WaitingWork) {
    super('switch blocked');
  }
}

/** The owner of the phone's data: the last user who signed in (older installs: the session's user). */
export async function currentOwner(): Promise<DeviceOwner | null> {
  const owner = await getOwner();
  if (owner) return owner;
  const session = await getSession();
  return session ? { id: session.user.id, name: session.user.name, email: session.user.email } : null;
}

export async function waitingWork(): Promise<WaitingWork> {
  const [owner, commands, uploads, problems] = await Promise.all([
    currentOwner(),
    db.queue.count(),
    db.uploads.filter((u) => !u.attachmentId).count(),
    db.rejected.filter((r) => !r.acknowledged).count(),
  ]);
  return { owner, commands, uploads, problems, total: commands + uploads + problems };
}

/**
 * Called at sign-in with the server's answer, before the session is stored. The same user (or
 * a phone with nothing waiting) goes on; another user while the first one's work waits is
 * refused: that work is sent only under its owner's session and is never dropped. When the
 * phone changes hands with nothing waiting, the previous technician's day is cleared so the new
 * one starts from a full sync.
 */
export async function claimDevice(user: Pick<Me, 'id' | 'name' | 'email'>): Promise<void> {
  const owner = await currentOwner();
  if (owner && owner.id !== user.id) {
    const work = await waitingWork();
    if (work.total > 0) throw new SwitchBlockedError(work);
    await db.transaction('rw', [db.orders, db.rejected, db.uploads, db.files, db.meta], async () => {
      await Promise.all([db.orders.clear(), db.rejected.clear(), db.uploads.clear(), db.files.clear()]);
      await db.meta.bulkDelete(['cursor', 'stock', 'notifications', 'lastSyncAt']);
    });
  }
  await setMeta('owner', { id: user.id, name: user.name, email: user.email } satisfies DeviceOwner);
}
