import fc from 'fast-check';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isoOfTimestamptz, msOfTimestamptz } from './list-page-rows.ts';

const parse = pg.types.getTypeParser(1184 as typeof pg.types.builtins.TIMESTAMPTZ) as (text: string) => Date;

/** PostgreSQL's text of an instant in a UTC session, with 0–6 fraction digits. */
function postgresText(ms: number, micros: number, digits: number): string {
  const iso = new Date(ms).toISOString();
  const fraction = digits === 0 ? '' : `.${String(micros).padStart(6, '0').slice(0, digits)}`;
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction}+00`;
}

describe('timestamps of a list page read without a Date', () => {
  it('give what pg’s parser gives, as epoch ms and as ISO text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1) / 1000, max: Date.UTC(9999, 11, 31) / 1000 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 6 }),
        (seconds, micros, digits) => {
          const text = postgresText(seconds * 1000, micros, digits);
          expect(msOfTimestamptz(text)).toBe(parse(text).getTime());
          expect(isoOfTimestamptz(text)).toBe(parse(text).toISOString());
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('leave other forms to pg’s parser, and null to null', () => {
    for (const text of ['2026-12-04 12:30:00+03', '2026-12-04 09:30:00.5-04:30']) {
      expect(msOfTimestamptz(text)).toEqual(parse(text).getTime());
    }
    expect(msOfTimestamptz(null)).toBeNull();
    expect(msOfTimestamptz('2024-02-29 23:59:59.999999+00')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
  });
});
