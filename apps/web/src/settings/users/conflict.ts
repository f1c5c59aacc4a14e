import { isApiError } from '../../api/problem.ts';
import { notifyWarning } from '../../app/notify.tsx';
import i18n from '../../i18n/index.ts';

/** Someone saved the user after we loaded it (optimistic concurrency, `version`). */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.code === 'CONFLICT';
}

/** The record as it is now, which the server sends with a 409 (`current`). */
export function conflictCurrent(error: unknown): { active: boolean; version: number } | null {
  if (!isConflict(error) || !isApiError(error)) return null;
  const current = (error.problem as { current?: unknown } | null)?.current;
  if (typeof current !== 'object' || current === null) return null;
  const { active, version } = current as { active?: unknown; version?: unknown };
  return typeof active === 'boolean' && typeof version === 'number' ? { active, version } : null;
}

export function notifyConflict(): void {
  notifyWarning(i18n.t('users.conflict.title'), i18n.t('users.conflict.message'));
}
