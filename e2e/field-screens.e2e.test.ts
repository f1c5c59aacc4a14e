import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { order } from '../apps/field/test/fixtures.ts';
import { launchChromium, screenshot } from './support/browser.ts';
import { startListeningUsta } from './support/usta.ts';

let usta: Awaited<ReturnType<typeof startListeningUsta>>;
let browser: Browser;
beforeAll(async () => {
  usta = await startListeningUsta();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await usta?.close();
});

describe('field screens (temporary, injected data)', () => {
  it('renders', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'tr-TR', timezoneId: 'Europe/Istanbul', hasTouch: true, isMobile: true });
    const page = await context.newPage();
    page.on('console', (m) => console.log('console:', m.text()));
    await page.goto(`${usta.baseUrl}/field/`);
    await screenshot(page, 'field-tmp-login');
    await page.getByTestId('login-email').fill('teknisyen1@demo.usta');
    await page.getByTestId('login-password').fill('usta-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('jobs').waitFor();
    const o = order({
      address: { text: 'Bağdat Cad. No: 12 D: 5, Kadıköy / İstanbul', district: 'Kadıköy', city: 'İstanbul', lat: 40.97, lng: 29.06 },
      contact: { id: '00000000-0000-4000-8000-0000000000d1', name: 'Ayşe Yılmaz', phone: '0532 111 22 33', email: null },
      device: { id: '00000000-0000-4000-8000-0000000000e1', brand: 'Vaillant', model: 'ecoTEC pro', deviceType: 'Kombi', serialNumber: 'VT-22-88123', warrantyEnd: '2027-05-01', warrantyStatus: 'in_warranty' },
      history: [{ id: '00000000-0000-4000-8000-0000000000f1', number: 'SRV-2025-000812', status: 'closed', createdAt: '2025-11-02T09:00:00Z', summary: 'Yıllık bakım yapıldı' }],
      visit: { id: '00000000-0000-4000-8000-0000000000f2', start: new Date().toISOString(), end: null, sequence: 1 },
    });
    await page.evaluate(async (o) => {
      const db: IDBDatabase = await new Promise((res, rej) => { const r = indexedDB.open('usta-field'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
      const tx = db.transaction(['orders', 'meta'], 'readwrite');
      tx.objectStore('orders').put(o);
      tx.objectStore('orders').put({ ...o, id: '00000000-0000-4000-8000-000000000002', number: 'SRV-2026-000002', sortKey: 'z', customer: { ...o.customer, name: 'Mehmet Demir' }, complaint: 'Klima soğutmuyor, dış ünite ses yapıyor', visit: { ...o.visit, sequence: 2 } });
      tx.objectStore('meta').put({ key: 'stock', value: { vanWarehouse: { id: '00000000-0000-4000-8000-0000000000aa', code: 'VAN-1', name: 'Araç 1', kind: 'van', technicianId: null }, items: [], levels: [
        { warehouseId: '00000000-0000-4000-8000-0000000000aa', itemId: '00000000-0000-4000-8000-0000000000b1', itemCode: 'CNT-10', itemName: 'Pompa contası', unit: 'piece', serialTracked: false, quantity: 8, serialNumbers: [] },
        { warehouseId: '00000000-0000-4000-8000-0000000000aa', itemId: '00000000-0000-4000-8000-0000000000b2', itemCode: 'KRT-1', itemName: 'Anakart', unit: 'piece', serialTracked: true, quantity: 2, serialNumbers: ['AK-001', 'AK-002'] },
      ] } });
      await new Promise((res) => { tx.oncomplete = res; });
    }, o);
    await page.reload();
    await page.getByTestId('jobs').waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'field-tmp-jobs');
    await page.getByTestId(`job-${o.number}`).click();
    await page.getByTestId('job').waitFor();
    await screenshot(page, 'field-tmp-info');
    await page.getByTestId('step-en_route').click();
    await page.getByTestId('step-arrived').waitFor();
    await screenshot(page, 'field-tmp-info-enroute');
    await page.getByTestId('tab-work').click();
    await screenshot(page, 'field-tmp-work');
    await page.getByTestId('tab-parts').click();
    await screenshot(page, 'field-tmp-parts');
    await page.getByTestId('van-KRT-1').click();
    await screenshot(page, 'field-tmp-part-form');
    await page.getByTestId('part-add').click();
    await page.getByTestId('tab-photos').click();
    await screenshot(page, 'field-tmp-photos');
    await page.getByTestId('tab-confirm').click();
    await screenshot(page, 'field-tmp-confirm');
    await page.getByTestId('sync-badge').click();
    await page.waitForTimeout(1500);
    await screenshot(page, 'field-tmp-after-sync');
  });
});
