import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The PDF standard fonts (Helvetica & co.) have no ğ, ş, ı or İ. DejaVu Sans Condensed has every
 * Turkish letter and the lira sign, is narrow enough for a dense form, and comes from an npm
 * package (`dejavu-fonts-ttf`), so every installation has it after `npm install`. pdfkit embeds
 * only the glyphs a form uses.
 */
let cached: { regular: Buffer; bold: Buffer } | null = null;

export function formFonts(): { regular: Buffer; bold: Buffer } {
  cached ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf')),
  };
  return cached;
}
