import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { isApiError } from '../api/problem.ts';
import i18n from '../i18n/index.ts';

/** The sentence to show for a failed request: the server's own (translated) detail if any. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.problem?.detail || i18n.t('common.unexpectedError');
  // fetch rejects with a TypeError when the network or the server is unreachable.
  if (error instanceof TypeError) return i18n.t('common.networkError');
  return i18n.t('common.unexpectedError');
}

export function notifyError(error: unknown): void {
  // A 401 that survived the refresh means the session is over; the router is already on its
  // way to the login page, which says so itself.
  if (isApiError(error) && error.status === 401) return;
  notifications.show({
    color: 'red',
    icon: <IconAlertTriangle size={18} />,
    title: i18n.t('common.errorTitle'),
    message: errorMessage(error),
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', icon: <IconCheck size={18} />, message, autoClose: 4000 });
}

export function notifyWarning(title: string, message: string): void {
  notifications.show({
    color: 'yellow',
    icon: <IconAlertTriangle size={18} />,
    title,
    message,
    autoClose: 8000,
  });
}
