import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanTaxNumber,
  E_ARSIV_PLACEHOLDER_TCKN,
  findTaxNumberError,
  isValidTckn,
  isValidVkn,
} from './index.ts';

/** The VKN check digit, written out independently of the implementation under test. */
function vknCheckDigit(firstNine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const tmp = (Number(firstNine[i]) + (9 - i)) % 10;
    let v = (tmp * 2 ** (9 - i)) % 9;
    if (tmp !== 0 && v === 0) v = 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

/** Both TCKN check digits for its first nine digits. */
function tcknCheckDigits(firstNine: string): string {
  const d = [...firstNine].map(Number);
  const odd = d.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0);
  const even = d.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (odd + even + tenth) % 10;
  return `${tenth}${eleventh}`;
}

const nineDigits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 });

describe('isValidVkn', () => {
  it.each(['1000036109', '1000000018', '1234567890', '0123456789'])('accepts %s', (vkn) => {
    expect(isValidVkn(vkn)).toBe(true);
  });

  it.each(['1234567891', '1000036108', '123456789', '12345678901', '12345678a0', ' 1234567890', ''])(
    'refuses %s',
    (vkn) => {
      expect(isValidVkn(vkn)).toBe(false);
    },
  );

  it('accepts exactly the check digit the algorithm computes', () => {
    fc.assert(
      fc.property(nineDigits, fc.integer({ min: 0, max: 9 }), (prefix, last) => {
        expect(isValidVkn(`${prefix}${last}`)).toBe(last === vknCheckDigit(prefix));
      }),
    );
  });
});

describe('isValidTckn', () => {
  it.each(['10000000146', '12345678950'])('accepts %s', (tckn) => {
    expect(isValidTckn(tckn)).toBe(true);
  });

  it.each(['10000000147', '12345678901', '01234567890', '1000000014', '1000000014a'])(
    'refuses %s',
    (tckn) => {
      expect(isValidTckn(tckn)).toBe(false);
    },
  );

  it('refuses the e-Arşiv placeholder unless explicitly allowed', () => {
    expect(isValidTckn(E_ARSIV_PLACEHOLDER_TCKN)).toBe(false);
    expect(isValidTckn(E_ARSIV_PLACEHOLDER_TCKN, { allowPlaceholder: true })).toBe(true);
    expect(findTaxNumberError(E_ARSIV_PLACEHOLDER_TCKN)).toBe('invalid_tckn');
    expect(findTaxNumberError(E_ARSIV_PLACEHOLDER_TCKN, { allowPlaceholder: true })).toBeNull();
  });

  it('accepts exactly the check digits the algorithm computes', () => {
    fc.assert(
      fc.property(
        nineDigits.filter((s) => !s.startsWith('0')),
        fc.integer({ min: 0, max: 99 }),
        (prefix, tail) => {
          const candidate = `${prefix}${String(tail).padStart(2, '0')}`;
          fc.pre(candidate !== E_ARSIV_PLACEHOLDER_TCKN);
          expect(isValidTckn(candidate)).toBe(candidate.slice(9) === tcknCheckDigits(prefix));
        },
      ),
    );
  });
});

describe('findTaxNumberError', () => {
  it('names what is wrong', () => {
    expect(findTaxNumberError('1000036109')).toBeNull();
    expect(findTaxNumberError('10000000146')).toBeNull();
    expect(findTaxNumberError('1000036108')).toBe('invalid_vkn');
    expect(findTaxNumberError('10000000147')).toBe('invalid_tckn');
    expect(findTaxNumberError('123')).toBe('invalid_tax_number');
    expect(findTaxNumberError('')).toBe('invalid_tax_number');
  });

  it('cleans typed separators', () => {
    expect(cleanTaxNumber(' 100 003-61.09 ')).toBe('1000036109');
  });
});
