import type { Catalogue } from '../../http/messages.ts';

/** The attachments module's field-level texts, keyed by issue code, merged in http/messages.ts. */
export const fieldTexts = {
  unsupported_content_type: {
    tr: 'Bu dosya türü kabul edilmiyor (JPEG, PNG, WebP, HEIC ya da PDF gönderin).',
    en: 'This file type is not accepted (send JPEG, PNG, WebP, HEIC or PDF).',
  },
  invalid_range: {
    tr: 'Content-Range geçersiz (bytes <baş>-<son>/<toplam>).',
    en: 'Invalid Content-Range (bytes <from>-<to>/<total>).',
  },
  size_changed: {
    tr: 'Yüklemenin toplam boyutu değişti; yeni bir Upload-Id ile başlayın.',
    en: 'The upload’s total size changed; start again with a new Upload-Id.',
  },
  empty_file: { tr: 'Dosya boş.', en: 'The file is empty.' },
} satisfies Record<string, Catalogue>;
