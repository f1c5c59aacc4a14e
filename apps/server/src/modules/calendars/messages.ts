import type { Catalogue } from '../../http/messages.ts';

/** The calendars module's field-level texts, keyed by issue code, merged in http/messages.ts. */
export const fieldTexts = {
  overlapping_intervals: { tr: 'Çalışma aralıkları çakışıyor.', en: 'The working intervals overlap.' },
  empty_interval: {
    tr: 'Aralığın bitişi başlangıcından sonra olmalı.',
    en: 'The interval must end after it starts.',
  },
  no_working_time: { tr: 'Takvimde hiç çalışma saati yok.', en: 'The calendar has no working time.' },
  unknown_time_zone: { tr: 'Bilinmeyen saat dilimi.', en: 'Unknown time zone.' },
  duplicate_date: { tr: 'Bu tarih takvimde iki kez var.', en: 'This date appears twice.' },
} satisfies Record<string, Catalogue>;
