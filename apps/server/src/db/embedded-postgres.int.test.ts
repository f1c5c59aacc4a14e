import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres.ts';

const folders: string[] = [];
const newFolder = async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'usta-epg-'));
  folders.push(folder);
  return folder;
};
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

const postmasterPid = (folder: string) =>
  Number(readFileSync(path.join(folder, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
/** Running, not merely a zombie waiting for a parent (in containers, pid 1) to reap it. */
const alive = (pid: number) => {
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
    return state !== undefined && state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
};

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', { timeout: 120_000 }, () => {
  it('initialises once, keeps data across restarts, and stops cleanly', async () => {
    const folder = await newFolder();
    const first = await startEmbeddedPostgres(folder);
    await query(first.url, 'CREATE TABLE kept (v text); INSERT INTO kept VALUES ($$ışık$$)');
    await first.stop();
    expect(existsSync(path.join(folder, 'pg', 'postmaster.pid'))).toBe(false);
    const second = await startEmbeddedPostgres(folder);
    expect(await query(second.url, 'SELECT v FROM kept')).toEqual([{ v: 'ışık' }]);
    expect(await query(second.url, `SELECT lower('IŞIK' COLLATE "tr-TR-x-icu") AS l`)).toEqual([
      { l: 'ışık' },
    ]);
    await second.stop();
  });

  it('refuses a second Usta on the same folder with one clear error, and the first keeps working', async () => {
    const folder = await newFolder();
    const first = await startEmbeddedPostgres(folder);
    await expect(startEmbeddedPostgres(folder)).rejects.toThrow(
      /Another Usta \(pid \d+\) is already running/,
    );
    expect(await query(first.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    await first.stop();
  });

  it('recovers the orphaned server of a killed Usta', async () => {
    const folder = await newFolder();
    // A separate Node process starts the server and is then killed with SIGKILL.
    const script = `import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve(import.meta.dirname, 'embedded-postgres.ts'))};
      const s = await startEmbeddedPostgres(${JSON.stringify(folder)}); console.log('READY'); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('READY') && resolve());
      child.on('exit', () => reject(new Error('child exited early')));
    });
    const orphan = postmasterPid(folder);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(alive(orphan)).toBe(true);

    const next = await startEmbeddedPostgres(folder);
    expect(alive(orphan)).toBe(false);
    expect(await query(next.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    await next.stop();
  });

  it('refuses a folder that is not ours', async () => {
    const folder = await newFolder();
    await writeFile(path.join(folder, 'thesis.docx'), 'not a database');
    await expect(startEmbeddedPostgres(folder)).rejects.toThrow(/is not an Usta data folder/);
  });
});
