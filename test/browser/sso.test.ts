// The console's "Sign in with SSO" in a headless Chromium against a real OpenID Connect provider
// (oidc-provider's development login and consent pages): the button, the provider's form, back in the
// console signed in as the person, a screenshot, and sign-out. One database: the console is a client of the
// HTTP API, whose SSO behaviour on both databases test/sessions covers.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSsoTestbed, type SsoTestbed } from '../helpers/oidc.ts';
import { ensureConsoleBuilt, SCREENSHOTS } from './console-build.ts';

const CHROMIUM = process.env.LIFEBOAT_CHROMIUM ?? '/usr/bin/chromium';
let bed: SsoTestbed;
let browser: Browser;

beforeAll(async () => {
  ensureConsoleBuilt();
  bed = await startSsoTestbed('sqlite');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await bed?.close();
});

it('signs a person in with SSO from the sign-in page, into the console, and out again', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(bed.baseUrl);
  await page.getByLabel('Token').waitFor();
  await page.getByRole('button', { name: 'Sign in with SSO' }).click();
  // The provider's own pages.
  await page.locator('input[name="login"]').fill('alice');
  await page.locator('input[name="password"]').fill('any-password');
  await page.locator('button[type="submit"]').click();
  await page.getByRole('button', { name: 'Continue' }).click();
  // Back in the console, signed in by cookie: the header's sign-out shows, the token form does not.
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 15_000 });
  expect(await page.getByLabel('Token').count()).toBe(0);
  const cookies = await page.context().cookies(bed.baseUrl);
  expect(cookies.find((c) => c.name === 'lifeboat_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'sso-signed-in.png'), fullPage: true });

  const [sessions] = await Promise.all([
    fetch(`${bed.baseUrl}/api/v1/accounts/${bed.t.accountId}/sessions?subject=alice`, { headers: { authorization: 'Bearer test-admin-token-0123456789' } }).then((r) => r.json()),
  ]);
  expect(sessions).toHaveLength(1);

  await page.getByRole('button', { name: 'Sign out' }).click();
  // Lifeboat's session ends and the browser goes on to the provider's end-session page.
  await page.waitForURL((url) => url.href.startsWith(`${bed.issuer}/session/end`), { timeout: 15_000 });
  const after = await fetch(`${bed.baseUrl}/api/v1/accounts/${bed.t.accountId}/sessions?subject=alice`, { headers: { authorization: 'Bearer test-admin-token-0123456789' } });
  expect(await after.json()).toEqual([]);
}, 60_000);
