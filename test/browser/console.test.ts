// The web console end to end: the server serves it without shadowing any API path, and a headless
// Chromium drives it against a real server (sign in, create a connection and an assembly, protect,
// recover from the dry-run plan, reset, audit events) at 1280 px and at phone width. Screenshots go to
// test-artifacts/screenshots/. One database is enough here: the console is a client of the HTTP API, and
// the API's behaviour on both databases is covered by the other suites.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRoutes } from '../../src/app/console.ts';
import { createHttpServer } from '../../src/platform/http/server.ts';
import { createLogger } from '../../src/platform/logging.ts';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';
import { ensureConsoleBuilt } from './console-build.ts';
import { consoleBrowser, fitsTheWidth, hasChromium, listen, newTab, shot } from './harness.ts';
import { DEMO_QUOTAS } from '../../src/cloud/sim/estate.ts';


let t: TestApp;
let baseUrl: string;

beforeAll(async () => {
  ensureConsoleBuilt();
  t = await startTestApp('sqlite');
  baseUrl = await listen(t);
}, 60_000);
afterAll(() => t?.close());

describe('serving the console', () => {
  it('answers / and its own client-side paths with the app, assets cached for good, index.html never', async () => {
    const home = await t.request({ method: 'GET', url: '/', token: null });
    expect(home.statusCode).toBe(200);
    expect(home.headers['content-type']).toContain('text/html');
    expect(home.body).toContain('<div id="root">');
    for (const url of ['/events', '/assemblies/42', '/assemblies/42/protections/prot-1', '/assemblies/42/recoveries/rec-1', '/connections/7']) {
      const deep = await t.request({ method: 'GET', url, token: null });
      expect([url, deep.statusCode, deep.headers['cache-control']]).toEqual([url, 200, 'no-cache']);
      expect(deep.body).toBe(home.body);
    }
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(home.body)![1]!;
    const script = await t.request({ method: 'GET', url: asset, token: null });
    expect(script.statusCode).toBe(200);
    expect(script.headers['cache-control']).toContain('immutable');
  });

  it('never shadows the API, the other surfaces or the ops endpoints', async () => {
    const api = await t.request({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toHaveProperty('errors');
    const groups = await t.request({ method: 'GET', url: '/connections/aws/no-such-thing' });
    expect(groups.statusCode).toBe(404);
    expect(JSON.stringify(groups.json())).toContain('4041');
    const network = await t.request({ method: 'GET', url: '/v3/0123/ccaas/no-such-thing', token: null });
    expect(network.statusCode).toBe(404);
    expect(network.body).not.toContain('<div id="root">');
    expect((await t.request({ method: 'GET', url: '/healthz', token: null })).json()).toEqual({ status: 'ok' });
    expect((await t.request({ method: 'GET', url: '/docs', token: null })).statusCode).toBeLessThan(400);
    expect((await t.request({ method: 'GET', url: '/nowhere', token: null })).statusCode).toBe(404);
    const openapi = (await t.request({ method: 'GET', url: '/openapi.json', token: null })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths).filter((p) => !/^\/(api|auth|connections|v3|healthz|readyz|metrics)\b/.test(p))).toEqual([]);
  });

  it("answers a browser's unknown path 404 with the console (its own not-found page), anything else as before", async () => {
    const home = await t.request({ method: 'GET', url: '/', token: null });
    const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const page = await t.request({ method: 'GET', url: '/no/such/page', token: null, headers: html });
    expect([page.statusCode, page.headers['content-type'], page.headers['cache-control']]).toEqual([404, 'text/html; charset=utf-8', 'no-cache']);
    expect(page.body).toBe(home.body);
    // The API, the other surfaces and a client that does not ask for HTML keep their JSON 404s.
    for (const [url, headers] of [['/api/v1/no-such-thing', html], ['/v3/0123/ccaas/nothing', html], ['/no/such/page', { accept: 'application/json' }], ['/assets/missing.js', html]] as const) {
      const res = await t.request({ method: 'GET', url, headers });
      expect([url, res.statusCode, res.body.includes('<div id="root">')]).toEqual([url, 404, false]);
    }
    // A write to an unknown path is never answered with the page.
    const post = await t.request({ method: 'POST', url: '/no/such/page', token: null, headers: html, payload: {} });
    expect(post.statusCode).toBe(404);
    expect(post.body).not.toContain('<div id="root">');
  });

  it('says how to build the console when web/dist is missing, and does not crash', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-no-console-'));
    const http = await createHttpServer({ logger: createLogger('silent'), version: 'test' });
    await http.register(consoleRoutes({ distDir: empty }));
    try {
      for (const url of ['/', '/events']) {
        const res = await http.inject({ method: 'GET', url });
        expect([res.statusCode, res.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
        expect(res.body).toContain('npm run build:web');
      }
    } finally {
      await http.close();
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasChromium)('the console in a browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // consoleBrowser() keeps the machine's own clock: a console a year behind its server (faketime) must still work.
    browser = await consoleBrowser();
    page = await newTab(browser, 1280);
  }, 30_000);
  afterAll(() => browser?.close());

  async function signIn(p: Page, token: string) {
    await p.fill('#token', token);
    await p.click('button[type=submit]');
  }

  it('signs in with a token, refusing a bad one with a message', async () => {
    await page.goto(baseUrl);
    await signIn(page, 'not-a-real-token-000000');
    await expect(page.locator('[role=alert]').innerText()).resolves.toContain('refused');
    await shot(page, 'sign-in-refused');
    await signIn(page, ADMIN_TOKEN);
    await page.getByRole('heading', { name: 'Cloud connections' }).waitFor();
    await expect(page.evaluate(() => sessionStorage.getItem('lifeboat.token'))).resolves.toBe(ADMIN_TOKEN);
    await fitsTheWidth(page);
  });

  it('creates a connection: a bad name is shown next to the field, then a good one verifies', async () => {
    await page.getByRole('button', { name: 'New connection' }).click();
    const form = page.getByRole('form', { name: 'New cloud connection' });
    await form.locator('input[name=name]').fill('1bad');
    await form.getByRole('button', { name: 'Create connection' }).click();
    const problem = form.locator('.field-error[data-field=name]');
    await expect(problem.innerText()).resolves.toMatch(/must match/);
    // Next to the field: the error follows the name input directly.
    await expect(form.locator('label:has(input[name=name]) + .field-error').count()).resolves.toBe(1);
    await shot(page, 'connection-field-error');
    await form.locator('input[name=name]').fill('prod-aws');
    await form.getByRole('button', { name: 'Create connection' }).click();
    await page.locator('tr[data-connection=prod-aws] .connectivity .badge', { hasText: 'success' }).waitFor();
    await fitsTheWidth(page);
  });

  it('creates an assembly, which the list shows as never protected', async () => {
    await page.getByRole('button', { name: 'New assembly' }).click();
    const form = page.getByRole('form', { name: 'New cloud assembly' });
    await form.locator('input[name=name]').fill('shop');
    await form.getByRole('checkbox', { name: 'us-west-2' }).check();
    await form.getByRole('button', { name: 'Create assembly' }).click();
    await page.locator('tr[data-assembly=shop] .last-protection', { hasText: 'never' }).waitFor();
    await shot(page, 'estate-1280');
    await fitsTheWidth(page);
  });

  it('protects now, with the success drawn on the timeline', async () => {
    await page.locator('tr[data-assembly=shop] td:first-child a').click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await page.getByRole('button', { name: 'Protect now' }).click();
    await page.locator('circle[data-kind=protection][data-status=success]').waitFor();
    await page.locator('tr[data-protection][data-status=success]').waitFor();
  });

  it('recovers: the dry-run plan first (steps in order, actions), then started and completed', async () => {
    await page.getByRole('button', { name: 'Recover…' }).click();
    const form = page.getByRole('form', { name: 'Recover' });
    await form.locator('input[name=recoveryName]').fill('Not A Name');
    await form.getByRole('button', { name: 'Show the plan' }).click();
    await form.locator('.field-error[data-field=recoveryName]').waitFor();
    // A plan with a failed pre-flight check (no room for the instances): shown first, in red; no plain start, and
    // "Recover anyway" only behind a confirmation.
    await t.app.sim!.putQuota({ accountId: '111111111111', region: 'us-east-1', quota: 'on-demand-vcpus', limit: 0 });
    await form.locator('input[name=recoveryName]').fill('drill-0');
    await form.getByRole('button', { name: 'Show the plan' }).click();
    const failedCheck = form.locator('li[data-check="quota:on-demand-vcpus"][data-status=failed]');
    await failedCheck.waitFor();
    expect(await failedCheck.innerText()).toMatch(/needs 4 on-demand Standard vCPUs.*over the quota/);
    const colour = (check: string) => form.locator(`li[data-check="${check}"]`).evaluate((li) => getComputedStyle(li).color);
    // Red: the text takes the colour of the failed badge (--bad).
    expect(await colour('quota:on-demand-vcpus')).toBe(await failedCheck.locator('.badge').evaluate((badge) => getComputedStyle(badge).backgroundColor));
    expect(await colour('quota:on-demand-vcpus')).not.toBe(await colour('target-connection'));
    const planText = await form.locator('[aria-label="Recovery plan"]').innerText();
    expect(planText.indexOf('Pre-flight checks')).toBeLessThan(planText.indexOf('Plan:'));
    expect(await form.getByRole('button', { name: 'Start the recovery' }).count()).toBe(0);
    await form.getByRole('button', { name: 'Recover anyway…' }).click();
    await form.getByText(/Skip the 2 resources the failed checks name/).waitFor();
    await shot(page, 'recovery-plan-failed-check');
    await form.getByRole('button', { name: 'Keep it stopped' }).click();
    expect(await form.getByRole('button', { name: 'Recover anyway', exact: true }).count()).toBe(0);
    await t.app.sim!.putQuota({ accountId: '111111111111', region: 'us-east-1', quota: 'on-demand-vcpus', limit: DEMO_QUOTAS['on-demand-vcpus'] });

    await form.locator('input[name=recoveryName]').fill('drill-1');
    await form.getByRole('button', { name: 'Show the plan' }).click();
    const checks = form.getByRole('list', { name: 'Pre-flight checks' }).locator('li');
    await checks.first().waitFor();
    expect(new Set(await checks.evaluateAll((items) => items.map((li) => li.getAttribute('data-status'))))).toEqual(new Set(['passed']));
    const steps = form.getByRole('table', { name: 'Plan steps' }).locator('tbody tr');
    await steps.first().waitFor();
    const orders = (await steps.locator('td:first-child').allInnerTexts()).map(Number);
    expect(orders.length).toBeGreaterThan(1);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(await steps.first().getAttribute('data-action')).toMatch(/^(create|restore|reuse|use-source|blocked)$/);
    await shot(page, 'recovery-plan');
    await form.getByRole('button', { name: 'Start the recovery' }).click();
    await page.locator('li.recovery[data-recovery=drill-1][data-status=completed]').waitFor({ timeout: 20_000 });
    await page.locator('rect[data-kind=recovery][data-status=completed]').waitFor();
  });

  it('resets the recovery after a confirm, until completed (on the timeline too)', async () => {
    const recovery = page.locator('li.recovery[data-recovery=drill-1]');
    await recovery.getByRole('button', { name: 'Reset' }).click();
    await recovery.getByRole('button', { name: 'Delete it' }).click();
    await page.locator('li.recovery[data-recovery=drill-1][data-reset-status=completed]').waitFor({ timeout: 20_000 });
    await page.locator('rect[data-kind=reset][data-status=completed]').waitFor();
    await shot(page, 'assembly-1280');
    await fitsTheWidth(page);
    // A reload of a console path keeps the tab signed in on the same page.
    await page.reload();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
  });

  it('lists the audit events, newest first', async () => {
    await page.getByRole('link', { name: 'Audit events' }).click();
    const rows = page.getByRole('table', { name: 'Audit events' }).locator('tbody tr');
    await rows.first().waitFor();
    const actions = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action')));
    expect(actions).toEqual(expect.arrayContaining(['createAwsCloudConnection', 'createAwsCloudAssembly', 'protectAwsCloudAssembly', 'startAwsCloudAssemblyRecovery', 'resetAwsCloudAssemblyRecovery']));
    expect(actions.indexOf('resetAwsCloudAssemblyRecovery')).toBeLessThan(actions.indexOf('createAwsCloudConnection'));
    await shot(page, 'events-1280');
    await fitsTheWidth(page);
  });

  it("works in the token's own account: another account's viewer sees none of this estate and is refused a create, in a banner", async () => {
    const account = (await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'other-account' } })).json() as { id: number };
    const viewer = (await t.request({ method: 'POST', url: `/api/v1/accounts/${account.id}/service-accounts`, payload: { name: 'console-viewer', role: 'viewer' } })).json() as { token: string };
    const other = await newTab(browser, 1280);
    try {
      await other.goto(baseUrl);
      await signIn(other, viewer.token);
      await other.getByText('No cloud connections yet.').waitFor();
      await expect(other.locator('header').innerText()).resolves.toContain('other-account');
      // A token stands for a service account, not a person: the header names no one.
      expect(await other.locator('header .person').count()).toBe(0);
      await expect(other.locator('tr[data-connection]').count()).resolves.toBe(0);
      await other.getByRole('button', { name: 'New connection' }).click();
      const form = other.getByRole('form', { name: 'New cloud connection' });
      await form.locator('input[name=name]').fill('viewer-try');
      await form.getByRole('button', { name: 'Create connection' }).click();
      await expect(form.locator('.banner').innerText()).resolves.toMatch(/needs .*cloud-connections/);
    } finally {
      await other.close();
    }
  });

  it('fits a phone (375 px): no page scrolls sideways, forms and the plan included', async () => {
    const phone = await newTab(browser, 375, 812);
    try {
      await phone.goto(baseUrl);
      await fitsTheWidth(phone);
      await signIn(phone, ADMIN_TOKEN);
      await phone.locator('tr[data-assembly=shop]').waitFor();
      await phone.getByRole('button', { name: 'New connection' }).click();
      await fitsTheWidth(phone);
      await shot(phone, 'estate-375');
      await phone.locator('tr[data-assembly=shop] td:first-child a').click();
      await phone.locator('circle[data-kind=protection][data-status=success]').waitFor();
      await phone.getByRole('button', { name: 'Recover…' }).click();
      await phone.getByRole('button', { name: 'Show the plan' }).click();
      await phone.getByRole('table', { name: 'Plan steps' }).waitFor();
      await fitsTheWidth(phone);
      await shot(phone, 'assembly-375');
      await phone.getByRole('link', { name: 'Audit events' }).click();
      await phone.getByRole('table', { name: 'Audit events' }).waitFor();
      await fitsTheWidth(phone);
      await shot(phone, 'events-375');
    } finally {
      await phone.close();
    }
  });
});
