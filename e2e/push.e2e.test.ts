import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { apiAs, useUstaInChromium } from './support/usta.ts';

// Issue 7: a push from the server shows a notification and makes the open field app sync at once.
// The push itself is delivered through the DevTools protocol (ServiceWorker.deliverPushMessage):
// headless Chromium has no push service; the server side is tested in modules/push.

const e2e = useUstaInChromium();
const TECHNICIAN = 'teknisyen1@demo.usta';
const OFFICE = 'admin@demo.usta';
const asTechnician = apiAs(e2e, TECHNICIAN);
const asOffice = apiAs(e2e, OFFICE);

async function assignedOrder(complaint: string) {
  const me = await asTechnician<{ id: string }>('GET', '/api/v1/me');
  const customer = await asOffice<{ id: string; addresses: { id: string }[] }>('POST', '/api/v1/customers', {
    type: 'individual',
    name: 'Push Müşteri',
    phones: [{ number: '0532 111 22 33', label: 'Cep' }],
    addresses: [{ province: 'İstanbul', district: 'Kadıköy', line: 'Moda Cad. No: 1', isDefault: true }],
  });
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Istanbul' });
  return asOffice<{ id: string; number: string }>('POST', '/api/v1/work-orders', {
    customerId: customer.id,
    serviceAddressId: customer.addresses[0]!.id,
    channel: 'phone',
    type: 'fault',
    complaint,
    status: 'to_plan',
    technicianIds: [me.id],
    requestedDate: today,
  });
}

describe('field app push', () => {
  it('offers notifications from a button, and a push shows a notification and syncs the new job', async () => {
    const first = await assignedOrder('İlk iş');
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'tr-TR' });
    const page = await context.newPage();
    await page.goto(`${e2e.usta.baseUrl}/field/`);
    await page.getByTestId('login-email').fill(TECHNICIAN);
    await page.getByTestId('login-password').fill('usta-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId(`job-${first.number}`).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
    // Nothing asked on load: the button waits for a tap.
    const toggle = page.getByTestId('push-toggle');
    await toggle.waitFor();
    expect(await toggle.getAttribute('data-state')).toBe('off');
    expect(await toggle.textContent()).toBe('Bildirim aç');
    await screenshot(page, 'push-settings-button');

    await context.grantPermissions(['notifications'], { origin: e2e.usta.baseUrl });
    const second = await assignedOrder('Push ile gelen iş');
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const registrationId = await new Promise<string>((resolve) => {
      cdp.on(
        'ServiceWorker.workerRegistrationUpdated',
        (e: { registrations: { registrationId: string; scopeURL: string }[] }) => {
          const r = e.registrations.find((x) => x.scopeURL.endsWith('/field/'));
          if (r) resolve(r.registrationId);
        },
      );
    });
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: new URL(e2e.usta.baseUrl).origin,
      registrationId,
      data: JSON.stringify({
        kind: 'work_order_assigned',
        title: `Yeni iş emri: ${second.number}`,
        body: 'Push Müşteri',
        url: `/field/#/job/${second.id}/info`,
        workOrderId: second.id,
        number: second.number,
      }),
    });
    // The worker told the open app to sync: the new job appears without a reload or a tap.
    await page.getByTestId(`job-${second.number}`).waitFor({ timeout: 15_000 });
    const shown = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return (await registration.getNotifications()).map((n) => n.title);
    });
    expect(shown).toContain(`Yeni iş emri: ${second.number}`);
    await context.close();
  });
});
