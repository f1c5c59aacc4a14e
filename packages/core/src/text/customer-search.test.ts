import { describe, expect, it } from 'vitest';
import { parseCustomerSearch, SEARCH_KEY_FUNCTION_SQL } from './index.ts';

describe('parseCustomerSearch', () => {
  it('reads a name as search terms only', () => {
    expect(parseCustomerSearch('Çağrı IŞIK')).toEqual({
      terms: ['cagri', 'isik'],
      phoneDigits: null,
      taxNumberPrefix: null,
      email: null,
    });
  });

  it('reads a number as a phone and a tax number', () => {
    expect(parseCustomerSearch('0532 123 45')).toMatchObject({
      phoneDigits: '53212345',
      taxNumberPrefix: '053212345',
    });
    expect(parseCustomerSearch('+90 (532) 123')).toMatchObject({ phoneDigits: '532123' });
    expect(parseCustomerSearch('1000036109')).toMatchObject({ taxNumberPrefix: '1000036109' });
    expect(parseCustomerSearch('12')).toMatchObject({ phoneDigits: null, taxNumberPrefix: null });
  });

  it('reads an e-mail', () => {
    expect(parseCustomerSearch(' Info@Isik ')).toMatchObject({ email: 'info@isik' });
  });

  it('defines an immutable SQL function for indexes', () => {
    expect(SEARCH_KEY_FUNCTION_SQL).toContain('IMMUTABLE');
    expect(SEARCH_KEY_FUNCTION_SQL).toContain('translate(lower(normalize($1, NFC) COLLATE "tr-TR-x-icu")');
  });
});
