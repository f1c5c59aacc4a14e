import type { ErrorCode } from '../../http/errors.ts';
import type { Catalogue, ErrorTexts } from '../../http/messages.ts';

/** The SLA module's error texts (problem detail and title), merged in http/messages.ts. */
export const errorTexts = {
  SLA_REVIEW_REQUIRED: {
    tr: 'Bu iş emri SLA hedefini aştı: kapatmadan önce kök neden ve düzeltici/önleyici faaliyet (DÖF) girin.',
    en: 'This order breached its SLA: record a root cause and a corrective/preventive action (CAPA) before closing it.',
    title: { tr: 'SLA incelemesi gerekli', en: 'SLA review required' },
  },
} satisfies Partial<Record<ErrorCode, ErrorTexts>>;

/** The SLA module's field-level texts, keyed by issue code, merged in http/messages.ts. */
export const fieldTexts = {
  root_cause_required: { tr: 'SLA aşımının kök nedenini girin.', en: 'Record the root cause of the breach.' },
  capa_required: {
    tr: 'En az bir düzeltici/önleyici faaliyet (DÖF) ekleyin.',
    en: 'Add at least one corrective/preventive action (CAPA).',
  },
  unknown_calendar: { tr: 'Bu takvim bulunamadı.', en: 'No such calendar.' },
  unknown_status: { tr: 'Şirketin böyle bir durumu yok.', en: 'The company has no such status.' },
  unknown_phase: { tr: 'Böyle bir aşama yok.', en: 'No such phase.' },
  unknown_user: { tr: 'Bu kullanıcı bulunamadı.', en: 'No such user.' },
  whole_business_days: { tr: 'İş günü tam sayı olmalı.', en: 'Business days must be whole.' },
  at_percent_or_breach: {
    tr: 'Ya bir yüzde ya da "hedef aşıldığında" seçin (ikisi birden değil).',
    en: 'Choose either a percentage or "at breach" (not both).',
  },
  recipients_required: { tr: 'En az bir alıcı seçin.', en: 'Choose at least one recipient.' },
  team_required: { tr: 'Devredilecek ekibi seçin.', en: 'Choose the team to hand over to.' },
  invalid_recipient: { tr: 'Geçersiz alıcı.', en: 'Invalid recipient.' },
  policy_in_use: {
    tr: 'Bu politika varsayılan ya da müşterilere atanmış; silinemez.',
    en: 'This policy is the default or assigned to customers; it cannot be deleted.',
  },
} satisfies Record<string, Catalogue>;
