import { describe, expect, it } from 'vitest';
import { brandKey, serialNumberKey } from './index.ts';

describe('device keys', () => {
  it('makes one brand of its spellings', () => {
    expect(brandKey(' Arçelik ')).toBe(brandKey('ARCELIK'));
    expect(brandKey('Demir  Döküm')).toBe('demir dokum');
  });

  it('makes one serial of its spellings, in ASCII upper case', () => {
    expect(serialNumberKey(' ab 123-xi ')).toBe('AB123-XI');
    expect(serialNumberKey('AB123/1')).not.toBe(serialNumberKey('AB1231'));
  });
});
