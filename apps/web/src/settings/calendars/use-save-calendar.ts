import type { BusinessCalendar } from '@usta/contracts/calendars';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem.ts';
import { notifyError, notifySuccess, notifyWarning } from '../../app/notify.tsx';
import { checkCalendarForm, placeServerErrors, type RowErrors } from './calendar-errors.ts';
import { type CalendarFormValues, toCalendarBody, toFormValues } from './calendar-form-values.ts';
import { useCreateCalendar, useUpdateCalendar } from './use-calendars.ts';

export interface SaveOutcome {
  saved: BusinessCalendar | null;
  /** The calendar as the server has it now, after a 409: the form reloads from it. */
  reloaded: BusinessCalendar | null;
}

function conflictCurrent(error: unknown): BusinessCalendar | null {
  if (!isApiError(error) || error.status !== 409 || error.code !== 'CONFLICT') return null;
  const current = (error.problem as { current?: unknown } | null)?.current;
  return typeof current === 'object' && current !== null && 'version' in current
    ? (current as BusinessCalendar)
    : null;
}

/**
 * Create or edit, with the errors placed on their rows: first the browser's own checks, then
 * the server's problem+json `errors[]`. A 409 hands back the server's current calendar.
 */
export function useSaveCalendar(base: BusinessCalendar | null) {
  const { t } = useTranslation();
  const create = useCreateCalendar();
  const update = useUpdateCalendar();
  const [errors, setErrors] = useState<RowErrors>({});
  const [unplaced, setUnplaced] = useState<string[]>([]);

  async function save(values: CalendarFormValues): Promise<SaveOutcome> {
    const client = checkCalendarForm(values);
    if (Object.keys(client).length > 0) {
      setErrors(
        Object.fromEntries(Object.entries(client).map(([row, code]) => [row, t(`calendars.errors.${code}`)])),
      );
      setUnplaced([]);
      return { saved: null, reloaded: null };
    }
    setErrors({});
    setUnplaced([]);
    const body = toCalendarBody(values);
    try {
      if (!base) {
        const saved = await create.mutateAsync(body);
        notifySuccess(t('calendars.form.created', { name: saved.name }));
        return { saved, reloaded: null };
      }
      const { isDefault: _isDefault, ...changes } = body;
      const saved = await update.mutateAsync({
        id: base.id,
        changes: {
          ...changes,
          // The server only accepts `true`: a default is replaced by making another one default.
          ...(values.isDefault && !base.isDefault ? { isDefault: true as const } : {}),
          version: base.version,
        },
      });
      notifySuccess(t('calendars.form.saved', { name: saved.name }));
      return { saved, reloaded: null };
    } catch (error) {
      const current = conflictCurrent(error);
      if (current) {
        notifyWarning(t('calendars.form.conflictTitle'), t('calendars.form.conflictMessage'));
        return { saved: null, reloaded: current };
      }
      const placed = isApiError(error) ? placeServerErrors(error.fieldErrors, values.days.length) : null;
      if (placed && (Object.keys(placed.rows).length > 0 || placed.unplaced.length > 0)) {
        setErrors(placed.rows);
        setUnplaced(placed.unplaced);
      } else {
        notifyError(error);
      }
      return { saved: null, reloaded: null };
    }
  }

  /** The row was edited: its old complaint no longer applies. */
  function clearRows(prefix: string) {
    setErrors((old) => Object.fromEntries(Object.entries(old).filter(([row]) => !row.startsWith(prefix))));
  }

  return {
    save,
    errors,
    unplaced,
    clearRows,
    saving: create.isPending || update.isPending,
    reset: (calendar: BusinessCalendar) => {
      setErrors({});
      setUnplaced([]);
      return toFormValues(calendar);
    },
  };
}
