/**
 * Business calendars: one shared module for SLA clocks, scheduling and maintenance plans.
 * Instants are epoch milliseconds (UTC numbers) everywhere at this API.
 */
export { addBusinessDays } from './business-days.ts';
export {
  addBusinessTime,
  businessTimeBetween,
  isWorkingMoment,
  nextWorkingMoment,
  workingIntervalsBetween,
} from './business-time.ts';
export { formatDayNumber, parseDayNumber } from './civil-date.ts';
export { type CompiledCalendar, compileCalendar, type DayPlan } from './compile-calendar.ts';
export {
  createAlwaysOpenCalendar,
  createDefaultCalendar,
  DEFAULT_TIME_ZONE,
  type DefaultCalendarOptions,
  mergeCalendarDays,
} from './default-calendars.ts';
export { formatInstantWithOffset, localTimeOf } from './format-instant.ts';
export { ARIFE_CLOSES_AT, OFFICIAL_BAYRAMS, turkishPublicHolidays } from './holidays-tr.ts';
export { getOffsetMs, isValidTimeZone, localDayNumber, wallToInstant } from './time-zone.ts';
export * from './types.ts';
export { assertValidCalendar, validateCalendar } from './validate-calendar.ts';
export * from './validation-error.ts';
