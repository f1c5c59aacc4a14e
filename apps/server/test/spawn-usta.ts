import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { findFreePort } from '../src/db/embedded-postgres.ts';

const serverRoot = path.resolve(import.meta.dirname, '..');

export interface SpawnedUsta {
  process: ChildProcess;
  url: string;
  output(): string;
  exited: Promise<number | null>;
  waitReady(timeoutMs?: number): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs `main.ts` as a real process, as `npm start` would, with its own port and environment. */
export async function spawnUsta(env: Record<string, string>): Promise<SpawnedUsta> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  return {
    process: child,
    url,
    output: () => output,
    exited,
    async waitReady(timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      let done = false;
      void exited.then(() => {
        done = true;
      });
      while (Date.now() < deadline && !done) {
        try {
          const response = await fetch(`${url}/readyz`);
          if (response.ok) return;
        } catch {}
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`Usta did not become ready: ${output}`);
    },
    async kill(signal = 'SIGKILL') {
      child.kill(signal);
      return exited;
    },
  };
}
