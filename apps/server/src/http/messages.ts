import type { Locale } from '@usta/contracts/common';
import * as attachments from '../modules/attachments/messages.ts';
import * as calendars from '../modules/calendars/messages.ts';
import * as customers from '../modules/customers/messages.ts';
import * as devices from '../modules/devices/messages.ts';
import * as ola from '../modules/ola/messages.ts';
import * as planning from '../modules/planning/messages.ts';
import * as serviceForms from '../modules/service-forms/messages.ts';
import * as sla from '../modules/sla/messages.ts';
import * as sync from '../modules/sync/messages.ts';
import * as users from '../modules/users/messages.ts';
import * as workOrders from '../modules/work-orders/messages.ts';
import type { ErrorCode, MessageParams } from './errors.ts';

export type Catalogue = Record<Locale, string>;
export type ErrorTexts = Catalogue & { title: Catalogue };

// The texts live with their module (modules/<m>/messages.ts: `errorTexts`, `fieldTexts`); this file
// keeps the foundation's and the generic ones and merges them all into one registry.

const httpErrors = {
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
} satisfies Partial<Record<ErrorCode, ErrorTexts>>;

/** Field-level messages of no one module, keyed by the issue code (Zod's, or ours such as `message: 'invalid_date'`). */
const httpFields = {
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
  already_taken: { tr: 'Bu değer zaten kullanılıyor.', en: 'This value is already in use.' },
  not_found: { tr: 'Bu kayıt bulunamadı.', en: 'This record was not found.' },
  end_before_start: { tr: 'Bitiş başlangıçtan önce olamaz.', en: 'The end cannot be before the start.' },
  invalid_amount: {
    tr: 'Tutar en fazla iki ondalık haneli bir sayı olmalı (ör. 12500.50).',
    en: 'The amount must be a number with at most two decimals (e.g. 12500.50).',
  },
  invalid_date: { tr: 'Tarih YYYY-AA-GG biçiminde olmalı.', en: 'The date must be YYYY-MM-DD.' },
  invalid_time: { tr: 'Saat SS:DD biçiminde olmalı (ör. 08:30).', en: 'Time must be HH:MM (e.g. 08:30).' },
  invalid_datetime: {
    tr: 'Zaman ISO 8601 biçiminde ve saat dilimiyle olmalı.',
    en: 'Use an ISO 8601 time with an offset.',
  },
  not_positive: { tr: 'Değer sıfırdan büyük olmalı.', en: 'The value must be greater than zero.' },
  invalid: { tr: 'Geçersiz değer.', en: 'Invalid value.' },
} satisfies Record<string, Catalogue>;

const errors: Record<ErrorCode, ErrorTexts> = merge(
  httpErrors,
  planning.errorTexts,
  sla.errorTexts,
  workOrders.errorTexts,
);
const fieldMessages: Record<string, Catalogue> = merge(
  httpFields,
  attachments.fieldTexts,
  calendars.fieldTexts,
  customers.fieldTexts,
  devices.fieldTexts,
  ola.fieldTexts,
  planning.fieldTexts,
  serviceForms.fieldTexts,
  sla.fieldTexts,
  sync.fieldTexts,
  users.fieldTexts,
  workOrders.fieldTexts,
);

type Merged<P extends readonly object[]> = P extends readonly [infer H, ...infer R extends readonly object[]]
  ? H & Merged<R>
  : unknown;

/** One registry from the modules' catalogues; a code two of them define stops the server at start-up. */
function merge<const P extends readonly Record<string, unknown>[]>(...parts: P): Merged<P> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [code, texts] of Object.entries(part)) {
      if (Object.hasOwn(merged, code)) throw new Error(`message ${code} is defined twice`);
      merged[code] = texts;
    }
  }
  return merged as Merged<P>;
}

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
