import type { TokenPair } from '@usta/contracts/auth';
import type {
  FieldOrder as ServerOrder,
  SyncCommandInput,
  SyncCommandResult,
  SyncCommandType,
} from '@usta/contracts/sync';

/** The signed-in technician, kept across reloads and offline. */
export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  /** When the refresh token stops working (login or last refresh + the server's TTL). */
  refreshExpiresAt: string;
  user: TokenPair['user'];
  /** Set when the server refused the refresh token: the app must go online and log in. */
  ended?: boolean;
}

export type FieldOrder = ServerOrder;

/** A command waiting in the queue (`seq` is its place in line). */
export interface PendingCommand {
  seq?: number;
  commandId: string;
  workOrderId: string;
  type: SyncCommandType;
  command: SyncCommandInput;
  /** A photo command waits for its upload to finish before it may be sent. */
  uploadId?: string;
  /** A human label for lists (e.g. the part's name), kept with the command. */
  label?: string;
  attempts: number;
  lastError?: string;
  /** Who recorded it: it is sent only under that user's session (a shared phone). */
  userId?: string;
}

/** The technician whose work is on this phone (the last one who signed in). */
export interface DeviceOwner {
  id: string;
  name: string;
  email: string;
}

/** An office attachment kept on the phone. */
export interface CachedFile {
  id: string;
  workOrderId: string | null;
  fileName: string | null;
  contentType: string;
  size: number;
  blob: Blob;
  cachedAt: string;
}

export interface PendingUpload {
  id: string;
  workOrderId: string;
  blob: Blob;
  contentType: string;
  size: number;
  fileName: string;
  /** Bytes the server confirmed (chunked, resumable). */
  sentBytes: number;
  attachmentId?: string;
  createdAt: string;
  lastError?: string;
  /** A small preview (data URL) for the job screen. */
  thumb: string;
  /** Who took it (see PendingCommand.userId). */
  userId?: string;
}

export interface RejectedCommand {
  commandId: string;
  workOrderId: string;
  type: SyncCommandType | 'corrupt';
  number: string;
  reason: NonNullable<SyncCommandResult['reason']> | { code: string; message: Bilingual; action: Bilingual };
  rejectedAt: string;
  summary: string;
  acknowledged: boolean;
}

export interface Bilingual {
  tr: string;
  en: string;
}
