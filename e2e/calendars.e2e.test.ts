import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { signIn, useUstaInChromium } from './support/usta.ts';

const e2e = useUstaInChromium();

describe('business calendars in Chromium', () => {
  it('a manager checks the 2026 holidays, is refused overlapping hours on that row, and previews a P1 over the weekend', async () => {
    const page = await signIn(e2e, 'yonetici@demo.usta');

    // Ayarlar → Takvimler: the company's default calendar, first and marked.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-calendars').click();
    const row = page.locator('[data-testid="calendar-row"][data-default="true"]');
    await row.waitFor();
    await expect(page.getByTestId('calendar-row').first().getAttribute('data-default')).resolves.toBe('true');
    await expect(row.getByTestId('calendar-default-badge').textContent()).resolves.toBe('Varsayılan');
    await screenshot(page, 'calendars-list');

    // The year view of 2026: Ramazan Bayramı on 20 March, its arife a half day closing for lunch.
    await row.getByTestId('calendar-year').click();
    await page.getByTestId('cal-year-grid').waitFor();
    if ((await page.getByTestId('cal-year').textContent()) !== '2026') {
      await page.goto(`${page.url().split('?')[0]}?year=2026`);
    }
    const bayram = page.getByTestId('cal-day-2026-03-20');
    await bayram.waitFor();
    await expect(bayram.getAttribute('data-kind')).resolves.toBe('public-holiday');
    const arife = page.getByTestId('cal-day-2026-03-19');
    await expect(arife.getAttribute('data-kind')).resolves.toBe('half-day');
    await expect(page.getByTestId('cal-day-2026-10-29').getAttribute('data-kind')).resolves.toBe(
      'public-holiday',
    );
    await arife.hover();
    await page.getByText('Ramazan Bayramı arifesi — 08:30–12:30').waitFor();
    await screenshot(page, 'calendars-year-2026');

    // Monday's afternoon moved into the morning: the server refuses, the row says why.
    await page.getByTestId('calendar-open-edit').click();
    await page.getByTestId('interval-mon-1-from').fill('12:00');
    await page.getByTestId('calendar-form-save').click();
    const error = page.getByTestId('interval-mon-1-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe('Çalışma aralıkları çakışıyor.');
    await expect(page.getByTestId('interval-mon-1').getAttribute('data-invalid')).resolves.toBe('true');
    await expect(page.getByTestId('interval-mon-0').getAttribute('data-invalid')).resolves.toBe('false');
    await screenshot(page, 'calendars-overlap-refused');

    // Nothing was saved: the preview still counts Monday from 08:30.
    await page.getByTestId('calendar-back').click();
    const preview = page.getByTestId('sla-preview');
    await preview.getByTestId('sla-preview-priority').getByText('P1', { exact: true }).click();
    await preview.getByTestId('sla-preview-received').fill('2026-03-13T17:50');
    const response = preview.getByTestId('sla-preview-response');
    await response.filter({ hasText: '16 Mart 2026 Pazartesi 08:35' }).waitFor();
    await expect(preview.getByTestId('sla-preview-clock-start').textContent()).resolves.toBe(
      '13 Mart 2026 Cuma 17:50',
    );
    await expect(preview.getByTestId('sla-preview-resolution').textContent()).resolves.toBe(
      '16 Mart 2026 Pazartesi 12:20',
    );
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, 'calendars-sla-preview');
  });
});
