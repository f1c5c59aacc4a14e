import { describe, expect, it } from 'vitest';
import en from '../i18n/sla.en.json';
import tr from '../i18n/sla.tr.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('SLA translations', () => {
  it('has the same keys in Turkish and English, none empty', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(tr).sort());
    for (const texts of [tr, en]) {
      for (const key of keysOf(texts)) {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts);
        expect(typeof text === 'string' && text.trim() !== '', key).toBe(true);
      }
    }
  });
});
