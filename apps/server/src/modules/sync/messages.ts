import type { Catalogue } from '../../http/messages.ts';

/** The sync module's field-level texts, keyed by issue code, merged in http/messages.ts. */
export const fieldTexts = {
  invalid_cursor: {
    tr: 'Eşitleme imleci geçersiz; imleçsiz yeniden isteyin.',
    en: 'Invalid sync cursor; ask again without one.',
  },
} satisfies Record<string, Catalogue>;
