import type { Catalogue } from '../../http/messages.ts';

/** The users module's field-level texts, keyed by issue code, merged in http/messages.ts. */
export const fieldTexts = {
  password_too_short: {
    tr: 'Parola en az 10 karakter olmalı.',
    en: 'The password must have at least 10 characters.',
  },
  roles_required: { tr: 'En az bir rol seçin.', en: 'Choose at least one role.' },
  cannot_deactivate_self: {
    tr: 'Kendi hesabınızı pasifleştiremezsiniz.',
    en: 'You cannot deactivate your own account.',
  },
  last_admin: {
    tr: 'Şirketin son etkin yöneticisinin yetkisi alınamaz.',
    en: 'The organisation’s last active admin cannot lose that role.',
  },
} satisfies Record<string, Catalogue>;
