import type { CalendarDay, WeeklyHours } from '@usta/core/calendar';
import { sql } from 'drizzle-orm';
import { boolean, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns.ts';
import { organizationIdColumn } from '../organizations/tables.ts';

/**
 * Business calendars (one shared module: SLA clocks, scheduling and maintenance plans all count
 * time through these). `days` holds the company's own exceptions; public holidays come from
 * the holiday source named in `public_holidays` and are merged when a calendar is loaded.
 */
export const businessCalendars = pgTable(
  'business_calendars',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    weeklyHours: jsonb('weekly_hours').$type<WeeklyHours>().notNull(),
    days: jsonb('days').$type<CalendarDay[]>().notNull().default(sql`'[]'::jsonb`),
    publicHolidays: text('public_holidays', { enum: ['TR', 'none'] })
      .notNull()
      .default('TR'),
    isDefault: boolean('is_default').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('business_calendars_one_default').on(t.organizationId).where(sql`${t.isDefault}`),
    uniqueIndex('business_calendars_name_key').on(t.organizationId, t.name),
  ],
);
