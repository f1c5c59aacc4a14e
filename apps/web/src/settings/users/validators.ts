import type { StaffRole } from '@usta/core/access';
import i18n from '../../i18n/index.ts';

// The same rules the server applies (see @usta/contracts/users), checked here first so the
// common mistakes are caught before a round trip. The server stays the judge.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 10;

export const validators = {
  email: (value: string) =>
    !value.trim()
      ? i18n.t('users.form.required')
      : EMAIL.test(value.trim())
        ? null
        : i18n.t('users.form.invalidEmail'),
  name: (value: string) => (value.trim() ? null : i18n.t('users.form.required')),
  password: (value: string) =>
    value.length >= MIN_PASSWORD_LENGTH ? null : i18n.t('users.form.passwordTooShort'),
  roles: (value: readonly StaffRole[]) => (value.length > 0 ? null : i18n.t('users.form.rolesRequired')),
};
