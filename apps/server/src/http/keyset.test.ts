import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { pageOf, readCursor, sortSpec, usesTrigrams } from './keyset.ts';

describe('keyset cursors', () => {
  const id = '0b7c6f1e-2a41-4d0e-9a57-1f2e3d4c5b6a';

  it('round-trips the last row of a page, and only for the sort it was made for', () => {
    const rows = [1, 2, 3].map((n) => ({ row: { id, n }, sortValue: `2026-11-23 20:0${n}:00.123456+00` }));
    const page = pageOf(rows, 2, '-createdAt', (row) => row.id);
    expect(page.rows.map((row) => row.n)).toEqual([1, 2]);
    expect(readCursor(page.nextCursor!, '-createdAt')).toEqual({
      value: '2026-11-23 20:02:00.123456+00',
      id,
    });
    expect(() => readCursor(page.nextCursor!, 'name')).toThrow(AppError);
    expect(() => readCursor('not-a-cursor', 'name')).toThrow(AppError);
    expect(pageOf(rows, 3, 'name', (row) => row.id).nextCursor).toBeNull();
  });

  it('knows its direction from the sort name', () => {
    expect(sortSpec('-name', sql`name`, 'text').descending).toBe(true);
    expect(sortSpec('name', sql`name`, 'text').descending).toBe(false);
  });
});

describe('search helpers', () => {
  it('a search uses trigrams only with a word of three letters or more', () => {
    expect(usesTrigrams(undefined)).toBe(false);
    expect(usesTrigrams('ay')).toBe(false);
    expect(usesTrigrams('ay ş')).toBe(false);
    expect(usesTrigrams('ay çağ')).toBe(true);
    expect(usesTrigrams('0532')).toBe(true);
  });
});
