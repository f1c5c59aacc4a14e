import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { apiAs, signIn, useUstaInChromium } from './support/usta.ts';

const e2e = useUstaInChromium();
let world: Awaited<ReturnType<typeof buildDay>>;

beforeAll(async () => {
  world = await buildDay();
});

const PLANNER = 'planlama@demo.usta';
const asPlanner = apiAs(e2e, PLANNER);
const asAdmin = apiAs(e2e, 'admin@demo.usta');
const asDesk = apiAs(e2e, 'cagri@demo.usta');

/** The next Monday–Friday after today (Istanbul), away from New Year's Day. */
function nextWorkingDay(): string {
  const day = new Date(Date.now() + 3 * 3_600_000);
  do day.setUTCDate(day.getUTCDate() + 1);
  while ([0, 6].includes(day.getUTCDay()) || day.toISOString().slice(5, 10) === '01-01');
  return day.toISOString().slice(0, 10);
}

/** A skill, a category needing it, Hasan (level 3) and Gökhan (level 1), three boiler orders across Istanbul. */
async function buildDay() {
  const users = await asAdmin<{ items: { id: string; email: string }[] }>('GET', '/api/v1/users?limit=100');
  const idOf = (email: string) => users.items.find((user) => user.email === email)?.id ?? '';
  const skill = await asPlanner<{ id: string }>('POST', '/api/v1/skills', {
    code: 'kombi',
    nameTr: 'Kombi',
    maxLevel: 3,
  });
  const category = await asAdmin<{ id: string }>('POST', '/api/v1/settings/work-order-categories', {
    nameTr: 'Kombi arızası',
  });
  await asPlanner('PUT', '/api/v1/skills/category-requirements', {
    items: [{ categoryId: category.id, skillId: skill.id, minLevel: 2, durationMinutes: 60 }],
  });
  const profile = (level: number, start: { lat: number; lng: number }) => ({
    skills: [{ skillId: skill.id, level }],
    regions: [],
    startLocation: start,
    version: 0,
  });
  await asPlanner(
    'PUT',
    `/api/v1/technicians/${idOf('teknisyen1@demo.usta')}`,
    profile(3, { lat: 40.9903, lng: 29.0293 }),
  );
  await asPlanner(
    'PUT',
    `/api/v1/technicians/${idOf('teknisyen2@demo.usta')}`,
    profile(1, { lat: 41.0428, lng: 29.0075 }),
  );

  const order = async (name: string, district: string, line: string, lat: number, lng: number) => {
    const customer = await asDesk<{ id: string; addresses: { id: string }[] }>('POST', '/api/v1/customers', {
      type: 'individual',
      name,
      phones: [],
      addresses: [{ province: 'İstanbul', district, line, coordinates: { lat, lng } }],
    });
    return asDesk<{ id: string; number: string }>('POST', '/api/v1/work-orders', {
      customerId: customer.id,
      serviceAddressId: customer.addresses[0]?.id,
      channel: 'phone',
      type: 'fault',
      complaint: 'Kombi sıcak su vermiyor',
      priority: 'P4',
      categoryId: category.id,
    });
  };
  // Far north first, then the technician's own district, then the Asian shore's east.
  const sariyer = await order('Deniz Aksoy', 'Sarıyer', 'Büyükdere Cad. 210', 41.1665, 29.0503);
  const moda = await order('Ayşe Güneş', 'Kadıköy', 'Moda Cad. 1', 40.9868, 29.0259);
  const atasehir = await order('Kerem Yalçın', 'Ataşehir', 'Ataşehir Blv. 32', 40.9923, 29.1244);
  return { sariyer, moda, atasehir, order };
}

const row = (page: Page, name: string) =>
  page.locator(`[data-testid="board-row"][data-technician="${name}"]`);

/** The pointer position over a technician's row at a wall-clock time ("14:00"). */
async function slot(page: Page, name: string, time: string) {
  const timeline = page.getByTestId('board-timeline');
  const startMin = Number(await timeline.getAttribute('data-start-min'));
  const endMin = Number(await timeline.getAttribute('data-end-min'));
  const track = row(page, name).getByTestId('board-track');
  await track.scrollIntoViewIfNeeded();
  const box = await track.boundingBox();
  if (!box) throw new Error(`no row for ${name}`);
  const [h, m] = time.split(':').map(Number);
  const minute = (h ?? 0) * 60 + (m ?? 0);
  return {
    x: box.x + ((minute - startMin) / (endMin - startMin)) * box.width + 2,
    y: box.y + box.height / 2,
  };
}

/** Native HTML5 drag: press on the source, move over the slot in steps, hand back before release. */
async function dragTo(
  page: Page,
  source: Locator,
  name: string,
  time: string,
  beforeDrop?: () => Promise<void>,
) {
  await source.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  if (!from) throw new Error('no drag source');
  await page.mouse.move(from.x + 20, from.y + 10);
  await page.mouse.down();
  const to = await slot(page, name, time);
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.move(to.x + 1, to.y, { steps: 2 });
  await beforeDrop?.();
  await page.mouse.up();
}

describe('planning desk in Chromium', () => {
  it('the planner drags two orders onto a technician, is warned on a third, optimises the day and applies it', async () => {
    const day = nextWorkingDay();
    const orders = world;
    const page = await signIn(e2e, PLANNER);
    await page.getByTestId('nav-planning').click();
    await page.goto(`${e2e.usta.baseUrl}/planning?date=${day}`);
    await row(page, 'Hasan Çelik').waitFor();
    const queued = (number: string) => page.locator(`[data-testid="queue-order"][data-number="${number}"]`);
    await queued(orders.sariyer.number).waitFor();

    // Two orders onto Hasan: Sarıyer at 09:00, Moda at 14:00 (a poor order: north first, then home).
    const visits = row(page, 'Hasan Çelik').getByTestId('board-visit');
    await dragTo(page, queued(orders.sariyer.number), 'Hasan Çelik', '09:00', async () => {
      await page.locator('[data-testid="drag-status"][data-severity="ok"]').waitFor();
    });
    await expect.poll(() => visits.count(), { timeout: 20_000 }).toBe(1);
    await dragTo(page, queued(orders.moda.number), 'Hasan Çelik', '14:00');
    await expect.poll(() => visits.count(), { timeout: 20_000 }).toBe(2);
    await expect(queued(orders.moda.number).count()).resolves.toBe(0);

    // The third over Gökhan (skill level 1 of the 2 needed): the slot is marked before the drop.
    await dragTo(page, queued(orders.atasehir.number), 'Gökhan Şahin', '10:00', async () => {
      const status = page.locator('[data-testid="drag-status"][data-severity="error"]');
      await status.waitFor();
      await expect(status.getByTestId('drag-issues').textContent()).resolves.toMatch(/yetkinlik/iu);
      await expect(
        row(page, 'Gökhan Şahin').getByTestId('drop-ghost').getAttribute('data-severity'),
      ).resolves.toBe('error');
      await screenshot(page, 'planning-board-conflict');
    });
    // Dropped anyway: refused with the reason, nothing saved.
    await page.getByText('Buraya planlanamaz').waitFor();
    await expect(row(page, 'Gökhan Şahin').getByTestId('board-visit').count()).resolves.toBe(0);
    await expect(queued(orders.atasehir.number).count()).resolves.toBe(1);
    await screenshot(page, 'planning-board');

    // Optimise day: progress, then the proposal beside the current plan.
    await page.getByTestId('optimise-day').click();
    const panel = page.getByTestId('proposal-panel');
    await panel.waitFor({ timeout: 60_000 });
    await expect(panel.getByTestId('totals-before').textContent()).resolves.toContain('Şimdiki plan');
    await expect(panel.getByTestId('totals-after').textContent()).resolves.toContain('Önerilen');
    const route = panel.locator('[data-testid="proposal-route"][data-technician="Hasan Çelik"]');
    const proposed = (await route.locator('.mantine-Badge-root').allTextContents()).map(
      (text) => /[#]\d+/u.exec(text)?.[0],
    );
    const short = (number: string) => `#${Number(number.split('-').pop())}`;
    expect(proposed).toContain(short(orders.atasehir.number));
    expect(proposed).toHaveLength(3);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'planning-proposal');

    await panel.getByTestId('proposal-apply').click();
    await page.getByText('Plan uygulandı', { exact: false }).waitFor();
    await expect.poll(() => visits.count(), { timeout: 20_000 }).toBe(3);
    const map = page.getByTestId('route-map');
    await map.scrollIntoViewIfNeeded();
    await page.locator('.leaflet-marker-icon').first().waitFor();
    await screenshot(page, 'planning-map');

    // Personel planı: Hasan's day, in the applied order, each row opening its order.
    await page.getByTestId('planning-tab-plan').click();
    await page.getByTestId('plan-technician').click();
    await page.getByRole('option', { name: 'Hasan Çelik' }).click();
    await page.waitForURL(/technician=/u);
    const url = new URL(page.url());
    url.searchParams.set('date', day);
    await page.goto(url.toString());
    const planned = page.getByTestId('plan-visit');
    await expect.poll(() => planned.count(), { timeout: 20_000 }).toBe(3);
    const shown = (
      await planned.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number') ?? ''))
    ).map(short);
    expect(shown).toEqual(proposed);
    await screenshot(page, 'planning-technician-day');

    // Each visit opens its order, where the visit is listed.
    await planned.first().getByRole('link').click();
    await page.getByTestId('slot-card').getByTestId('order-visit').first().waitFor();
  });

  it('a just-opened order gets ranked slot suggestions and one is booked from the order page', async () => {
    const fresh = await world.order('Murat Ekinci', 'Üsküdar', 'Hakimiyeti Milliye Cad. 7', 41.0233, 29.0152);
    const page = await signIn(e2e, PLANNER);
    await page.goto(`${e2e.usta.baseUrl}/work-orders/${fresh.id}`);
    const card = page.getByTestId('slot-card');
    // Opened minutes ago with no visit: the card asks at once, the caller is still on the line.
    const first = card.getByTestId('slot-candidate').first();
    await first.waitFor({ timeout: 30_000 });
    await expect(first.textContent()).resolves.toContain('Hasan Çelik');
    await expect(card.getByTestId('slot-rejected').textContent()).resolves.toContain('Gökhan Şahin');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'planning-slot-suggestions');
    await first.getByTestId('slot-book').click();
    await card.getByTestId('order-visit').waitFor();
    await expect(card.getByTestId('order-visit').first().textContent()).resolves.toContain('Planlandı');
  });

  it('the call centre sees suggestions to offer without booking; the planner keeps profiles from Planlama', async () => {
    const fresh = await world.order('Selin Aydın', 'Kadıköy', 'Moda Cad. 12', 40.9869, 29.0262);
    const agent = await signIn(e2e, 'cagri@demo.usta');
    await agent.goto(`${e2e.usta.baseUrl}/work-orders/${fresh.id}`);
    const candidate = agent.getByTestId('slot-card').getByTestId('slot-candidate').first();
    await candidate.waitFor({ timeout: 30_000 });
    await expect(candidate.getByTestId('slot-book').count()).resolves.toBe(0);

    const planner = await signIn(e2e, PLANNER);
    await planner.getByTestId('nav-planning').click();
    await planner.getByTestId('planning-tab-technicians').click();
    const hasan = planner.locator('[data-testid="technician-row"][data-name="Hasan Çelik"]');
    await hasan.waitFor();
    await hasan.getByTestId('technician-edit').click();
    await planner.getByTestId('technician-save').waitFor();
    await screenshot(planner, 'planning-technician-profile-planner');
    await planner.keyboard.press('Escape');
    await planner.getByTestId('planning-tab-skills').click();
    await planner.locator('[data-testid="skill-row"][data-code="kombi"]').waitFor();
  });

  it('a manager reads the skill tree, teams and technician profiles, and the board in English', async () => {
    const page = await signIn(e2e, 'yonetici@demo.usta', 'en');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-skills').click();
    await page.locator('[data-testid="skill-row"][data-code="kombi"]').waitFor();
    await screenshot(page, 'planning-settings-skills-en');
    await page.getByTestId('settings-tab-technicians').click();
    const hasan = page.locator('[data-testid="technician-row"][data-name="Hasan Çelik"]');
    await hasan.waitFor();
    await expect(hasan.textContent()).resolves.toContain('Kombi · 3');
    await hasan.getByTestId('technician-edit').click();
    await page.getByTestId('technician-save').waitFor();
    await screenshot(page, 'planning-settings-technician-en');
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-tab-teams').click();
    await page.getByTestId('team-new').click();
    await page.getByTestId('team-name').fill('Anadolu Yakası');
    await page.getByTestId('team-save').click();
    await page.getByTestId('team-row').filter({ hasText: 'Anadolu Yakası' }).waitFor();
    await page.getByTestId('nav-planning').click();
    await page.goto(`${e2e.usta.baseUrl}/planning?date=${nextWorkingDay()}`);
    await row(page, 'Hasan Çelik').getByTestId('board-visit').first().waitFor();
    await page.getByText('Dispatch board', { exact: true }).first().waitFor();
    // Re-time a visit by dragging it along its row: saved, said in English.
    const last = row(page, 'Hasan Çelik').getByTestId('board-visit').last();
    const number = await last.getAttribute('data-number');
    await dragTo(page, last, 'Hasan Çelik', '16:30');
    await page.getByText(`Visit of ${number} moved: Hasan Çelik`, { exact: false }).waitFor();
    await screenshot(page, 'planning-board-en');
  });
});
