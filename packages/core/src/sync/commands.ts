import type { ReportField } from './fields.ts';
import type { FieldStep } from './steps.ts';

/**
 * The field app's commands as the rules see them (the same shape as `syncCommandSchema` of
 * `@usta/contracts/sync` after parsing; the contracts package depends on this one, not back).
 */
interface Envelope {
  commandId: string;
  deviceId: string;
  workOrderId: string;
  baseVersion: number;
  createdAt: string;
}

export type CoreSyncCommand = Envelope &
  (
    | { type: 'set_status'; payload: { step: FieldStep; at?: string | undefined; note?: string | undefined } }
    | { type: 'record_diagnosis'; payload: Partial<Record<ReportField, string | null | undefined>> }
    | { type: 'add_note'; payload: { text: string; visibility: 'internal' | 'customer' } }
    | {
        type: 'add_time_entry';
        payload: {
          startedAt: string;
          endedAt: string;
          description?: string | undefined;
          correctsCommandId?: string | undefined;
        };
      }
    | { type: 'use_part'; payload: { itemId: string; quantity: number; serialNumber?: string | undefined } }
    | { type: 'add_photo'; payload: { attachmentId: string; caption?: string | undefined } }
    | {
        type: 'capture_signature';
        payload: { signerName: string; attachmentId?: string | undefined; imageDataUrl?: string | undefined };
      }
    | { type: 'request_customer_confirmation'; payload: { token: string } }
  );

export type SyncRejection =
  | 'INVALID_COMMAND'
  | 'ORDER_NOT_FOUND'
  | 'NOT_ASSIGNED'
  | 'BASE_VERSION_AHEAD'
  | 'STATUS_NOT_ALLOWED'
  | 'ORDER_FINISHED'
  | 'ITEM_NOT_FOUND'
  | 'SERIAL_REQUIRED'
  | 'NO_VAN_WAREHOUSE'
  | 'ATTACHMENT_NOT_FOUND'
  | 'TIME_ENTRY_NOT_FOUND'
  | 'FORBIDDEN'
  | 'INTERNAL_ERROR';

/** The time a command says something happened: its own `at` for a step, else createdAt. */
export function commandTime(command: CoreSyncCommand): number {
  if (command.type === 'set_status' && command.payload.at) return Date.parse(command.payload.at);
  return Date.parse(command.createdAt);
}
