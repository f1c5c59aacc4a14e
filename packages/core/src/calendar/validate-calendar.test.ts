import { describe, expect, it } from 'vitest';
import { addBusinessTime } from './business-time.ts';
import type { Calendar } from './types.ts';
import { validateCalendar } from './validate-calendar.ts';
import { formatPath, ValidationError } from './validation-error.ts';

const office = [{ from: '09:00', to: '17:00' }];
const valid: Calendar = { timeZone: 'Europe/Istanbul', weeklyHours: { mon: office } };

function issuesOf(calendar: Calendar) {
  const result = validateCalendar(calendar);
  return result.ok ? [] : result.issues.map((issue) => [formatPath(issue.path), issue.code]);
}

describe('validateCalendar', () => {
  it('accepts a calendar with working time', () => {
    expect(validateCalendar(valid)).toEqual({ ok: true, value: valid });
  });

  it.each<[string, Calendar, string[][]]>([
    [
      'no working time',
      { timeZone: 'Europe/Istanbul', weeklyHours: { sat: [] } },
      [['weeklyHours', 'no-working-time']],
    ],
    [
      'overlapping intervals',
      {
        timeZone: 'Europe/Istanbul',
        weeklyHours: {
          mon: [
            { from: '08:30', to: '12:30' },
            { from: '12:00', to: '18:00' },
          ],
        },
      },
      [['weeklyHours.mon[1]', 'overlapping-intervals']],
    ],
    ['unknown time zone', { ...valid, timeZone: 'Mars/Olympus_Mons' }, [['timeZone', 'unknown-time-zone']]],
    ['empty time zone', { ...valid, timeZone: '' }, [['timeZone', 'unknown-time-zone']]],
    [
      'malformed time',
      { ...valid, weeklyHours: { mon: [{ from: '8:30', to: '25:00' }] } },
      [
        ['weeklyHours.mon[0].from', 'invalid-time'],
        ['weeklyHours.mon[0].to', 'invalid-time'],
      ],
    ],
    [
      'interval ending before it starts',
      { ...valid, weeklyHours: { mon: [{ from: '18:00', to: '08:00' }] } },
      [['weeklyHours.mon[0]', 'empty-interval']],
    ],
    [
      'bad dated days',
      {
        ...valid,
        days: [
          { date: '2026-02-30', kind: 'holiday', name: 'x' },
          { date: '2026-03-19', kind: 'half-day', closesAt: '1300', name: 'arife' },
          { date: '2026-03-19', kind: 'holiday', name: 'twice' },
          { date: '2026-03-21', kind: 'working-day', hours: [], name: 'empty' },
        ],
      },
      [
        ['days[0].date', 'invalid-date'],
        ['days[1].closesAt', 'invalid-time'],
        ['days[2].date', 'duplicate-date'],
        ['days[3].hours', 'no-working-time'],
      ],
    ],
  ])('rejects %s, naming the field', (_name, calendar, expected) => {
    expect(issuesOf(calendar)).toEqual(expected);
  });

  it('is enforced by the arithmetic with a typed error', () => {
    const broken: Calendar = { timeZone: 'Nowhere/City', weeklyHours: { mon: office } };
    expect(() => addBusinessTime(0, 1, broken)).toThrow(ValidationError);
    try {
      addBusinessTime(0, 1, broken);
    } catch (error) {
      expect((error as ValidationError).code).toBe('VALIDATION_FAILED');
      expect((error as ValidationError).issues[0]?.path).toEqual(['timeZone']);
    }
  });

  it('allows touching intervals and a day ending at 24:00', () => {
    const calendar: Calendar = {
      timeZone: 'UTC',
      weeklyHours: {
        fri: [
          { from: '08:00', to: '12:00' },
          { from: '12:00', to: '24:00' },
        ],
      },
    };
    expect(validateCalendar(calendar).ok).toBe(true);
  });
});
