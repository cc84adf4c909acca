// The console's "Sign in with SSO" in a headless Chromium against a real OpenID Connect provider
// (oidc-provider's development login and consent pages): the button, the provider's form, back in the
// console signed in as the person (their name in the header, at 1280 and 375 px), a screenshot, and sign-out. One
// database: the console is a client of the HTTP API, whose SSO behaviour on both databases test/sessions covers.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE, startSsoTestbed, type SsoTestbed } from '../helpers/oidc.ts';
import { ensureConsoleBuilt } from './console-build.ts';
import { accessible, consoleBrowser, fitsTheWidth, hasChromium, newTab, shot } from './harness.ts';

let bed: SsoTestbed;
let browser: Browser;

beforeAll(async () => {
  ensureConsoleBuilt();
  bed = await startSsoTestbed('sqlite');
  if (hasChromium) browser = await consoleBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await bed?.close();
});

describe.skipIf(!hasChromium)('single sign-on in a browser', () => {
  it('signs a person in with SSO from the sign-in page, into the console (their name in the header), and out again', async () => {
    const page = await newTab(browser, 1280, 800);
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
    // The header names the person the provider signed in, beside their account.
    const header = page.locator('header .who');
    expect(await header.locator('.person').innerText()).toBe(PEOPLE.alice!.name);
    expect(await header.innerText()).toContain('default');
    const cookies = await page.context().cookies(bed.baseUrl);
    expect(cookies.find((c) => c.name === 'lifeboat_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await accessible(page);
    await shot(page, 'sso-signed-in');
    // On a phone the name still shows, and nothing scrolls sideways.
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await header.locator('.person').isVisible()).toBe(true);
    await fitsTheWidth(page);
    await shot(page, 'sso-signed-in-375');
    await page.setViewportSize({ width: 1280, height: 800 });

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
});
