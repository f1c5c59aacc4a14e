import type { SyncChanges } from '@usta/contracts/sync';
import Dexie, { type EntityTable } from 'dexie';
import type {
  CachedFile,
  DeviceOwner,
  FieldOrder,
  PendingCommand,
  PendingUpload,
  RejectedCommand,
  Session,
} from './types.ts';

type StockSnapshot = SyncChanges['stock'];

interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * Everything the phone keeps, in IndexedDB. The queue is ordered by `seq` (auto-increment), the
 * order the technician did things in; it is the only copy of unsent work, so nothing here is
 * ever cleared except by the server's answer.
 */
export class FieldDb extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  orders!: EntityTable<FieldOrder, 'id'>;
  queue!: EntityTable<PendingCommand, 'seq'>;
  uploads!: EntityTable<PendingUpload, 'id'>;
  rejected!: EntityTable<RejectedCommand, 'commandId'>;
  /** Office attachments kept for offline viewing (opened once, or fetched with the day). */
  files!: EntityTable<CachedFile, 'id'>;

  constructor(name = 'usta-field') {
    super(name);
    this.version(1).stores({
      meta: 'key',
      orders: 'id, sortKey',
      queue: '++seq, commandId, workOrderId',
      uploads: 'id, workOrderId',
      rejected: 'commandId, workOrderId',
    });
    this.version(2).stores({ files: 'id, workOrderId' });
  }
}

export const db = new FieldDb();

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

export const getSession = () => getMeta<Session>('session');
export const getStock = () => getMeta<StockSnapshot>('stock');
/** Whose work is on this phone: the user who last signed in (kept after sign-out). */
export const getOwner = () => getMeta<DeviceOwner>('owner');

/** A stable id for this installation of the app (the commands' `deviceId`). */
export async function deviceId(): Promise<string> {
  const known = await getMeta<string>('deviceId');
  if (known) return known;
  const id = `field-${crypto.randomUUID()}`;
  await setMeta('deviceId', id);
  return id;
}
