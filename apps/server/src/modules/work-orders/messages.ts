import type { ErrorCode } from '../../http/errors.ts';
import type { Catalogue, ErrorTexts } from '../../http/messages.ts';

/** The work-orders module's error texts (problem detail and title), merged in http/messages.ts. */
export const errorTexts = {
  APPROVAL_REQUIRED: {
    tr: 'Son kontrole geçmeden önce müşteri onayı kaydedilmeli (imza, QR onayı veya onaylı teklif).',
    en: 'A customer approval (signature, QR confirmation or approved quote) must be recorded before the final check.',
    title: { tr: 'Müşteri onayı gerekli', en: 'Customer approval required' },
  },
  DIAGNOSIS_REQUIRED: {
    tr: 'Bu adım için teknisyen tespiti doldurulmalı.',
    en: 'The technician’s diagnosis must be filled in for this step.',
    title: { tr: 'Teknisyen tespiti gerekli', en: 'Diagnosis required' },
  },
  WORK_DONE_REQUIRED: {
    tr: 'Bu adım için yapılan işler doldurulmalı.',
    en: 'The work done must be filled in for this step.',
    title: { tr: 'Yapılan işler gerekli', en: 'Work done required' },
  },
  REASON_REQUIRED: {
    tr: 'İptal veya yeniden açma için bir gerekçe (not) yazın.',
    en: 'Give a reason (note) for cancelling or reopening.',
    title: { tr: 'Gerekçe gerekli', en: 'Reason required' },
  },
  MERGE_REFUSED: {
    tr: 'İş emirleri birleştirilemez: {reason}.',
    en: 'The work orders cannot be merged: {reason}.',
    title: { tr: 'Birleştirilemez', en: 'Merge refused' },
  },
  LINK_REFUSED: {
    tr: 'İş emirleri bağlanamaz: {reason}.',
    en: 'The work orders cannot be linked: {reason}.',
    title: { tr: 'Bağlanamaz', en: 'Link refused' },
  },
} satisfies Partial<Record<ErrorCode, ErrorTexts>>;

/** The work-orders module's field-level texts, keyed by issue code, merged in http/messages.ts. */
export const fieldTexts = {
  invalid_status: { tr: 'Bu durumla iş emri açılamaz.', en: 'A work order cannot be opened in this status.' },
  contact_of_other_customer: {
    tr: 'Yetkili kişi bu müşteriye ait değil.',
    en: 'The contact belongs to another customer.',
  },
  address_of_other_customer: {
    tr: 'Adres bu müşteriye ait değil.',
    en: 'The address belongs to another customer.',
  },
  device_of_other_customer: {
    tr: 'Cihaz bu müşteriye ait değil.',
    en: 'The device belongs to another customer.',
  },
  user_inactive: { tr: 'Kullanıcı pasif.', en: 'The user is inactive.' },
  order_finished: {
    tr: 'Kapanmış, iptal edilmiş veya birleştirilmiş iş emri düzenlenemez.',
    en: 'A closed, cancelled or merged work order cannot be edited.',
  },
  impact_required: {
    tr: 'Aciliyet ile birlikte etki de seçin.',
    en: 'Choose the impact together with the urgency.',
  },
  urgency_required: {
    tr: 'Etki ile birlikte aciliyet de seçin.',
    en: 'Choose the urgency together with the impact.',
  },
  status_in_use: {
    tr: 'Bu durum iş emirlerinde kullanılıyor; silmek yerine pasifleştirin.',
    en: 'This status is in use on work orders; retire it instead of removing it.',
  },
  category_cycle: {
    tr: 'Bir kategori kendi alt kategorisi olamaz.',
    en: 'A category cannot be its own subcategory.',
  },
} satisfies Record<string, Catalogue>;
