import type { Locale } from '@usta/contracts/common';
import {
  formatRange,
  formatWhen,
  layOut,
  orDash,
  type RenderedEmail,
  safeLink,
  textOf,
} from './render-helpers.ts';

/**
 * To the technician a work order is assigned to (seed 001: "Atanan kişi e-posta ile
 * bilgilendirilir").
 *
 * Data keys (all strings; any may be missing and prints as "—"):
 * - `number`            work-order number
 * - `customerName`      the customer account's name
 * - `address`           where to go, one or more lines
 * - `appointmentStart`  ISO date-time of the appointment (`appointmentEnd` optional); when absent,
 * - `requestedDate`     the date the customer asked for (ISO date or date-time)
 * - `complaint`         the customer's complaint
 * - `link`              absolute http(s) URL of the order
 * - optional: `recipientName`, `device`, `priority`, `contactName`, `contactPhone`, `timeZone`
 */
export function renderWorkOrderAssignedToTechnician(
  locale: Locale,
  data: Record<string, unknown>,
): RenderedEmail {
  const t = (key: string) => textOf(data, key);
  const tr = locale === 'tr';
  const zone = t('timeZone') ?? undefined;
  const number = orDash(t('number'), locale);
  const customer = orDash(t('customerName'), locale);
  const recipient = t('recipientName');
  const start = formatRange(t('appointmentStart'), t('appointmentEnd'), locale, zone);
  const when: [string, string] = start
    ? [tr ? 'Randevu' : 'Appointment', start]
    : [tr ? 'İstenen tarih' : 'Requested date', orDash(formatWhen(t('requestedDate'), locale, zone), locale)];
  const contact = [t('contactName'), t('contactPhone')].filter(Boolean).join(' · ') || null;
  const rows: [string, string][] = [
    [tr ? 'İş emri no' : 'Work order', number],
    [tr ? 'Müşteri' : 'Customer', customer],
    [tr ? 'Adres' : 'Address', orDash(t('address'), locale)],
    when,
  ];
  if (contact) rows.push([tr ? 'Yetkili kişi' : 'Contact', contact]);
  const device = t('device');
  if (device) rows.push([tr ? 'Cihaz' : 'Device', device]);
  rows.push([tr ? 'Şikâyet' : 'Complaint', orDash(t('complaint'), locale)]);
  const priority = t('priority');
  if (priority) rows.push([tr ? 'Öncelik' : 'Priority', priority]);
  return layOut({
    locale,
    subject: tr ? `Size atanan iş: ${number} · ${customer}` : `Assigned to you: ${number} · ${customer}`,
    greeting: tr
      ? `Merhaba${recipient ? ` ${recipient}` : ''},`
      : `Hello${recipient ? ` ${recipient}` : ''},`,
    intro: tr
      ? `${number} numaralı iş emri size atandı. Ayrıntılar aşağıda.`
      : `Work order ${number} has been assigned to you. Details below.`,
    rows,
    link: safeLink(t('link')),
    linkLabel: tr ? 'İş emrini aç' : 'Open the work order',
    closing: tr ? 'Usta servis takip sistemi' : 'Usta service management',
  });
}
