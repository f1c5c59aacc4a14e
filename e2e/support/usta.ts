import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createTestUsta, type TestUsta } from '../../apps/server/test/harness.ts';
import { launchChromium } from './browser.ts';

export type ListeningUsta = TestUsta & { baseUrl: string };

/** A listening Usta with the demo company on a fresh database, serving the built web app. */
export async function startListeningUsta(): Promise<ListeningUsta> {
  const usta = await createTestUsta({ listen: true });
  return { ...usta, baseUrl: usta.url.replace('0.0.0.0', '127.0.0.1') };
}

/** The file's Usta and browser; set once its `beforeAll` has run, so read them in hooks and tests. */
export interface UstaInChromium {
  usta: ListeningUsta;
  browser: Browser;
}

/**
 * Starts a listening Usta and Debian's Chromium before the file's tests and closes both after
 * them. Hooks the file registers afterwards run once both are up.
 */
export function useUstaInChromium(): UstaInChromium {
  const e2e = {} as UstaInChromium;
  beforeAll(async () => {
    e2e.usta = await startListeningUsta();
    e2e.browser = await launchChromium();
  });
  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.usta?.close();
  });
  return e2e;
}

export type Api = <T = unknown>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) => Promise<T>;

/**
 * The API called in-process as one (demo) user, for building a test's world; an answer other
 * than 2xx throws with its body. The Usta is read at each call, so this may be made up front.
 */
export function apiAs(e2e: { readonly usta: TestUsta }, email: string): Api {
  return async <T>(method: Parameters<Api>[0], url: string, payload?: object) => {
    const response = await e2e.usta.app.inject({
      method,
      url,
      headers: await e2e.usta.as(email),
      ...(payload ? { payload } : {}),
    });
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json<T>();
  };
}

/** A desktop page (1366×768, İstanbul time) signed in to the web app as a demo user. */
export async function signIn(
  e2e: UstaInChromium,
  email: string,
  language: 'tr' | 'en' = 'tr',
): Promise<Page> {
  const context = await e2e.browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: language === 'tr' ? 'tr-TR' : 'en-GB',
    timezoneId: 'Europe/Istanbul',
  });
  const page = await context.newPage();
  await page.goto(e2e.usta.baseUrl);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('usta-demo');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
  if (language === 'en') await page.getByTestId('language-en').click();
  return page;
}
