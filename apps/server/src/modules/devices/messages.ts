import type { Catalogue } from '../../http/messages.ts';

/** The devices module's field-level texts, keyed by issue code, merged in http/messages.ts. */
export const fieldTexts = {
  serial_number_taken: {
    tr: 'Bu markada bu seri numarasıyla bir cihaz zaten kayıtlı.',
    en: 'A device of this brand with this serial number is already registered.',
  },
  warranty_end_before_start: {
    tr: 'Garanti bitişi başlangıcından önce olamaz.',
    en: 'The warranty cannot end before it starts.',
  },
} satisfies Record<string, Catalogue>;
