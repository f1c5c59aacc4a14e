import { describe, expect, it } from 'vitest';
import en from '../../i18n/calendars.en.json';
import tr from '../../i18n/calendars.tr.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('calendar translations', () => {
  it('has the same keys in Turkish and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(tr).sort());
  });
});
