import { describe, expect, it } from 'vitest';
import {
  countActiveFilters,
  DEFAULT_FILTERS,
  fromListQuery,
  nextSort,
  toCountQuery,
  toListQuery,
} from './list-filters.ts';

describe('work-order list filters', () => {
  it('sends only what is set, the tab as open or status', () => {
    expect(toListQuery(DEFAULT_FILTERS)).toEqual({ open: 'true' });
    expect(toListQuery({ ...DEFAULT_FILTERS, tab: 'all' })).toEqual({});
    expect(
      toListQuery({
        ...DEFAULT_FILTERS,
        tab: 'on_site',
        q: ' kombi ',
        priority: ['P1', 'P2'],
        sort: 'priority',
      }),
    ).toEqual({ status: 'on_site', q: 'kombi', priority: ['P1', 'P2'], sort: 'priority' });
  });

  it('turns created days into Istanbul instants and back', () => {
    const query = toListQuery({ ...DEFAULT_FILTERS, createdFrom: '2026-11-01', createdTo: '2026-11-30' });
    expect(query.createdFrom).toBe('2026-10-31T21:00:00.000Z');
    expect(query.createdTo).toBe('2026-11-30T20:59:59.999Z');
    const back = fromListQuery(query);
    expect(back.createdFrom).toBe('2026-11-01');
    expect(back.createdTo).toBe('2026-11-30');
  });

  it('round-trips a saved view', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      tab: 'all',
      phase: ['on_site'],
      channel: ['phone'],
      customerId: '0196b0a4-7c1e-7c3a-9f1e-2b7d4c9a1e55',
      deviceType: 'Kombi',
      requestedFrom: '2026-12-01',
    };
    expect(fromListQuery(toListQuery(filters))).toEqual(filters);
  });

  it('counts tabs across every status', () => {
    expect(toCountQuery({ ...DEFAULT_FILTERS, tab: 'closed', priority: ['P1'], sort: 'number' })).toEqual({
      priority: ['P1'],
    });
  });

  it('counts the set filters and flips the sort', () => {
    expect(
      countActiveFilters({
        ...DEFAULT_FILTERS,
        priority: ['P1'],
        phase: ['on_site'],
        createdFrom: '2026-01-01',
      }),
    ).toBe(2);
    expect(nextSort('-createdAt', 'createdAt')).toBe('createdAt');
    expect(nextSort('createdAt', 'createdAt')).toBe('-createdAt');
    expect(nextSort('-createdAt', 'priority')).toBe('priority');
    expect(nextSort('-createdAt', 'requestedDate')).toBe('-requestedDate');
    // Due soonest has one direction: a second click returns to the default order.
    expect(nextSort('-createdAt', 'slaDue')).toBe('slaDue');
    expect(nextSort('slaDue', 'slaDue')).toBe('-createdAt');
  });
});
