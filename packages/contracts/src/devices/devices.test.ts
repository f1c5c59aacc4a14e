import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createDeviceBodySchema,
  deviceSchema,
  listDevicesQuerySchema,
  newDeviceBodySchema,
  updateDeviceBodySchema,
} from './index.ts';

const customerId = '0196b0a4-7c1e-7c3a-9f1e-2b7d4c9a1e55';

function issuesOf(schema: z.ZodType, body: unknown): Record<string, string> {
  const result = schema.safeParse(body);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

const valid = {
  customerId,
  brand: 'Demirdöküm',
  model: 'Nitromix P 24',
  deviceType: 'Kombi',
  serialNumber: 'DD24-000417',
  price: '32500.00',
  purchaseDate: '2025-03-10',
  seller: 'Işık Yapı Market',
  warrantyStart: '2025-03-15',
  warrantyEnd: '2027-03-14',
};

describe('device bodies', () => {
  it('parses a device card with defaults', () => {
    expect(createDeviceBodySchema.parse(valid)).toMatchObject({ currency: 'TRY', status: 'active' });
  });

  it('names bad dates, amounts and warranty order', () => {
    expect(issuesOf(createDeviceBodySchema, { ...valid, purchaseDate: '10.03.2025' })).toEqual({
      purchaseDate: 'invalid_date',
    });
    expect(issuesOf(createDeviceBodySchema, { ...valid, price: '32.500,00' })).toEqual({
      price: 'invalid_amount',
    });
    expect(issuesOf(createDeviceBodySchema, { ...valid, warrantyEnd: '2025-03-14' })).toEqual({
      warrantyEnd: 'warranty_end_before_start',
    });
  });

  it('is strict', () => {
    expect(issuesOf(createDeviceBodySchema, { ...valid, colour: 'beyaz' })).toEqual({
      '': expect.any(String),
    });
    expect(issuesOf(newDeviceBodySchema, { brand: 'A', model: 'B', deviceType: 'C', customerId })).toEqual({
      '': expect.any(String),
    });
  });

  it('updates partially with a version', () => {
    expect(updateDeviceBodySchema.parse({ status: 'scrapped', version: 2 })).toEqual({
      status: 'scrapped',
      version: 2,
    });
    expect(issuesOf(updateDeviceBodySchema, { status: 'lost', version: 2 })).toEqual({
      status: expect.any(String),
    });
  });

  it('lists by warranty end', () => {
    expect(
      listDevicesQuerySchema.parse({ warrantyEndFrom: '2026-12-01', warrantyEndTo: '2026-12-31' }),
    ).toMatchObject({ sort: '-createdAt', limit: expect.any(Number) });
  });

  it('converts to JSON Schema', () => {
    for (const schema of [createDeviceBodySchema, updateDeviceBodySchema, listDevicesQuerySchema]) {
      expect(() => z.toJSONSchema(schema, { io: 'input' })).not.toThrow();
    }
    expect(() => z.toJSONSchema(deviceSchema)).not.toThrow();
  });
});
