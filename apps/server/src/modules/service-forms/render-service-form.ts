import type { ServiceFormTemplateContent } from '@usta/contracts/service-forms';
import PDFDocument from 'pdfkit';
import { LABELS, type Labels } from './labels.ts';
import { drawFooters, footerHeight } from './pdf/draw-footer.ts';
import { drawHeader } from './pdf/draw-header.ts';
import { drawSection } from './pdf/draw-section.ts';
import { formFonts } from './pdf/fonts.ts';
import { A4, type Canvas, createCanvas, MARGIN } from './pdf/form-canvas.ts';
import { decodeImage, formatDate, joinNonEmpty, tint } from './pdf/format.ts';
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
  for (const [index, section] of sections.entries()) {
    drawSection(canvas, section, data, template, labels, when, currency, index === sections.length - 1);
  }

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
