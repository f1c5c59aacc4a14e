import {
  type Canvas,
  drawSectionTitle,
  ensureSpace,
  frame,
  GAP,
  hairline,
  LABEL,
  SECTION_TITLE_HEIGHT,
  write,
} from './form-canvas.ts';

export const SIGNATURES_HEIGHT = SECTION_TITLE_HEIGHT + 74 + GAP;

/**
 * Boxes side by side, one per caption (technician, customer, …), each with name, signature
 * and date lines. As the last section they sit at the foot of the page, where a signature is
 * expected, whatever the length of the form above them.
 */
export function drawSignatures(
  canvas: Canvas,
  title: string,
  captions: string[],
  lines: { name: string; signature: string; date: string },
  atFoot: boolean,
): void {
  ensureSpace(canvas, SIGNATURES_HEIGHT);
  if (atFoot) canvas.y = Math.max(canvas.y, canvas.bottom - SIGNATURES_HEIGHT + GAP);
  drawSectionTitle(canvas, title);
  const top = canvas.y;
  const height = 74;
  const width = canvas.width / captions.length;
  captions.forEach((caption, i) => {
    const x = canvas.left + i * width;
    write(canvas, caption, x + 6, top + 5, { width: width - 12, size: 8.5, bold: true });
    const rows: [string, number][] = [
      [lines.name, top + 30],
      [lines.signature, top + 49],
      [lines.date, top + 67],
    ];
    for (const [label, baseline] of rows) {
      write(canvas, `${label}:`, x + 6, baseline - 8, { width: 50, size: 7, colour: LABEL });
      hairline(canvas, x + 58, baseline, x + width - 8, '#9aa3ad');
    }
    if (i > 0)
      canvas.doc
        .lineWidth(0.6)
        .moveTo(x, top)
        .lineTo(x, top + height)
        .stroke('#8c96a3');
  });
  frame(canvas, canvas.left, top, canvas.width, height);
  canvas.y = top + height + GAP;
}
