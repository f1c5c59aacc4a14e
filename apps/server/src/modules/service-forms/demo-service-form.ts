import type { Locale } from '@usta/contracts/common';
import type { ServiceFormData } from './service-form-data.ts';

/** The sample order the settings preview prints, so a company sees its template filled in. */
export function demoServiceFormData(companyName: string, locale: Locale, now = new Date()): ServiceFormData {
  const tr = locale === 'tr';
  // Whole working hours in Istanbul (UTC+3), so the sample reads like a real order.
  const day = (offset: number, istanbulHour: number, minute = 0) => {
    const date = new Date(now.getTime() + offset * 86_400_000);
    date.setUTCHours(istanbulHour - 3, minute, 0, 0);
    return date;
  };
  return {
    company: {
      name: companyName,
      address: 'Atatürk Mah. Gül Sok. No: 12/3, 34758 Ataşehir / İstanbul',
      phone: '0216 555 12 34',
      email: 'servis@ornekfirma.com.tr',
      website: 'www.ornekfirma.com.tr',
      taxOffice: 'Kozyatağı V.D.',
      taxNumber: '1234567890',
    },
    workOrder: {
      number: 'SRV-2026-000042',
      openedAt: day(-1, 9, 42),
      requestedDate: day(1, 12).toISOString().slice(0, 10),
      appointmentAt: day(1, 10),
      type: tr ? 'Arıza / onarım' : 'Repair',
      channel: tr ? 'Çağrı merkezi' : 'Call centre',
      priority: tr ? 'P2 · Yüksek' : 'P2 · High',
      statusName: tr ? 'Teknisyen yolda' : 'Technician en route',
      complaint: tr
        ? 'Buzdolabı soğutmuyor; derin dondurucu bölmesinde buzlanma var ve kapı contası yırtık. Müşteri, cihazın geceleri yüksek ses çıkardığını belirtiyor.'
        : 'The fridge does not cool; the freezer ices up and the door seal is torn. The customer reports a loud noise at night.',
      diagnosis: tr
        ? 'Fan motoru arızalı, kapı contası değişmeli. Gaz basıncı normal.'
        : 'Fan motor faulty, door seal to be replaced. Refrigerant pressure normal.',
      workDone: null,
    },
    customer: {
      name: 'Çağlar Işık Gıda Ltd. Şti.',
      taxOffice: 'Üsküdar V.D.',
      taxNumber: '0843118681',
      address: 'İnönü Cad. Şişli Plaza No: 8 D: 14, 34381 Şişli / İstanbul',
      phone: '+90 532 123 45 67',
      email: 'satinalma@caglarisik.com.tr',
    },
    contact: { name: 'Şükrü Öztürk', phone: '+90 533 765 43 21' },
    device: {
      brand: 'Arçelik',
      model: 'GN 163240 İXA',
      type: tr ? 'Buzdolabı (No-Frost)' : 'Refrigerator (no frost)',
      serialNumber: 'AR-2024-ĞÜŞ-00917',
      warrantyStatus: 'in_warranty',
      warrantyEndsOn: '2027-03-31',
    },
    technicians: ['İsmail Güneş'],
    parts: [
      {
        code: '4326990100',
        name: tr ? 'Fan motoru 12 V' : 'Fan motor 12 V',
        quantity: 1,
        unit: tr ? 'adet' : 'pc',
        unitPrice: 1250,
        total: 1250,
      },
      {
        code: '4905630400',
        name: tr ? 'Kapı contası (üst)' : 'Door seal (upper)',
        quantity: 1,
        unit: tr ? 'adet' : 'pc',
        unitPrice: 640.5,
        total: 640.5,
      },
    ],
    labour: [],
    notes: null,
    printedAt: now,
  };
}
