import type { Customer } from '@usta/contracts/customers';
import { describe, expect, it } from 'vitest';
import {
  createCustomerBody,
  customerFieldErrors,
  EMPTY_CUSTOMER,
  updateCustomerBody,
} from './customer-form.ts';

const customer: Customer = {
  id: '0196b0a4-7c1e-7c3a-9f1e-2b7d4c9a1e55',
  type: 'corporate',
  name: 'Işık Soğutma',
  taxNumber: '1000036109',
  taxOffice: 'Kadıköy',
  addresses: [
    {
      id: 'a1',
      label: 'Depo',
      province: 'İstanbul',
      district: 'Ümraniye',
      neighbourhood: null,
      line: 'Depo sk. 1',
      postalCode: null,
      coordinates: null,
      isDefault: false,
    },
    {
      id: 'a2',
      label: null,
      province: 'İstanbul',
      district: 'Kadıköy',
      neighbourhood: 'Moda',
      line: 'Moda Cad. 12',
      postalCode: null,
      coordinates: null,
      isDefault: true,
    },
  ],
  phones: [
    { number: '+905321234567', label: 'Cep' },
    { number: '+902165551212', label: null },
  ],
  emails: ['info@isik.com.tr'],
  representativeId: null,
  tags: [],
  notes: null,
  active: true,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
  version: 3,
};

describe('customer form', () => {
  it('creates with only what was typed', () => {
    expect(
      createCustomerBody({ ...EMPTY_CUSTOMER, name: ' Çağrı Yılmaz ', phone: '0532 111 22 33' }),
    ).toEqual({
      type: 'individual',
      name: 'Çağrı Yılmaz',
      taxNumber: null,
      taxOffice: null,
      phones: [{ number: '0532 111 22 33' }],
      emails: [],
      addresses: [],
    });
  });

  it('edits the main phone and default address in place and keeps the rest', () => {
    const body = updateCustomerBody(
      {
        ...EMPTY_CUSTOMER,
        type: 'corporate',
        name: 'Işık Soğutma',
        phone: '0532 999 88 77',
        province: 'İstanbul',
        district: 'Kadıköy',
        line: 'Yeni adres',
      },
      customer,
    );
    expect(body.version).toBe(3);
    expect(body.phones).toEqual([{ number: '0532 999 88 77' }, { number: '+902165551212' }]);
    expect(body.addresses?.[0]).toMatchObject({ id: 'a2', line: 'Yeni adres', isDefault: true });
    expect(body.addresses?.[1]).toMatchObject({ id: 'a1', label: 'Depo', isDefault: false });
  });

  it('puts server errors on the flat fields', () => {
    expect(
      customerFieldErrors([
        { path: 'taxNumber', code: 'invalid_vkn', message: 'VKN hatalı' },
        { path: 'phones.0.number', code: 'invalid_phone', message: 'Telefon hatalı' },
        { path: 'addresses.0.district', code: 'too_small', message: 'İlçe gerekli' },
        { path: 'phones.1.number', code: 'invalid_phone', message: 'kept phone' },
      ]),
    ).toEqual({ taxNumber: 'VKN hatalı', phone: 'Telefon hatalı', district: 'İlçe gerekli' });
  });
});
