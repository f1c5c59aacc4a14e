import type { Locale } from '@usta/contracts/common';
import { formatRange, layOut, orDash, type RenderedEmail, textOf } from './render-helpers.ts';

/**
 * To the customer's contact when the time window promised for a visit is set or changes
 * (issue 6). Data keys: `number`, `customerName`, `address`, `windowStart`, `windowEnd` (ISO),
 * `change`, `recipientName`, `timeZone`.
 */
export function renderVisitWindowForCustomer(locale: Locale, data: Record<string, unknown>): RenderedEmail {
  const t = (key: string) => textOf(data, key);
  const tr = locale === 'tr';
  const zone = t('timeZone') ?? undefined;
  const number = orDash(t('number'), locale);
  const recipient = t('recipientName');
  const window = orDash(formatRange(t('windowStart'), t('windowEnd'), locale, zone), locale);
  const cancelled = t('change') === 'cancelled';
  return layOut({
    locale,
    subject: tr
      ? `Servis randevunuz${cancelled ? ' iptal edildi' : ''}: ${window}`
      : `Your service appointment${cancelled ? ' was cancelled' : ''}: ${window}`,
    greeting: tr
      ? `Sayın${recipient ? ` ${recipient}` : ' müşterimiz'},`
      : `Dear${recipient ? ` ${recipient}` : ' customer'},`,
    intro: cancelled
      ? tr
        ? `${number} numaralı servis kaydınız için randevunuz iptal edildi; sizi yeniden arayacağız.`
        : `Your appointment for service record ${number} was cancelled; we will call you again.`
      : tr
        ? `${number} numaralı servis kaydınız için teknisyenimiz aşağıdaki zaman aralığında gelecek.`
        : `For service record ${number}, our technician will arrive within the window below.`,
    rows: [
      [tr ? 'Servis kaydı' : 'Service record', number],
      [tr ? 'Adres' : 'Address', orDash(t('address'), locale)],
      [tr ? 'Geliş aralığı' : 'Arrival window', window],
    ],
    link: null,
    linkLabel: '',
    closing: tr ? 'Usta servis takip sistemi' : 'Usta service management',
  });
}
