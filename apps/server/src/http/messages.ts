import type { Locale } from '@usta/contracts/common';
import type { ErrorCode, MessageParams } from './errors.ts';

type Catalogue = Record<Locale, string>;

const errors: Record<ErrorCode, Catalogue & { title: Catalogue }> = {
  VALIDATION_FAILED: {
    tr: 'Gönderilen bilgilerde hata var; işaretli alanları düzeltin.',
    en: 'Some of the submitted fields are invalid; correct the marked fields.',
    title: { tr: 'Geçersiz bilgi', en: 'Validation failed' },
  },
  MALFORMED_REQUEST: {
    tr: 'İstek okunamadı: {reason}',
    en: 'The request could not be read: {reason}',
    title: { tr: 'Hatalı istek', en: 'Malformed request' },
  },
  UNAUTHENTICATED: {
    tr: 'Bu işlem için oturum açmanız gerekiyor.',
    en: 'You need to sign in for this.',
    title: { tr: 'Oturum gerekli', en: 'Authentication required' },
  },
  INVALID_CREDENTIALS: {
    tr: 'E-posta veya parola hatalı.',
    en: 'The e-mail or password is incorrect.',
    title: { tr: 'Giriş başarısız', en: 'Sign-in failed' },
  },
  SESSION_ENDED: {
    tr: 'Oturumunuz sona erdi; lütfen yeniden giriş yapın.',
    en: 'Your session has ended; please sign in again.',
    title: { tr: 'Oturum sona erdi', en: 'Session ended' },
  },
  FORBIDDEN: {
    tr: 'Bu işlem için yetkiniz yok.',
    en: 'You are not allowed to do this.',
    title: { tr: 'Yetkisiz', en: 'Forbidden' },
  },
  NOT_FOUND: {
    tr: 'Aranan kayıt bulunamadı ({entity}).',
    en: 'The requested record was not found ({entity}).',
    title: { tr: 'Bulunamadı', en: 'Not found' },
  },
  CONFLICT: {
    tr: 'Kayıt siz düzenlerken başka biri tarafından değiştirildi; güncel hâlini inceleyip yeniden kaydedin.',
    en: 'Someone else changed this record while you were editing; review the current version and save again.',
    title: { tr: 'Çakışma', en: 'Conflict' },
  },
  ALREADY_EXISTS: {
    tr: 'Bu {field} ile bir kayıt zaten var.',
    en: 'A record with this {field} already exists.',
    title: { tr: 'Kayıt zaten var', en: 'Already exists' },
  },
  INVALID_TRANSITION: {
    tr: '“{from}” durumundan “{to}” durumuna geçilemez.',
    en: 'Cannot move from “{from}” to “{to}”.',
    title: { tr: 'Geçersiz durum geçişi', en: 'Invalid transition' },
  },
  IDEMPOTENCY_IN_PROGRESS: {
    tr: 'Aynı Idempotency-Key ile gönderilen istek hâlâ işleniyor.',
    en: 'A request with the same Idempotency-Key is still being processed.',
    title: { tr: 'İstek işleniyor', en: 'Request in progress' },
  },
  PAYLOAD_TOO_LARGE: {
    tr: 'İstek gövdesi çok büyük (en fazla {limit}).',
    en: 'The request body is too large (at most {limit}).',
    title: { tr: 'İstek çok büyük', en: 'Payload too large' },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    tr: 'Bu içerik türü desteklenmiyor: {contentType}. application/json gönderin.',
    en: 'Unsupported content type: {contentType}. Send application/json.',
    title: { tr: 'Desteklenmeyen içerik türü', en: 'Unsupported media type' },
  },
  IDEMPOTENCY_KEY_REUSED: {
    tr: 'Bu Idempotency-Key başka bir istek için kullanılmış.',
    en: 'This Idempotency-Key was already used for a different request.',
    title: { tr: 'Idempotency-Key yeniden kullanıldı', en: 'Idempotency key reused' },
  },
  UNPROCESSABLE: {
    tr: 'İşlem yapılamadı: {reason}',
    en: 'The request cannot be processed: {reason}',
    title: { tr: 'İşlenemedi', en: 'Unprocessable' },
  },
  RATE_LIMITED: {
    tr: 'Çok fazla deneme yapıldı; {seconds} saniye sonra yeniden deneyin.',
    en: 'Too many attempts; try again in {seconds} seconds.',
    title: { tr: 'Çok fazla istek', en: 'Too many requests' },
  },
  INTERNAL: {
    tr: 'Beklenmeyen bir hata oluştu. Hata kimliği: {requestId}',
    en: 'An unexpected error occurred. Error id: {requestId}',
    title: { tr: 'Sunucu hatası', en: 'Internal error' },
  },
  UNAVAILABLE: {
    tr: 'Hizmet şu anda kullanılamıyor.',
    en: 'The service is unavailable right now.',
    title: { tr: 'Hizmet kullanılamıyor', en: 'Service unavailable' },
  },
};

/** Field-level messages, keyed by the issue code (Zod's, or ours from `message: 'invalid_vkn'`). */
const fieldMessages: Record<string, Catalogue> = {
  required: { tr: 'Bu alan zorunludur.', en: 'This field is required.' },
  invalid_type: {
    tr: 'Bu alanın türü yanlış (beklenen: {expected}).',
    en: 'Wrong type (expected {expected}).',
  },
  too_small: { tr: 'Çok kısa veya küçük (en az {minimum}).', en: 'Too short or small (at least {minimum}).' },
  too_big: { tr: 'Çok uzun veya büyük (en fazla {maximum}).', en: 'Too long or large (at most {maximum}).' },
  invalid_format: { tr: 'Biçimi geçersiz ({format}).', en: 'Invalid format ({format}).' },
  invalid_value: {
    tr: 'Geçersiz değer; izin verilenler: {values}.',
    en: 'Invalid value; allowed: {values}.',
  },
  unrecognized_key: { tr: 'Bilinmeyen alan.', en: 'Unknown field.' },
  invalid_email: { tr: 'Geçerli bir e-posta adresi girin.', en: 'Enter a valid e-mail address.' },
  password_too_short: {
    tr: 'Parola en az 10 karakter olmalı.',
    en: 'The password must have at least 10 characters.',
  },
  roles_required: { tr: 'En az bir rol seçin.', en: 'Choose at least one role.' },
  already_taken: { tr: 'Bu değer zaten kullanılıyor.', en: 'This value is already in use.' },
  invalid_vkn: { tr: 'Vergi kimlik numarası geçersiz.', en: 'Invalid tax number (VKN).' },
  invalid_tckn: { tr: 'T.C. kimlik numarası geçersiz.', en: 'Invalid Turkish identity number (TCKN).' },
  invalid_tax_number: { tr: 'Vergi/T.C. kimlik numarası geçersiz.', en: 'Invalid tax or identity number.' },
  invalid_phone: { tr: 'Telefon numarası geçersiz.', en: 'Invalid phone number.' },
  cannot_deactivate_self: {
    tr: 'Kendi hesabınızı pasifleştiremezsiniz.',
    en: 'You cannot deactivate your own account.',
  },
  last_admin: {
    tr: 'Şirketin son etkin yöneticisinin yetkisi alınamaz.',
    en: 'The organisation’s last active admin cannot lose that role.',
  },
  invalid: { tr: 'Geçersiz değer.', en: 'Invalid value.' },
};

export function errorMessage(code: ErrorCode, locale: Locale, params: MessageParams = {}): string {
  return interpolate(errors[code][locale], params);
}

export function errorTitle(code: ErrorCode, locale: Locale): string {
  return errors[code].title[locale];
}

export function fieldMessage(code: string, locale: Locale, params: MessageParams = {}): string {
  const entry = fieldMessages[code] ?? fieldMessages.invalid!;
  return interpolate(entry[locale], params);
}

function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
