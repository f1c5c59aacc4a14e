import { describe, expect, it } from 'vitest';
import { isValidEmail, normalizeEmail } from './index.ts';

describe('isValidEmail', () => {
  it.each(['info@demo.usta', 'ayse.yilmaz+servis@firma.com.tr', 'a@b.co', 'X_Y@SUB.EXAMPLE.ORG'])(
    'accepts %s',
    (email) => {
      expect(isValidEmail(email)).toBe(true);
    },
  );

  it.each([
    '',
    'plain',
    '@firma.com',
    'ali@',
    'ali@firma',
    'ali veli@firma.com',
    'ali@@firma.com',
    'ali..veli@firma.com',
    '.ali@firma.com',
    'ali@-firma.com',
    'çağrı@firma.com',
    `${'a'.repeat(65)}@firma.com`,
    `a@${'b'.repeat(250)}.com`,
  ])('refuses %j', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases without Turkish dotless i', () => {
    expect(normalizeEmail('  INFO@FIRMA.COM ')).toBe('info@firma.com');
  });
});
