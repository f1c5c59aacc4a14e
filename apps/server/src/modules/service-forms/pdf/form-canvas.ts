export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 32;
const LINE = '#8c96a3';
const LABEL = '#5b6470';
const INK = '#1d232b';

export interface Canvas {
  doc: PDFKit.PDFDocument;
  /** Where the next block starts. */
  y: number;
  left: number;
  width: number;
  /** The lowest y a block may reach on this page (the footer lies below). */
  bottom: number;
  accent: string;
  tinted: string;
}

export function createCanvas(
  doc: PDFKit.PDFDocument,
  accent: string,
  tinted: string,
  footerHeight: number,
): Canvas {
  return {
    doc,
    y: MARGIN,
    left: MARGIN,
    width: A4.width - 2 * MARGIN,
    bottom: A4.height - MARGIN - footerHeight,
    accent,
    tinted,
  };
}

/** Starts a new page when `height` does not fit below the cursor. */
export function ensureSpace(canvas: Canvas, height: number): void {
  if (canvas.y + height <= canvas.bottom) return;
  canvas.doc.addPage({ size: 'A4', margin: 0 });
  canvas.y = MARGIN;
}

export function textHeight(canvas: Canvas, text: string, width: number, size: number, bold = false): number {
  return canvas.doc
    .font(bold ? 'bold' : 'regular')
    .fontSize(size)
    .heightOfString(text || ' ', { width, lineGap: 1 });
}

export function write(
  canvas: Canvas,
  text: string,
  x: number,
  y: number,
  options: {
    width: number;
    size: number;
    bold?: boolean;
    colour?: string;
    align?: 'left' | 'right' | 'center';
  },
): void {
  canvas.doc
    .font(options.bold ? 'bold' : 'regular')
    .fontSize(options.size)
    .fillColor(options.colour ?? INK)
    .text(text, x, y, { width: options.width, align: options.align ?? 'left', lineGap: 1 });
}

export const SECTION_TITLE_HEIGHT = 13;
/** Space between two sections. */
export const GAP = 5;

/** A filled title bar in the accent colour; the caller draws the framed body below it. */
export function drawSectionTitle(canvas: Canvas, title: string): void {
  const { doc, left, width, y } = canvas;
  doc.rect(left, y, width, SECTION_TITLE_HEIGHT).fill(canvas.accent);
  write(canvas, title, left + 6, y + 2.6, { width: width - 12, size: 8, bold: true, colour: '#ffffff' });
  canvas.y += SECTION_TITLE_HEIGHT;
}

export function frame(canvas: Canvas, x: number, y: number, width: number, height: number): void {
  canvas.doc.lineWidth(0.6).rect(x, y, width, height).stroke(LINE);
}

export function hairline(canvas: Canvas, x1: number, y: number, x2: number, colour = '#c9d0d8'): void {
  canvas.doc.lineWidth(0.4).moveTo(x1, y).lineTo(x2, y).stroke(colour);
}

export function vline(canvas: Canvas, x: number, y1: number, y2: number, colour = '#c9d0d8'): void {
  canvas.doc.lineWidth(0.4).moveTo(x, y1).lineTo(x, y2).stroke(colour);
}

export type Field = [label: string, value: string];

/**
 * Label/value pairs in two columns, a hairline under each row: the look of a paper form. An
 * empty value leaves its space blank, to be filled in by hand.
 */
export function drawFieldGrid(canvas: Canvas, title: string, fields: Field[]): void {
  const labelWidth = 78;
  const column = canvas.width / 2;
  const valueWidth = column - labelWidth - 12;
  const rows: Field[][] = [];
  for (let i = 0; i < fields.length; i += 2) rows.push(fields.slice(i, i + 2));
  const heights = rows.map(
    (row) => Math.max(...row.map(([, value]) => textHeight(canvas, value, valueWidth, 8.5))) + 5,
  );
  const total = heights.reduce((a, b) => a + b, 0);
  ensureSpace(canvas, SECTION_TITLE_HEIGHT + total);
  drawSectionTitle(canvas, title);
  const top = canvas.y;
  rows.forEach((row, r) => {
    const height = heights[r]!;
    row.forEach(([label, value], c) => {
      const x = canvas.left + c * column;
      write(canvas, label, x + 6, canvas.y + 3.8, { width: labelWidth - 6, size: 7, colour: LABEL });
      write(canvas, value, x + labelWidth, canvas.y + 2.5, { width: valueWidth, size: 8.5 });
    });
    canvas.y += height;
    if (r < rows.length - 1) hairline(canvas, canvas.left, canvas.y, canvas.left + canvas.width);
  });
  vline(canvas, canvas.left + column, top, canvas.y);
  frame(canvas, canvas.left, top, canvas.width, canvas.y - top);
  canvas.y += GAP;
}

/** Free text in a framed box; when empty, ruled lines for handwriting. */
export function drawTextBox(canvas: Canvas, title: string, text: string, emptyLines = 3): void {
  const inner = canvas.width - 12;
  const body = text.trim();
  const height = body ? textHeight(canvas, body, inner, 9) + 8 : emptyLines * 15 + 5;
  // A box moves to the next page whole; only a text longer than a page would overflow it.
  ensureSpace(canvas, SECTION_TITLE_HEIGHT + height);
  drawSectionTitle(canvas, title);
  const top = canvas.y;
  if (body) {
    write(canvas, body, canvas.left + 6, top + 4, { width: inner, size: 9 });
    canvas.y = Math.max(top + height, canvas.doc.y + 4);
  } else {
    for (let i = 1; i <= emptyLines; i++)
      hairline(canvas, canvas.left + 6, top + i * 15, canvas.left + canvas.width - 6);
    canvas.y = top + height;
  }
  frame(canvas, canvas.left, top, canvas.width, canvas.y - top);
  canvas.y += GAP;
}

export { INK, LABEL, LINE };
