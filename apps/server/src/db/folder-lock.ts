import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { StartupError } from '../startup-error.ts';

export interface FolderLock {
  release(): Promise<void>;
}

const LOCK_FILE = 'usta.lock';

/**
 * One Usta per data folder: two writers on one cluster is the one failure we must never allow.
 * The lock file is created with O_EXCL, so two processes starting together cannot both win; a
 * lock left by a process that no longer runs is taken over.
 */
export async function acquireFolderLock(root: string): Promise<FolderLock> {
  const file = path.join(root, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await fs.open(file, 'wx', 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return {
        async release() {
          const holder = await readHolder(file);
          if (holder === process.pid) await fs.rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readHolder(file);
      if (holder !== null && isUstaProcess(holder)) {
        throw new StartupError(
          `Another Usta (pid ${holder}) is already running on the data folder ${root}; stop it first or choose another USTA_DATA_DIR.`,
        );
      }
      await fs.rm(file, { force: true });
    }
  }
  throw new StartupError(`Could not lock the data folder ${root}.`);
}

async function readHolder(file: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(await fs.readFile(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isUstaProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (killed, not yet reaped by its parent) holds nothing.
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
    if (state === 'Z' || state === 'X') return false;
  } catch {}
  // A recycled pid may belong to anything; only a Node process can be an Usta.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}
