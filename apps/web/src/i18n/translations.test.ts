import { describe, expect, it } from 'vitest';

// Every Turkish file (`tr.json`, `<area>.tr.json`) with its English twin.
const files = import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' });
const pairs = Object.keys(files)
  .filter((name) => name.endsWith('tr.json'))
  .map((name) => ({ name, tr: files[name]!, en: files[name.replace(/tr\.json$/u, 'en.json')] }));

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

const textAt = (texts: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts);

const holes = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();

describe('translations', () => {
  it('finds every area file and its English twin', () => {
    expect(pairs.map((p) => p.name)).toEqual(
      expect.arrayContaining(['./tr.json', './sla.tr.json', './ola.tr.json']),
    );
    for (const pair of pairs) expect(pair.en, `${pair.name} has an English twin`).toBeDefined();
  });

  describe.each(pairs)('$name', ({ tr, en }) => {
    it('has the same keys in Turkish and English, none empty, with the same placeholders', () => {
      expect(keysOf(en).sort()).toEqual(keysOf(tr).sort());
      for (const key of keysOf(tr)) {
        const [a, b] = [textAt(tr, key), textAt(en, key)];
        expect(typeof a === 'string' && a.trim() !== '', `tr: ${key}`).toBe(true);
        expect(typeof b === 'string' && b.trim() !== '', `en: ${key}`).toBe(true);
        expect(holes(b as string), key).toEqual(holes(a as string));
      }
    });
  });
});
