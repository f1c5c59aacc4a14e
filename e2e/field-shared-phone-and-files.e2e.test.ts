import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { type FieldOrder, fieldJob, loadDay, pending, phone, signInOnPhone } from './support/field.ts';
import { apiAs, useUstaInChromium } from './support/usta.ts';

// Issue 7, field app (apps/field, /field/): the office's files on an order open on the phone
// (offline too once kept); a second technician cannot sign in on a phone that still holds the
// first one's unsent work — it is sent later under the first one's session, once; and a job the
// office gives to someone else leaves the first technician's list with a notice.

const e2e = useUstaInChromium();
const FIRST = 'teknisyen1@demo.usta';
const SECOND = 'teknisyen2@demo.usta';
const OFFICE = 'admin@demo.usta';
const PHOTO = path.resolve(import.meta.dirname, 'fixtures/field-photo.jpg');
/** A tiny valid one-page PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const asOffice = apiAs(e2e, OFFICE);
const asSecond = apiAs(e2e, SECOND);

/** The office opens an order for today, assigned to the technician. */
const assignedOrder = (complaint: string, technician = FIRST) =>
  fieldJob(e2e, {
    complaint,
    technician,
    office: OFFICE,
    customer: {
      type: 'individual',
      name: 'Zeynep Arslan',
      phones: [{ number: '0533 444 55 66', label: 'Cep' }],
      addresses: [{ province: 'İstanbul', district: 'Üsküdar', line: 'Çamlıca Sok. 4', isDefault: true }],
    },
  });

/** The office attaches a file to the order (raw body, as the web app's upload does). */
async function officeFile(
  order: FieldOrder,
  fileName: string,
  contentType: string,
  body: Buffer,
): Promise<void> {
  const query = new URLSearchParams({ workOrderId: order.id, kind: 'document', fileName });
  const response = await e2e.usta.app.inject({
    method: 'POST',
    url: `/api/v1/attachments?${query}`,
    headers: { ...(await e2e.usta.as(OFFICE)), 'content-type': contentType },
    payload: body,
  });
  if (response.statusCode >= 300)
    throw new Error(`upload ${fileName}: ${response.statusCode} ${response.body}`);
}

describe('field app: office files and a shared phone (390×844)', () => {
  it('opens the office’s PDF and photo online and offline once kept; a file not kept says it needs a connection', async () => {
    const order = await assignedOrder('Klima su akıtıyor; montaj şeması ekte');
    await officeFile(order, 'montaj-semasi.pdf', 'application/pdf', PDF);
    await officeFile(order, 'cihaz-etiketi.jpg', 'image/jpeg', await readFile(PHOTO));
    // Over the prefetch limit (5 MB): opens online only, so offline it must say so.
    const big = Buffer.concat([PDF, Buffer.alloc(5.5 * 1024 * 1024, 0x20)]);
    await officeFile(order, 'servis-kilavuzu.pdf', 'application/pdf', big);

    const { context, page } = await phone(e2e);
    await loadDay(e2e, page, order, FIRST);
    await page.getByTestId(`job-${order.number}`).click();
    const files = page.getByTestId('file');
    await expect.poll(() => files.count()).toBe(3);
    // The small ones are fetched with the day, in the background.
    await expect
      .poll(() => page.locator('[data-testid="file"][data-kept="true"]').count(), { timeout: 30_000 })
      .toBe(2);
    await page.getByTestId('files').scrollIntoViewIfNeeded();
    await screenshot(page, 'field-files-online');

    await page.getByText('montaj-semasi.pdf').click();
    await page.getByTestId('file-viewer').waitFor();
    await page.getByTestId('file-no-preview').waitFor();
    expect(await page.getByTestId('file-save').getAttribute('download')).toBe('montaj-semasi.pdf');
    await screenshot(page, 'field-file-pdf');
    // "Open" hands the bytes (from IndexedDB) to the browser's own viewer in a new tab.
    const [viewer] = await Promise.all([context.waitForEvent('page'), page.getByTestId('file-open').click()]);
    await viewer.waitForLoadState();
    expect(viewer.url()).toMatch(/^blob:/);
    expect(viewer.url()).toBe(await page.getByTestId('file-open').getAttribute('href'));
    await viewer.close();
    await page.getByTestId('file-close').click();

    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('job').waitFor();
    await page.getByTestId('banner-offline').waitFor();
    await page.getByText('cihaz-etiketi.jpg').click();
    await page.getByTestId('file-image').waitFor();
    expect(
      await page.getByTestId('file-image').evaluate((img) => (img as HTMLImageElement).naturalWidth),
    ).toBeGreaterThan(0);
    await screenshot(page, 'field-file-image-offline');
    await page.getByTestId('file-close').click();

    await page.getByText('servis-kilavuzu.pdf').click();
    const problem = page.getByTestId('file-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-kind')).toBe('offline');
    expect(await problem.textContent()).toContain('internete bağlanın');
    await page.getByTestId('files').scrollIntoViewIfNeeded();
    await screenshot(page, 'field-file-needs-connection');

    // Back online, the big one opens (and is kept from then on).
    await context.setOffline(false);
    await page.getByText('servis-kilavuzu.pdf').click();
    await page.getByTestId('file-viewer').waitFor();
    await page.getByTestId('file-close').click();
    await expect.poll(() => page.locator('[data-testid="file"][data-kept="true"]').count()).toBe(3);
    await context.close();
  });

  it('refuses a second technician while the first one’s changes wait; they are sent once under the first one', async () => {
    const order = await assignedOrder('Bulaşık makinesi su almıyor');
    const { context, page } = await phone(e2e);
    await loadDay(e2e, page, order, FIRST);

    await context.setOffline(true);
    await page.getByTestId(`job-${order.number}`).click();
    await page.getByTestId('step-en_route').click();
    await page.getByTestId('tab-work').click();
    await page.getByTestId('work-note').fill('Yoldayım, 20 dakikaya oradayım');
    await page.getByTestId('work-save').click();
    await page.getByTestId('work-saved').waitFor();
    await expect.poll(() => pending(page)).toBe(2);

    // The first session ends while the phone is still offline (as when the refresh token runs
    // out): the app must now ask for a sign-in, and someone else picks the phone up.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('usta-field');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('meta', 'readwrite');
            const meta = tx.objectStore('meta');
            const read = meta.get('session');
            read.onsuccess = () => meta.put({ key: 'session', value: { ...read.result.value, ended: true } });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await context.setOffline(false);
    await page.reload();
    const waiting = page.getByTestId('login-waiting');
    await waiting.waitFor();
    expect(await waiting.getAttribute('data-count')).toBe('2');
    expect(await waiting.textContent()).toContain('Hasan Çelik');
    expect(await page.getByTestId('login-email').inputValue()).toBe(FIRST);
    await screenshot(page, 'field-login-waiting');

    await page.getByTestId('login-email').fill('');
    await signInOnPhone(page, SECOND);
    const refused = page.getByTestId('login-error');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('2 kaydı bu telefonda bekliyor');
    await screenshot(page, 'field-login-refused');
    // Nothing went to the server under the second technician, and nothing was dropped.
    const untouched = await asOffice<FieldOrder & { activities: { kind: string }[] }>(
      'GET',
      `/api/v1/work-orders/${order.id}`,
    );
    expect(untouched.status).toBe('assigned');
    expect(untouched.activities.filter((a) => a.kind === 'note')).toHaveLength(0);
    expect(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('usta-field');
            open.onsuccess = () => {
              const count = open.result.transaction('queue').objectStore('queue').count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
      ),
    ).toBe(2);

    // The first technician signs in again: the queue goes, once, under their name.
    await signInOnPhone(page, FIRST);
    await page.getByTestId('job').waitFor(); // back where they were
    await expect.poll(() => pending(page), { timeout: 30_000 }).toBe(0);
    const sent = await asOffice<
      FieldOrder & { activities: { kind: string; description: string | null; actorName: string | null }[] }
    >('GET', `/api/v1/work-orders/${order.id}`);
    expect(sent.phase).toBe('en_route');
    const notes = sent.activities.filter((a) => a.kind === 'note');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.actorName).toBe('Hasan Çelik');
    await context.close();
  });

  it('a job given to another technician leaves the first one’s list, with a notice', async () => {
    const order = await assignedOrder('Fırın ısıtmıyor');
    const { context, page } = await phone(e2e);
    await loadDay(e2e, page, order, FIRST);
    const other = await asSecond<{ id: string }>('GET', '/api/v1/me');
    await asOffice('PUT', `/api/v1/work-orders/${order.id}/assignment`, { technicianIds: [other.id] });

    await page.getByTestId('sync-badge').click(); // what a push or the minute timer does
    await page.getByTestId(`job-${order.number}`).waitFor({ state: 'detached' });
    const notice = page.locator('li', { hasText: order.number }).filter({ hasText: 'planınızdan çıkarıldı' });
    await notice.waitFor();
    await notice.scrollIntoViewIfNeeded();
    await screenshot(page, 'field-removed-from-plan');
    await context.close();
  });
});
