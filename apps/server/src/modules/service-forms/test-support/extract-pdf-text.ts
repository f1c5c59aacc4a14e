import { inflateSync } from 'node:zlib';

/**
 * Reads back the text of a PDF that pdfkit wrote with embedded fonts: glyph codes in the page
 * streams, mapped to Unicode through each font's ToUnicode CMap, which is exactly what a PDF
 * viewer's copy-and-paste or search does. One line per text operation, pages in order.
 * Enough for our own files; not a general PDF reader.
 */
export function extractPdfText(pdf: Buffer): { pages: string[]; mediaBoxes: string[] } {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: Buffer | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(match[1]!, { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const start = at + 'stream'.length + (body[at + 6] === '\r' ? 2 : 1);
    const end = body.lastIndexOf('endstream');
    let data = Buffer.from(body.slice(start, end).replace(/\r?\n$/, ''), 'latin1');
    if (dict.includes('/FlateDecode')) data = inflateSync(data);
    objects.set(match[1]!, { dict, stream: data });
  }
  const ref = (dict: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1];

  const cmaps = new Map<string, Map<number, string>>();
  for (const [, { dict }] of objects) {
    for (const [, name, id] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const toUnicode = ref(objects.get(id!)?.dict ?? '', 'ToUnicode');
      const stream = toUnicode ? objects.get(toUnicode)?.stream : null;
      if (stream) cmaps.set(name!, parseCMap(stream.toString('latin1')));
    }
  }

  const pagesRoot = [...objects.values()].find((o) => /\/Type \/Pages/.test(o.dict));
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pagesRoot?.dict ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map(
    (m) => m[1]!,
  );
  const pages: string[] = [];
  const mediaBoxes: string[] = [];
  for (const kid of kids) {
    const page = objects.get(kid)!;
    mediaBoxes.push(/\/MediaBox \[([^\]]*)\]/.exec(page.dict)?.[1]?.trim() ?? '');
    const content = objects.get(ref(page.dict, 'Contents') ?? '')?.stream?.toString('latin1') ?? '';
    pages.push(decodeContent(content, cmaps));
  }
  return { pages, mediaBoxes };
}

function parseCMap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  const unicode = (hex: string) =>
    String.fromCharCode(...(hex.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, value] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) {
      map.set(Number.parseInt(code!, 16), unicode(value!));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, rest] of block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
    )) {
      const first = Number.parseInt(from!, 16);
      const last = Number.parseInt(to!, 16);
      if (rest!.startsWith('[')) {
        for (const [i, m] of [...rest!.matchAll(/<([0-9a-fA-F\s]+)>/g)].entries()) {
          map.set(first + i, unicode(m[1]!));
        }
      } else {
        const base = unicode(rest!.slice(1, -1));
        for (let c = first; c <= last; c++) {
          map.set(c, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (c - first)));
        }
      }
    }
  }
  return map;
}

function decodeContent(content: string, cmaps: Map<string, Map<number, string>>): string {
  const lines: string[] = [];
  let font: Map<number, string> | undefined;
  let line = '';
  const tokens = /\/(F\d+)\s+[\d.]+\s+Tf|\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\bET\b/g;
  for (const [token, fontName, array, single] of content.matchAll(tokens)) {
    if (fontName) font = cmaps.get(fontName);
    const strings =
      array !== undefined
        ? [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!)
        : single !== undefined
          ? [single]
          : [];
    for (const hex of strings) {
      for (const code of hex.match(/.{4}/g) ?? []) line += font?.get(Number.parseInt(code, 16)) ?? '\uFFFD';
    }
    if (token === 'ET') {
      lines.push(line);
      line = '';
    }
  }
  return lines.join('\n');
}
