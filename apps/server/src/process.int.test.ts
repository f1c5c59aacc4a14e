import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { withClient, withDatabase } from '../test/global-setup.ts';
import { newTestDatabaseName } from '../test/harness.ts';
import { spawnUsta } from '../test/spawn-usta.ts';

const folders: string[] = [];
const newFolder = async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'usta-proc-'));
  folders.push(folder);
  return folder;
};
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** Where this run keeps its data: the embedded server in a folder, or a fresh database on DATABASE_URL. */
async function freshStorage(): Promise<Record<string, string>> {
  const dataDir = await newFolder();
  if (!process.env.DATABASE_URL) return { USTA_DATA_DIR: dataDir };
  const { adminUrl } = inject('testDatabase');
  const database = newTestDatabaseName(`proc_${Date.now().toString(36)}`);
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${database}`));
  return { USTA_DATA_DIR: dataDir, DATABASE_URL: withDatabase(adminUrl, database) };
}

async function json<T>(
  url: string,
  init: RequestInit & { token?: string } = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(url, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

const loginAdmin = async (url: string) =>
  (
    await json<{ accessToken: string }>(`${url}/api/v1/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@demo.usta', password: 'usta-demo' }),
    })
  ).body.accessToken;

// Each test starts real processes (and initdb); on a busy 2-core machine that takes a while.
describe('the Usta process', { timeout: 120_000 }, () => {
  it('loses no acknowledged write and keeps none half-written when killed mid-burst', async () => {
    const storage = await freshStorage();
    const first = await spawnUsta(storage);
    await first.waitReady();
    const token = await loginAdmin(first.url);

    const acknowledged: string[] = [];
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const email = `burst-${w}-${i}@demo.usta`;
        try {
          const { status } = await json(`${first.url}/api/v1/users`, {
            method: 'POST',
            token,
            body: JSON.stringify({
              email,
              name: `Burst ${w}/${i}`,
              password: 'burst-password',
              roles: ['finance'],
            }),
          });
          if (status === 201) acknowledged.push(email);
        } catch {
          return; // the server died under us
        }
      }
    };
    const workers = Promise.all([0, 1, 2, 3, 4, 5].map(worker));
    await new Promise((r) => setTimeout(r, 1500));
    await first.kill('SIGKILL');
    if (!storage.DATABASE_URL) {
      // Take the database down just as hard: only what was durably committed may survive.
      const pid = Number(
        readFileSync(path.join(storage.USTA_DATA_DIR!, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      process.kill(pid, 'SIGKILL');
    }
    stop = true;
    await workers;
    expect(acknowledged.length).toBeGreaterThan(3);

    const second = await spawnUsta(storage);
    await second.waitReady();
    const token2 = await loginAdmin(second.url);
    const users = await json<{ items: { email: string; name: string; id: string }[] }>(
      `${second.url}/api/v1/users?limit=200&q=burst-`,
      { token: token2 },
    );
    const audit = await json<{ items: { entityId: string; action: string }[] }>(
      `${second.url}/api/v1/audit-events?entityType=user&limit=200`,
      { token: token2 },
    );
    const stored = new Map(users.body.items.map((u) => [u.email, u]));
    for (const email of acknowledged) expect(stored.has(email), email).toBe(true);
    // Nothing half there: every stored user has its audit record, and every record its user.
    const audited = new Set(audit.body.items.filter((e) => e.action === 'create').map((e) => e.entityId));
    expect(new Set([...stored.values()].map((u) => u.id))).toEqual(audited);
    await second.kill('SIGTERM');
  });

  it('shuts down cleanly on SIGTERM and starts again on the same data', async () => {
    const storage = await freshStorage();
    const usta = await spawnUsta(storage);
    await usta.waitReady();
    expect(usta.output()).toContain('admin@demo.usta');
    expect(await usta.kill('SIGTERM')).toBe(0);
    const again = await spawnUsta(storage);
    await again.waitReady();
    expect(again.output()).not.toContain('Demo company');
    expect(await again.kill('SIGTERM')).toBe(0);
  });

  it('exits with one clear line when DATABASE_URL is unreachable', async () => {
    const usta = await spawnUsta({
      DATABASE_URL: 'postgres://usta@127.0.0.1:1/nowhere',
      USTA_DATA_DIR: await newFolder(),
    });
    expect(await usta.exited).toBe(1);
    expect(usta.output().trim()).toBe(
      'usta: Cannot reach the database at 127.0.0.1:1/nowhere (ECONNREFUSED).',
    );
  });

  it('exits with one clear line on a data folder that is not ours', async () => {
    const folder = await newFolder();
    await writeFile(path.join(folder, 'notes.txt'), 'mine');
    const usta = await spawnUsta({ USTA_DATA_DIR: folder, DATABASE_URL: '' });
    expect(await usta.exited).toBe(1);
    const lines = usta.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^usta: The data folder .* is not an Usta data folder/);
  });

  it('lets only one Usta run on one embedded data folder', async () => {
    const folder = await newFolder();
    const first = await spawnUsta({ USTA_DATA_DIR: folder, DATABASE_URL: '' });
    await first.waitReady();
    const second = await spawnUsta({ USTA_DATA_DIR: folder, DATABASE_URL: '' });
    expect(await second.exited).toBe(1);
    expect(second.output().trim()).toMatch(
      /^usta: Another Usta \(pid \d+\) is already running on the data folder/,
    );
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    expect(await first.kill('SIGTERM')).toBe(0);
  });
});
