import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { type ParsedMail, parseMail } from './parse-mail.ts';

export interface ReceivedMail extends ParsedMail {
  envelopeFrom: string | null;
  envelopeTo: string[];
}

export interface SmtpSink {
  url: string;
  received: ReceivedMail[];
  /** Refuse (550) or accept every message from now on. */
  setMode(mode: 'reject' | 'accept'): Promise<void>;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/** Starts `smtp-sink.ts` as a child process and collects what it receives. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'smtp-sink.ts')],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const received: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  let port: number | null = null;
  const lines = createInterface({ input: child.stdout! });
  const ready = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`smtp sink exited with ${code}`)));
    lines.on('line', (line) => {
      const event = JSON.parse(line) as {
        listening?: number;
        mode?: string;
        message?: { from: string | null; to: string[]; raw: string };
      };
      if (event.listening) {
        port = event.listening;
        resolve();
      }
      if (event.message) {
        received.push({
          ...parseMail(event.message.raw),
          envelopeFrom: event.message.from,
          envelopeTo: event.message.to,
        });
      }
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await ready;
  const nextEvent = () => new Promise<void>((resolve) => waiters.push(resolve));
  return {
    url: `smtp://127.0.0.1:${port}?from=${encodeURIComponent('Demo Servis <servis@demo.usta>')}`,
    received,
    async setMode(mode) {
      const echoed = nextEvent();
      child.stdin!.write(`${mode}\n`);
      await echoed;
    },
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} mails, got ${received.length}`);
        await Promise.race([nextEvent(), new Promise((r) => setTimeout(r, 100))]);
      }
      return received;
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin!.end();
      setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
      await exited;
    },
  };
}
