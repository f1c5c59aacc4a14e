import type { Locale } from '@usta/contracts/common';
import { layOut, orDash, type RenderedEmail, textOf } from './render-helpers.ts';

/**
 * To the customer when the technician sets off from the field app (issue 7): "technician on the
 * way". Data keys: `number`, `technicianName`, `address`, `recipientName`.
 */
export function renderTechnicianOnTheWay(locale: Locale, data: Record<string, unknown>): RenderedEmail {
  const t = (key: string) => textOf(data, key);
  const tr = locale === 'tr';
  const number = orDash(t('number'), locale);
  const recipient = t('recipientName');
  const technician = t('technicianName');
  return layOut({
    locale,
    subject: tr ? `Teknisyenimiz yolda: ${number}` : `Our technician is on the way: ${number}`,
    greeting: tr
      ? `Sayın${recipient ? ` ${recipient}` : ' müşterimiz'},`
      : `Dear${recipient ? ` ${recipient}` : ' customer'},`,
    intro: tr
      ? `${number} numaralı servis kaydınız için teknisyenimiz${technician ? ` ${technician}` : ''} size doğru yola çıktı.`
      : `For service record ${number}, our technician${technician ? ` ${technician}` : ''} is on the way to you.`,
    rows: [
      [tr ? 'Servis kaydı' : 'Service record', number],
      [tr ? 'Teknisyen' : 'Technician', orDash(technician, locale)],
      [tr ? 'Adres' : 'Address', orDash(t('address'), locale)],
    ],
    link: null,
    linkLabel: '',
    closing: tr ? 'Usta servis takip sistemi' : 'Usta service management',
  });
}
