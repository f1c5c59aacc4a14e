import type { ServiceFormSection } from '@usta/contracts/service-forms';
import type { Labels } from '../labels.ts';
import type { ServiceFormTemplate } from '../render-service-form.ts';
import type { ServiceFormData } from '../service-form-data.ts';
import { drawSignatures } from './draw-signatures.ts';
import { drawTable } from './draw-table.ts';
import { type Canvas, drawFieldGrid, drawTextBox, type Field } from './form-canvas.ts';
import { formatMoney, formatNumber, joinNonEmpty } from './format.ts';

/** Draws one block of the form; which blocks and in what order is the template's choice. */
export function drawSection(
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
      drawFieldGrid(canvas, title, fields);
      break;
    }
    case 'customer': {
      const c = data.customer;
      const contact = data.contact
        ? joinNonEmpty([data.contact.name, data.contact.phone, data.contact.email])
        : '';
      drawFieldGrid(canvas, title, [
        [labels.customerName, c.name],
        [labels.tax, joinNonEmpty([c.taxOffice, c.taxNumber], ' / ')],
        [labels.address, s(c.address)],
        [labels.phone, s(c.phone)],
        [labels.contact, contact],
        [labels.email, s(c.email)],
      ]);
      break;
    }
    case 'device': {
      const d = data.device ?? {};
      const warranty = d.warrantyStatus ? (labels.warrantyStatus[d.warrantyStatus] ?? d.warrantyStatus) : '';
      drawFieldGrid(canvas, title, [
        [labels.deviceType, s(d.type)],
        [labels.serialNumber, s(d.serialNumber)],
        [labels.brand, s(d.brand)],
        [labels.warranty, warranty],
        [labels.model, s(d.model)],
        [labels.warrantyEnds, when(d.warrantyEndsOn)],
      ]);
      break;
    }
    case 'complaint':
      drawTextBox(canvas, title, s(order.complaint), 2);
      break;
    case 'diagnosis':
      drawTextBox(canvas, title, s(order.diagnosis), 3);
      break;
    case 'workDone':
      drawTextBox(canvas, title, s(order.workDone), 3);
      break;
    case 'notes':
      drawTextBox(canvas, title, s(data.notes), 2);
      break;
    case 'parts': {
      const parts = data.parts ?? [];
      const total = sumOf(parts.map((p) => p.total));
      drawTable(
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
          joinNonEmpty(
            [formatNumber(p.quantity, locale), p.unit ? (labels.units[p.unit] ?? p.unit) : null],
            ' ',
          ),
          formatMoney(p.unitPrice, locale, currency),
          formatMoney(p.total, locale, currency),
        ]),
        template.emptyPartRows,
        total === null ? null : [labels.grandTotal, formatMoney(total, locale, currency)],
      );
      break;
    }
    case 'labour': {
      const labour = data.labour ?? [];
      const total = sumOf(labour.map((l) => l.total));
      drawTable(
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
        total === null ? null : [labels.grandTotal, formatMoney(total, locale, currency)],
      );
      break;
    }
    case 'signatures':
      drawSignatures(
        canvas,
        title,
        template.signatureCaptions,
        { name: labels.nameSurname, signature: labels.signature, date: labels.date },
        last,
      );
      break;
  }
}

/** The sum of numeric amounts, or null when there is none to add (strings are printed as given). */
function sumOf(values: (number | string | null | undefined)[]): number | null {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  return numbers.length === 0 ? null : Math.round(numbers.reduce((a, b) => a + b, 0) * 100) / 100;
}
