import { describe, expect, it } from 'vitest';
import { EMAIL_TEMPLATES, renderEmail } from './index.ts';

describe('e-mail templates', () => {
  it('render every template in both languages from empty data, with dashes for what is missing', () => {
    for (const template of EMAIL_TEMPLATES) {
      for (const locale of ['tr', 'en'] as const) {
        const email = renderEmail(template, locale, {});
        expect(email.subject).toContain('—');
        expect(email.text).toMatch(/—/);
        expect(email.text).not.toMatch(/undefined|null|\[object/);
        expect(email.html).toContain(`lang="${locale}"`);
      }
    }
  });

  it('prints a same-day appointment as one date with two times, in Istanbul time', () => {
    const email = renderEmail('work_order_assigned_to_technician', 'tr', {
      appointmentStart: '2026-11-24T07:00:00Z',
      appointmentEnd: '2026-11-24T09:30:00Z',
      requestedDate: '2026-11-20',
    });
    expect(email.text).toMatch(/Randevu:\s+24 Kas 2026 10:00 – 12:30/);
    expect(email.text).not.toContain('İstenen tarih');
  });

  it('falls back to the requested date, and ignores objects where text is expected', () => {
    const email = renderEmail('work_order_assigned_to_technician', 'en', {
      requestedDate: '2026-11-20',
      complaint: { nested: true },
      number: 42,
    });
    expect(email.text).toMatch(/Requested date:\s+20 Nov 2026/);
    expect(email.text).toMatch(/Complaint:\s+—/);
    expect(email.subject).toBe('Assigned to you: 42 · —');
  });

  it('shows the requested date to the representative when given', () => {
    const email = renderEmail('work_order_opened_for_representative', 'tr', { requestedDate: '2026-11-20' });
    expect(email.text).toMatch(/İstenen tarih:\s+20 Kas 2026/);
  });
});
