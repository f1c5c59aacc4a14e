import { DEFAULT_PRIORITY_MATRIX, DEFAULT_WORK_ORDER_STATUSES } from '@usta/core/work-orders';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createWorkOrderBodySchema,
  listWorkOrdersQuerySchema,
  mergeWorkOrderBodySchema,
  priorityMatrixSchema,
  replaceWorkOrderStatusesBodySchema,
  transitionRefusedSchema,
  transitionWorkOrderBodySchema,
  updateWorkOrderBodySchema,
  workOrderSchema,
} from './index.ts';

const id = (n: number) => `0196b0a4-7c1e-7c3a-9f1e-2b7d4c9a1e5${n}`;

function issuesOf(schema: z.ZodType, body: unknown): Record<string, string> {
  const result = schema.safeParse(body);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

const valid = {
  customerId: id(1),
  contactId: id(2),
  deviceId: id(3),
  channel: 'phone',
  type: 'fault',
  complaint: 'Kombi sıcak su vermiyor, E04 hatası',
  impact: 'high',
  urgency: 'medium',
  requestedDate: '2026-11-24',
  customCodes: { region: 'Anadolu' },
};

describe('createWorkOrderBodySchema', () => {
  it('accepts an intake form', () => {
    expect(createWorkOrderBodySchema.parse(valid)).toMatchObject({ channel: 'phone', impact: 'high' });
  });

  it('needs impact and urgency together', () => {
    expect(issuesOf(createWorkOrderBodySchema, { ...valid, urgency: undefined })).toEqual({
      urgency: 'urgency_required',
    });
    expect(issuesOf(createWorkOrderBodySchema, { ...valid, impact: undefined, urgency: undefined })).toEqual(
      {},
    );
  });

  it('takes a device or a new one, not both', () => {
    const newDevice = { brand: 'Vaillant', model: 'ecoTEC', deviceType: 'Kombi', serialNumber: 'V-1' };
    expect(issuesOf(createWorkOrderBodySchema, { ...valid, deviceId: undefined, newDevice })).toEqual({});
    expect(issuesOf(createWorkOrderBodySchema, { ...valid, newDevice })).toEqual({
      newDevice: 'device_or_new_device',
    });
  });

  it('refuses unknown fields, bad enums and a status in the wrong shape', () => {
    expect(issuesOf(createWorkOrderBodySchema, { ...valid, phase: 'closed' })).toEqual({
      '': expect.any(String),
    });
    expect(issuesOf(createWorkOrderBodySchema, { ...valid, channel: 'fax' })).toEqual({
      channel: expect.any(String),
    });
    expect(issuesOf(createWorkOrderBodySchema, { ...valid, status: 'Yeni Kayıt' })).toEqual({
      status: 'invalid_status_code',
    });
    expect(issuesOf(createWorkOrderBodySchema, { ...valid, technicianIds: [id(4), id(4)] })).toEqual({
      technicianIds: 'duplicate_id',
    });
  });
});

describe('updateWorkOrderBodySchema', () => {
  it('carries the technician’s records and a version, never the status', () => {
    expect(
      updateWorkOrderBodySchema.parse({
        diagnosis: 'Sensör arızalı',
        workDone: 'Sensör değişti',
        version: 4,
      }),
    ).toEqual({ diagnosis: 'Sensör arızalı', workDone: 'Sensör değişti', version: 4 });
    expect(issuesOf(updateWorkOrderBodySchema, { status: 'closed', version: 4 })).toEqual({
      '': expect.any(String),
    });
    expect(issuesOf(updateWorkOrderBodySchema, { diagnosis: 'x' })).toEqual({ version: expect.any(String) });
  });
});

describe('transitions', () => {
  it('takes a status code and an optional note', () => {
    expect(transitionWorkOrderBodySchema.parse({ to: 'cancelled', note: ' Müşteri vazgeçti ' })).toEqual({
      to: 'cancelled',
      note: 'Müşteri vazgeçti',
    });
    expect(transitionWorkOrderBodySchema.safeParse({ to: 'closed', reason: 'x' }).success).toBe(false);
  });

  it('describes the refusal with the allowed statuses', () => {
    const refusal = {
      type: 'https://usta.dev/problems/invalid-transition',
      title: 'Geçersiz durum değişikliği',
      status: 409,
      code: 'INVALID_TRANSITION',
      detail: 'Bu iş emri "Yeni Kayıt" durumundan "Kapatıldı" durumuna geçemez.',
      allowedTransitions: [
        {
          status: 'to_plan',
          phase: 'planning',
          nameTr: 'Planlanacak',
          nameEn: 'To be planned',
          colour: '#7950f2',
        },
      ],
    };
    expect(transitionRefusedSchema.parse(refusal)).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('merges into a survivor', () => {
    expect(mergeWorkOrderBodySchema.parse({ survivorId: id(5) })).toEqual({ survivorId: id(5) });
  });
});

describe('settings', () => {
  it('accepts the default statuses and refuses a set that leaves a phase without one', () => {
    const statuses = DEFAULT_WORK_ORDER_STATUSES.map((status) => ({ ...status }));
    expect(replaceWorkOrderStatusesBodySchema.safeParse({ statuses }).success).toBe(true);
    const withoutFinalCheck = statuses.filter((status) => status.phase !== 'final_check');
    expect(issuesOf(replaceWorkOrderStatusesBodySchema, { statuses: withoutFinalCheck })).toEqual({
      statuses: 'phase_without_status',
    });
    expect(issuesOf(replaceWorkOrderStatusesBodySchema, { statuses: [...statuses, statuses[0]] })).toEqual({
      [`statuses.${statuses.length}.code`]: 'duplicate_status_code',
    });
  });

  it('accepts the default priority matrix', () => {
    expect(priorityMatrixSchema.parse(DEFAULT_PRIORITY_MATRIX)).toEqual(DEFAULT_PRIORITY_MATRIX);
  });
});

describe('list query', () => {
  it('turns one or many filter values into arrays', () => {
    expect(listWorkOrdersQuerySchema.parse({ phase: 'on_site', priority: ['P1', 'P2'] })).toMatchObject({
      phase: ['on_site'],
      priority: ['P1', 'P2'],
      sort: '-createdAt',
    });
    expect(issuesOf(listWorkOrdersQuerySchema, { phase: 'done' })).toEqual({ phase: expect.any(String) });
  });
});

describe('OpenAPI', () => {
  it('every schema converts to JSON Schema', () => {
    for (const schema of [
      createWorkOrderBodySchema,
      updateWorkOrderBodySchema,
      listWorkOrdersQuerySchema,
      transitionWorkOrderBodySchema,
      replaceWorkOrderStatusesBodySchema,
    ]) {
      expect(() => z.toJSONSchema(schema, { io: 'input' })).not.toThrow();
    }
    expect(() => z.toJSONSchema(workOrderSchema)).not.toThrow();
    expect(() => z.toJSONSchema(transitionRefusedSchema)).not.toThrow();
  });
});
