import type { SlaPolicyResource } from '@usta/contracts/sla';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { startSlaEscalationWorker } from '../apps/server/src/modules/sla/escalation-worker.ts';
import { recordSlaChange } from '../apps/server/src/modules/sla/index.ts';
import { workOrders } from '../apps/server/src/modules/work-orders/tables.ts';
import { actorFor, makeCustomer } from '../apps/server/src/modules/work-orders/test-fixtures.ts';
import { screenshot } from './support/browser.ts';
import { apiAs, signIn, useUstaInChromium } from './support/usta.ts';

// Steps fire only when this file runs the worker (with a chosen clock), never on their own.
process.env.SLA_ESCALATION_WORKER = 'off';

const e2e = useUstaInChromium();
const manager = apiAs(e2e, 'yonetici@demo.usta');
const desk = apiAs(e2e, 'cagri@demo.usta');
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

const t = (amount: number, unit: 'minutes' | 'hours' | 'businessDays') => ({ amount, unit });
const contractBody = (name: string, escalationRules: object[] = []) => ({
  name,
  targets: {
    P1: { firstResponse: t(5, 'minutes'), resolution: t(2, 'hours') },
    P2: { firstResponse: t(20, 'minutes'), resolution: t(6, 'hours') },
    P3: { firstResponse: t(2, 'hours'), resolution: t(1, 'businessDays') },
    P4: { firstResponse: t(4, 'hours'), resolution: t(3, 'businessDays') },
  },
  firstResponseMetBy: ['customer_reply', 'assignment'],
  resolvedPhases: ['final_check', 'closed'],
  clockByPhase: {
    waiting_customer: 'paused',
    final_check: 'stopped',
    closed: 'stopped',
    cancelled: 'stopped',
  },
  escalationRules,
});

let gold: SlaPolicyResource;
let doomed: SlaPolicyResource;
let customerId: string;

beforeAll(async () => {
  gold = await manager<SlaPolicyResource>(
    'POST',
    '/api/v1/sla/policies',
    contractBody('Altın bakım sözleşmesi', [
      {
        id: 'watch',
        metric: 'resolution',
        atPercent: 25,
        action: 'add_watcher',
        recipients: ['role:planner'],
      },
      { id: 'raise', metric: 'resolution', atPercent: 50, action: 'raise_priority' },
      { id: 'lead', metric: 'resolution', atPercent: 75, action: 'notify', recipients: ['team_lead'] },
      { id: 'boss', metric: 'resolution', atBreach: true, action: 'notify', recipients: ['manager'] },
    ]),
  );
  doomed = await manager<SlaPolicyResource>('POST', '/api/v1/sla/policies', contractBody('Eski sözleşme'));
  const actor = await actorFor(e2e.usta, 'cagri@demo.usta');
  customerId = (await makeCustomer(e2e.usta, actor, 'Deniz Otelcilik A.Ş.')).id;
});

describe('a customer’s contract SLA policy in Chromium', () => {
  it('a manager assigns the contract policy on the customer page, and the customer’s order is measured by it', async () => {
    const page = await signIn(e2e, 'yonetici@demo.usta');
    await page.goto(`${e2e.usta.baseUrl}/customers/${customerId}`);
    const section = page.getByTestId('customer-sla-policy');
    await section.waitFor();
    await section
      .getByTestId('customer-sla-policy-name')
      .filter({ hasText: 'Varsayılan politika:' })
      .waitFor();
    await expect(section.getByTestId('customer-sla-policy-kind').textContent()).resolves.toBe('Varsayılan');

    await section.getByTestId('customer-sla-policy-select').click();
    await page.getByRole('option', { name: 'Altın bakım sözleşmesi', exact: true }).click();
    await section
      .getByTestId('customer-sla-policy-kind')
      .filter({ hasText: 'Sözleşme politikası' })
      .waitFor();
    await expect(section.getByTestId('customer-sla-policy-name').textContent()).resolves.toContain(
      'Altın bakım sözleşmesi',
    );
    await expect(section.getByTestId('customer-sla-target-P2').textContent()).resolves.toBe(
      '20 dakika / 6 saat',
    );
    await expect(
      manager<{ policyId: string }>('GET', `/api/v1/sla/customer-policies/${customerId}`),
    ).resolves.toMatchObject({ policyId: gold.id });
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'sla-customer-policy');

    // A new P2 order of this customer: the SLA card counts the contract's 20 minutes, not the default hour.
    const order = await desk<{ id: string; number: string }>('POST', '/api/v1/work-orders', {
      customerId,
      channel: 'phone',
      type: 'fault',
      complaint: 'Lobi klimaları çalışmıyor',
      priority: 'P2',
    });
    await page.goto(`${e2e.usta.baseUrl}/work-orders/${order.id}`);
    const response = page.getByTestId('sla-card').getByTestId('sla-target-firstResponse');
    await response.filter({ hasText: 'İlk yanıt · 20 dakika' }).waitFor();
    await expect(page.getByTestId('escalations-policy').textContent()).resolves.toBe(
      'Politika: Altın bakım sözleşmesi',
    );

    // A policy deleted meanwhile is refused by the server; the message shows in the section.
    await page.goto(`${e2e.usta.baseUrl}/customers/${customerId}`);
    await section.getByTestId('customer-sla-policy-select').click();
    await page.getByRole('option', { name: 'Eski sözleşme', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    const deleted = await e2e.usta.app.inject({
      method: 'DELETE',
      url: `/api/v1/sla/policies/${doomed.id}`,
      headers: await e2e.usta.as('yonetici@demo.usta'),
    });
    expect(deleted.statusCode).toBe(204);
    await section.getByTestId('customer-sla-policy-select').click();
    await page.getByRole('option', { name: 'Eski sözleşme', exact: true }).click();
    const error = section.getByTestId('customer-sla-policy-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/^Politika kaydedilemedi.+/u);
    await error.scrollIntoViewIfNeeded();
    await expect(
      section.getByTestId('customer-sla-policy-select').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await section.getByText('Bu kayıt bulunamadı.').waitFor();
    await screenshot(page, 'sla-customer-policy-refused');

    // The deleted policy is no longer offered; back to the default.
    await section.getByTestId('customer-sla-policy-select').click();
    await expect(page.getByRole('option', { name: 'Eski sözleşme', exact: true }).count()).resolves.toBe(0);
    await page.getByRole('option', { name: /^Varsayılan politika/u }).click();
    await section.getByTestId('customer-sla-policy-kind').filter({ hasText: 'Varsayılan' }).waitFor();
    await expect(
      manager<{ policyId: string | null }>('GET', `/api/v1/sla/customer-policies/${customerId}`),
    ).resolves.toMatchObject({ policyId: null });
  });

  it('a call-centre agent does not see the section (policies are settings)', async () => {
    const page = await signIn(e2e, 'cagri@demo.usta');
    await page.goto(`${e2e.usta.baseUrl}/customers/${customerId}`);
    await page.getByTestId('customer-name').waitFor();
    await expect(page.getByTestId('customer-sla-policy').count()).resolves.toBe(0);
  });

  it('the order page lists the escalation steps, what the fired ones did, and the watchers', async () => {
    await manager('PUT', `/api/v1/sla/customer-policies/${customerId}`, { policyId: gold.id });
    // A P3 order received on Monday 16 Nov 2026 at 14:00 (1 business day: due Tue 14:00, 8.5 working
    // hours), the worker run on Tuesday at 10:00: 25 % (watchers, Mon 16:07) and 50 % (priority,
    // Tue 08:45) have fired; 75 % and the breach wait.
    const order = await desk<{ id: string; number: string }>('POST', '/api/v1/work-orders', {
      customerId,
      channel: 'phone',
      type: 'fault',
      complaint: 'Kazan dairesinde basınç düşüyor',
      priority: 'P3',
    });
    await e2e.usta.db
      .update(workOrders)
      .set({ createdAt: new Date('2026-11-16T14:00:00+03:00') })
      .where(eq(workOrders.id, order.id));
    const actor = await actorFor(e2e.usta, 'cagri@demo.usta');
    await recordSlaChange(e2e.usta.db, actor, order.id);
    const worker = startSlaEscalationWorker({
      db: e2e.usta.db,
      logger: silent,
      pollIntervalMs: 3_600_000,
      now: () => new Date('2026-11-17T10:00:00+03:00'),
    });
    await worker.drain();
    await worker.stop();

    const page = await signIn(e2e, 'yonetici@demo.usta');
    await page.goto(`${e2e.usta.baseUrl}/work-orders/${order.id}`);
    const panel = page.getByTestId('escalation-panel');
    await panel.waitFor();
    const raise = panel.locator('[data-testid="escalation-step-raise"][data-state="fired"]');
    await raise.waitFor();
    await expect(raise.getByTestId('escalation-step-effect').textContent()).resolves.toBe('Öncelik P3→P2');
    const watch = panel.locator('[data-testid="escalation-step-watch"][data-state="fired"]');
    await expect(watch.getByTestId('escalation-step-effect').textContent()).resolves.toMatch(
      /^İzleyici eklendi: Planlamacı \(\d+ kişi\)$/u,
    );
    await expect(watch.textContent()).resolves.toContain('17.11 10:00');
    await expect(panel.getByTestId('escalation-watcher').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('wo-priority').textContent()).resolves.toContain('P2');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'sla-escalation-panel');

    // The same panel in English.
    const english = await signIn(e2e, 'yonetici@demo.usta', 'en');
    await english.goto(`${e2e.usta.baseUrl}/work-orders/${order.id}`);
    const fired = english.locator('[data-testid="escalation-step-raise"][data-state="fired"]');
    await expect(fired.getByTestId('escalation-step-effect').textContent()).resolves.toBe('Priority P3→P2');
    await expect(fired.textContent()).resolves.toContain('Resolution 50%');
    // The language is remembered for the user: back to Turkish for the next test.
    const saved = english.waitForResponse(
      (r) => r.url().includes('/api/v1/') && r.request().method() === 'PATCH',
    );
    await english.getByTestId('language-tr').click();
    await saved;
  });
  it('the due-time preview takes and shows the receipt time as DD.MM.YYYY HH:mm, typed or picked', async () => {
    const page = await signIn(e2e, 'yonetici@demo.usta');
    await page.goto(`${e2e.usta.baseUrl}/settings/sla/${gold.id}`);
    const preview = page.getByTestId('policy-preview');
    await preview.getByTestId('policy-preview-priority').getByText('P1', { exact: true }).click();
    const received = preview.getByTestId('policy-preview-received');
    await received.fill('13.03.2026 17:50');
    // 5 working minutes from Friday 17:50: Friday 17:55.
    await preview
      .getByTestId('policy-preview-response')
      .filter({ hasText: '13 Mart 2026 Cuma 17:55' })
      .waitFor();
    await received.fill('31.02.2026 10:00');
    await expect(received.getAttribute('aria-invalid')).resolves.toBe('true');
    await received.fill('2026-03-16T08:30');
    await expect(received.inputValue()).resolves.toBe('16.03.2026 08:30');
    await preview
      .getByTestId('policy-preview-response')
      .filter({ hasText: '16 Mart 2026 Pazartesi 08:35' })
      .waitFor();
    await preview.getByRole('button', { name: 'Takvimden seç' }).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 300);
    await preview.getByRole('button', { name: 'Takvimden seç' }).click();
    await page.getByText('Mart 2026', { exact: true }).waitFor();
    await page.waitForTimeout(300); // the dropdown's fade-in
    await screenshot(page, 'sla-preview-turkish-date');
  });
});
