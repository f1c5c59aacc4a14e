import { describe, expect, it } from 'vitest';
import en from '../i18n/planning.en.json';
import tr from '../i18n/planning.tr.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

const textAt = (texts: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts);

describe('planning translations', () => {
  it('has the same keys in Turkish and English, none empty, with the same placeholders', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(tr).sort());
    for (const key of keysOf(tr)) {
      const [a, b] = [textAt(tr, key), textAt(en, key)] as string[];
      expect(a?.trim(), key).toBeTruthy();
      expect(b?.trim(), key).toBeTruthy();
      const holes = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();
      expect(holes(b ?? ''), key).toEqual(holes(a ?? ''));
    }
  });
});
