import type { BusinessCalendar, CalendarYear } from '@usta/contracts/calendars';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';

let usta: TestUsta;
let manager: { authorization: string };
let defaultCalendar: BusinessCalendar;
beforeAll(async () => {
  usta = await createTestUsta();
  manager = await usta.as('yonetici@demo.usta');
  const list = await usta.app.inject({ url: '/api/v1/calendars', headers: manager });
  defaultCalendar = list.json<{ items: BusinessCalendar[] }>().items[0]!;
});
afterAll(() => usta.close());

const OFFICE = [
  { from: '08:30', to: '12:30' },
  { from: '13:30', to: '18:00' },
];

describe('business calendars', () => {
  it('starts every company with the Istanbul office calendar', () => {
    expect(defaultCalendar).toMatchObject({
      name: 'Merkez mesai takvimi',
      timeZone: 'Europe/Istanbul',
      publicHolidays: 'TR',
      isDefault: true,
      weeklyHours: { mon: OFFICE, fri: OFFICE },
    });
    expect(defaultCalendar.weeklyHours.sat ?? []).toEqual([]);
  });

  it('shows a year with bayrams, arife half days and the lunch break', async () => {
    const response = await usta.app.inject({
      url: `/api/v1/calendars/${defaultCalendar.id}/year?year=2026`,
      headers: manager,
    });
    expect(response.statusCode).toBe(200);
    const year = response.json<CalendarYear>();
    const day = (date: string) => year.days.find((d) => d.date === date)!;
    expect(year.days).toHaveLength(365);
    expect(day('2026-03-18')).toMatchObject({ kind: 'working', intervals: OFFICE, workingMinutes: 510 });
    expect(day('2026-03-19')).toMatchObject({
      kind: 'half-day',
      source: 'public',
      intervals: [{ from: '08:30', to: '12:30' }],
    });
    for (const date of ['2026-03-20', '2026-05-27', '2026-05-28', '2026-05-29', '2026-10-29', '2026-01-01']) {
      expect(day(date), date).toMatchObject({ kind: 'holiday', workingMinutes: 0 });
    }
    expect(day('2026-03-21')).toMatchObject({ weekday: 'sat', workingMinutes: 0 });
    expect(day('2026-10-28')).toMatchObject({ kind: 'half-day' });
  });

  it('names the field of a calendar that cannot work', async () => {
    const post = (payload: object) =>
      usta.app.inject({ method: 'POST', url: '/api/v1/calendars', headers: manager, payload });
    const overlapping = await post({
      name: 'Çakışan',
      weeklyHours: {
        mon: [
          { from: '08:00', to: '12:00' },
          { from: '11:00', to: '15:00' },
        ],
      },
    });
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json().errors).toEqual([
      expect.objectContaining({ path: 'weeklyHours.mon.1', code: 'overlapping_intervals' }),
    ]);
    const zone = await post({
      name: 'Bilinmeyen',
      timeZone: 'Europe/Atlantis',
      weeklyHours: { mon: OFFICE },
    });
    expect(zone.json().errors).toEqual([
      expect.objectContaining({ path: 'timeZone', code: 'unknown_time_zone' }),
    ]);
    const empty = await post({ name: 'Boş', weeklyHours: {}, publicHolidays: 'none' });
    expect(empty.json().errors?.[0]).toMatchObject({ code: 'no_working_time' });
    const badTime = await post({ name: 'Saat', weeklyHours: { mon: [{ from: '8:30', to: '25:00' }] } });
    expect(badTime.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'weeklyHours.mon.0.from',
      'weeklyHours.mon.0.to',
    ]);
    const days = await post({
      name: 'Günler',
      weeklyHours: { mon: OFFICE },
      days: [
        { date: '2026-06-01', kind: 'holiday', name: 'Şirket tatili' },
        { date: '2026-06-01', kind: 'half-day', closesAt: '13:00', name: 'Aynı gün' },
        {
          date: '2026-06-06',
          kind: 'working-day',
          name: 'Telafi',
          hours: [
            { from: '09:00', to: '13:00' },
            { from: '12:00', to: '14:00' },
          ],
        },
      ],
    });
    // Paths count the company's own days, not the public holidays merged in later.
    expect(days.json().errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)).toEqual(
      expect.arrayContaining(['days.1.date:duplicate_date', 'days.2.hours.1:overlapping_intervals']),
    );
    const list = await usta.app.inject({ url: '/api/v1/calendars', headers: manager });
    expect(list.json().items).toHaveLength(1);
  });

  it('creates a 24/7 calendar, edits it with optimistic concurrency and can make it the default', async () => {
    const allDay = [{ from: '00:00', to: '24:00' }];
    const created = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/calendars',
      headers: manager,
      payload: {
        name: '7/24 Nöbet',
        weeklyHours: {
          mon: allDay,
          tue: allDay,
          wed: allDay,
          thu: allDay,
          fri: allDay,
          sat: allDay,
          sun: allDay,
        },
        publicHolidays: 'none',
        days: [{ date: '2026-12-31', kind: 'half-day', closesAt: '13:00', name: 'Yılbaşı arifesi' }],
      },
    });
    expect(created.statusCode).toBe(201);
    const calendar = created.json<BusinessCalendar>();
    const edit = (payload: object) =>
      usta.app.inject({
        method: 'PATCH',
        url: `/api/v1/calendars/${calendar.id}`,
        headers: manager,
        payload,
      });
    const renamed = await edit({ name: '7/24 Nöbet Ekibi', version: 1 });
    expect(renamed.json()).toMatchObject({ name: '7/24 Nöbet Ekibi', version: 2 });
    const stale = await edit({ name: 'Eski', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: 2 });
    expect((await edit({ isDefault: true, version: 2 })).json()).toMatchObject({ isDefault: true });
    const all = (await usta.app.inject({ url: '/api/v1/calendars', headers: manager })).json<{
      items: BusinessCalendar[];
    }>();
    expect(all.items.filter((c) => c.isDefault).map((c) => c.id)).toEqual([calendar.id]);
    // Put the office calendar back as the default for the SLA tests below.
    const office = all.items.find((c) => c.id === defaultCalendar.id)!;
    await usta.app.inject({
      method: 'PATCH',
      url: `/api/v1/calendars/${office.id}`,
      headers: manager,
      payload: { isDefault: true, version: office.version },
    });
  });

  it('keeps calendars to their company and settings to those allowed', async () => {
    await usta.createOrganization('takvim');
    const other = await usta.as('manager@takvim.test');
    const foreign = await usta.app.inject({ url: `/api/v1/calendars/${defaultCalendar.id}`, headers: other });
    expect(foreign.statusCode).toBe(404);
    const foreignYear = await usta.app.inject({
      url: `/api/v1/calendars/${defaultCalendar.id}/year?year=2026`,
      headers: other,
    });
    expect(foreignYear.statusCode).toBe(404);
    const technician = await usta.as('teknisyen1@demo.usta');
    expect((await usta.app.inject({ url: '/api/v1/calendars', headers: technician })).statusCode).toBe(403);
  });
});

describe('SLA preview', () => {
  const preview = (payload: object, headers = manager) =>
    usta.app.inject({ method: 'POST', url: '/api/v1/sla/preview', headers, payload });

  it('P1 received on Friday 17:50 continues on Monday morning', async () => {
    const response = await preview({ priority: 'P1', receivedAt: '2026-03-13T17:50:00+03:00' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      calendarId: defaultCalendar.id,
      timeZone: 'Europe/Istanbul',
      clockStartsAt: '2026-03-13T17:50:00+03:00',
      responseDueAt: '2026-03-16T08:35:00+03:00',
      resolutionDueAt: '2026-03-16T12:20:00+03:00',
      targets: { firstResponse: { amount: 15, unit: 'minutes' }, resolution: { amount: 4, unit: 'hours' } },
    });
  });

  it('P3 around Ramazan Bayramı 2026: the arife half day counts, the bayram does not', async () => {
    const response = await preview({ priority: 'P3', receivedAt: '2026-03-19T08:00:00Z' }); // 11:00 in Istanbul
    expect(response.json()).toMatchObject({
      receivedAt: '2026-03-19T11:00:00+03:00',
      // 1 h 30 min before the arife closes (lunch at 12:30), the other 2 h 30 min on Monday.
      responseDueAt: '2026-03-23T11:00:00+03:00',
    });
  });

  it('starts the clock at the first working moment after a night-time call', async () => {
    const response = await preview({ priority: 'P2', receivedAt: '2026-03-17T23:10:00+03:00' });
    expect(response.json()).toMatchObject({
      clockStartsAt: '2026-03-18T08:30:00+03:00',
      responseDueAt: '2026-03-18T09:30:00+03:00',
    });
  });

  it('refuses a time without an offset, an unknown priority and a foreign calendar', async () => {
    const noOffset = await preview({ priority: 'P1', receivedAt: '2026-03-13T17:50:00' });
    expect(noOffset.json().errors).toEqual([expect.objectContaining({ path: 'receivedAt' })]);
    const badPriority = await preview({ priority: 'P9', receivedAt: '2026-03-13T17:50:00+03:00' });
    expect(badPriority.json().errors).toEqual([
      expect.objectContaining({ path: 'priority', code: 'invalid_value' }),
    ]);
    const other = await usta.as('admin@takvim.test');
    const foreign = await preview(
      { priority: 'P1', calendarId: defaultCalendar.id, receivedAt: '2026-03-13T17:50:00+03:00' },
      other,
    );
    expect(foreign.statusCode).toBe(404);
  });
});
