import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createContactBodySchema,
  createCustomerBodySchema,
  customerSchema,
  listCustomersQuerySchema,
  updateCustomerBodySchema,
} from './index.ts';

const representativeId = '0196b0a4-7c1e-7c3a-9f1e-2b7d4c9a1e55';

/** `path → code` of every issue, which is what the server turns into field errors. */
function issuesOf(schema: z.ZodType, body: unknown): Record<string, string> {
  const result = schema.safeParse(body);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

const valid = {
  type: 'corporate',
  name: 'IŞIK Soğutma Ltd. Şti.',
  taxNumber: '100 003 6109',
  taxOffice: 'Kadıköy',
  addresses: [
    {
      province: 'İstanbul',
      district: 'Kadıköy',
      neighbourhood: 'Caferağa',
      line: 'Moda Cad. No: 12 D: 3',
      coordinates: { lat: 40.98, lng: 29.03 },
      isDefault: true,
    },
  ],
  phones: [{ number: '0532 123 45 67', label: 'Cep' }, { number: '+90 216 555 12 12' }],
  emails: ['  Info@IsikSogutma.com.tr '],
  representativeId,
  tags: ['kurumsal'],
};

describe('createCustomerBodySchema', () => {
  it('parses a full body into stored forms', () => {
    const body = createCustomerBodySchema.parse(valid);
    expect(body.taxNumber).toBe('1000036109');
    expect(body.phones).toEqual([{ number: '+905321234567', label: 'Cep' }, { number: '+902165551212' }]);
    expect(body.emails).toEqual(['info@isiksogutma.com.tr']);
  });

  it('needs only type and name', () => {
    expect(createCustomerBodySchema.parse({ type: 'individual', name: 'Çağrı Yılmaz' })).toMatchObject({
      addresses: [],
      phones: [],
      emails: [],
      tags: [],
    });
  });

  it('names the field of each bad value with a stable code', () => {
    expect(issuesOf(createCustomerBodySchema, { ...valid, taxNumber: '1000036108' })).toEqual({
      taxNumber: 'invalid_vkn',
    });
    expect(issuesOf(createCustomerBodySchema, { ...valid, taxNumber: '10000000147' })).toEqual({
      taxNumber: 'invalid_tckn',
    });
    expect(issuesOf(createCustomerBodySchema, { ...valid, taxNumber: '12345' })).toEqual({
      taxNumber: 'invalid_tax_number',
    });
    expect(issuesOf(createCustomerBodySchema, { ...valid, phones: [{ number: '0532 123' }] })).toEqual({
      'phones.0.number': 'invalid_phone',
    });
    expect(issuesOf(createCustomerBodySchema, { ...valid, emails: ['ali@', 'x@y.com'] })).toEqual({
      'emails.0': 'invalid_email',
    });
  });

  it('reports several bad fields at once', () => {
    expect(
      issuesOf(createCustomerBodySchema, {
        ...valid,
        taxNumber: '1000036108',
        phones: [{ number: 'abc' }],
        emails: ['bad'],
      }),
    ).toEqual({ taxNumber: 'invalid_vkn', 'phones.0.number': 'invalid_phone', 'emails.0': 'invalid_email' });
  });

  it('refuses the e-Arşiv placeholder unless the body allows it', () => {
    const consumer = { type: 'individual', name: 'Nihai Tüketici', taxNumber: '11111111111' };
    expect(issuesOf(createCustomerBodySchema, consumer)).toEqual({ taxNumber: 'invalid_tckn' });
    expect(createCustomerBodySchema.parse({ ...consumer, allowPlaceholderTaxNumber: true }).taxNumber).toBe(
      '11111111111',
    );
  });

  it('refuses unknown fields and duplicates', () => {
    expect(issuesOf(createCustomerBodySchema, { ...valid, vkn: '1000036109' })).toEqual({
      '': expect.any(String),
    });
    expect(
      issuesOf(createCustomerBodySchema, {
        ...valid,
        phones: [{ number: '05321234567' }, { number: '+905321234567' }],
      }),
    ).toEqual({ 'phones.1': 'duplicate_phone' });
    expect(
      issuesOf(createCustomerBodySchema, { ...valid, addresses: [{ ...valid.addresses[0], city: 'x' }] }),
    ).toEqual({
      'addresses.0': expect.any(String),
    });
  });
});

describe('updateCustomerBodySchema', () => {
  it('is partial but needs the version', () => {
    expect(updateCustomerBodySchema.parse({ name: 'Yeni Ünvan', version: 3 })).toEqual({
      name: 'Yeni Ünvan',
      version: 3,
    });
    expect(issuesOf(updateCustomerBodySchema, { name: 'x' })).toEqual({ version: expect.any(String) });
    expect(issuesOf(updateCustomerBodySchema, { taxNumber: '11111111111', version: 1 })).toEqual({
      taxNumber: 'invalid_tckn',
    });
  });
});

describe('contacts', () => {
  it('validates phone and e-mail with the field named', () => {
    const customerId = representativeId;
    expect(createContactBodySchema.parse({ customerId, name: 'Ayşe', phone: '05321234567' })).toMatchObject({
      phone: '+905321234567',
      active: true,
    });
    expect(
      issuesOf(createContactBodySchema, { customerId, name: 'Ayşe', phone: '123', email: 'a@' }),
    ).toEqual({
      phone: 'invalid_phone',
      email: 'invalid_email',
    });
  });
});

describe('list query', () => {
  it('coerces the limit and defaults the sort', () => {
    expect(listCustomersQuerySchema.parse({ q: 'cagri', limit: '20' })).toMatchObject({
      q: 'cagri',
      limit: 20,
      sort: 'name',
    });
    expect(listCustomersQuerySchema.safeParse({ filter: 'x' }).success).toBe(false);
  });
});

describe('OpenAPI', () => {
  it('every schema converts to JSON Schema', () => {
    expect(() => z.toJSONSchema(createCustomerBodySchema, { io: 'input' })).not.toThrow();
    expect(() => z.toJSONSchema(updateCustomerBodySchema, { io: 'input' })).not.toThrow();
    expect(() => z.toJSONSchema(listCustomersQuerySchema, { io: 'input' })).not.toThrow();
    expect(() => z.toJSONSchema(customerSchema)).not.toThrow();
  });
});
