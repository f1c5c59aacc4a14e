// Field app bundle (issue 7): the JavaScript and CSS a phone downloads on first load of
// /field/, gzip-compressed (level 6, what a typical server sends), plus what the service worker
// precaches for offline use. Target: first-load JS < 200 kB gzip.
//   npm run bench:field   (builds @usta/field first)
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../../apps/field/dist');
const TARGET_KB = 200;

const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\/field\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);

interface Row {
  file: string;
  rawKb: number;
  gzipKb: number;
}
const rows: Row[] = assets.map((file) => {
  const bytes = readFileSync(path.join(dist, file));
  return { file, rawKb: bytes.length / 1024, gzipKb: gzipSync(bytes, { level: 6 }).length / 1024 };
});
const js = rows.filter((r) => r.file.endsWith('.js'));
const jsGzip = js.reduce((sum, r) => sum + r.gzipKb, 0);
const cssGzip = rows.filter((r) => r.file.endsWith('.css')).reduce((sum, r) => sum + r.gzipKb, 0);

const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
const precacheKb = precached.reduce((sum, url) => {
  try {
    return sum + statSync(path.join(dist, url)).size / 1024;
  } catch {
    return sum;
  }
}, 0);

// The worker's own scripts load right after the page, off the critical path; counted apart.
const workerFiles = ['sw.js', ...[...sw.matchAll(/"\.\/(workbox-[0-9a-f]+)"/g)].map((m) => `${m[1]!}.js`)];
const workerGzip = workerFiles.reduce(
  (sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 6 }).length / 1024,
  0,
);

const kb = (n: number) => n.toFixed(1);
console.log('| file | raw kB | gzip kB |\n| --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.file} | ${kb(r.rawKb)} | ${kb(r.gzipKb)} |`);
console.log(
  `\nFirst-load JavaScript: ${kb(jsGzip)} kB gzip (target < ${TARGET_KB} kB) — ${jsGzip < TARGET_KB ? 'MET' : 'NOT MET'}`,
);
console.log(`First-load CSS: ${kb(cssGzip)} kB gzip`);
console.log(`Service-worker scripts (${workerFiles.join(', ')}): ${kb(workerGzip)} kB gzip`);
console.log(`Service-worker precache: ${precached.length} files, ${kb(precacheKb)} kB uncompressed`);
if (jsGzip >= TARGET_KB) process.exitCode = 1;
