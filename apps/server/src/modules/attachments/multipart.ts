/**
 * The one file part of a `multipart/form-data` body (the field named `file`, or the first part
 * with a filename). Enough for a phone's upload form; no streaming, the body is at most ~10 MB.
 */
export interface FilePart {
  data: Buffer;
  contentType: string;
  fileName: string | null;
}

export function boundaryOf(contentType: string): string | null {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/iu.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

export function extractFilePart(body: Buffer, boundary: string): FilePart | null {
  const delimiter = Buffer.from(`--${boundary}`);
  let fallback: FilePart | null = null;
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const headerStart = start + delimiter.length + 2; // CRLF after the delimiter
    if (body.subarray(start + delimiter.length, start + delimiter.length + 2).toString() === '--') break;
    const headerEnd = body.indexOf('\r\n\r\n', headerStart);
    if (headerEnd === -1) break;
    const next = body.indexOf(delimiter, headerEnd + 4);
    if (next === -1) break;
    const headers = body.subarray(headerStart, headerEnd).toString('utf8');
    const data = body.subarray(headerEnd + 4, next - 2); // CRLF before the next delimiter
    const name = /name="([^"]*)"/iu.exec(headers)?.[1] ?? null;
    const fileName = /filename="([^"]*)"/iu.exec(headers)?.[1] ?? null;
    const contentType =
      /content-type:\s*([^\r\n;]+)/iu.exec(headers)?.[1]?.trim().toLowerCase() ?? 'application/octet-stream';
    const part = { data, contentType, fileName };
    if (name === 'file') return part;
    if (fileName !== null && fallback === null) fallback = part;
    start = next;
  }
  return fallback;
}
