import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLikePattern, matchesSearch, SEARCH_KEY_SQL, searchKey, searchTerms } from './index.ts';

describe('searchKey', () => {
  it.each([
    ['IŞIK', 'ışık'],
    ['IŞIK', 'isik'],
    ['ışık', 'isik'],
    ['İSTANBUL', 'istanbul'],
    ['Çağrı', 'cagri'],
    ['ÇAĞRI', 'çağrı'],
    ['IĞDIR', 'ığdır'],
    ['ÖZGÜR ŞAHİN', 'ozgur sahin'],
    ['Hâkim', 'hakim'],
    ['Kâğıthane', 'KAĞITHANE'],
    ['rûhî', 'ruhi'],
  ])('%s meets %s', (left, right) => {
    expect(searchKey(left)).toBe(searchKey(right));
  });

  it('lower-cases I to ı (then i), never to a dotted i with a combining mark', () => {
    expect(searchKey('İSTANBUL')).toBe('istanbul');
    expect(searchKey('IŞIK')).toBe('isik');
    expect(searchKey('İ')).toHaveLength(1);
  });

  it('composes decomposed input first (NFD from some keyboards and PDFs)', () => {
    expect(searchKey('C\u0327ag\u0306rı')).toBe('cagri');
  });

  it('keeps digits, punctuation and other letters', () => {
    expect(searchKey('SRV-2026-000123')).toBe('srv-2026-000123');
    expect(searchKey('Café')).toBe('café');
  });

  it('is idempotent and yields no upper-case or Turkish marked letters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'aAçÇgGğĞıIİiöÖşŞüÜâÂîÎûÛ xyz-1'.split('')) }),
        (text) => {
          const key = searchKey(text);
          expect(searchKey(key)).toBe(key);
          expect(key).not.toMatch(/[A-ZÇĞİÖŞÜÂÎÛçğıöşüâîû]/u);
        },
      ),
    );
  });
});

describe('searchTerms and matchesSearch', () => {
  it('splits a query into distinct keys', () => {
    expect(searchTerms('  Çağrı   ÇAĞRI  Işık ')).toEqual(['cagri', 'isik']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('matches when every term occurs', () => {
    expect(matchesSearch('IŞIK Soğutma Ltd. Şti. — İSTANBUL', 'isik istanbul')).toBe(true);
    expect(matchesSearch('IŞIK Soğutma', 'isik ankara')).toBe(false);
    expect(matchesSearch('anything', '')).toBe(true);
  });
});

describe('SQL twin', () => {
  it('folds the same letters as the TypeScript side', () => {
    expect(SEARCH_KEY_SQL).toBe(
      `translate(lower(normalize($1, NFC) COLLATE "tr-TR-x-icu"), 'çğıöşüâîû', 'cgiosuaiu')`,
    );
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLikePattern('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });
});
