// The assembly page in a headless Chromium against a real server: the selection edited with a live preview (the
// count changes before anything is saved), saved with If-Match (a stale editor is told so, nothing written), its
// protection and drill policies (bad input shown beside its field, nothing written), a webhook whose secret shows
// once and whose delivery log shows the delivery of a protection, protections paged, the assembly deleted after a
// typed confirmation. At 1280 and 375 px, checked with axe-core; screenshots go to test-artifacts/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';
import { assemblyUrl, createAssembly, protectionsUrl, startProtection, waitForProtection, type Json } from '../protections/fixture.ts';
import { protectedShop } from '../recoveries/fixture.ts';
import { startReceiver } from '../webhooks/fixture.ts';
import { seriousAxeViolations } from './axe.ts';
import { ensureConsoleBuilt, SCREENSHOTS } from './console-build.ts';

const CHROMIUM = process.env.LIFEBOAT_CHROMIUM ?? '/usr/bin/chromium';
/** Protections in all, so that they span two pages of ten. */
const PROTECTIONS = 12;

let t: TestApp;
let baseUrl: string;
let shop: { connectionId: number; assemblyId: number; protectionId: string };
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  ensureConsoleBuilt();
  t = await startTestApp('sqlite', { LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'true' });
  await t.app.http.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(t.app.http.server.address() as AddressInfo).port}`;
  receiver = await startReceiver();
  shop = await protectedShop(t);
  for (let i = 1; i < PROTECTIONS; i++) await waitForProtection(t, shop.assemblyId, await startProtection(t, shop.assemblyId));
}, 180_000);
afterAll(async () => {
  await receiver?.close();
  await t?.close();
});

const get = async (url: string) => {
  const res = await t.request({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as Json, headers: res.headers };
};
const policiesUrl = () => `${assemblyUrl(t, shop.assemblyId)}/protection-policies`;
const drillsUrl = () => `${assemblyUrl(t, shop.assemblyId)}/drill-policies`;
const webhooksUrl = () => `${assemblyUrl(t, shop.assemblyId)}/webhooks`;

describe.skipIf(!fs.existsSync(CHROMIUM))('the assembly page in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const { LD_PRELOAD: _faketime, ...env } = process.env;
    browser = await chromium.launch({ executablePath: CHROMIUM, env, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 30_000);
  afterAll(() => browser?.close());

  async function open(width: number, at = `/assemblies/${shop.assemblyId}`): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, ...(width < 600 ? { isMobile: true, hasTouch: true } : {}) });
    page.setDefaultTimeout(15_000);
    await page.goto(baseUrl);
    await page.fill('#token', ADMIN_TOKEN);
    await page.click('button[type=submit]');
    await page.getByRole('heading', { name: 'Cloud connections' }).waitFor();
    await page.goto(`${baseUrl}${at}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }
  const shot = (p: Page, name: string) => p.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  async function fitsTheWidth(p: Page) {
    const { scrollWidth, innerWidth } = await p.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  }
  async function accessible(p: Page) {
    expect(await seriousAxeViolations(p)).toEqual([]);
    expect(await p.locator('h1').count()).toBe(1);
  }
  const focused = (p: Page) => p.evaluate(() => document.activeElement?.textContent ?? '');

  it('the selection: the preview count changes while the filter is edited, before saving; saving writes it; a stale editor is told and writes nothing', async () => {
    const saved = (await get(`${assemblyUrl(t, shop.assemblyId)}/resources`)).body;
    const before = (await get(assemblyUrl(t, shop.assemblyId))).body;
    const page = await open(1280);
    try {
      await page.getByRole('button', { name: 'Edit the selection' }).click();
      expect(await focused(page)).toBe('Edit the selection of shop');
      const editor = page.getByRole('form', { name: 'Edit the selection' });
      const count = editor.locator('.preview-count strong');
      await editor.locator(`.preview-count strong[data-count="${saved.resourceCount}"]`).waitFor();
      expect(await count.innerText()).toBe(`Selects ${saved.resourceCount} resources now`);
      // The shop's database group lets in billing's invoicer group: the warning shows while editing.
      await editor.getByRole('list', { name: 'Dependency warnings' }).locator('li').first().waitFor();

      // Narrow it to the database: the count follows the keystrokes, and nothing is saved yet.
      await editor.getByLabel('Tag conditions').selectOption('match-all-tags');
      await editor.getByLabel(/^Tags/).fill('app=shop, Name=shop-db');
      await editor.locator('.preview-count strong[data-count="1"]').waitFor();
      expect(await editor.getByRole('list', { name: 'Selected resources' }).innerText()).toContain('shop-db');
      expect((await get(assemblyUrl(t, shop.assemblyId))).body.resourceFilterStrategy).toEqual(before.resourceFilterStrategy);

      // A filter the server refuses: its error beside the field, no count.
      await editor.getByLabel(/^Tags/).fill('');
      await editor.locator('.field-error[data-field=resourceFilterStrategy]').waitFor();
      expect(await editor.locator('.preview-count').innerText()).toBe('Nothing to preview until the filter is corrected.');
      await editor.getByLabel(/^Tags/).fill('app=shop, Name=shop-db');
      await editor.locator('.preview-count strong[data-count="1"]').waitFor();
      await accessible(page);
      await fitsTheWidth(page);
      await shot(page, 'assembly-page-selection-1280');

      await editor.getByRole('button', { name: 'Save the selection' }).click();
      await editor.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.activeElement?.textContent === 'Edit the selection');
      const after = (await get(assemblyUrl(t, shop.assemblyId))).body;
      expect(after.resourceFilterStrategy).toEqual({ filterType: 'tags', conditions: 'match-all-tags', tags: [{ key: 'app', value: 'shop' }, { key: 'Name', value: 'shop-db' }] });
      await page.locator('.filter-summary', { hasText: 'Name=shop-db' }).waitFor();

      // Someone else changes the assembly while the editor is open: the save is refused (412) and says so.
      await page.getByRole('button', { name: 'Edit the selection' }).click();
      await editor.getByLabel('Tag conditions').selectOption('match-any-tags');
      await editor.getByLabel(/^Tags/).fill('app=shop');
      await editor.locator(`.preview-count strong[data-count="${saved.resourceCount}"]`).waitFor();
      const other = await t.request({ method: 'PUT', url: `${assemblyUrl(t, shop.assemblyId)}/general-information`, payload: { name: 'shop', description: 'changed meanwhile' } });
      expect(other.statusCode, other.body).toBe(200);
      await editor.getByRole('button', { name: 'Save the selection' }).click();
      await editor.locator('.banner.conflict', { hasText: 'changed since you opened the editor' }).waitFor();
      expect((await get(assemblyUrl(t, shop.assemblyId))).body.resourceFilterStrategy).toEqual(after.resourceFilterStrategy);
      await editor.getByRole('button', { name: 'Close' }).click();
      await page.waitForFunction(() => document.activeElement?.textContent === 'Edit the selection');

      // Opened again, on the current version, the save goes through.
      await page.getByText('changed meanwhile').waitFor();
      await page.getByRole('button', { name: 'Edit the selection' }).click();
      await editor.getByLabel('Tag conditions').selectOption('match-any-tags');
      await editor.getByLabel(/^Tags/).fill('app=shop');
      await editor.getByRole('button', { name: 'Save the selection' }).click();
      await editor.waitFor({ state: 'detached' });
      expect((await get(assemblyUrl(t, shop.assemblyId))).body.resourceFilterStrategy).toEqual(before.resourceFilterStrategy);
    } finally {
      await page.close();
    }
  }, 150_000);

  it('protection policies: a bad retention or cron shows beside its field and nothing is written; create, edit, pause and resume', async () => {
    const page = await open(1280);
    try {
      await page.getByRole('button', { name: 'New protection policy' }).click();
      expect(await focused(page)).toBe('New protection policy');
      const form = page.getByRole('form', { name: 'New protection policy' });
      await form.getByLabel('Name').fill('nightly');
      await form.getByLabel('Frequency').selectOption('custom');
      await form.getByLabel(/^Cron expression/).fill('0 3 * * *');
      await form.getByLabel('Protections kept').fill('0');
      await form.getByRole('button', { name: 'Create the policy' }).click();
      await form.locator('.field-error[data-field=retentionCount]').waitFor();
      expect((await get(policiesUrl())).body).toEqual([]);

      await form.getByLabel('Protections kept').fill('7');
      await form.getByLabel(/^Cron expression/).fill('61 3 * *');
      await form.getByRole('button', { name: 'Create the policy' }).click();
      await form.locator('.field-error[data-field=cronExpression]').waitFor();
      expect(await form.locator('.field-error[data-field=retentionCount]').count()).toBe(0);
      expect(await form.getByLabel(/^Cron expression/).getAttribute('aria-invalid')).toBe('true');
      expect((await get(policiesUrl())).body).toEqual([]);
      await accessible(page);
      await shot(page, 'assembly-page-policy-errors-1280');

      await form.getByLabel(/^Cron expression/).fill('0 3 * * *');
      await form.getByRole('button', { name: 'Create the policy' }).click();
      const row = page.locator('tr[data-policy=nightly]');
      await row.waitFor();
      await page.waitForFunction(() => document.activeElement?.textContent === 'New protection policy');
      const [created] = (await get(policiesUrl())).body as Json[];
      expect(created).toMatchObject({ name: 'nightly', frequencyType: 'custom', cronExpression: '0 3 * * *', retentionCount: 7, status: 'enabled' });
      expect(await row.getAttribute('data-status')).toBe('enabled');
      expect(await row.locator('.next-run').innerText()).not.toBe('—');

      await row.getByRole('button', { name: 'Pause nightly' }).click();
      await page.locator('tr[data-policy=nightly][data-status=paused]').waitFor();
      expect((await get(`${policiesUrl()}/${created!.id}`)).body.status).toBe('paused');
      await row.getByRole('button', { name: 'Resume nightly' }).click();
      await page.locator('tr[data-policy=nightly][data-status=enabled]').waitFor();
      expect((await get(`${policiesUrl()}/${created!.id}`)).body.status).toBe('enabled');

      await row.getByRole('button', { name: 'Edit nightly' }).click();
      const edit = page.getByRole('form', { name: 'Edit nightly' });
      expect(await focused(page)).toBe('Edit nightly');
      await edit.getByLabel('Protections kept').fill('14');
      await edit.getByRole('button', { name: 'Save the policy' }).click();
      await edit.waitFor({ state: 'detached' });
      expect((await get(`${policiesUrl()}/${created!.id}`)).body.retentionCount).toBe(14);
      await page.locator('tr[data-policy=nightly]', { hasText: '14 (replicas' }).waitFor();
      // The estate's next run follows the policy.
      await accessible(page);
      await shot(page, 'assembly-page-policies-1280');
    } finally {
      await page.close();
    }
  }, 150_000);

  it('drill policies: a bad reset delay shows beside its field and nothing is written; create one and pause it', async () => {
    const page = await open(1280);
    try {
      await page.getByRole('button', { name: 'New drill policy' }).click();
      const form = page.getByRole('form', { name: 'New drill policy' });
      expect(await focused(page)).toBe('New drill policy');
      await form.getByLabel('Name').fill('weekly-drill');
      await form.getByLabel(/^Reset after/).fill('0');
      await form.getByRole('button', { name: 'Create the drill policy' }).click();
      await form.locator('.field-error[data-field=resetAfterMinutes]').waitFor();
      expect((await get(drillsUrl())).body).toEqual([]);
      await form.getByLabel(/^Reset after/).fill('30');
      await form.getByRole('button', { name: 'Create the drill policy' }).click();
      const row = page.locator('tr[data-drill-policy=weekly-drill]');
      await row.waitFor();
      const [created] = (await get(drillsUrl())).body as Json[];
      expect(created).toMatchObject({ name: 'weekly-drill', frequencyType: 'weekly', resetAfterMinutes: 30, status: 'enabled', frequencyDetails: { daysOfWeek: ['SATURDAY'], hours: [3] } });
      expect(await row.innerText()).toContain('weekly on sat at 03:00 UTC');
      await row.getByRole('button', { name: 'Pause weekly-drill' }).click();
      await page.locator('tr[data-drill-policy=weekly-drill][data-status=paused]').waitFor();
      expect((await get(`${drillsUrl()}/${created!.id}`)).body.status).toBe('paused');
      await accessible(page);
    } finally {
      await page.close();
    }
  }, 150_000);

  it('a webhook: a bad URL shows beside its field; created, its secret shows once; a protection\'s delivery is in the log; edit and delete', async () => {
    const page = await open(1280);
    try {
      await page.getByRole('button', { name: 'New webhook' }).click();
      const form = page.getByRole('form', { name: 'New webhook' });
      await form.getByLabel('When it is called').selectOption('post-protection');
      await form.getByLabel('URL').fill('ftp://example.com/hook');
      await form.getByRole('button', { name: 'Add the webhook' }).click();
      await form.locator('.field-error[data-field=url]').waitFor();
      expect((await get(webhooksUrl())).body).toEqual([]);

      await form.getByLabel('URL').fill(receiver.url('/ok/lifeboat'));
      await form.getByRole('button', { name: 'Add the webhook' }).click();
      const secret = page.getByLabel('Signing secret', { exact: true });
      await secret.waitFor();
      const shown = await secret.innerText();
      expect(shown.length).toBeGreaterThanOrEqual(16);
      expect(await focused(page)).toBe('Signing secret of the post-protection webhook');
      // The API never shows it again, and the list does not either.
      const listed = await t.request({ method: 'GET', url: webhooksUrl() });
      expect(listed.body).not.toContain(shown);
      await accessible(page);
      await shot(page, 'assembly-page-webhook-secret-1280');
      await page.getByRole('button', { name: 'I have stored it' }).click();
      await page.waitForFunction(() => document.activeElement?.textContent === 'New webhook');
      expect(await page.locator('main').innerText()).not.toContain(shown);

      // A pre-protection hook whose receiver fails (500): its attempts fail, the protection goes on (failOnError off).
      const failing = await t.request({ method: 'POST', url: webhooksUrl(), payload: { webhookType: 'pre-protection', url: receiver.url('/fail'), retryAttempts: 3 } });
      expect(failing.statusCode, failing.body).toBe(201);
      // A protection: the hook is delivered, signed with that secret, and the log shows it.
      const protectionId = await startProtection(t, shop.assemblyId);
      await waitForProtection(t, shop.assemblyId, protectionId);
      const row = page.locator('tr[data-webhook=post-protection]');
      await row.getByRole('button', { name: 'Delivery log of post-protection' }).click();
      const delivery = page.getByRole('table', { name: 'Deliveries of post-protection' }).locator('tbody tr[data-status=succeeded]').first();
      await delivery.waitFor({ timeout: 20_000 });
      const api = (await get(`${webhooksUrl()}/post-protection/deliveries`)).body as Json[];
      const done = api.find((d) => d.status === 'succeeded')!;
      expect(await delivery.locator('.response').innerText()).toContain(String(done.responseStatus));
      expect(await delivery.locator('.attempt').innerText()).toBe(String(done.attempt));
      expect(receiver.received.some((r) => r.path === '/ok/lifeboat')).toBe(true);
      // The failed ones: each attempt with the receiver's 500 and the error the API recorded.
      await page.locator('tr[data-webhook=pre-protection]').waitFor();
      await page.getByRole('button', { name: 'Delivery log of pre-protection' }).click();
      const failedRows = page.getByRole('table', { name: 'Deliveries of pre-protection' }).locator('tbody tr[data-status=failed]');
      await failedRows.first().waitFor();
      const failedApi = ((await get(`${webhooksUrl()}/pre-protection/deliveries`)).body as Json[]).filter((d) => d.status === 'failed');
      expect(failedApi.length).toBe(3);
      expect(await failedRows.count()).toBe(failedApi.length);
      expect(await failedRows.first().locator('.response').innerText()).toContain('500');
      expect(await failedRows.first().locator('.error-text').innerText()).toBe(failedApi.at(-1)!.error);
      expect(failedApi.at(-1)!.error).toBeTruthy();
      await accessible(page);
      await fitsTheWidth(page);
      await shot(page, 'assembly-page-webhook-log-1280');
      await t.request({ method: 'DELETE', url: `${webhooksUrl()}/pre-protection` });

      await row.getByRole('button', { name: 'Edit post-protection' }).click();
      const edit = page.getByRole('form', { name: 'Edit the post-protection webhook' });
      await edit.getByLabel(/^Timeout/).fill('10');
      await edit.getByRole('button', { name: 'Save the webhook' }).click();
      await edit.waitFor({ state: 'detached' });
      expect((await get(`${webhooksUrl()}/post-protection`)).body.timeout).toBe(10);

      await row.getByRole('button', { name: 'Delete post-protection' }).click();
      expect(await focused(page)).toBe('Delete it');
      await page.getByRole('button', { name: 'Keep it' }).click();
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Delete post-protection');
      await row.getByRole('button', { name: 'Delete post-protection' }).click();
      await page.getByRole('button', { name: 'Delete it' }).click();
      await row.waitFor({ state: 'detached' });
      expect((await get(`${webhooksUrl()}/post-protection`)).status).toBe(404);
    } finally {
      await page.close();
    }
  }, 150_000);

  it('protections page by page: each page is what the API answers for that range', async () => {
    const api = async (range: string) => (await t.request({ method: 'GET', url: protectionsUrl(t, shop.assemblyId), headers: { range } }));
    const total = Number(/\/(\d+)$/.exec(String((await api('items=1-10')).headers['content-range']))![1]);
    expect(total).toBeGreaterThan(10);
    const page = await open(1280);
    try {
      const rows = page.getByRole('table', { name: 'Protections' }).locator('tbody tr');
      await rows.first().waitFor();
      const ids = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-protection')));
      expect(await ids()).toEqual((await api('items=1-10')).json().map((p: Json) => p.id));
      expect(await page.locator('.page-of').innerText()).toBe(`page 1 of ${Math.ceil(total / 10)} · ${total} protections`);
      await page.getByRole('button', { name: 'Older' }).click();
      await page.locator('.page-of', { hasText: 'page 2 of' }).waitFor();
      expect(await ids()).toEqual((await api('items=11-20')).json().map((p: Json) => p.id));
      await page.getByRole('button', { name: 'Newer' }).click();
      await page.locator('.page-of', { hasText: 'page 1 of' }).waitFor();
      await accessible(page);
      await fitsTheWidth(page);
      await shot(page, 'assembly-page-1280');
    } finally {
      await page.close();
    }
  }, 150_000);

  it('fits a phone (375 px) with the editors open, and passes axe there', async () => {
    const page = await open(375);
    try {
      await page.getByRole('table', { name: 'Protections' }).locator('tbody tr').first().waitFor();
      await page.getByRole('table', { name: 'Protection policies' }).waitFor();
      await fitsTheWidth(page);
      await accessible(page);
      await shot(page, 'assembly-page-375');
      await page.getByRole('button', { name: 'Edit the selection' }).click();
      await page.locator('.preview-count strong[data-count]').waitFor();
      await page.getByRole('button', { name: 'New protection policy' }).click();
      await page.getByRole('button', { name: 'New webhook' }).click();
      await fitsTheWidth(page);
      await accessible(page);
      await shot(page, 'assembly-page-editors-375');
    } finally {
      await page.close();
    }
  }, 150_000);

  it('delete: only after typing the name; the assembly then goes, as the API says', async () => {
    const scratchId = await createAssembly(t, shop.connectionId, 'scratch');
    const page = await open(1280, `/assemblies/${scratchId}`);
    try {
      await page.getByRole('button', { name: 'Delete scratch…' }).click();
      const confirm = page.getByRole('form', { name: 'Delete scratch' });
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('confirmName');
      const button = confirm.getByRole('button', { name: 'Delete the assembly and its snapshots' });
      expect(await button.isDisabled()).toBe(true);
      await confirm.getByLabel(/to confirm/).fill('scratc');
      expect(await button.isDisabled()).toBe(true);
      expect((await get(assemblyUrl(t, scratchId))).body.status).toBe('enabled');
      await accessible(page);
      await confirm.getByLabel(/to confirm/).fill('scratch');
      await button.click();
      await page.waitForURL(`${baseUrl}/`);
      expect((await get(assemblyUrl(t, scratchId))).body.status).toMatch(/^delete|^deleted$/);
    } finally {
      await page.close();
    }
  }, 150_000);
});
