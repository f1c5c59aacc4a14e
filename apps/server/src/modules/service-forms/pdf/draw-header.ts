import { type Canvas, LABEL, textHeight, write } from './form-canvas.ts';

export interface HeaderContent {
  logo: Buffer | null;
  companyName: string;
  companyLines: string[];
  title: string;
  number: [label: string, value: string];
  facts: [label: string, value: string][];
}

/** Company (logo, name, contact lines) on the left; title, number and dates on the right. */
export function drawHeader(canvas: Canvas, header: HeaderContent): void {
  const { doc, left, width } = canvas;
  const top = canvas.y;
  const rightWidth = 180;
  const rightX = left + width - rightWidth;
  let x = left;
  let logoBottom = top;
  if (header.logo) {
    try {
      doc.image(header.logo, left, top, { fit: [110, 52] });
      x = left + 120;
      logoBottom = top + 52;
    } catch {
      // An unreadable logo leaves the header without one rather than failing the whole form.
    }
  }
  const companyWidth = rightX - x - 12;
  write(canvas, header.companyName, x, top, { width: companyWidth, size: 13, bold: true });
  let y = top + textHeight(canvas, header.companyName, companyWidth, 13, true) + 1;
  for (const line of header.companyLines) {
    write(canvas, line, x, y, { width: companyWidth, size: 7.5, colour: LABEL });
    y += textHeight(canvas, line, companyWidth, 7.5);
  }

  write(canvas, header.title, rightX, top, {
    width: rightWidth,
    size: 15,
    bold: true,
    colour: canvas.accent,
    align: 'right',
  });
  let ry = top + 21;
  write(canvas, `${header.number[0]}: ${header.number[1]}`, rightX, ry, {
    width: rightWidth,
    size: 10,
    bold: true,
    align: 'right',
  });
  ry += 15;
  for (const [label, value] of header.facts) {
    write(canvas, `${label}: ${value}`, rightX, ry, {
      width: rightWidth,
      size: 7.5,
      colour: LABEL,
      align: 'right',
    });
    ry += 10;
  }
  canvas.y = Math.max(y, ry, logoBottom) + 6;
  doc
    .lineWidth(2)
    .moveTo(left, canvas.y)
    .lineTo(left + width, canvas.y)
    .stroke(canvas.accent);
  canvas.y += 10;
}
