import { type Calendar, validateCalendar } from '@usta/core/calendar';
import { AppError } from '../../http/errors.ts';

/** The core's calendar rules (overlaps, empty weeks, unknown zones) as a 400 with the fields. */
export function assertValidCalendar(calendar: Calendar): void {
  const result = validateCalendar(calendar);
  if (result.ok) return;
  throw new AppError(
    'VALIDATION_FAILED',
    {},
    result.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code.replaceAll('-', '_') })),
  );
}
