import {
  type Canvas,
  drawSectionTitle,
  ensureSpace,
  frame,
  GAP,
  hairline,
  LABEL,
  SECTION_TITLE_HEIGHT,
  textHeight,
  vline,
  write,
} from './form-canvas.ts';

export interface Column {
  heading: string;
  /** Share of the table's width. */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

const HEADER_HEIGHT = 13;
const EMPTY_ROW_HEIGHT = 15;

/**
 * A ruled table; with no rows it prints `emptyRows` blank lines for the technician to fill in.
 * `footer` (e.g. a total) is a last row whose first cell spans all but the last column.
 */
export function drawTable(
  canvas: Canvas,
  title: string,
  columns: Column[],
  rows: string[][],
  emptyRows: number,
  footer: [label: string, value: string] | null,
): void {
  const scale = canvas.width / columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => c.weight * scale);
  const xs = widths.map((_, i) => canvas.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const heightOf = (row: string[]) =>
    Math.max(EMPTY_ROW_HEIGHT, ...row.map((cell, i) => textHeight(canvas, cell, widths[i]! - 8, 8.5) + 5));
  const lines = rows.length > 0 ? rows : Array.from({ length: emptyRows }, () => columns.map(() => ''));
  const heights = lines.map(heightOf);
  const body = heights.reduce((a, b) => a + b, 0) + (footer ? EMPTY_ROW_HEIGHT : 0);
  ensureSpace(canvas, SECTION_TITLE_HEIGHT + HEADER_HEIGHT + Math.min(body, 200));
  drawSectionTitle(canvas, title);
  let top = canvas.y;

  const header = () => {
    canvas.doc.rect(canvas.left, canvas.y, canvas.width, HEADER_HEIGHT).fill(canvas.tinted);
    for (const [i, c] of columns.entries()) {
      write(canvas, c.heading, xs[i]! + 4, canvas.y + 3.2, {
        width: widths[i]! - 8,
        size: 7,
        bold: true,
        colour: LABEL,
        align: c.align,
      });
    }
    canvas.y += HEADER_HEIGHT;
  };
  let ruledTo = 0;
  const close = () => {
    for (const x of xs.slice(1)) vline(canvas, x, top, ruledTo || canvas.y);
    frame(canvas, canvas.left, top, canvas.width, canvas.y - top);
  };

  header();
  lines.forEach((row, r) => {
    const height = heights[r]!;
    if (canvas.y + height > canvas.bottom) {
      // A long list goes on over the next page, with the column headings repeated.
      close();
      ensureSpace(canvas, canvas.bottom);
      ruledTo = 0;
      top = canvas.y;
      header();
    }
    hairline(canvas, canvas.left, canvas.y, canvas.left + canvas.width);
    for (const [i, cell] of row.entries()) {
      write(canvas, cell, xs[i]! + 4, canvas.y + 3, {
        width: widths[i]! - 8,
        size: 8.5,
        align: columns[i]!.align,
      });
    }
    canvas.y += height;
  });
  if (footer) {
    ruledTo = canvas.y;
    hairline(canvas, canvas.left, canvas.y, canvas.left + canvas.width, '#8c96a3');
    const last = xs.at(-1)!;
    write(canvas, footer[0], canvas.left + 4, canvas.y + 4, {
      width: last - canvas.left - 8,
      size: 8.5,
      bold: true,
      align: 'right',
    });
    write(canvas, footer[1], last + 4, canvas.y + 3, {
      width: widths.at(-1)! - 8,
      size: 8.5,
      bold: true,
      align: 'right',
    });
    canvas.y += EMPTY_ROW_HEIGHT;
  }
  close();
  canvas.y += GAP;
}
