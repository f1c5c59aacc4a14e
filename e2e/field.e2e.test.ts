import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { type FieldOrder, fieldJob, loadDay, pending, phone } from './support/field.ts';
import { apiAs, useUstaInChromium } from './support/usta.ts';

// Issue 7: the technician does a whole job offline in the field app (apps/field, /field/), and
// everything arrives once on the server when the phone is back online.

const e2e = useUstaInChromium();
const TECHNICIAN = 'teknisyen1@demo.usta';
const OFFICE = 'admin@demo.usta';
const PHOTO = path.resolve(import.meta.dirname, 'fixtures/field-photo.jpg');
const asTechnician = apiAs(e2e, TECHNICIAN);
const asOffice = apiAs(e2e, OFFICE);

interface Order extends FieldOrder {
  version: number;
  diagnosis: string | null;
  workDone: string | null;
}

/** The office opens an order for today and assigns it to the technician. */
const assignedOrder = (complaint: string) =>
  fieldJob<Order>(e2e, {
    complaint,
    technician: TECHNICIAN,
    office: OFFICE,
    customer: {
      type: 'individual',
      name: 'Ayşe Yılmaz',
      phones: [{ number: '0532 111 22 33', label: 'Cep' }],
      addresses: [
        {
          province: 'İstanbul',
          district: 'Kadıköy',
          neighbourhood: 'Caferağa',
          line: 'Moda Cad. No: 12 D: 5',
          coordinates: { lat: 40.987, lng: 29.026 },
          isDefault: true,
        },
      ],
    },
  });

async function waitForSent(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const badge = document.querySelector('[data-testid="sync-badge"]');
      return badge?.getAttribute('data-pending') === '0' && badge.getAttribute('data-uploads') === '0';
    },
    undefined,
    { timeout: 60_000 },
  );
}

async function step(page: Page, name: string): Promise<void> {
  await page.getByTestId(`step-${name}`).click();
  await page.getByTestId(`step-${name}`).waitFor({ state: 'detached' });
}

describe('field app in Chromium (390×844)', () => {
  it('does a whole job offline, survives a reload, and everything arrives once', async () => {
    const order = await assignedOrder('Kombi basınç düşürüyor, petekler ısınmıyor');
    const { context, page } = await phone(e2e);
    await loadDay(e2e, page, order, TECHNICIAN);
    await screenshot(page, 'field-jobs');

    await context.setOffline(true);
    await page.getByTestId(`job-${order.number}`).click();
    await page.getByTestId('banner-offline').waitFor();
    await screenshot(page, 'field-job-info');
    await step(page, 'en_route');
    await step(page, 'arrived');
    await step(page, 'work_started');

    await page.getByTestId('tab-work').click();
    await page.getByTestId('work-diagnosis').fill('Genleşme tankı basıncı düşük, pompa filtresi tıkalı');
    await page.getByTestId('work-workDone').fill('Filtre değişti, pompa yenilendi, tank basıncı 1 bar');
    await page.getByTestId('work-resolutionCode').fill('PARCA-DEGISIMI');
    await page.getByTestId('work-save').click();
    await page.getByTestId('work-saved').waitFor();
    await screenshot(page, 'field-job-work');

    await page.getByTestId('tab-parts').click();
    await page.getByTestId('van-FLT-001').click();
    await page.getByTestId('part-quantity').fill('2');
    await page.getByTestId('part-add').click();
    await page.getByTestId('van-PMP-100').click();
    await page.getByTestId('part-serial').fill('PMP-100-1-0001');
    await page.getByTestId('part-add').click();
    await expect.poll(() => page.getByTestId('part-used').count()).toBe(2);
    await screenshot(page, 'field-job-parts');

    await page.getByTestId('tab-photos').click();
    await page.getByTestId('photo-input').setInputFiles(PHOTO);
    await page.getByTestId('photo-pending').waitFor();
    await screenshot(page, 'field-job-photos');

    await step(page, 'work_finished');
    // Labour comes from the start and finish steps; the technician corrects it to 45 minutes.
    await page.getByTestId('tab-work').click();
    await expect.poll(() => page.getByTestId('work-labour').inputValue()).toMatch(/^\d+$/);
    await page.getByTestId('work-labour').fill('45');
    await page.getByTestId('work-save').click();
    await page.getByTestId('work-saved').waitFor();

    await page.getByTestId('tab-confirm').click();
    const pad = (await page.getByTestId('signature-pad').boundingBox())!;
    await page.mouse.move(pad.x + 30, pad.y + 120);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(pad.x + 30 + i * 22, pad.y + 120 - Math.sin(i) * 50);
    await page.mouse.up();
    await page.getByTestId('signer-name').fill('Ayşe Yılmaz');
    await page.getByTestId('signature-save').click();
    await page.getByTestId('signature-saved').waitFor();
    await screenshot(page, 'field-job-confirm');

    // 4 steps, diagnosis, 2 parts, photo, labour correction, signature.
    const waiting = await pending(page);
    expect(waiting).toBe(10);

    // Still offline: the app shell comes from the service worker, the queue from IndexedDB.
    await page.reload();
    await page.getByTestId('job').waitFor();
    await expect.poll(() => pending(page)).toBe(waiting);
    await page.getByTestId('tab-parts').click();
    await expect.poll(() => page.getByTestId('part-used').count()).toBe(2);
    await screenshot(page, 'field-offline-after-reload');

    await context.setOffline(false);
    await waitForSent(page);
    await page.getByTestId('sync-badge').click(); // a second send changes nothing
    await waitForSent(page);
    await screenshot(page, 'field-synced');

    // The office sees it all, once.
    const after = await asOffice<Order>('GET', `/api/v1/work-orders/${order.id}`);
    expect(after.phase).toBe('customer_approval');
    expect(after.diagnosis).toContain('Genleşme tankı');
    expect(after.workDone).toContain('Filtre değişti');
    const parts = await asOffice<{
      items: { itemCode: string; quantity: number; serialNumber: string | null }[];
    }>('GET', `/api/v1/work-orders/${order.id}/parts`);
    expect(parts.items.map((p) => [p.itemCode, p.quantity, p.serialNumber]).sort()).toEqual([
      ['FLT-001', 2, null],
      ['PMP-100', 1, 'PMP-100-1-0001'],
    ]);
    const files = await asOffice<{ items: { kind: string; complete: boolean }[] }>(
      'GET',
      `/api/v1/work-orders/${order.id}/attachments`,
    );
    expect(files.items.map((f) => f.kind).sort()).toEqual(['photo', 'signature']);
    expect(files.items.every((f) => f.complete)).toBe(true);

    const activities = await asOffice<{
      items: { kind: string; description: string | null; startedAt: string | null; endedAt: string | null }[];
    }>('GET', `/api/v1/work-orders/${order.id}/activities`);
    const timeEntries = activities.items.filter((a) => a.kind === 'time_entry');
    expect(timeEntries).toHaveLength(2); // the automatic entry and its correction, each once
    const corrected = timeEntries.find((a) => a.description?.includes('45 dk'))!;
    expect(Date.parse(corrected.endedAt!) - Date.parse(corrected.startedAt!)).toBe(45 * 60_000);

    const me = await asTechnician<{ id: string }>('GET', '/api/v1/me');
    const warehouses = await asOffice<{ items: { id: string; technicianId: string | null }[] }>(
      'GET',
      '/api/v1/stock/warehouses',
    );
    const van = warehouses.items.find((w) => w.technicianId === me.id)!;
    const levels = await asOffice<{
      items: { itemCode: string; quantity: number; serialNumbers: string[] }[];
    }>('GET', `/api/v1/stock/levels?warehouseId=${van.id}`);
    const level = (code: string) => levels.items.find((l) => l.itemCode === code)!;
    expect(level('FLT-001').quantity).toBe(4);
    expect(level('PMP-100').quantity).toBe(1);
    expect(level('PMP-100').serialNumbers).not.toContain('PMP-100-1-0001');
    await context.close();
  });

  it('the customer confirms on their own phone with the QR code', async () => {
    const order = await assignedOrder('Buzdolabı soğutmuyor');
    const { context, page } = await phone(e2e);
    await loadDay(e2e, page, order, TECHNICIAN);
    await page.getByTestId(`job-${order.number}`).click();
    for (const name of ['en_route', 'arrived', 'work_started']) await step(page, name);
    await page.getByTestId('tab-work').click();
    await page.getByTestId('work-diagnosis').fill('Termostat arızalı');
    await page.getByTestId('work-workDone').fill('Termostat değişti');
    await page.getByTestId('work-save').click();
    await page.getByTestId('work-saved').waitFor();
    await step(page, 'work_finished');
    await page.getByTestId('tab-confirm').click();
    await page.getByTestId('qr-show').click();
    await page.getByTestId('qr').waitFor();
    await waitForSent(page);
    await screenshot(page, 'field-job-qr');
    const url = (await page.getByTestId('qr-url').textContent())!.trim();
    expect(url).toMatch(/\/field\/confirm\.html#[A-Za-z0-9_-]{22,}$/);

    // The customer's phone: no login, the token is the key.
    const customer = await e2e.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      locale: 'tr-TR',
    });
    const customerPage = await customer.newPage();
    await customerPage.goto(url);
    await customerPage.getByText('Termostat değişti').waitFor();
    await customerPage.getByTestId('confirm-name').fill('Ayşe Yılmaz');
    await customerPage.getByTestId('confirm-submit').click();
    await customerPage.getByTestId('confirm-done').waitFor();
    await screenshot(customerPage, 'field-customer-confirmed');
    await customer.close();

    const after = await asOffice<Order & { approvalId: string | null }>(
      'GET',
      `/api/v1/work-orders/${order.id}`,
    );
    expect(after.approvalId).not.toBeNull();
    await context.close();
  });

  it('shows the rejection when the office cancelled the order while the technician was offline', async () => {
    const order = await assignedOrder('Klima dış ünite ses yapıyor');
    const { context, page } = await phone(e2e);
    await loadDay(e2e, page, order, TECHNICIAN);
    await context.setOffline(true);

    await asOffice('POST', `/api/v1/work-orders/${order.id}/transitions`, {
      to: 'cancelled',
      note: 'Müşteri randevuyu iptal etti',
    });

    await page.getByTestId(`job-${order.number}`).click();
    await step(page, 'en_route');
    await page.getByTestId('tab-work').click();
    await page.getByTestId('work-note').fill('Müşteriye ulaşılamadı');
    await page.getByTestId('work-save').click();
    await expect.poll(() => pending(page)).toBe(2);

    await context.setOffline(false);
    await waitForSent(page);
    await page.getByTestId('banner-rejected').click();
    const problem = page.getByTestId('problem').first();
    await problem.waitFor();
    expect(['ORDER_FINISHED', 'STATUS_NOT_ALLOWED']).toContain(await problem.getAttribute('data-code'));
    expect(await problem.textContent()).toContain(order.number);
    await screenshot(page, 'field-rejected');

    // The note is an appended record: it still arrives on the cancelled order.
    const activities = await asOffice<{ items: { description: string | null }[] }>(
      'GET',
      `/api/v1/work-orders/${order.id}/activities`,
    );
    expect(activities.items.some((a) => a.description?.includes('Müşteriye ulaşılamadı'))).toBe(true);
    const after = await asOffice<Order>('GET', `/api/v1/work-orders/${order.id}`);
    expect(after.phase).toBe('cancelled');

    // Acknowledged problems leave the list; nothing is dropped without the technician seeing it.
    await page.getByTestId('problem-ok').first().click();
    await expect.poll(() => page.getByTestId('problem').count()).toBe(0);

    // The cancelled order has left the phone's list; the app speaks English on request.
    await page.getByTestId('back').click();
    await page.getByTestId('jobs').waitFor();
    expect(await page.getByTestId(`job-${order.number}`).count()).toBe(0);
    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: 'My jobs' }).waitFor();
    await screenshot(page, 'field-jobs-english');
    await context.close();
  });
});
