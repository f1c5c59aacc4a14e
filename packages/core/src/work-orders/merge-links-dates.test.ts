import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMerge, checkParentLink, localDateAt, localYearAt, type MergeCandidate } from './index.ts';

describe('checkMerge', () => {
  const desk = { permissions: ['work_order:merge' as const] };
  const a: MergeCandidate = { id: 'a', customerId: 'c1', phase: 'intake', mergedIntoId: null };
  const b: MergeCandidate = { id: 'b', customerId: 'c1', phase: 'planning', mergedIntoId: null };

  it('merges an open duplicate into an open order of the same customer', () => {
    expect(checkMerge(a, b, desk)).toEqual({ ok: true });
  });

  it.each([
    ['FORBIDDEN', a, b, { permissions: [] }],
    ['MERGE_INTO_SELF', a, a, desk],
    ['ALREADY_MERGED', { ...a, mergedIntoId: 'x' }, b, desk],
    ['SURVIVOR_MERGED', a, { ...b, mergedIntoId: 'x' }, desk],
    ['DUPLICATE_FINISHED', { ...a, phase: 'closed' as const }, b, desk],
    ['SURVIVOR_FINISHED', a, { ...b, phase: 'cancelled' as const }, desk],
    ['CUSTOMER_MISMATCH', a, { ...b, customerId: 'c2' }, desk],
  ])('refuses with %s', (code, duplicate, survivor, actor) => {
    expect(checkMerge(duplicate, survivor, actor)).toEqual({ ok: false, code });
  });
});

describe('checkParentLink', () => {
  it('refuses self links and cycles', () => {
    const parents = new Map([
      ['b', 'a'],
      ['c', 'b'],
    ]);
    const parentOf = (id: string) => parents.get(id) ?? null;
    expect(checkParentLink('a', 'a', parentOf)).toEqual({ ok: false, code: 'SELF_LINK' });
    expect(checkParentLink('a', 'c', parentOf)).toEqual({ ok: false, code: 'CYCLE' });
    expect(checkParentLink('d', 'c', parentOf)).toEqual({ ok: true });
  });

  it('keeps any forest a forest', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(15), fc.nat(15)), { maxLength: 40 }), (requests) => {
        const parents = new Map<string, string>();
        const parentOf = (id: string) => parents.get(id) ?? null;
        for (const [child, parent] of requests) {
          if (checkParentLink(String(child), String(parent), parentOf).ok)
            parents.set(String(child), String(parent));
        }
        for (const start of parents.keys()) {
          const seen = new Set<string>();
          for (let id: string | null = start; id !== null; id = parentOf(id)) {
            expect(seen.has(id)).toBe(false);
            seen.add(id);
          }
        }
      }),
    );
  });
});

describe('local dates', () => {
  it('numbers by the Istanbul year, not the UTC one', () => {
    const newYearInIstanbul = new Date('2026-12-31T22:30:00Z');
    expect(localYearAt(newYearInIstanbul)).toBe(2027);
    expect(localDateAt(newYearInIstanbul)).toBe('2027-01-01');
    expect(localYearAt(newYearInIstanbul, 'UTC')).toBe(2026);
  });

  it('gives the local calendar date', () => {
    expect(localDateAt(new Date('2026-11-23T19:40:00Z'))).toBe('2026-11-23');
    expect(localDateAt(new Date('2026-11-23T21:40:00Z'))).toBe('2026-11-24');
  });
});
