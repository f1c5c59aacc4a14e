import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driveMinutes, roadKm } from './geo.ts';
import { districtCentroid } from './istanbul-districts.ts';
import { type DayStop, findSlots, promisedWindow, type TechnicianDay } from './slots.ts';
import { checkVisitRules, coversRegion, overlaps, type Span } from './visit-rules.ts';

const H = 3_600_000;
const M = 60_000;
const DAY = Date.UTC(2027, 2, 1); // Monday (UTC clock, enough for the pure rules)
const spans: Span[] = [
  { start: DAY + 8.5 * H, end: DAY + 12.5 * H },
  { start: DAY + 13.5 * H, end: DAY + 18 * H },
];
const tech = {
  skills: [{ skillId: 's', level: 2 }],
  regions: [],
  authorisedCustomerIds: [],
  maxJobsPerDay: 3,
};
const order = {
  customerId: 'c',
  requiredSkillId: 's',
  minLevel: 2,
  province: 'İstanbul',
  district: 'Kadıköy',
  dueAt: null,
};
const day = { workingSpans: spans, holiday: null, otherVisits: [], jobsThatDay: 0 };
const draft = (from: number, to: number) => ({
  plannedStart: DAY + from * H,
  plannedEnd: DAY + to * H,
  windowStart: null,
  windowEnd: null,
});
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('visit rules', () => {
  it('accepts a visit inside the shift with the skill', () => {
    expect(checkVisitRules(draft(9, 10), tech, order, day)).toEqual([]);
  });
  it('names each reason', () => {
    expect(
      codes(
        checkVisitRules(
          { ...draft(9, 10), windowStart: DAY + 11 * H, windowEnd: DAY + 10 * H },
          tech,
          order,
          day,
        ),
      ),
    ).toContain('window_end_before_start');
    expect(codes(checkVisitRules(draft(7, 8), tech, order, day))).toEqual(['outside_shift']);
    expect(codes(checkVisitRules(draft(17.5, 18.5), tech, order, day))).toEqual(['outside_shift']);
    expect(codes(checkVisitRules(draft(9, 10), tech, order, { ...day, holiday: 'Bayram' }))).toEqual([
      'holiday',
    ]);
    expect(
      codes(checkVisitRules(draft(9, 10), { ...tech, skills: [{ skillId: 's', level: 1 }] }, order, day)),
    ).toEqual(['missing_skill']);
    expect(
      codes(checkVisitRules(draft(9, 10), { ...tech, authorisedCustomerIds: ['x'] }, order, day)),
    ).toEqual(['not_authorised_customer']);
    expect(
      codes(
        checkVisitRules(
          draft(9, 10),
          { ...tech, regions: [{ province: 'İstanbul', district: 'Şişli' }] },
          order,
          day,
        ),
      ),
    ).toEqual(['outside_region']);
    expect(
      codes(
        checkVisitRules(draft(9, 10), tech, order, {
          ...day,
          otherVisits: [{ start: DAY + 9.5 * H, end: DAY + 11 * H }],
        }),
      ),
    ).toEqual(['overlap']);
    expect(codes(checkVisitRules(draft(9, 10), tech, { ...order, dueAt: DAY + 9.5 * H }, day))).toEqual([
      'sla_breach',
    ]);
    expect(codes(checkVisitRules(draft(9, 10), tech, order, { ...day, jobsThatDay: 3 }))).toEqual([
      'max_jobs_exceeded',
    ]);
  });
  it('errors come before warnings', () => {
    const issues = checkVisitRules(
      draft(7, 8),
      { ...tech, regions: [{ province: 'İstanbul', district: 'Şişli' }] },
      order,
      day,
    );
    expect(issues.map((i) => i.severity)).toEqual(['error', 'warning']);
  });
  it('matches districts ignoring Turkish case', () => {
    expect(
      coversRegion({ regions: [{ province: 'istanbul', district: 'KADIKÖY' }] }, 'İstanbul', 'Kadıköy'),
    ).toBe(true);
    expect(districtCentroid('İSTANBUL', 'üsküdar')).toEqual({ lat: 41.0227, lng: 29.0158 });
    expect(districtCentroid('Ankara', 'Çankaya')).toBeNull();
  });
});

describe('slot search', () => {
  const base: TechnicianDay = {
    spans,
    startLocation: { lat: 40.99, lng: 29.03 },
    endLocation: null,
    stops: [{ id: 'a', start: DAY + 10 * H, end: DAY + 11 * H, location: { lat: 41.0, lng: 29.0 } }],
  };
  it('finds a slot in each gap, with travel and lateness', () => {
    const slots = findSlots(base, {
      location: { lat: 40.99, lng: 29.03 },
      durationMs: H,
      dueAt: DAY + 12 * H,
      notBefore: DAY,
    });
    expect(slots.map((s) => [s.afterId, s.beforeId])).toEqual([
      [null, 'a'],
      ['a', null],
    ]);
    expect(slots[0]!.start).toBe(DAY + 8.5 * H);
    expect(slots[0]!.latenessMinutes).toBe(0);
    expect(slots[1]!.latenessMinutes).toBeGreaterThan(0);
  });
  it('property: every slot lies in the shift, clear of the other visits with the travel to and from them', () => {
    const stop = fc.record({ at: fc.integer({ min: 0, max: 36 }), len: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(stop, { maxLength: 5 }), fc.integer({ min: 3, max: 24 }), (raw, quarter) => {
        const stops: DayStop[] = [];
        for (const [i, s] of raw.entries()) {
          const start = DAY + 8.5 * H + s.at * 15 * M;
          const candidate = {
            id: `v${i}`,
            start,
            end: start + s.len * 15 * M,
            location: { lat: 41 + i / 100, lng: 29 },
          };
          if (!stops.some((o) => overlaps(o, candidate))) stops.push(candidate);
        }
        const location = { lat: 41.02, lng: 29.01 };
        const duration = quarter * 15 * M;
        for (const slot of findSlots(
          { ...base, stops },
          { location, durationMs: duration, dueAt: null, notBefore: DAY },
        )) {
          expect(slot.end - slot.start).toBe(duration);
          expect(spans.some((s) => s.start <= slot.start && slot.start < s.end)).toBe(true);
          expect(slot.end).toBeLessThanOrEqual(DAY + 18 * H);
          for (const o of stops) {
            const gapBefore = o.end <= slot.start ? slot.start - o.end : Number.POSITIVE_INFINITY;
            const gapAfter = slot.end <= o.start ? o.start - slot.end : Number.POSITIVE_INFINITY;
            expect(Math.min(gapBefore, gapAfter)).toBeGreaterThanOrEqual(
              driveMinutes(roadKm(o.location!, location)) * M - 1,
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });
  it('a promised window starts on the half hour at or before the start', () => {
    expect(promisedWindow(DAY + 10 * H + 20 * M, 2 * H)).toEqual({ start: DAY + 10 * H, end: DAY + 12 * H });
  });
});
