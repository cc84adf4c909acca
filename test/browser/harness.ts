// The browser tests' one harness: Debian's Chromium launched once per file, a tab at a width (a phone below
// 600 px), a tab already signed in on a console path, and the checks every page gets (it fits the width, axe-core
// finds nothing serious, one h1) and its screenshot under test-artifacts/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { ADMIN_TOKEN, type TestApp } from '../helpers/app.ts';
import { seriousAxeViolations } from './axe.ts';
import { SCREENSHOTS } from './console-build.ts';

export const CHROMIUM = process.env.LIFEBOAT_CHROMIUM ?? '/usr/bin/chromium';
/** Whether the browser is there: a file's browser tests are skipped without it (describe.skipIf(!hasChromium)). */
export const hasChromium = fs.existsSync(CHROMIUM);

/** Chromium, headless. It keeps the machine's own clock even when the suite runs under faketime (faketime's
 * LD_PRELOAD stalls Chromium): a console a year behind its server must still work. */
export function consoleBrowser(): Promise<Browser> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const { LD_PRELOAD: _faketime, ...env } = process.env;
  return chromium.launch({ executablePath: CHROMIUM, env, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** The test app listening on loopback, and its base URL. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.http.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(t.app.http.server.address() as AddressInfo).port}`;
}

/** A new tab at `width` (a phone, touch and all, below 600 px), each wait bounded at 15 s. */
export async function newTab(browser: Browser, width: number, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, ...(width < 600 ? { isMobile: true, hasTouch: true } : {}) });
  page.setDefaultTimeout(15_000);
  return page;
}

/**
 * A tab signed in with `token` and opened on `at`. The token is put where the sign-in form keeps it (the tab's
 * sessionStorage) before the first page runs, once: the sign-in form itself is what console.test.ts drives, and
 * skipping it here saves a load of the estate per tab. A sign-out in the tab stays signed out.
 */
export async function signedIn(browser: Browser, baseUrl: string, width: number, at: string, token = ADMIN_TOKEN, options: { fakeClock?: boolean } = {}): Promise<Page> {
  const page = await newTab(browser, width);
  // A clock the test can move on (page.clock.fastForward): a page's timed refresh without waiting it out.
  if (options.fakeClock) await page.clock.install();
  await page.addInitScript((t) => {
    if (sessionStorage.getItem('harness.seeded')) return;
    sessionStorage.setItem('harness.seeded', '1');
    sessionStorage.setItem('lifeboat.token', t);
  }, token);
  await page.goto(`${baseUrl}${at}`);
  return page;
}

/** A full-page screenshot, test-artifacts/screenshots/<name>.png. */
export function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Nothing scrolls sideways. */
export async function fitsTheWidth(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** No serious or critical axe-core violation, and one h1. */
export async function accessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(await page.locator('h1').count()).toBe(1);
}

/** The text of the focused element (a dialog's heading once it opened, its opener once it closed). */
export const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** A screenshot of one element (a chart), test-artifacts/screenshots/<name>.png. */
export function shotOf(element: Locator, name: string): Promise<Buffer> {
  return element.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
