import { describe, expect, it } from 'vitest';
import { renderEmail } from '../outbox/index.ts';

const data = {
  number: 'SRV-2027-000012',
  customerName: 'Ayşe Güneş',
  address: 'Moda Cad. 1, Kadıköy, İstanbul',
  start: '2027-03-01T10:15:00+03:00',
  end: '2027-03-01T11:15:00+03:00',
  windowStart: '2027-03-01T10:00:00+03:00',
  windowEnd: '2027-03-01T12:00:00+03:00',
  change: 'moved',
  recipientName: 'Hasan',
  complaint: '<script>alert(1)</script>',
  timeZone: 'Europe/Istanbul',
};

describe('visit e-mails', () => {
  it('tell the technician what changed, in Turkish and English, escaping the data', () => {
    const tr = renderEmail('visit_changed_for_technician', 'tr', data);
    expect(tr.subject).toBe('Ziyaret değişti: SRV-2027-000012 · Ayşe Güneş');
    expect(tr.text).toContain('10:15 – 11:15');
    expect(tr.html).not.toContain('<script>');
    const en = renderEmail('visit_changed_for_technician', 'en', { ...data, change: 'cancelled' });
    expect(en.subject).toBe('Visit was cancelled: SRV-2027-000012 · Ayşe Güneş');
  });
  it('tell the customer the arrival window', () => {
    const tr = renderEmail('visit_window_for_customer', 'tr', data);
    expect(tr.subject).toContain('10:00 – 12:00');
    expect(tr.text).toContain('Geliş aralığı');
    expect(tr.text).not.toContain('alert');
  });
});
