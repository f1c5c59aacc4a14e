import { describe, expect, it } from 'vitest';
import { phoneDigitsOf } from './customer-repository.ts';

describe('phone search digits', () => {
  it('phone digits are national for Turkish numbers, whole for foreign ones', () => {
    expect(
      phoneDigitsOf([
        { number: '+905321234567', label: null },
        { number: '+442071234567', label: 'Londra' },
      ]),
    ).toBe('5321234567 442071234567');
    expect(phoneDigitsOf([])).toBe('');
  });
});
