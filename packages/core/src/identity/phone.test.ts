import { describe, expect, it } from 'vitest';
import { normalizeTurkishPhone, phoneSearchDigits } from './index.ts';

describe('normalizeTurkishPhone', () => {
  it.each([
    ['0532 123 45 67', '+905321234567'],
    ['532 123 4567', '+905321234567'],
    ['+90 (532) 123-45-67', '+905321234567'],
    ['0090 532 123 45 67', '+905321234567'],
    ['905321234567', '+905321234567'],
    ['0212 555 12 12', '+902125551212'],
    ['0850 222 0 333', '+908502220333'],
    ['444 0 444', '+904440444'],
  ])('%s → %s', (input, e164) => {
    expect(normalizeTurkishPhone(input)).toBe(e164);
  });

  it.each(['', '   ', 'abc', '12345', '0123 456 78 90', '0532 123 45 6', '0532 ABC 45 67'])(
    'refuses %j',
    (input) => {
      expect(normalizeTurkishPhone(input)).toBeNull();
    },
  );

  it('refuses foreign numbers unless allowed', () => {
    expect(normalizeTurkishPhone('+49 30 1234567')).toBeNull();
    expect(normalizeTurkishPhone('+49 30 1234567', { allowForeign: true })).toBe('+49301234567');
  });
});

describe('phoneSearchDigits', () => {
  it.each([
    ['0532 123', '532123'],
    ['+90 532 123 45 67', '5321234567'],
    ['0090 532', '532'],
    ['+90 532', '532'],
    ['+49 30 123', '4930123'],
    ['1234', '1234'],
  ])('%s → %s', (input, digits) => {
    expect(phoneSearchDigits(input)).toBe(digits);
  });
});
