import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { enqueueEmail, type OutboxWorkerOptions, startOutboxWorker } from './index.ts';
import { type SmtpSink, startSmtpSink } from './test-support/smtp-sink-process.ts';

let usta: TestUsta;
let sink: SmtpSink;
let organizationId: string;
const logged: string[] = [];
const logger = {
  info: (...args: unknown[]) => void logged.push(String(args.at(-1))),
  warn: (...args: unknown[]) => void logged.push(String(args.at(-1))),
  error: (...args: unknown[]) => void logged.push(String(args.at(-1))),
} as unknown as OutboxWorkerOptions['logger'];

beforeAll(async () => {
  // The Usta itself runs without SMTP_URL (its own worker idles); each test runs its workers.
  [usta, sink] = await Promise.all([createTestUsta(), startSmtpSink()]);
  const { rows } = await usta.db.execute<{ id: string }>(sql`SELECT id FROM organizations LIMIT 1`);
  organizationId = rows[0]!.id;
});
afterAll(async () => {
  await Promise.all([usta?.close(), sink?.close()]);
});
beforeEach(async () => {
  await usta.db.execute(sql`DELETE FROM outbox_messages`);
  sink.received.length = 0;
  logged.length = 0;
  await sink.setMode('accept');
});

const worker = (options: Partial<OutboxWorkerOptions> = {}) =>
  startOutboxWorker({
    db: usta.db,
    config: { smtpUrl: sink.url },
    logger,
    pollIntervalMs: 60_000,
    ...options,
  });

const opened = (overrides: Record<string, unknown> = {}) => ({
  organizationId,
  to: 'temsilci@musteri.com.tr',
  template: 'work_order_opened_for_representative' as const,
  locale: 'tr' as const,
  data: {
    number: 'SRV-2026-000042',
    customerName: 'Çağlar Işık Gıda Ltd. Şti.',
    device: 'Arçelik buzdolabı · SN İĞ-123',
    complaint: 'Soğutmuyor; kapı contası yırtık. ĞÜŞİÖÇ ğüşıöç',
    priority: 'P2 · Yüksek',
    link: 'https://usta.example/work-orders/42',
    recipientName: 'Şule Öztürk',
  },
  ...overrides,
});

async function rows() {
  const { rows } = await usta.db.execute<{
    id: string;
    status: string;
    attempts: number;
    last_error: string | null;
    sent_at: string | null;
  }>(sql`SELECT id, status, attempts, last_error, sent_at FROM outbox_messages ORDER BY created_at, id`);
  return rows;
}

describe('delivering e-mail', () => {
  it('sends a committed message once, in Turkish with the right letters, to the right person', async () => {
    await usta.db.transaction((tx) => enqueueEmail(tx, opened()));
    const w = worker();
    await w.drain();
    await w.stop();
    const [mail] = await sink.waitFor(1);
    expect(sink.received).toHaveLength(1);
    expect(mail!.envelopeTo).toEqual(['temsilci@musteri.com.tr']);
    expect(mail!.envelopeFrom).toBe('servis@demo.usta');
    expect(mail!.subject).toBe('Yeni servis kaydı SRV-2026-000042 · Çağlar Işık Gıda Ltd. Şti.');
    expect(mail!.text).toContain('Merhaba Şule Öztürk,');
    expect(mail!.text).toContain('Soğutmuyor; kapı contası yırtık. ĞÜŞİÖÇ ğüşıöç');
    expect(mail!.text).toMatch(/Şikâyet:\s+Soğutmuyor/);
    expect(mail!.text).toContain('Kaydı görüntüle: https://usta.example/work-orders/42');
    expect(mail!.html).toContain('<html lang="tr">');
    expect(mail!.html).toContain('Arçelik buzdolabı · SN İĞ-123');
    expect(mail!.html).toContain('href="https://usta.example/work-orders/42"');
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(row!.sent_at).not.toBeNull();
    expect(mail!.headers['message-id']).toBe(`<${row!.id}@usta.outbox>`);
  });

  it('renders English, prints a dash for missing keys and escapes HTML', async () => {
    await enqueueEmail(usta.db, {
      organizationId,
      to: 'Teknisyen1@Demo.usta ',
      template: 'work_order_assigned_to_technician',
      locale: 'en',
      data: {
        number: 'SRV-2026-000043',
        customerName: '<b>Acme</b> & Sons',
        appointmentStart: '2026-11-24T07:30:00Z',
        link: 'javascript:alert(1)',
        complaint: null,
      },
    });
    const w = worker();
    await w.drain();
    await w.stop();
    const [mail] = await sink.waitFor(1);
    expect(mail!.subject).toBe('Assigned to you: SRV-2026-000043 · <b>Acme</b> & Sons');
    expect(mail!.envelopeTo.map((a) => a.toLowerCase())).toEqual(['teknisyen1@demo.usta']);
    expect(mail!.text).toMatch(/Address:\s+—/);
    expect(mail!.text).toMatch(/Complaint:\s+—/);
    expect(mail!.text).toMatch(/Appointment:\s+24 Nov 2026, 10:30/); // Istanbul is UTC+3
    expect(mail!.text).not.toContain('javascript:');
    expect(mail!.html).toContain('&#60;b&#62;Acme&#60;/b&#62; &#38; Sons');
    expect(mail!.html).not.toContain('javascript:');
  });

  it('sends nothing for a rolled-back transaction', async () => {
    await expect(
      usta.db.transaction(async (tx) => {
        await enqueueEmail(tx, opened());
        throw new Error('the work order failed to save');
      }),
    ).rejects.toThrow('failed to save');
    const w = worker();
    await w.drain();
    await w.stop();
    expect(await rows()).toEqual([]);
    expect(sink.received).toEqual([]);
  });

  it('queues one event once (dedupe key per organisation)', async () => {
    await usta.db.transaction(async (tx) => {
      await enqueueEmail(tx, opened({ dedupeKey: 'wo-42-opened' }));
      await enqueueEmail(tx, opened({ dedupeKey: 'wo-42-opened' }));
    });
    await enqueueEmail(usta.db, opened({ dedupeKey: 'wo-42-opened' }));
    const other = await usta.createOrganization('dedupe');
    await enqueueEmail(usta.db, opened({ organizationId: other.organizationId, dedupeKey: 'wo-42-opened' }));
    expect(await rows()).toHaveLength(2);
  });

  it('retries a rejecting server with backoff and ends dead after the last attempt', async () => {
    await sink.setMode('reject');
    await enqueueEmail(usta.db, opened());
    const w = worker({ retry: { maxAttempts: 3, baseDelayMs: 60_000 } });
    await w.drain();
    let [row] = await rows();
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row!.last_error).toMatch(/^SMTP 550/);
    // Not due yet: a second drain leaves it alone.
    await w.drain();
    expect((await rows())[0]).toMatchObject({ status: 'failed', attempts: 1 });
    const { rows: due } = await usta.db.execute<{ wait: number }>(
      sql`SELECT extract(epoch FROM next_attempt_at - now())::float AS wait FROM outbox_messages`,
    );
    expect(due[0]!.wait).toBeGreaterThan(50);
    for (let i = 0; i < 3; i++) {
      await usta.db.execute(sql`UPDATE outbox_messages SET next_attempt_at = now() WHERE status = 'failed'`);
      await w.drain();
    }
    await w.stop();
    [row] = await rows();
    expect(row).toMatchObject({ status: 'dead', attempts: 3 });
    expect(sink.received).toEqual([]);
    expect(logged.some((m) => m.includes('giving up'))).toBe(true);
  });

  it('marks a message to a non-address dead at once, without bothering the server', async () => {
    await enqueueEmail(usta.db, opened({ to: 'not an address' }));
    const w = worker();
    await w.drain();
    await w.stop();
    expect((await rows())[0]).toMatchObject({ status: 'dead', attempts: 1 });
    expect(sink.received).toEqual([]);
  });
});

describe('several workers and crashes', () => {
  it('two workers never deliver one message twice', async () => {
    for (let i = 0; i < 40; i++) {
      await enqueueEmail(usta.db, opened({ to: `kisi${i}@musteri.com.tr`, dedupeKey: `k${i}` }));
    }
    const a = worker({ batchSize: 3 });
    const b = worker({ batchSize: 3 });
    await Promise.all([a.drain(), b.drain(), a.drain(), b.drain()]);
    await Promise.all([a.stop(), b.stop()]);
    await sink.waitFor(40);
    const recipients = sink.received.flatMap((m) => m.envelopeTo);
    expect(recipients).toHaveLength(40);
    expect(new Set(recipients).size).toBe(40);
    const all = await rows();
    expect(all.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('leaves a message whose worker holds the lease alone, and retries it once the lease ran out', async () => {
    await enqueueEmail(usta.db, opened());
    // As a worker that claimed the row and then died mid-send leaves it.
    await usta.db.execute(sql`UPDATE outbox_messages SET status = 'sending', attempts = 1,
      claim_token = gen_random_uuid(), next_attempt_at = now() + interval '5 minutes'`);
    const w = worker();
    await w.drain();
    expect(sink.received).toEqual([]);
    await usta.db.execute(sql`UPDATE outbox_messages SET next_attempt_at = now() - interval '1 second'`);
    await w.drain();
    await w.stop();
    await sink.waitFor(1);
    expect((await rows())[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up on an expired lease that was the last attempt (delivery unknown)', async () => {
    await enqueueEmail(usta.db, opened());
    await usta.db.execute(sql`UPDATE outbox_messages SET status = 'sending', attempts = 3,
      claim_token = gen_random_uuid(), next_attempt_at = now() - interval '1 second'`);
    const w = worker({ retry: { maxAttempts: 3 } });
    await w.drain();
    await w.stop();
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'dead', attempts: 3 });
    expect(row!.last_error).toContain('delivery unknown');
    expect(sink.received).toEqual([]);
  });

  it('keeps messages pending and says so once when mail is not configured', async () => {
    await enqueueEmail(usta.db, opened());
    const w = startOutboxWorker({ db: usta.db, config: { smtpUrl: undefined }, logger });
    await w.drain();
    await w.stop();
    expect((await rows())[0]).toMatchObject({ status: 'pending', attempts: 0 });
    expect(logged.filter((m) => m.includes('SMTP_URL is not set'))).toHaveLength(1);
  });

  it('polls on its own: a message committed after start goes out without drain()', async () => {
    const w = worker({ pollIntervalMs: 50 });
    await enqueueEmail(usta.db, opened());
    await sink.waitFor(1);
    await w.stop();
    expect(sink.received).toHaveLength(1);
  });
});

describe('GET /api/v1/outbox-messages', () => {
  const list = async (query: string, who = 'yonetici@demo.usta') =>
    usta.app.inject({ method: 'GET', url: `/api/v1/outbox-messages${query}`, headers: await usta.as(who) });

  it('shows a manager every message of the company, filtered and paged', async () => {
    for (let i = 0; i < 5; i++) await enqueueEmail(usta.db, opened({ dedupeKey: `p${i}` }));
    await enqueueEmail(
      usta.db,
      opened({ to: 'Usta1@Demo.usta', template: 'work_order_assigned_to_technician' }),
    );
    await enqueueEmail(usta.db, opened({ to: 'bozuk adres' }));
    const other = await usta.createOrganization('log');
    await enqueueEmail(usta.db, opened({ organizationId: other.organizationId }));
    const w = worker();
    await w.drain();
    await w.stop();

    const first = await list('?limit=4');
    expect(first.statusCode).toBe(200);
    const page1 = first.json<{ items: { id: string }[]; nextCursor: string }>();
    expect(page1.items).toHaveLength(4);
    const page2 = (await list(`?limit=4&cursor=${page1.nextCursor}`)).json<{
      items: { id: string }[];
      nextCursor: string | null;
    }>();
    expect(page2.items).toHaveLength(3);
    expect(page2.nextCursor).toBeNull();
    expect(new Set([...page1.items, ...page2.items].map((m) => m.id)).size).toBe(7);

    const dead = (await list('?status=dead')).json<{ items: { recipient: string; lastError: string }[] }>();
    expect(dead.items).toEqual([expect.objectContaining({ recipient: 'bozuk adres', status: 'dead' })]);
    expect(dead.items[0]!.lastError).toContain('not an e-mail address');
    const byRecipient = (await list('?recipient=usta1@demo.usta')).json<{ items: unknown[] }>();
    expect(byRecipient.items).toEqual([
      expect.objectContaining({
        template: 'work_order_assigned_to_technician',
        status: 'sent',
        attempts: 1,
        nextAttemptAt: null,
        sentAt: expect.any(String),
        data: expect.objectContaining({ number: 'SRV-2026-000042' }),
      }),
    ]);
    const byTemplate = (await list('?template=work_order_opened_for_representative')).json<{
      items: unknown[];
    }>();
    expect(byTemplate.items).toHaveLength(6);
    const theirs = (await list('', 'manager@log.test')).json<{ items: unknown[] }>();
    expect(theirs.items).toHaveLength(1);
  });

  it('is closed to roles without audit:read and checks its filters', async () => {
    expect((await list('', 'teknisyen1@demo.usta')).statusCode).toBe(403);
    const bad = await list('?status=lost');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('status');
  });
});

it('refuses a cursor it did not make', async () => {
  const bad = Buffer.from(JSON.stringify({ t: "x'; DROP", id: 1 })).toString('base64url');
  const response = await usta.app.inject({
    method: 'GET',
    url: `/api/v1/outbox-messages?cursor=${bad}`,
    headers: await usta.as('yonetici@demo.usta'),
  });
  expect(response.statusCode).toBe(400);
  expect(response.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('cursor');
});
