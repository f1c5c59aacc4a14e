import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { useUstaInChromium } from './support/usta.ts';

const e2e = useUstaInChromium();

async function newPage(): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'tr-TR' });
  return context.newPage();
}

async function logIn(page: Page, email: string, password: string) {
  await page.goto(e2e.usta.baseUrl);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

const navKeys = async (page: Page) =>
  page
    .locator('[data-testid^="nav-"]')
    .evaluateAll((links) =>
      links
        .map((l) => l.getAttribute('data-testid')!)
        .filter((id) => id !== 'nav-toggle' && id !== 'nav-home'),
    );

describe('platform journey in Chromium', () => {
  it('admin creates a planner; the planner sees only planner areas, switches language, logs out; deactivation ends an open session', async () => {
    const admin = await newPage();
    await logIn(admin, 'admin@demo.usta', 'usta-demo');
    expect(await navKeys(admin)).toEqual([
      'nav-work-orders',
      'nav-planning',
      'nav-customers',
      'nav-devices',
      'nav-stock',
      'nav-contracts',
      'nav-finance',
      'nav-reports',
      'nav-settings',
    ]);
    await screenshot(admin, 'platform-admin-home');

    // Ayarlar → Kullanıcılar → Yeni kullanıcı
    await admin.getByTestId('nav-settings').click();
    await admin.getByTestId('users-table').waitFor();
    await admin.getByTestId('user-create').click();
    const modal = admin.getByTestId('user-create-modal');
    await modal.getByTestId('user-form-email').fill('yeni.planlama@demo.usta');
    await modal.getByTestId('user-form-name').fill('Şule Güneş');
    await modal.getByTestId('user-form-password').fill('planlama-2026');
    await modal.getByTestId('user-form-role-planner').click();
    await screenshot(admin, 'platform-create-user');
    await modal.getByTestId('user-form-submit').click();
    await admin.getByTestId('user-row-yeni.planlama@demo.usta').waitFor();
    await screenshot(admin, 'platform-users');

    // The planner signs in elsewhere and sees only the planner's areas.
    const planner = await newPage();
    await logIn(planner, 'yeni.planlama@demo.usta', 'planlama-2026');
    expect(await navKeys(planner)).toEqual([
      'nav-work-orders',
      'nav-planning',
      'nav-customers',
      'nav-devices',
    ]);
    await expect(planner.getByTestId('nav-settings').count()).resolves.toBe(0);
    await planner.goto(`${e2e.usta.baseUrl}/settings`);
    await planner.getByTestId('no-access').waitFor();

    // English, remembered for the user.
    await planner.getByTestId('language-en').click();
    await planner.getByText('Planning', { exact: true }).first().waitFor();
    await screenshot(planner, 'platform-planner-en');
    const session = await e2e.usta.login('yeni.planlama@demo.usta', 'planlama-2026');
    expect(session.user.locale).toBe('en');

    // Log out: back at the sign-in page; a reload does not bring the session back.
    await planner.getByTestId('user-menu').click();
    await planner.getByTestId('logout').click();
    await planner.getByTestId('login-email').waitFor();
    await planner.reload();
    await planner.getByTestId('login-email').waitFor();

    // Signed in again, page open; the admin deactivates them.
    await logIn(planner, 'yeni.planlama@demo.usta', 'planlama-2026');
    // The admin's list is stale (the planner changed their language since); switching them off
    // still works, on the current version.
    await admin.getByTestId('user-row-yeni.planlama@demo.usta').getByTestId('user-actions').click();
    await admin.getByTestId('user-action-deactivate').click();
    await admin.getByTestId('user-toggle-confirm').click();
    await admin
      .getByTestId('user-row-yeni.planlama@demo.usta')
      .getByText(/Pasif|Inactive/)
      .waitFor();

    // The planner's next request (here: switching the language back, which saves it) sends
    // them back to the sign-in page.
    await planner.getByTestId('language-tr').click();
    await planner.getByTestId('login-email').waitFor({ timeout: 15_000 });
    await screenshot(planner, 'platform-planner-sent-to-login');
    await logInFails(planner);
  });
});

async function logInFails(page: Page) {
  await page.getByTestId('login-email').fill('yeni.planlama@demo.usta');
  await page.getByTestId('login-password').fill('planlama-2026');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('login-error').waitFor();
}
