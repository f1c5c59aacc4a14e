import { describe, expect, it } from 'vitest';
import { checkCalendarForm, placeServerErrors, rowOfPath } from './calendar-errors.ts';
import { newCalendarValues, newCompanyDay } from './calendar-form-values.ts';

describe('rowOfPath', () => {
  it.each([
    ['weeklyHours.mon.1', 'weeklyHours.mon.1'],
    ['weeklyHours.mon.1.from', 'weeklyHours.mon.1'],
    ['weeklyHours.sun.0.to', 'weeklyHours.sun.0'],
    ['weeklyHours.tue', 'weeklyHours.tue'],
    ['weeklyHours', 'weeklyHours'],
    ['days.3.closesAt', 'days.3'],
    ['days.12', 'days.12'],
    ['timeZone', 'timeZone'],
    ['name', 'name'],
  ])('%s → %s', (path, row) => expect(rowOfPath(path)).toBe(row));

  it('has no row for fields the form does not show', () => {
    expect(rowOfPath('version')).toBeNull();
    expect(rowOfPath('weeklyHours.holiday.0')).toBeNull();
  });
});

describe('placeServerErrors', () => {
  it('keeps the first message per row and collects the rest as unplaced', () => {
    const placed = placeServerErrors(
      [
        { path: 'weeklyHours.mon.1', code: 'overlapping_intervals', message: 'Çakışıyor.' },
        { path: 'weeklyHours.mon.1.to', code: 'invalid_time', message: 'Saat hatalı.' },
        { path: 'timeZone', code: 'unknown_time_zone', message: 'Bilinmeyen saat dilimi.' },
        { path: 'weeklyHours', code: 'no_working_time', message: 'Çalışma saati yok.' },
        { path: 'isDefault', code: 'invalid_value', message: 'Olmaz.' },
        { path: 'days.1.closesAt', code: 'invalid_time', message: 'Kapanış hatalı.' },
        { path: 'days.67.hours.1', code: 'overlapping_intervals', message: 'Gün çakışıyor.' },
      ],
      2,
    );
    expect(placed.rows).toEqual({
      'weeklyHours.mon.1': 'Çakışıyor.',
      timeZone: 'Bilinmeyen saat dilimi.',
      weeklyHours: 'Çalışma saati yok.',
      'days.1': 'Kapanış hatalı.',
    });
    expect(placed.unplaced).toEqual(['Olmaz.', 'Gün çakışıyor.']);
  });
});

describe('checkCalendarForm', () => {
  it('accepts the office week with a name', () => {
    expect(checkCalendarForm({ ...newCalendarValues(), name: 'Merkez' })).toEqual({});
  });

  it('wants a name and well-formed times; leaves weekly overlaps to the server', () => {
    const values = newCalendarValues();
    values.weeklyHours.mon = [
      { from: '08:30', to: '12:30' },
      { from: '12:00', to: '18:00' },
    ];
    values.weeklyHours.tue = [{ from: '8', to: '24:00' }];
    expect(checkCalendarForm(values)).toEqual({ name: 'required', 'weeklyHours.tue.0': 'invalid_time' });
  });

  it('checks company days in full: duplicates, names, half-day closing, overlapping hours', () => {
    const values = { ...newCalendarValues(), name: 'Merkez' };
    values.days = [
      { ...newCompanyDay('2026-12-31'), name: 'Yılbaşı öncesi' },
      { ...newCompanyDay('2026-12-31'), name: 'Tekrar' },
      newCompanyDay('2026-12-30'),
      { ...newCompanyDay('2026-12-29'), kind: 'half-day', closesAt: '25:00', name: 'Erken' },
      {
        ...newCompanyDay('2026-11-28'),
        kind: 'working-day',
        name: 'Telafi',
        hours: [
          { from: '09:00', to: '13:00' },
          { from: '12:00', to: '14:00' },
        ],
      },
      { ...newCompanyDay(''), name: 'Tarihsiz' },
    ];
    expect(checkCalendarForm(values)).toEqual({
      'days.1': 'duplicate_date',
      'days.2': 'required',
      'days.3': 'invalid_time',
      'days.4': 'overlapping_intervals',
      'days.5': 'invalid_date',
    });
  });
});
