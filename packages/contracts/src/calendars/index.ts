import { z } from 'zod';
import { pageOf } from '../common/index.ts';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'invalid_time' });
const localDate = z.iso.date({ message: 'invalid_date' });

export const workingIntervalSchema = z.strictObject({ from: time, to: time });

export const weeklyHoursSchema = z.strictObject({
  mon: z.array(workingIntervalSchema).max(6).optional(),
  tue: z.array(workingIntervalSchema).max(6).optional(),
  wed: z.array(workingIntervalSchema).max(6).optional(),
  thu: z.array(workingIntervalSchema).max(6).optional(),
  fri: z.array(workingIntervalSchema).max(6).optional(),
  sat: z.array(workingIntervalSchema).max(6).optional(),
  sun: z.array(workingIntervalSchema).max(6).optional(),
});

/** A company's own dated exception; public holidays come from the holiday source. */
export const calendarDaySchema = z.discriminatedUnion('kind', [
  z.strictObject({ date: localDate, kind: z.literal('holiday'), name: z.string().trim().min(1).max(200) }),
  z.strictObject({
    date: localDate,
    kind: z.literal('half-day'),
    closesAt: time,
    name: z.string().trim().min(1).max(200),
  }),
  z.strictObject({
    date: localDate,
    kind: z.literal('working-day'),
    hours: z.array(workingIntervalSchema).min(1).max(6),
    name: z.string().trim().min(1).max(200),
  }),
]);

export const publicHolidaySourceSchema = z.enum(['TR', 'none']);

export const createCalendarBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  timeZone: z.string().min(1).max(100).default('Europe/Istanbul'),
  weeklyHours: weeklyHoursSchema,
  days: z.array(calendarDaySchema).max(1000).default([]),
  publicHolidays: publicHolidaySourceSchema.default('TR'),
  isDefault: z.boolean().default(false),
});
export type CreateCalendarBody = z.infer<typeof createCalendarBodySchema>;

export const updateCalendarBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  timeZone: z.string().min(1).max(100).optional(),
  weeklyHours: weeklyHoursSchema.optional(),
  days: z.array(calendarDaySchema).max(1000).optional(),
  publicHolidays: publicHolidaySourceSchema.optional(),
  isDefault: z.literal(true).optional(),
  version: z.number().int(),
});
export type UpdateCalendarBody = z.infer<typeof updateCalendarBodySchema>;

export const calendarSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  timeZone: z.string(),
  weeklyHours: weeklyHoursSchema,
  days: z.array(calendarDaySchema),
  publicHolidays: publicHolidaySourceSchema,
  isDefault: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type BusinessCalendar = z.infer<typeof calendarSchema>;

export const calendarPageSchema = pageOf(calendarSchema);

export const calendarYearQuerySchema = z.strictObject({ year: z.coerce.number().int().min(2000).max(2099) });

/** One local day of the year view: what a manager checks against the official calendar. */
export const calendarYearDaySchema = z.object({
  date: z.string(),
  weekday: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
  kind: z.enum(['working', 'closed', 'holiday', 'half-day', 'working-day']),
  name: z.string().nullable(),
  source: z.enum(['public', 'company']).nullable(),
  intervals: z.array(z.object({ from: z.string(), to: z.string() })),
  workingMinutes: z.number().int(),
});

export const calendarYearSchema = z.object({
  calendarId: z.uuid(),
  year: z.number().int(),
  timeZone: z.string(),
  workingDays: z.number().int(),
  workingHours: z.number(),
  days: z.array(calendarYearDaySchema),
});
export type CalendarYear = z.infer<typeof calendarYearSchema>;
