// The assembly page in a headless Chromium against a real server: the assembly renamed with its RTO and RPO targets
// and its protection strategy (a stale If-Match said plainly, the current version one click away); the selection edited with a live preview (the
// count changes before anything is saved), saved with If-Match (a stale editor is told so, nothing written), its
// protection and drill policies (bad input shown beside its field, nothing written; a drill's recovery options, Run now
// and its run linking to its recovery, with its RTO and outcome), a webhook whose secret shows
// once and whose delivery log shows the delivery of a protection, protections paged, the assembly deleted after a
// typed confirmation. At 1280 and 375 px, checked with axe-core; screenshots go to test-artifacts/screenshots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { assemblyUrl, createAssembly, protectionsUrl, startProtection, waitForProtection, type Json } from '../protections/fixture.ts';
import { protectedShop } from '../recoveries/fixture.ts';
import { startReceiver } from '../webhooks/fixture.ts';
import { ensureConsoleBuilt } from './console-build.ts';
import { accessible, consoleBrowser, fitsTheWidth, focused, hasChromium, listen, shot, signedIn } from './harness.ts';

/** Protections in all, so that they span two pages of ten. */
const PROTECTIONS = 12;

let t: TestApp;
let baseUrl: string;
let shop: { connectionId: number; assemblyId: number; protectionId: string };
let receiver: Awaited<ReturnType<typeof startReceiver>>;
/** The app's clock runs this far ahead of the real one: how the drill test lets its reset delay pass. */
let skew = 0;

beforeAll(async () => {
  ensureConsoleBuilt();
  t = await startTestApp('sqlite', { LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'true', LIFEBOAT_RESET_SWEEP_MS: '100' }, { now: () => Date.now() + skew });
  baseUrl = await listen(t);
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

describe.skipIf(!hasChromium)('the assembly page in a browser', () => {
  let browser: Browser;

  beforeAll(async () => { browser = await consoleBrowser(); }, 30_000);
  afterAll(() => browser?.close());

  async function open(width: number, at = `/assemblies/${shop.assemblyId}`): Promise<Page> {
    const page = await signedIn(browser, baseUrl, width, at);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

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

  it('disable and enable; delete only after typing the name, the assembly then goes, as the API says', async () => {
    const scratchId = await createAssembly(t, shop.connectionId, 'scratch');
    const page = await open(1280, `/assemblies/${scratchId}`);
    try {
      // Disabled, it takes no protection ("Protect now" waits for Enable), as the API says; enabled again.
      await page.getByRole('button', { name: 'Disable' }).click();
      await page.getByRole('button', { name: 'Enable' }).waitFor();
      expect((await get(assemblyUrl(t, scratchId))).body.status).toBe('disabled');
      expect(await page.getByRole('button', { name: 'Protect now' }).isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Enable' }).click();
      await page.getByRole('button', { name: 'Disable' }).waitFor();
      expect((await get(assemblyUrl(t, scratchId))).body.status).toBe('enabled');
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

  it("the assembly itself: renamed with RTO and RPO targets (the name shown is the API's); a bad target beside its field, nothing written; a stale editor is told and loads the current version; the protection strategy", async () => {
    const ledgerId = await createAssembly(t, shop.connectionId, 'ledger');
    const page = await open(1280, `/assemblies/${ledgerId}`);
    try {
      await page.getByRole('button', { name: 'Edit general information' }).click();
      expect(await focused(page)).toBe('Edit ledger');
      const form = page.getByRole('form', { name: 'Edit ledger' });
      await form.getByLabel('Name').fill('ledger-eu');
      await form.getByLabel(/^RTO target/).fill('0');
      await form.getByRole('button', { name: 'Save' }).click();
      await form.locator('.field-error[data-field=rtoTargetMinutes]').waitFor();
      expect((await get(assemblyUrl(t, ledgerId))).body).toMatchObject({ name: 'ledger', rtoTargetMinutes: null });
      await accessible(page);
      await shot(page, 'assembly-general-error-1280');

      await form.getByLabel(/^RTO target/).fill('45');
      await form.getByLabel(/^RPO target/).fill('120');
      await form.getByRole('button', { name: 'Save' }).click();
      await form.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.activeElement?.textContent === 'Edit general information');
      const saved = (await get(assemblyUrl(t, ledgerId))).body;
      expect(saved).toMatchObject({ name: 'ledger-eu', rtoTargetMinutes: 45, rpoTargetMinutes: 120 });
      await page.locator('h1', { hasText: saved.name }).waitFor();
      expect(await page.locator('h1').evaluate((h) => h.firstChild?.textContent?.trim())).toBe(saved.name);
      expect(await page.locator('.rto-target').innerText()).toBe('45 min');
      expect(await page.locator('.rpo-target').innerText()).toContain('120 min');

      // Someone else changes it while the editor is open: the save is refused (412), said plainly, nothing written.
      await page.getByRole('button', { name: 'Edit general information' }).click();
      const again = page.getByRole('form', { name: 'Edit ledger-eu' });
      await again.getByLabel('Name').fill('ledger-us');
      const other = await t.request({ method: 'PUT', url: `${assemblyUrl(t, ledgerId)}/general-information`, payload: { name: 'ledger-eu', description: 'changed meanwhile' } });
      expect(other.statusCode, other.body).toBe(200);
      await again.getByRole('button', { name: 'Save' }).click();
      await again.locator('.banner.conflict', { hasText: 'changed since you opened the editor' }).waitFor();
      expect((await get(assemblyUrl(t, ledgerId))).body).toMatchObject({ name: 'ledger-eu', description: 'changed meanwhile' });
      await accessible(page);
      await shot(page, 'assembly-general-conflict-1280');
      // The current version, one click away: the form shows it, and a save on it goes through.
      await again.getByRole('button', { name: 'Load the current version' }).click();
      await again.locator('input[name=description][value="changed meanwhile"]').waitFor();
      await again.getByLabel('Name').fill('ledger-us');
      await again.getByRole('button', { name: 'Save' }).click();
      await again.waitFor({ state: 'detached' });
      expect((await get(assemblyUrl(t, ledgerId))).body).toMatchObject({ name: 'ledger-us', description: 'changed meanwhile', rtoTargetMinutes: 45 });
      await page.locator('h1', { hasText: 'ledger-us' }).waitFor();

      // The protection strategy: SQS and Route 53 (its hosted zones from this connection) on.
      await page.getByRole('button', { name: 'Edit protection strategy' }).click();
      const strategy = page.getByRole('form', { name: 'Protection strategy of ledger-us' });
      await strategy.getByLabel('SQS').check();
      await strategy.getByLabel('Route 53', { exact: true }).check();
      await strategy.getByRole('button', { name: 'Save' }).click();
      await strategy.waitFor({ state: 'detached' });
      const options = (await get(assemblyUrl(t, ledgerId))).body.protectionStrategyOptions;
      expect(options).toMatchObject({ awsSqsProtectionOptions: { isEnabled: true }, awsRoute53ProtectionOptions: { isEnabled: true, route53HostedZoneCloudConnectionId: shop.connectionId }, awsSnsProtectionOptions: { isEnabled: false } });
      await page.locator('.strategy', { hasText: 'SQS' }).waitFor();
      expect(await page.locator('.strategy').innerText()).toMatch(/^Route 53 \(.+\), SQS$/);
      await accessible(page);
      await fitsTheWidth(page);
      await shot(page, 'assembly-general-1280');
    } finally {
      await page.close();
    }
    const phone = await open(375, `/assemblies/${ledgerId}`);
    try {
      await phone.getByRole('button', { name: 'Edit general information' }).click();
      await phone.getByRole('form', { name: 'Edit ledger-us' }).waitFor();
      await phone.getByRole('button', { name: 'Edit protection strategy' }).click();
      await phone.getByRole('form', { name: 'Protection strategy of ledger-us' }).waitFor();
      await fitsTheWidth(phone);
      await accessible(phone);
      await shot(phone, 'assembly-general-375');
    } finally {
      await phone.close();
    }
  }, 150_000);

  it("a drill policy's recovery (region among the connection's, isolation) edited; Run now answers; the run shows its status, links to its recovery, its RTO and outcome", async () => {
    const connection = (await get(`${t.P}/aws/cloud-connections/${shop.connectionId}`)).body;
    const page = await open(1280);
    try {
      await page.getByRole('button', { name: 'New drill policy' }).click();
      const form = page.getByRole('form', { name: 'New drill policy' });
      await form.getByLabel('Name').fill('west-drill');
      await form.getByLabel('Scope').selectOption('cross-region');
      // The target region is a choice among the connection's regions, never the source.
      const offered = await form.getByLabel('Recovery region').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      expect(new Set(offered)).toEqual(new Set((connection.operationalRegions as string[]).filter((r) => r !== 'us-east-1')));
      await form.getByLabel('Recovery region').selectOption('us-west-2');
      await form.getByLabel(/^Reset after/).fill('1');
      await form.getByRole('button', { name: 'Create the drill policy' }).click();
      const row = page.locator('tr[data-drill-policy=west-drill]');
      await row.waitFor();
      const created = ((await get(drillsUrl())).body as Json[]).find((p) => p.name === 'west-drill')!;
      expect(created.recovery).toMatchObject({ recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' }, isolation: 'isolated' });
      expect(await row.locator('.drill-recovery').innerText()).toContain('cross-region → us-west-2');

      // Edit its isolation; a change by someone else meanwhile is refused and said plainly.
      await row.getByRole('button', { name: 'Edit west-drill' }).click();
      const edit = page.getByRole('form', { name: 'Edit west-drill' });
      expect(await edit.getByLabel('Recovery region').inputValue()).toBe('us-west-2');
      await edit.getByLabel('Isolation').selectOption('as-captured');
      const other = await t.request({ method: 'PUT', url: `${drillsUrl()}/${created.id}/status`, payload: { status: 'paused' } });
      expect(other.statusCode, other.body).toBe(200);
      await edit.getByRole('button', { name: 'Save the drill policy' }).click();
      await edit.locator('.banner.conflict').waitFor();
      expect((await get(`${drillsUrl()}/${created.id}`)).body.recovery.isolation).toBe('isolated');
      await edit.getByRole('button', { name: 'Load the current version' }).click();
      // The form is refilled from the current version when it arrives: change it only then.
      await edit.locator('.banner.conflict').waitFor({ state: 'detached' });
      await edit.getByLabel('Isolation').selectOption('as-captured');
      await edit.getByRole('button', { name: 'Save the drill policy' }).click();
      await edit.waitFor({ state: 'detached' });
      expect((await get(`${drillsUrl()}/${created.id}`)).body.recovery).toMatchObject({ isolation: 'as-captured', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } });

      // Run now: the answer shows, then the run in the policy's runs.
      await row.getByRole('button', { name: 'Run now west-drill' }).click();
      const notice = page.locator('.notice[data-started=west-drill]');
      await notice.waitFor();
      const [run] = (await get(`${drillsUrl()}/${created.id}/runs`)).body as Json[];
      expect(await notice.innerText()).toMatch(new RegExp(`^Run ${run!.id} of west-drill started: `));
      const runs = page.getByRole('table', { name: 'Runs of west-drill' });
      const runRow = runs.locator(`tr[data-run="${run!.id}"]`);
      await runRow.waitFor();
      // Its recovery settles; the run waits for its reset (a minute): the link and the measured RTO are the API's.
      await runs.locator(`tr[data-run="${run!.id}"][data-status=resetting]`).waitFor({ timeout: 30_000 });
      const settled = await eventually(async () => ((await get(`${drillsUrl()}/${created.id}/runs`)).body as Json[]).find((r) => r.id === run!.id && r.status === 'resetting'), 10_000, 'the run to reset');
      const link = runRow.locator('.recovery-cell a');
      expect(await link.getAttribute('href')).toBe(`/assemblies/${shop.assemblyId}/recoveries/${encodeURIComponent(settled.recoveryId)}`);
      await runRow.locator('.rto', { hasText: /\d/ }).waitFor();
      const measured = ((await get(`${drillsUrl()}/${created.id}/runs`)).body as Json[]).find((r) => r.id === run!.id)!;
      expect(await runRow.locator('.rto').innerText()).toBe(`${Math.round(measured.rtoSeconds)} s`);
      await accessible(page);
      await fitsTheWidth(page);
      await shot(page, 'assembly-drill-run-1280');
      skew += 61_000; // the minute passes: the run resets its recovery and ends
      await runs.locator(`tr[data-run="${run!.id}"][data-status=completed]`).waitFor({ timeout: 30_000 });
      const done = ((await get(`${drillsUrl()}/${created.id}/runs`)).body as Json[]).find((r) => r.id === run!.id)!;
      expect(done).toMatchObject({ status: 'completed', outcome: 'passed' });
      expect(await runRow.locator('.outcome').innerText()).toBe('passed');
      await shot(page, 'assembly-drill-run-done-1280');
      await link.click();
      await page.getByRole('table', { name: 'Recovered resources' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/assemblies/${shop.assemblyId}/recoveries/${encodeURIComponent(settled.recoveryId)}`);
    } finally {
      await page.close();
    }
    const phone = await open(375);
    try {
      await phone.locator('tr[data-drill-policy=west-drill]').getByRole('button', { name: 'Runs of west-drill' }).click();
      await phone.getByRole('table', { name: 'Runs of west-drill' }).locator('tr[data-status=completed]').waitFor();
      await phone.locator('tr[data-drill-policy=west-drill]').getByRole('button', { name: 'Edit west-drill' }).click();
      await phone.getByRole('form', { name: 'Edit west-drill' }).waitFor();
      await fitsTheWidth(phone);
      await accessible(phone);
      await shot(phone, 'assembly-drill-375');
    } finally {
      await phone.close();
    }
  }, 150_000);
});
