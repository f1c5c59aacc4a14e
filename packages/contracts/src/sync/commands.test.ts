import { describe, expect, it } from 'vitest';
import { syncBatchBodySchema, syncCommandSchema } from './commands.ts';

const base = {
  commandId: '5b0d5a5e-6f0c-4d43-9b59-1f6f4b1c2a01',
  deviceId: 'phone-1',
  workOrderId: '5b0d5a5e-6f0c-4d43-9b59-1f6f4b1c2a02',
  baseVersion: 3,
  createdAt: '2026-12-03T09:00:00.000Z',
};

describe('sync command contract', () => {
  it('accepts each command type with its payload', () => {
    const commands = [
      { type: 'set_status', payload: { step: 'en_route' } },
      { type: 'record_diagnosis', payload: { diagnosis: 'Pompa arızalı' } },
      { type: 'add_note', payload: { text: 'Kapı kodu 1234' } },
      {
        type: 'add_time_entry',
        payload: { startedAt: '2026-12-03T09:00:00Z', endedAt: '2026-12-03T10:00:00Z' },
      },
      { type: 'use_part', payload: { itemId: base.workOrderId, quantity: 2 } },
      { type: 'add_photo', payload: { attachmentId: base.workOrderId } },
      {
        type: 'capture_signature',
        payload: { signerName: 'Ayşe', imageDataUrl: 'data:image/png;base64,AAAA' },
      },
      { type: 'request_customer_confirmation', payload: { token: 'abcdefghijklmnopqrstuvwx' } },
    ];
    for (const command of commands) {
      expect(syncCommandSchema.safeParse({ ...base, ...command }).success, command.type).toBe(true);
    }
  });

  it('refuses a payload of the wrong type, an empty diagnosis and a time entry ending first', () => {
    expect(
      syncCommandSchema.safeParse({ ...base, type: 'use_part', payload: { step: 'en_route' } }).success,
    ).toBe(false);
    expect(syncCommandSchema.safeParse({ ...base, type: 'record_diagnosis', payload: {} }).success).toBe(
      false,
    );
    const backwards = { startedAt: '2026-12-03T10:00:00Z', endedAt: '2026-12-03T09:00:00Z' };
    expect(syncCommandSchema.safeParse({ ...base, type: 'add_time_entry', payload: backwards }).success).toBe(
      false,
    );
    expect(
      syncCommandSchema.safeParse({
        ...base,
        type: 'capture_signature',
        payload: { signerName: 'Ayşe' },
      }).success,
    ).toBe(false);
  });

  it('lets a batch carry items that do not parse (they are rejected one by one)', () => {
    expect(syncBatchBodySchema.safeParse({ commands: [{ nonsense: true }, 42] }).success).toBe(true);
    expect(syncBatchBodySchema.safeParse({ commands: [] }).success).toBe(false);
  });
});
