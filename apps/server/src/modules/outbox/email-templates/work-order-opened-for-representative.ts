import type { Locale } from '@usta/contracts/common';
import { formatWhen, layOut, orDash, type RenderedEmail, safeLink, textOf } from './render-helpers.ts';

/**
 * To the customer representative when a work order opens for one of their customers (seed 001:
 * "Açılan her servis formu için ilgili müşteri temsilcisine e-posta gönderilir").
 *
 * Data keys (all strings; any may be missing and prints as "—"):
 * - `number`         work-order number, e.g. "SRV-2026-000123"
 * - `customerName`   the customer account's name
 * - `device`         one line about the device, e.g. "Arçelik 9 kg çamaşır makinesi · SN 123"
 * - `complaint`      the customer's complaint as recorded
 * - `priority`       e.g. "P2" or "P2 · Yüksek"
 * - `link`           absolute http(s) URL of the order in the back office
 * - optional: `recipientName` (greeting), `requestedDate` (ISO date), `openedByName`, `openedAt`
 *   (ISO time), `timeZone`
 */
export function renderWorkOrderOpenedForRepresentative(
  locale: Locale,
  data: Record<string, unknown>,
): RenderedEmail {
  const t = (key: string) => textOf(data, key);
  const number = orDash(t('number'), locale);
  const customer = orDash(t('customerName'), locale);
  const recipient = t('recipientName');
  const openedAt = formatWhen(t('openedAt'), locale, t('timeZone') ?? undefined);
  const openedBy = t('openedByName');
  const tr = locale === 'tr';
  const rows: [string, string][] = [
    [tr ? 'İş emri no' : 'Work order', number],
    [tr ? 'Müşteri' : 'Customer', customer],
    [tr ? 'Cihaz' : 'Device', orDash(t('device'), locale)],
    [tr ? 'Şikâyet' : 'Complaint', orDash(t('complaint'), locale)],
    [tr ? 'Öncelik' : 'Priority', orDash(t('priority'), locale)],
  ];
  const requested = formatWhen(t('requestedDate'), locale, t('timeZone') ?? undefined);
  if (requested) rows.push([tr ? 'İstenen tarih' : 'Requested date', requested]);
  if (openedAt) rows.push([tr ? 'Açılış' : 'Opened', openedAt]);
  if (openedBy) rows.push([tr ? 'Açan' : 'Opened by', openedBy]);
  return layOut({
    locale,
    subject: tr ? `Yeni servis kaydı ${number} · ${customer}` : `New work order ${number} · ${customer}`,
    greeting: tr
      ? `Merhaba${recipient ? ` ${recipient}` : ''},`
      : `Hello${recipient ? ` ${recipient}` : ''},`,
    intro: tr
      ? `Temsilcisi olduğunuz ${customer} müşterisi için ${number} numaralı servis kaydı açıldı.`
      : `Work order ${number} has been opened for ${customer}, a customer you represent.`,
    rows,
    link: safeLink(t('link')),
    linkLabel: tr ? 'Kaydı görüntüle' : 'View the work order',
    closing: tr ? 'Usta servis takip sistemi' : 'Usta service management',
  });
}
