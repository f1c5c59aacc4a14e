import { afterEach, describe, expect, it } from 'vitest';
import { isTileTemplate, saveTileOverride, tileSource } from './tile-source.ts';

const store = new Map<string, string>();
Object.defineProperty(globalThis, 'localStorage', {
  configurable: true,
  value: {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => store.set(key, value),
    removeItem: (key: string) => store.delete(key),
  },
});

afterEach(() => store.clear());

describe('map tile source', () => {
  it('accepts http(s) or same-origin templates with z, x and y only', () => {
    expect(isTileTemplate('https://tiles.example.com/{z}/{x}/{y}.png')).toBe(true);
    expect(isTileTemplate('/tiles/{z}/{x}/{y}.png')).toBe(true);
    expect(isTileTemplate('https://tiles.example.com/{z}/{x}.png')).toBe(false);
    expect(isTileTemplate('javascript:alert(1)//{z}{x}{y}')).toBe(false);
  });

  it('defaults to no tiles (nothing fetched from the internet); a browser override wins, "none" turns them off', () => {
    expect(tileSource()).toMatchObject({ url: null, origin: 'none' });
    saveTileOverride('https://tiles.example.com/{z}/{x}/{y}.png');
    expect(tileSource()).toMatchObject({
      url: 'https://tiles.example.com/{z}/{x}/{y}.png',
      origin: 'browser',
    });
    saveTileOverride('none');
    expect(tileSource()).toMatchObject({ url: null, origin: 'browser' });
    saveTileOverride(null);
    expect(tileSource().origin).toBe('none');
  });
});
