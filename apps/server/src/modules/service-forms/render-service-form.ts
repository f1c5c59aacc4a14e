import type { ServiceFormSection, ServiceFormTemplateContent } from '@usta/contracts/service-forms';
import PDFDocument from 'pdfkit';
import { LABELS, type Labels } from './labels.ts';
import { drawFooters, footerHeight } from './pdf/draw-footer.ts';
import { drawHeader } from './pdf/draw-header.ts';
import { drawSignatures } from './pdf/draw-signatures.ts';
import { drawTable } from './pdf/draw-table.ts';
import { formFonts } from './pdf/fonts.ts';
import {
  A4,
  type Canvas,
  createCanvas,
  drawFieldGrid,
  drawTextBox,
  type Field,
  MARGIN,
} from './pdf/form-canvas.ts';
import { decodeImage, formatDate, formatMoney, formatNumber, joinNonEmpty, tint } from './pdf/format.ts';
import type { ServiceFormData } from './service-form-data.ts';

export type ServiceFormTemplate = ServiceFormTemplateContent;

/**
 * Renders one work order's service form as an A4 PDF, laid out by the company's template.
 * Pure apart from reading the font files once: same data and template, same pages.
 */
export async function renderServiceForm(
  data: ServiceFormData,
  template: ServiceFormTemplate,
): Promise<Buffer> {
  const locale = template.locale;
  const labels: Labels = LABELS[locale];
  const zone = data.timeZone ?? 'Europe/Istanbul';
  const currency = data.currency ?? 'TRY';
  const when = (value: Date | string | null | undefined) => formatDate(value, locale, zone);
  const title = template.title?.trim() || labels.title;

  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    lang: locale === 'tr' ? 'tr-TR' : 'en-GB',
    info: { Title: `${title} ${data.workOrder.number}`, Author: data.company.name, Creator: 'Usta' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fonts = formFonts();
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);

  const footer = template.footerText;
  const canvas: Canvas = createCanvas(doc, template.accentColour, tint(template.accentColour, 0.86), 0);
  canvas.bottom = A4.height - MARGIN - footerHeight(canvas, footer) - 4;

  const company = data.company;
  drawHeader(canvas, {
    logo: decodeImage(template.logo) ?? decodeImage(company.logo),
    companyName: company.name,
    companyLines: [
      company.address ?? '',
      joinNonEmpty([company.phone, company.email, company.website]),
      joinNonEmpty([company.taxOffice, company.taxNumber], ' / '),
      ...template.headerLines,
    ].filter((line) => line.trim()),
    title,
    number: [labels.number, data.workOrder.number],
    facts: [
      [labels.openedAt, when(data.workOrder.openedAt)],
      [labels.status, data.workOrder.statusName ?? ''],
    ].filter(([, value]) => value) as [string, string][],
  });

  const sections = template.sections;
  sections.forEach((section, index) =>
    drawSection(canvas, section, data, template, labels, when, currency, index === sections.length - 1),
  );

  const printed = when(data.printedAt ?? new Date());
  drawFooters(canvas, footer, (page, pages) =>
    joinNonEmpty([
      data.workOrder.number,
      `${labels.printed}: ${printed}`,
      `${labels.page} ${page} / ${pages}`,
    ]),
  );
  doc.end();
  return finished;
}

function drawSection(
  canvas: Canvas,
  section: ServiceFormSection,
  data: ServiceFormData,
  template: ServiceFormTemplate,
  labels: Labels,
  when: (value: Date | string | null | undefined) => string,
  currency: string,
  last: boolean,
): void {
  const locale = template.locale;
  const title = labels.sections[section];
  const order = data.workOrder;
  const s = (value: string | null | undefined) => value ?? '';
  switch (section) {
    case 'workOrder': {
      // Number, opening time and status stand in the header.
      const fields: Field[] = [
        [labels.type, s(order.type)],
        [labels.priority, s(order.priority)],
        [labels.channel, s(order.channel)],
        [labels.technicians, (data.technicians ?? []).join(', ')],
        [labels.requestedDate, when(order.requestedDate)],
        [labels.appointmentAt, when(order.appointmentAt)],
      ];
      if (order.closedAt || order.resolutionCode) {
        fields.push(
          [labels.closedAt, when(order.closedAt)],
          [labels.resolutionCode, s(order.resolutionCode)],
        );
      }
      return drawFieldGrid(canvas, title, fields);
    }
    case 'customer': {
      const c = data.customer;
      const contact = data.contact
        ? joinNonEmpty([data.contact.name, data.contact.phone, data.contact.email])
        : '';
      return drawFieldGrid(canvas, title, [
        [labels.customerName, c.name],
        [labels.tax, joinNonEmpty([c.taxOffice, c.taxNumber], ' / ')],
        [labels.address, s(c.address)],
        [labels.phone, s(c.phone)],
        [labels.contact, contact],
        [labels.email, s(c.email)],
      ]);
    }
    case 'device': {
      const d = data.device ?? {};
      const warranty = d.warrantyStatus ? (labels.warrantyStatus[d.warrantyStatus] ?? d.warrantyStatus) : '';
      return drawFieldGrid(canvas, title, [
        [labels.deviceType, s(d.type)],
        [labels.serialNumber, s(d.serialNumber)],
        [labels.brand, s(d.brand)],
        [labels.warranty, warranty],
        [labels.model, s(d.model)],
        [labels.warrantyEnds, when(d.warrantyEndsOn)],
      ]);
    }
    case 'complaint':
      return drawTextBox(canvas, title, s(order.complaint), 2);
    case 'diagnosis':
      return drawTextBox(canvas, title, s(order.diagnosis), 3);
    case 'workDone':
      return drawTextBox(canvas, title, s(order.workDone), 3);
    case 'notes':
      return drawTextBox(canvas, title, s(data.notes), 2);
    case 'parts': {
      const parts = data.parts ?? [];
      const total = sumOf(parts.map((p) => p.total));
      return drawTable(
        canvas,
        title,
        [
          { heading: '#', weight: 4, align: 'center' },
          { heading: labels.code, weight: 14 },
          { heading: labels.partName, weight: 40 },
          { heading: labels.quantity, weight: 10, align: 'right' },
          { heading: labels.unitPrice, weight: 15, align: 'right' },
          { heading: labels.total, weight: 17, align: 'right' },
        ],
        parts.map((p, i) => [
          String(i + 1),
          s(p.code),
          p.name,
          joinNonEmpty([formatNumber(p.quantity, locale), p.unit], ' '),
          formatMoney(p.unitPrice, locale, currency),
          formatMoney(p.total, locale, currency),
        ]),
        template.emptyPartRows,
        total === null ? null : [labels.total, formatMoney(total, locale, currency)],
      );
    }
    case 'labour': {
      const labour = data.labour ?? [];
      const total = sumOf(labour.map((l) => l.total));
      return drawTable(
        canvas,
        title,
        [
          { heading: '#', weight: 4, align: 'center' },
          { heading: labels.labourDescription, weight: 50 },
          { heading: labels.technicians, weight: 19 },
          { heading: labels.duration, weight: 10, align: 'right' },
          { heading: labels.total, weight: 17, align: 'right' },
        ],
        labour.map((l, i) => [
          String(i + 1),
          l.description,
          s(l.technician),
          l.minutes === null || l.minutes === undefined
            ? ''
            : `${formatNumber(l.minutes, locale)} ${labels.minutes}`,
          formatMoney(l.total, locale, currency),
        ]),
        template.emptyLabourRows,
        total === null ? null : [labels.total, formatMoney(total, locale, currency)],
      );
    }
    case 'signatures':
      return drawSignatures(
        canvas,
        title,
        template.signatureCaptions,
        { name: labels.nameSurname, signature: labels.signature, date: labels.date },
        last,
      );
  }
}

/** The sum of numeric amounts, or null when there is none to add (strings are printed as given). */
function sumOf(values: (number | string | null | undefined)[]): number | null {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  return numbers.length === 0 ? null : Math.round(numbers.reduce((a, b) => a + b, 0) * 100) / 100;
}
