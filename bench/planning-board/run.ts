// Dispatch board load time (issue 6): the board of one day with 40 technicians and 400 open
// orders in İstanbul (240 planned as visits, 160 waiting), served by a real Usta on the embedded
// PostgreSQL and opened in Debian's Chromium at 1366×768.
//   npm run build -w @usta/web && node --import tsx bench/planning-board/run.ts
// Measures: GET /api/v1/plans/board (server side, sequential), and in the browser the time from
// opening /planning?date=… in a new tab (signed in, assets cached) until the timeline shows all
// 40 rows with their 240 visits and the queue its count, and until the map has drawn every marker.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findFreePort } from '../../apps/server/src/db/embedded-postgres.ts';
import { apiClient, buildDay, ORDERS, TECHNICIANS } from './day.ts';

const root = path.resolve(import.meta.dirname, '../..');
const webDist = path.join(root, 'apps/web/dist');
const API_RUNS = Number(process.env.BENCH_API_RUNS ?? 20);
const PAGE_RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 7);
/** The next Monday–Friday (İstanbul), away from New Year's Day: SLA due times stay realistic. */
function nextWorkingDay(): string {
  const day = new Date(Date.now() + 3 * 3_600_000);
  do day.setUTCDate(day.getUTCDate() + 1);
  while ([0, 6].includes(day.getUTCDay()) || day.toISOString().slice(5, 10) === '01-01');
  return day.toISOString().slice(0, 10);
}
const DATE = process.env.BENCH_DATE ?? nextWorkingDay();

async function startServer() {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      USTA_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'usta-bench-board-')),
      USTA_DEMO: '1',
      USTA_WEB_DIST: webDist,
      USTA_ACCESS_TOKEN_TTL: '7200',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {}
    if (child.exitCode !== null) throw new Error('server exited');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () => new Promise<void>((resolve) => child.on('exit', () => resolve()).kill('SIGTERM')),
  };
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const round = (value: number) => Math.round(value);

async function main() {
  if (!existsSync(path.join(webDist, 'index.html'))) throw new Error('build the web app first');
  const server = await startServer();
  try {
    const client = apiClient(server.url);
    const t0 = performance.now();
    const day = await buildDay(client, DATE);
    const generateSeconds = (performance.now() - t0) / 1000;
    console.log(
      `day built in ${generateSeconds.toFixed(1)} s: ${day.visits} visits, ${day.unassigned} waiting`,
    );

    // 1. The board's API, sequential (what one planner's browser waits for).
    const apiMs: number[] = [];
    let bytes = 0;
    let shape = { technicians: 0, visits: 0, unassigned: 0 };
    for (let i = 0; i < API_RUNS; i++) {
      const start = performance.now();
      const board = await client.call<{
        technicians: { visits: unknown[] }[];
        unassigned: unknown[];
      }>('planlama@demo.usta', 'GET', `/api/v1/plans/board?date=${DATE}`);
      apiMs.push(performance.now() - start);
      if (i === 0) {
        bytes = JSON.stringify(board).length;
        shape = {
          technicians: board.technicians.length,
          visits: board.technicians.reduce((sum, tech) => sum + tech.visits.length, 0),
          unassigned: board.unassigned.length,
        };
      }
    }
    console.log('board API', shape, `p50 ${round(pct(apiMs, 50))} ms`);

    // 2. The page in Chromium.
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    });
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'tr-TR',
      timezoneId: 'Europe/Istanbul',
    });
    const login = await context.newPage();
    await login.goto(server.url);
    await login.getByTestId('login-email').fill('planlama@demo.usta');
    await login.getByTestId('login-password').fill('usta-demo');
    await login.getByTestId('login-submit').click();
    await login.getByTestId('user-menu').waitFor();

    const runs: { timeline: number; map: number; boardRequest: number; render: number }[] = [];
    for (let i = 0; i < PAGE_RUNS; i++) {
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${server.url}/planning?date=${DATE}`);
      const shown = await page.waitForFunction(
        ({ rows, visits }) =>
          document.querySelectorAll('[data-testid="board-row"]').length === rows &&
          document.querySelectorAll('[data-testid="board-visit"]').length === visits &&
          document.querySelector('[data-testid="queue-count"]') !== null &&
          performance.now(),
        { rows: shape.technicians, visits: shape.visits },
        { polling: 'raf', timeout: 60_000 },
      );
      const timeline = performance.now() - start;
      const shownAt = (await shown.jsonValue()) as number;
      await page.waitForFunction(
        (markers) => document.querySelectorAll('.leaflet-marker-icon').length >= markers,
        shape.visits,
        { polling: 'raf', timeout: 60_000 },
      );
      const map = performance.now() - start;
      // In the page's own clock: the board request, and the render from its answer to the rows.
      const { boardRequest, render } = await page.evaluate((at) => {
        const entry = performance
          .getEntriesByType('resource')
          .find((e) => e.name.includes('/api/v1/plans/board')) as PerformanceResourceTiming | undefined;
        return entry
          ? { boardRequest: entry.responseEnd - entry.startTime, render: at - entry.responseEnd }
          : { boardRequest: Number.NaN, render: Number.NaN };
      }, shownAt);
      runs.push({ timeline, map, boardRequest, render });
      console.log(
        `page run ${i + 1}: timeline ${round(timeline)} ms (board request ${round(boardRequest)}, render ${round(render)}), map ${round(map)} ms`,
      );
      if (i === 0)
        await page.screenshot({ path: path.join(root, 'e2e/screenshots/planning-board-bench.png') });
      await page.close();
    }
    await browser.close();

    const results = {
      date: new Date().toISOString(),
      boardDate: DATE,
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model ?? '',
        loadavgAtEnd: loadavg().map((v) => v.toFixed(2)),
      },
      generated: { technicians: TECHNICIANS, orders: ORDERS, generateSeconds: round(generateSeconds) },
      board: { ...shape, payloadBytes: bytes },
      api: {
        runs: API_RUNS,
        p50: round(pct(apiMs, 50)),
        p95: round(pct(apiMs, 95)),
        max: round(Math.max(...apiMs)),
      },
      page: {
        runs: PAGE_RUNS,
        timelineP50: round(
          pct(
            runs.map((r) => r.timeline),
            50,
          ),
        ),
        timelineMax: round(Math.max(...runs.map((r) => r.timeline))),
        mapP50: round(
          pct(
            runs.map((r) => r.map),
            50,
          ),
        ),
        mapMax: round(Math.max(...runs.map((r) => r.map))),
        boardRequestP50: round(
          pct(
            runs.map((r) => r.boardRequest),
            50,
          ),
        ),
        renderP50: round(
          pct(
            runs.map((r) => r.render),
            50,
          ),
        ),
        perRun: runs.map((r) => ({
          timeline: round(r.timeline),
          boardRequest: round(r.boardRequest),
          render: round(r.render),
          map: round(r.map),
        })),
        first: runs[0] ? { timeline: round(runs[0].timeline), map: round(runs[0].map) } : null,
      },
    };
    writeFileSync(
      path.join(root, 'bench/results/planning-board.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await server.stop();
  }
}

await main();
