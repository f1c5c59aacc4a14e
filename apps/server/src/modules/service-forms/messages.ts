import type { Catalogue } from '../../http/messages.ts';

/** The service-forms module's field-level texts, keyed by issue code, merged in http/messages.ts. */
export const fieldTexts = {
  invalid_colour: {
    tr: 'Renk #rrggbb biçiminde olmalı (ör. #1c4e80).',
    en: 'Use a #rrggbb colour (e.g. #1c4e80).',
  },
  invalid_logo: {
    tr: 'Logo bir PNG veya JPEG görseli (data URL) olmalı.',
    en: 'The logo must be a PNG or JPEG image (data URL).',
  },
  duplicate_section: {
    tr: 'Bir bölüm yalnızca bir kez seçilebilir.',
    en: 'Each section may appear only once.',
  },
} satisfies Record<string, Catalogue>;
