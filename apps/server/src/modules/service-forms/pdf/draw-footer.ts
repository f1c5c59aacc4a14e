import { A4, type Canvas, LABEL, MARGIN, textHeight, write } from './form-canvas.ts';

export function footerHeight(canvas: Pick<Canvas, 'doc'> & { width: number }, text: string): number {
  return (text.trim() ? textHeight(canvas as Canvas, text, canvas.width, 6.5) + 6 : 0) + 14;
}

/** Terms/KVKK text and "page i / n" on every page, once the number of pages is known. */
export function drawFooters(
  canvas: Canvas,
  text: string,
  pageLine: (page: number, pages: number) => string,
): void {
  const { doc } = canvas;
  const range = doc.bufferedPageRange();
  const height = footerHeight(canvas, text);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const top = A4.height - MARGIN - height + 6;
    doc
      .lineWidth(0.5)
      .moveTo(canvas.left, top - 4)
      .lineTo(canvas.left + canvas.width, top - 4)
      .stroke('#c9d0d8');
    if (text.trim()) write(canvas, text, canvas.left, top, { width: canvas.width, size: 6.5, colour: LABEL });
    write(canvas, pageLine(i - range.start + 1, range.count), canvas.left, A4.height - MARGIN - 8, {
      width: canvas.width,
      size: 7,
      colour: LABEL,
      align: 'right',
    });
  }
}
