import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultServiceFormTemplate } from './default-template.ts';
import { demoServiceFormData } from './demo-service-form.ts';
import { renderServiceForm } from './render-service-form.ts';
import type { ServiceFormData } from './service-form-data.ts';
import { extractPdfText } from './test-support/extract-pdf-text.ts';

const TURKISH = 'ĞÜŞİÖÇ ğüşıöç';
const NOW = new Date('2026-11-23T09:00:00Z');

function sample(overrides: Partial<ServiceFormData> = {}): ServiceFormData {
  const data = demoServiceFormData('Işıklı Soğutma Servis Hizmetleri A.Ş.', 'tr', NOW);
  return {
    ...data,
    workOrder: { ...data.workOrder, complaint: `Şikâyet: ${TURKISH}`, diagnosis: `Tespit: ${TURKISH}` },
    customer: { ...data.customer, name: `Müşteri ${TURKISH}` },
    ...overrides,
  };
}

/** The text a PDF viewer would copy, normalised for comparisons. */
const textOf = (pdf: Buffer) => extractPdfText(pdf).pages.join('\n');

// A 2×1 red PNG, made here so the test needs no file.
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('renderServiceForm', () => {
  it('prints Turkish letters as text (embedded font), on one A4 page', async () => {
    const pdf = await renderServiceForm(sample(), defaultServiceFormTemplate('tr'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, mediaBoxes } = extractPdfText(pdf);
    expect(mediaBoxes).toEqual(['0 0 595.28 841.89']);
    const text = pages.join('\n');
    expect(text).toContain(`Şikâyet: ${TURKISH}`);
    expect(text).toContain(`Tespit: ${TURKISH}`);
    expect(text).toContain(`Müşteri ${TURKISH}`);
    expect(text).toContain('Işıklı Soğutma Servis Hizmetleri A.Ş.');
    for (const label of [
      'SERVİS FORMU',
      'Müşteri bilgileri',
      'Cihaz bilgileri',
      'Kullanılan parçalar',
      'İşçilik',
      'Onay',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('₺1.890,50'); // the parts' total, with the lira sign
    expect(text).toContain('Sayfa 1 / 1');
    expect(text).not.toContain('\uFFFD');
    // The font is embedded (a subset of DejaVu), not one of the 14 standard fonts.
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(pdf.toString('latin1')).toMatch(/DejaVuSansCondensed/);
  });

  it('agrees with poppler’s pdftotext where it is installed', async (context) => {
    if (!existsSync('/usr/bin/pdftotext')) return context.skip();
    const pdf = await renderServiceForm(sample(), defaultServiceFormTemplate('tr'));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
    expect(text).toContain(`Şikâyet: ${TURKISH}`);
    expect(text).toContain(`Müşteri ${TURKISH}`);
  });

  it('prints English labels for an English template, and the company’s own words', async () => {
    const template = {
      ...defaultServiceFormTemplate('en'),
      title: 'REPAIR SHEET',
      headerLines: ['Authorised service · 444 0 123'],
      signatureCaptions: ['Engineer', 'Customer', 'Supervisor'],
      footerText: 'KVKK notice: we keep your data safe.',
    };
    const text = textOf(await renderServiceForm(sample(), template));
    for (const words of [
      'REPAIR SHEET',
      'Authorised service · 444 0 123',
      'Customer',
      'Device',
      'Parts used',
      'Supervisor',
      'KVKK notice: we keep your data safe.',
      'Page 1 / 1',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain('Müşteri bilgileri');
  });

  it('prints only the chosen sections, in the chosen order', async () => {
    const template = {
      ...defaultServiceFormTemplate('tr'),
      sections: ['notes', 'complaint', 'signatures'] as const,
    };
    const text = textOf(
      await renderServiceForm(sample({ notes: 'Önce notlar' }), {
        ...template,
        sections: [...template.sections],
      }),
    );
    expect(text.indexOf('Notlar')).toBeLessThan(text.indexOf('Müşteri şikâyeti'));
    expect(text.indexOf('Müşteri şikâyeti')).toBeLessThan(text.indexOf('Onay'));
    expect(text).not.toContain('Kullanılan parçalar');
    expect(text).not.toContain('Cihaz bilgileri');
  });

  it('embeds a logo, and ignores one that is not an image', async () => {
    const logo = `data:image/png;base64,${tinyPng().toString('base64')}`;
    const withLogo = await renderServiceForm(sample(), { ...defaultServiceFormTemplate('tr'), logo });
    expect(withLogo.toString('latin1')).toMatch(/\/Subtype \/Image/);
    const broken = await renderServiceForm(
      sample({ company: { name: 'X', logo: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]) } }),
      defaultServiceFormTemplate('tr'),
    );
    expect(broken.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
  });

  it('renders blank lines for missing data, and long part lists over several pages', async () => {
    const bare: ServiceFormData = {
      company: { name: 'Boş Servis' },
      workOrder: { number: 'SRV-1' },
      customer: { name: 'Ali' },
    };
    const text = textOf(await renderServiceForm(bare, defaultServiceFormTemplate('tr')));
    expect(text).toContain('SRV-1');
    expect(text).toContain('Kullanılan parçalar');
    const parts = Array.from({ length: 60 }, (_, i) => ({
      name: `Parça ${i + 1} — çelik vida`,
      quantity: 2,
      unitPrice: 10,
      total: 20,
    }));
    const long = extractPdfText(await renderServiceForm(sample({ parts }), defaultServiceFormTemplate('tr')));
    expect(long.pages.length).toBeGreaterThan(1);
    const all = long.pages.join('\n');
    expect(all).toContain('Parça 60 — çelik vida');
    expect(all).toContain('₺1.200,00');
    expect(long.pages.at(-1)).toContain(`Sayfa ${long.pages.length} / ${long.pages.length}`);
    // Column headings repeat on the continuation page.
    expect(long.pages[1]).toContain('Birim fiyat');
  });
});
