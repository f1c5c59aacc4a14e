import type { Locale } from '@usta/contracts/common';
import { formatRange, layOut, orDash, type RenderedEmail, textOf } from './render-helpers.ts';

/**
 * To the technician whenever a visit of theirs is planned, moved or cancelled (issue 6: "every
 * change reaches the technician").
 *
 * Data keys (strings; any may be missing and prints as "—"): `number`, `customerName`,
 * `address`, `start`, `end` (ISO date-times of the visit), `windowStart`, `windowEnd` (promised
 * window), `change` ('planned' | 'moved' | 'cancelled'), `complaint`, `recipientName`, `timeZone`.
 */
export function renderVisitChangedForTechnician(
  locale: Locale,
  data: Record<string, unknown>,
): RenderedEmail {
  const t = (key: string) => textOf(data, key);
  const tr = locale === 'tr';
  const zone = t('timeZone') ?? undefined;
  const number = orDash(t('number'), locale);
  const customer = orDash(t('customerName'), locale);
  const change = t('change') ?? 'planned';
  const recipient = t('recipientName');
  const verbTr = change === 'cancelled' ? 'iptal edildi' : change === 'moved' ? 'değişti' : 'planlandı';
  const verbEn =
    change === 'cancelled' ? 'was cancelled' : change === 'moved' ? 'was changed' : 'was planned';
  return layOut({
    locale,
    subject: tr ? `Ziyaret ${verbTr}: ${number} · ${customer}` : `Visit ${verbEn}: ${number} · ${customer}`,
    greeting: tr
      ? `Merhaba${recipient ? ` ${recipient}` : ''},`
      : `Hello${recipient ? ` ${recipient}` : ''},`,
    intro: tr ? `${number} numaralı iş için ziyaretiniz ${verbTr}.` : `Your visit for ${number} ${verbEn}.`,
    rows: [
      [tr ? 'İş emri no' : 'Work order', number],
      [tr ? 'Müşteri' : 'Customer', customer],
      [tr ? 'Adres' : 'Address', orDash(t('address'), locale)],
      [tr ? 'Planlanan' : 'Planned', orDash(formatRange(t('start'), t('end'), locale, zone), locale)],
      [
        tr ? 'Müşteriye verilen aralık' : 'Window promised',
        orDash(formatRange(t('windowStart'), t('windowEnd'), locale, zone), locale),
      ],
      [tr ? 'Şikâyet' : 'Complaint', orDash(t('complaint'), locale)],
    ],
    link: null,
    linkLabel: '',
    closing: tr ? 'Usta servis takip sistemi' : 'Usta service management',
  });
}
