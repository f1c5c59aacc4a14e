import type { BrowserContext, Page } from 'playwright-core';
import { apiAs, type UstaInChromium } from './usta.ts';

// The field app's journeys (apps/field, /field/): a job for today on a technician's phone.

/** What the field journeys read of an order; a file may ask for more fields through `T`. */
export interface FieldOrder {
  id: string;
  number: string;
  status: string;
  phase: string;
}

/**
 * The office opens a fault order for today for a new customer (its first address is the service
 * address), with the technician on it, and moves it to "assigned": a job on the technician's day.
 */
export async function fieldJob<T extends FieldOrder = FieldOrder>(
  e2e: UstaInChromium,
  job: { complaint: string; technician: string; office: string; customer: object },
): Promise<T> {
  const asOffice = apiAs(e2e, job.office);
  const me = await apiAs(e2e, job.technician)<{ id: string }>('GET', '/api/v1/me');
  const customer = await asOffice<{ id: string; addresses: { id: string }[] }>(
    'POST',
    '/api/v1/customers',
    job.customer,
  );
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Istanbul' });
  const created = await asOffice<T>('POST', '/api/v1/work-orders', {
    customerId: customer.id,
    serviceAddressId: customer.addresses[0]!.id,
    channel: 'phone',
    type: 'fault',
    complaint: job.complaint,
    status: 'to_plan',
    technicianIds: [me.id],
    requestedDate: today,
  });
  return asOffice<T>('POST', `/api/v1/work-orders/${created.id}/transitions`, { to: 'assigned' });
}

/** A phone (390×844, touch, Turkish, İstanbul time) whose page errors show in the test's output. */
export async function phone(e2e: UstaInChromium): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'tr-TR',
    timezoneId: 'Europe/Istanbul',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return { context, page };
}

/** Fills and sends the field app's sign-in form (the demo password). */
export async function signInOnPhone(page: Page, email: string): Promise<void> {
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('usta-demo');
  await page.getByTestId('login-submit').click();
}

/** Signs in online, waits for the day to show the order and for the service worker to control the page. */
export async function loadDay(
  e2e: UstaInChromium,
  page: Page,
  order: Pick<FieldOrder, 'number'>,
  email: string,
): Promise<void> {
  await page.goto(`${e2e.usta.baseUrl}/field/`);
  await signInOnPhone(page, email);
  await page.getByTestId(`job-${order.number}`).waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
}

/** How many changes the phone still holds for the server (the sync badge's count). */
export async function pending(page: Page): Promise<number> {
  return Number(await page.getByTestId('sync-badge').getAttribute('data-pending'));
}
