import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordSlaChange } from '../apps/server/src/modules/sla/index.ts';
import { workOrderActivities, workOrders } from '../apps/server/src/modules/work-orders/tables.ts';
import { actorFor, makeCustomer } from '../apps/server/src/modules/work-orders/test-fixtures.ts';
import { screenshot } from './support/browser.ts';
import { signIn, useUstaInChromium } from './support/usta.ts';

const e2e = useUstaInChromium();
/** A P1 order received 26 hours ago that waited for the customer for four of them: breached. */
let late: { id: string; number: string };

const HOUR = 3_600_000;

beforeAll(async () => {
  late = await openLateOrder();
});

/**
 * Opens an order through the API, then moves its recorded instants into the past (the activity
 * log stamps the real time) and lets the SLA module recompute the stored summary, as it does
 * after every change of an order.
 */
async function openLateOrder() {
  const desk = await e2e.usta.as('cagri@demo.usta');
  const actor = await actorFor(e2e.usta, 'cagri@demo.usta');
  const customer = await makeCustomer(e2e.usta, actor, 'Zeynep Arslan');
  const response = await e2e.usta.app.inject({
    method: 'POST',
    url: '/api/v1/work-orders',
    headers: desk,
    payload: {
      customerId: customer.id,
      channel: 'phone',
      type: 'fault',
      complaint: 'Kombi su akıtıyor, basınç düşüyor',
      priority: 'P1',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const order = response.json<{ id: string; number: string }>();
  const now = Date.now();
  await e2e.usta.db
    .update(workOrders)
    .set({ createdAt: new Date(now - 26 * HOUR) })
    .where(eq(workOrders.id, order.id));
  const move = async (hoursAgo: number, from: [string, string], to: [string, string]) => {
    await e2e.usta.db.insert(workOrderActivities).values({
      organizationId: actor.organizationId,
      workOrderId: order.id,
      actorId: actor.userId,
      actorName: actor.name,
      occurredAt: new Date(now - hoursAgo * HOUR),
      kind: 'status_change',
      fromStatus: from[0],
      toStatus: to[0],
      data: { fromPhase: from[1], toPhase: to[1], kind: 'forward' },
    });
    await e2e.usta.db
      .update(workOrders)
      .set({ status: to[0], phase: to[1] as 'planning' })
      .where(eq(workOrders.id, order.id));
  };
  await move(24, ['new', 'intake'], ['waiting_customer', 'waiting_customer']);
  await move(20, ['waiting_customer', 'waiting_customer'], ['to_plan', 'planning']);
  await recordSlaChange(e2e.usta.db, actor, order.id);
  return { id: order.id, number: order.number };
}

describe('SLA in Chromium', () => {
  it('a manager finds the late order due soonest, reads its badge and timeline, and records the breach review', async () => {
    const page = await signIn(e2e, 'yonetici@demo.usta');
    await page.getByTestId('nav-work-orders').click();
    const row = page.getByTestId(`wo-row-${late.number}`);
    await row.waitFor();
    await expect(row.getByTestId('wo-row-sla').getAttribute('data-sla-tone')).resolves.toBe('breached');
    await expect(row.getByTestId('wo-row-sla').textContent()).resolves.toMatch(/gecikti$/);

    // Termin yakın: the list is sorted by the stored due time on the server.
    const sorted = page.waitForResponse((r) => r.url().includes('sort=slaDue') && r.status() === 200);
    await page.getByTestId('wo-sort-due-soonest').click();
    await sorted;
    await expect(page.getByTestId('wo-sort-due-soonest').getAttribute('aria-pressed')).resolves.toBe('true');
    await screenshot(page, 'sla-list-due-soonest');

    await row.getByRole('link', { name: late.number }).click();
    const badge = page.getByTestId('wo-sla-badge');
    await badge.waitFor();
    await expect(badge.getAttribute('data-sla-tone')).resolves.toBe('breached');
    await expect(badge.textContent()).resolves.toMatch(/gecikti$/);

    // The timeline: running, then four hours paused waiting for the customer, then running again.
    const card = page.getByTestId('sla-card');
    await expect(
      card
        .getByTestId('sla-bar-segment')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-clock'))),
    ).resolves.toEqual(['running', 'paused', 'running']);
    await card.getByTestId('sla-marker-response').waitFor();
    await card.getByTestId('sla-marker-resolution').waitFor();
    await card.getByTestId('sla-intervals-toggle').click();
    const paused = card.locator('[data-testid="sla-interval"][data-clock="paused"]');
    await paused.waitFor();
    await expect(paused.textContent()).resolves.toContain('Müşteri bekleniyor');
    await expect(card.getByTestId('sla-target-firstResponse').getAttribute('data-status')).resolves.toBe(
      'breached',
    );
    await screenshot(page, 'sla-detail-timeline');

    // Breach review: the root cause, then a corrective action with an owner and a due date.
    const review = page.getByTestId('breach-review');
    await review.scrollIntoViewIfNeeded();
    await expect(review.getByTestId('breach-review-state').textContent()).resolves.toBe('Eksik');
    await review.getByTestId('root-cause-form-code').click();
    await page.getByRole('option', { name: 'Kapasite yetersiz', exact: true }).click();
    await review.getByTestId('root-cause-form-text').fill('Bayram öncesi tek teknisyen nöbetteydi.');
    await review.getByTestId('root-cause-form-save').click();
    await review.getByTestId('root-cause-code').filter({ hasText: 'Kapasite yetersiz' }).waitFor();

    await review.getByTestId('capa-add').click();
    await review
      .getByTestId('capa-form-action')
      .fill('Bayram haftaları için nöbet çizelgesine ikinci teknisyen eklenecek');
    await review.getByTestId('capa-form-owner').click();
    await page.getByRole('option', { name: 'Mehmet Öztürk', exact: true }).click();
    await review.getByTestId('capa-form-due').fill('31.12.2026');
    await review.getByTestId('capa-form-due').press('Tab');
    await review.getByTestId('capa-form-save').click();
    await review.getByTestId('capa-item').waitFor();
    await review.getByTestId('breach-review-state').filter({ hasText: 'Tamam' }).waitFor();
    await screenshot(page, 'sla-breach-review');

    // Ayarlar → Düzeltici faaliyetler lists it among the open ones.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-capa').click();
    const capa = page.getByTestId('capa-row').filter({ hasText: late.number });
    await capa.waitFor();
    await expect(capa.getAttribute('data-status')).resolves.toBe('open');
    await screenshot(page, 'sla-capa-list');
  });

  it('a manager edits a policy target, sees the preview move, and is refused a target of 0 at the field', async () => {
    const page = await signIn(e2e, 'yonetici@demo.usta');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-sla').click();
    await page.locator('[data-testid="policy-row"][data-default="true"]').getByTestId('policy-open').click();
    await page.getByTestId('policy-targets').waitFor();

    // A P1 received on Friday 13 March 2026 at 17:50: ten minutes on Friday, the rest on Monday.
    const preview = page.getByTestId('policy-preview');
    await preview.getByTestId('policy-preview-priority').getByText('P1', { exact: true }).click();
    await preview.getByTestId('policy-preview-received').fill('2026-03-13T17:50');
    await preview
      .getByTestId('policy-preview-response')
      .filter({ hasText: '16 Mart 2026 Pazartesi 08:35' })
      .waitFor();
    await screenshot(page, 'sla-policy-edit');

    // 30 minutes instead of 15: saved, the preview answers 08:50.
    await page.getByTestId('target-P1-firstResponse-amount').fill('30');
    await preview.getByTestId('policy-preview-unsaved').waitFor();
    await page.getByTestId('policy-save').click();
    await preview
      .getByTestId('policy-preview-response')
      .filter({ hasText: '16 Mart 2026 Pazartesi 08:50' })
      .waitFor();
    await expect(page.getByTestId('target-P1-firstResponse-amount').inputValue()).resolves.toBe('30');

    // 0 is refused by the server, and the message stands under that very target.
    await page.getByTestId('target-P1-firstResponse-amount').fill('0');
    await page.getByTestId('policy-save').click();
    const error = page.getByTestId('target-P1-firstResponse-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe('Değer sıfırdan büyük olmalı.');
    await expect(
      page.getByTestId('target-P1-firstResponse-amount').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await expect(page.getByTestId('target-P2-firstResponse-error').count()).resolves.toBe(0);
    await screenshot(page, 'sla-policy-target-refused');

    // Nothing was saved: the preview still counts 30 minutes.
    await expect(preview.getByTestId('policy-preview-response').textContent()).resolves.toBe(
      '16 Mart 2026 Pazartesi 08:50',
    );
  });
});
