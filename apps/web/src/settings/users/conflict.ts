import { isApiError } from '../../api/problem.ts';
import { notifyWarning } from '../../app/notify.tsx';
import i18n from '../../i18n/index.ts';

/** Someone saved the user after we loaded it (optimistic concurrency, `version`). */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.code === 'CONFLICT';
}

export function notifyConflict(): void {
  notifyWarning(i18n.t('users.conflict.title'), i18n.t('users.conflict.message'));
}
