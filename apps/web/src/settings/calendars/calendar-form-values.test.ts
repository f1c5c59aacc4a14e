import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../../api/calendars-api.ts';
import { alwaysOpenWeek, newCompanyDay, toCalendarBody, toFormValues } from './calendar-form-values.ts';
import { summariseWeek } from './week-summary.ts';

const stored: BusinessCalendar = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Merkez',
  timeZone: 'Europe/Istanbul',
  weeklyHours: {
    mon: [
      { from: '08:30', to: '12:30' },
      { from: '13:30', to: '18:00' },
    ],
    sat: [{ from: '09:00', to: '13:00' }],
  },
  days: [
    { date: '2026-12-31', kind: 'holiday', name: 'Şirket tatili' },
    { date: '2026-11-28', kind: 'working-day', hours: [{ from: '09:00', to: '13:00' }], name: 'Telafi' },
    { date: '2026-12-30', kind: 'half-day', closesAt: '13:00', name: 'Erken çıkış' },
  ],
  publicHolidays: 'TR',
  isDefault: true,
  version: 3,
  createdAt: '2026-01-01T00:00:00+03:00',
  updatedAt: '2026-01-01T00:00:00+03:00',
};

describe('calendar form values', () => {
  it('round-trips a stored calendar, every weekday present and days in the form order', () => {
    const body = toCalendarBody(toFormValues(stored));
    expect(body).toEqual({
      name: 'Merkez',
      timeZone: 'Europe/Istanbul',
      weeklyHours: { ...stored.weeklyHours, tue: [], wed: [], thu: [], fri: [], sun: [] },
      days: stored.days,
      publicHolidays: 'TR',
      isDefault: true,
    });
  });

  it('sends only the fields of each day kind, names trimmed', () => {
    const values = toFormValues({ ...stored, days: [] });
    values.days = [
      { ...newCompanyDay('2026-05-18'), kind: 'half-day', closesAt: '12:00', name: '  Köprü  ' },
    ];
    values.publicHolidays = false;
    const body = toCalendarBody(values);
    expect(body.days).toEqual([{ date: '2026-05-18', kind: 'half-day', closesAt: '12:00', name: 'Köprü' }]);
    expect(body.publicHolidays).toBe('none');
  });

  it('summarises weeks for the list', () => {
    expect(summariseWeek(stored.weeklyHours)).toEqual({ days: 2, hours: 12.5 });
    expect(summariseWeek(alwaysOpenWeek())).toEqual({ days: 7, hours: 168 });
  });
});
