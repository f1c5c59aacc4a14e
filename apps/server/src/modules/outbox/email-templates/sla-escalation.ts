import type { Locale } from '@usta/contracts/common';
import { formatWhen, layOut, orDash, type RenderedEmail, safeLink, textOf } from './render-helpers.ts';

/**
 * To whom an SLA escalation rule notifies (team lead, manager, …): an order is at a share of its
 * target, or has missed it.
 *
 * Data keys (strings; any may be missing and prints as "—"):
 * - `number`, `customerName`, `priority`, `complaint`
 * - `metric`       `firstResponse` or `resolution`
 * - `atPercent`    e.g. "75"; absent at the breach
 * - `breached`     "true" when the target is missed
 * - `dueAt`        ISO date-time of the due time; `timeZone` the calendar's zone
 * - optional: `recipientName`, `link`
 */
export function renderSlaEscalation(locale: Locale, data: Record<string, unknown>): RenderedEmail {
  const t = (key: string) => textOf(data, key);
  const tr = locale === 'tr';
  const number = orDash(t('number'), locale);
  const customer = orDash(t('customerName'), locale);
  const metric =
    t('metric') === 'firstResponse' ? (tr ? 'İlk yanıt' : 'First response') : tr ? 'Çözüm' : 'Resolution';
  const breached = t('breached') === 'true';
  const percent = t('atPercent');
  const headline = breached
    ? tr
      ? `${metric} hedefi aşıldı`
      : `${metric} target missed`
    : tr
      ? `${metric} süresinin %${percent ?? '?'}'i doldu`
      : `${percent ?? '?'} % of the ${metric.toLowerCase()} time used`;
  const recipient = t('recipientName');
  return layOut({
    locale,
    subject: tr ? `SLA: ${headline} · ${number}` : `SLA: ${headline} · ${number}`,
    greeting: tr
      ? `Merhaba${recipient ? ` ${recipient}` : ''},`
      : `Hello${recipient ? ` ${recipient}` : ''},`,
    intro: tr
      ? `${number} numaralı iş emrinde ${headline.toLocaleLowerCase('tr-TR')}.`
      : `Work order ${number}: ${headline.toLowerCase()}.`,
    rows: [
      [tr ? 'İş emri no' : 'Work order', number],
      [tr ? 'Müşteri' : 'Customer', customer],
      [tr ? 'Öncelik' : 'Priority', orDash(t('priority'), locale)],
      [
        tr ? 'Hedef zamanı' : 'Due',
        orDash(formatWhen(t('dueAt'), locale, t('timeZone') ?? undefined), locale),
      ],
      [tr ? 'Şikâyet' : 'Complaint', orDash(t('complaint'), locale)],
    ],
    link: safeLink(t('link')),
    linkLabel: tr ? 'İş emrini aç' : 'Open the work order',
    closing: tr ? 'Usta servis takip sistemi' : 'Usta service management',
  });
}
