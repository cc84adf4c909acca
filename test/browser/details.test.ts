// The console's detail pages in a headless Chromium, against a real server whose simulated cloud is given
// faults so that partial and failed outcomes show: a protection whose database snapshot failed (its error on
// the protection page, beside the replica copies of the others) and a recovery with a refused subnet (its
// failed and skipped resources, the recovered ids equal to the API's, the reset and its leftovers). Each page
// at 1280 and 375 px, checked with axe-core; screenshots go to test-artifacts/screenshots/. One database is
// enough: the console is a client of the HTTP API, whose behaviour on both databases the other suites cover.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { idOf, makeAssembly } from '../assemblies/fixture.ts';
import { details, protectionsUrl, startProtection, waitForProtection, type Json } from '../protections/fixture.ts';
import { protectedShop, recover, recoveryDetails, waitForRecovery } from '../recoveries/fixture.ts';
import { ensureConsoleBuilt } from './console-build.ts';
import { accessible, consoleBrowser, fitsTheWidth, hasChromium, listen, newTab, shot, signedIn } from './harness.ts';


let t: TestApp;
let baseUrl: string;
let shop: { connectionId: number; assemblyId: number; protectionId: string };
let partialId: string;
let recoveryId: string;
/** The app's clock runs this far ahead of real time (an RPO test moves it; jobs keep real time). */
let offset = 0;

beforeAll(async () => {
  ensureConsoleBuilt();
  t = await startTestApp('sqlite', {}, { now: () => Date.now() + offset });
  baseUrl = await listen(t);
  shop = await protectedShop(t);
  // A protection whose database snapshot is refused: partially protected, the database's error recorded.
  await t.app.sim!.addFault({ operation: 'snapshot', match: { resourceId: 'shop-db' }, errorCode: 'InvalidDBInstanceState' });
  partialId = await startProtection(t, shop.assemblyId);
  expect((await waitForProtection(t, shop.assemblyId, partialId)).status).toBe('partially-protected');
  await t.app.sim!.clearFaults();
  // A recovery of the good protection with one subnet refused: recovered, failed and skipped resources.
  await t.app.sim!.addFault({ operation: 'recreate', match: { resourceId: idOf('us-east-1', 'shop-private-1b') }, errorCode: 'InternalError' });
  recoveryId = await recover(t, shop.assemblyId, { recoveryName: 'faulty-drill', protectionId: shop.protectionId });
  await waitForRecovery(t, shop.assemblyId, recoveryId);
  await t.app.sim!.clearFaults();
}, 90_000);
afterAll(() => t?.close());

describe.skipIf(!hasChromium)('the detail pages in a browser', () => {
  let browser: Browser;

  beforeAll(async () => { browser = await consoleBrowser(); }, 30_000);
  afterAll(() => browser?.close());

  /** A signed-in tab at that width, opened on a console path. */
  const open = (width: number, at: string): Promise<Page> => signedIn(browser, baseUrl, width, at);
  const protectionPath = (id: string) => `/assemblies/${shop.assemblyId}/protections/${encodeURIComponent(id)}`;
  const recoveryPath = () => `/assemblies/${shop.assemblyId}/recoveries/${encodeURIComponent(recoveryId)}`;

  it('a partial protection: every resource, the failed snapshot with its error, replica copies, selected vs dependency', async () => {
    const api = await details(t, shop.assemblyId, partialId);
    const page = await open(1280, protectionPath(partialId));
    try {
      const rows = page.getByRole('table', { name: 'Protected resources' }).locator('tbody tr');
      await rows.first().waitFor();
      expect(await page.locator('h1').innerText()).toContain('partially-protected');
      expect(new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-resource'))))).toEqual(new Set(api.resources.map((r: Json) => r.resourceId)));
      const db = page.locator('tr[data-resource="shop-db"]');
      expect(await db.getAttribute('data-snapshot-status')).toBe('failed');
      const dbError = api.resources.find((r: Json) => r.resourceId === 'shop-db').error as string;
      expect(dbError).toMatch(/^InvalidDBInstanceState: /);
      expect(await db.locator('.error-cell').innerText()).toBe(dbError);
      // A completed snapshot shows its id and its copy in the replica region.
      const good = api.resources.find((r: Json) => r.snapshotStatus === 'completed');
      const goodRow = page.locator(`tr[data-resource="${good.resourceId}"]`);
      expect(await goodRow.locator('.snapshot-id').innerText()).toBe(good.snapshotId);
      expect(await goodRow.locator('.replicas li[data-region=us-west-2]').getAttribute('data-status')).toBe(good.replicas['us-west-2'].status);
      const dependencies = api.resources.filter((r: Json) => r.captureReason === 'dependency').length;
      // The counts add up to the rows: the selected ones, and the dependencies beside them (not among them).
      expect(api.resources.length).toBe(api.resourceCount + api.dependencyCount);
      expect(await page.locator('dd.resource-count').innerText()).toBe(`${api.resourceCount} selected, and ${dependencies} ${dependencies === 1 ? 'dependency' : 'dependencies'} outside the selection (configuration only)`);
      expect(await page.locator('td.captured', { hasText: 'as a dependency' }).count()).toBe(dependencies);
      // Only the failed ones, on asking.
      await page.getByLabel('Show').selectOption('failed');
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-resource')))).toEqual(['shop-db']);
      await page.getByLabel('Show').selectOption('all');
      await accessible(page);
      await fitsTheWidth(page);
      await shot(page, 'protection-1280');
      // Lock: the page and the API both say so.
      await page.getByRole('button', { name: 'Lock (never pruned)' }).click();
      await page.locator('dd.locked', { hasText: 'yes' }).waitFor();
      expect((await details(t, shop.assemblyId, partialId)).locked).toBe(true);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.locator('dd.locked', { hasText: 'no' }).waitFor();
    } finally {
      await page.close();
    }
  });

  it('the assembly page links to a protection and a recovery, from the lists and from the timeline', async () => {
    const page = await open(1280, `/assemblies/${shop.assemblyId}`);
    try {
      await page.locator(`tr[data-protection="${partialId}"] td:first-child a`).click();
      await page.getByRole('table', { name: 'Protected resources' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(protectionPath(partialId));
      await page.getByRole('link', { name: '← shop' }).click();
      await page.locator('li.recovery[data-recovery=faulty-drill]').getByRole('link', { name: 'faulty-drill', exact: true }).click();
      await page.getByRole('table', { name: 'Recovered resources' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(recoveryPath());
      await page.goBack();
      // The timeline's marks are links too, reached by the keyboard.
      const mark = page.locator(`a.mark-link[href="${protectionPath(shop.protectionId)}"]`);
      await mark.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: 'Protected resources' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(protectionPath(shop.protectionId));
    } finally {
      await page.close();
    }
  });

  it("the server's messages that point at the API (\"see GET …/resources\") read in the console's words, linking to the page that answers them", async () => {
    const good = await details(t, shop.assemblyId, shop.protectionId);
    const partial = await details(t, shop.assemblyId, partialId);
    const recovery = await recoveryDetails(t, shop.assemblyId, recoveryId);
    // What the API says, for API users: the console must not pass these on as they are.
    expect(good.statusMessage).toMatch(/: see GET …\/resources$/);
    expect(partial.statusMessage).toMatch(/: see each resource's error$/);
    expect(recovery.statusMessage).toMatch(/: see each resource's error/);
    const held = (await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody({ name: 'held-aws' }) })).json().id as number;
    const heldUrl = `${t.P}/aws/cloud-connections/${held}`;
    expect((await t.request({ method: 'PUT', url: `${heldUrl}/deletion-protection`, payload: { enabled: true } })).statusCode).toBe(200);
    expect((await t.request({ method: 'DELETE', url: heldUrl })).statusCode).toBe(202);
    await eventually(async () => (await t.request({ method: 'GET', url: heldUrl })).json().status === 'delete-locked', 10_000, 'the deletion to be held');
    expect((await t.request({ method: 'GET', url: heldUrl })).json().statusMessage).toContain('(PUT …/deletion-protection)');
    const API_POINTER = /(GET|PUT|POST|DELETE) …\//;
    const mainText = (p: Page) => p.locator('main').innerText();
    const shownIds = (p: Page, table: string) => p.getByRole('table', { name: table }).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-resource') ?? tr.getAttribute('data-source')));

    const page = await open(1280, `/assemblies/${shop.assemblyId}`);
    try {
      // The protections list: the dependencies and the failed snapshots are a link away, on the protection's page.
      const goodRow = page.locator(`tr[data-protection="${shop.protectionId}"]`);
      await goodRow.waitFor();
      expect(await mainText(page)).not.toMatch(API_POINTER);
      await goodRow.getByRole('link', { name: 'see which' }).click();
      await page.getByRole('table', { name: 'Protected resources' }).waitFor();
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`${protectionPath(shop.protectionId)}?show=dependency`);
      expect(new Set(await shownIds(page, 'Protected resources'))).toEqual(new Set(good.resources.filter((r: Json) => r.captureReason === 'dependency').map((r: Json) => r.resourceId)));
      expect(await mainText(page)).not.toMatch(API_POINTER);
      await page.goBack();
      await page.locator(`tr[data-protection="${partialId}"]`).getByRole('link', { name: "see each resource's error" }).click();
      await page.getByRole('table', { name: 'Protected resources' }).waitFor();
      expect(await page.getByLabel('Show').inputValue()).toBe('failed');
      expect(await shownIds(page, 'Protected resources')).toEqual(['shop-db']);
      // On the protection's own page the same link filters its table, and the choice is in the URL.
      await page.getByLabel('Show').selectOption('all');
      await page.waitForFunction(() => window.location.search === '?show=all' || window.location.search === '');
      expect((await shownIds(page, 'Protected resources')).length).toBe(partial.resources.length);
      await page.locator('dd.protection-status').getByRole('link', { name: "see each resource's error" }).click();
      await page.waitForFunction(() => window.location.search === '?show=failed');
      expect(await shownIds(page, 'Protected resources')).toEqual(['shop-db']);
      expect(await mainText(page)).not.toMatch(API_POINTER);

      // A recovery's failed and skipped resources: from the list, and on its page.
      await page.goto(`${baseUrl}/assemblies/${shop.assemblyId}`);
      await page.locator('li.recovery[data-recovery=faulty-drill]').getByRole('link', { name: "see each resource's error" }).click();
      await page.getByRole('table', { name: 'Recovered resources' }).waitFor();
      const notRecovered = recovery.resources.filter((r: Json) => r.status === 'failed' || r.status === 'skipped').map((r: Json) => r.sourceResourceId);
      expect(notRecovered.length).toBeGreaterThan(1);
      expect(new Set(await shownIds(page, 'Recovered resources'))).toEqual(new Set(notRecovered));
      expect(await mainText(page)).not.toMatch(API_POINTER);
      await shot(page, 'recovery-failed-only-1280');

      // A connection held by its deletion protection: "turn it off" leads to the switch.
      await page.goto(`${baseUrl}/`);
      const heldRow = page.locator('tr[data-connection=held-aws]');
      await heldRow.waitFor();
      expect(await mainText(page)).not.toMatch(API_POINTER);
      await heldRow.getByRole('link', { name: 'turn it off' }).click();
      await page.locator('dd.deletion-protection', { hasText: /^on/ }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/connections/${held}`);
      expect(await mainText(page)).not.toMatch(API_POINTER);
      await page.locator('.status-message').getByRole('link', { name: 'turn it off' }).click();
      await page.waitForFunction(() => document.activeElement?.textContent === 'turn off');
      await accessible(page);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('a partial recovery: checks, every resource source → recovered as the API says, the failure, RTO/RPO, the drill report, then the reset and its leftovers', async () => {
    const api = await recoveryDetails(t, shop.assemblyId, recoveryId);
    expect(api.recoveryStatus).toBe('partially-completed');
    const page = await open(1280, recoveryPath());
    try {
      const rows = page.getByRole('table', { name: 'Recovered resources' }).locator('tbody tr');
      await rows.first().waitFor();
      expect(await page.locator('h1').innerText()).toContain('faulty-drill');
      expect(await rows.count()).toBe(api.resources.length);
      const orders = (await rows.locator('td:first-child').allInnerTexts()).map(Number);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      // What an operator reads as recovered is what the API recorded, resource by resource.
      const shown = Object.fromEntries(await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-source'), tr.querySelector('.recovered-id')?.textContent ?? null])));
      expect(shown).toEqual(Object.fromEntries(api.resources.map((r: Json) => [r.sourceResourceId, r.recoveredResourceId])));
      const failed = api.resources.find((r: Json) => r.status === 'failed');
      expect(await page.locator(`tr[data-source="${failed.sourceResourceId}"] .error-text`).first().innerText()).toBe(failed.error);
      expect(await page.locator('tr[data-status=skipped]').count()).toBe(api.skippedCount);
      expect(api.skippedCount).toBeGreaterThan(0);
      expect(await page.locator('dd.rto').innerText()).toMatch(/^\d+ (s|min)/);
      // The protection it restored is named by its time, not its id, and links to it.
      expect(await page.locator('a.source-protection').getAttribute('href')).toBe(protectionPath(api.protectionId));
      await page.waitForFunction(() => /^the protection of \D/.test(document.querySelector('a.source-protection')?.textContent ?? ''));
      expect(await page.getByRole('list', { name: 'Pre-flight checks' }).locator('li').count()).toBe(api.checks.length);
      // The checks name the connection as the estate does (its id beside the name).
      expect(await page.locator('li[data-check=target-connection]').innerText()).toContain(`Cloud connection shop-aws (${shop.connectionId}) is enabled and verified`);
      await accessible(page);
      await fitsTheWidth(page);
      await shot(page, 'recovery-1280');

      // The printable drill report opens in a new tab (fetched with the token, shown from a blob).
      const [report] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Open the drill report' }).click()]);
      await report.waitForURL(/^blob:/);
      expect(await report.title()).toBe('Drill report: faulty-drill (shop)');
      await report.close();

      // Reset after a confirmation that takes the focus and gives it back when declined.
      await page.getByRole('button', { name: 'Reset' }).click();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete it');
      await page.getByRole('button', { name: 'Keep it' }).click();
      await page.waitForFunction(() => document.activeElement?.textContent === 'Reset');
      await page.getByRole('button', { name: 'Reset' }).click();
      await page.getByRole('button', { name: 'Delete it' }).click();
      await page.locator('section.reset[data-reset-status=completed]').waitFor({ timeout: 20_000 });
      await page.locator('.leftovers', { hasText: 'Leftovers: 0' }).waitFor();
      expect(await page.locator('tr[data-status=deleted]').count()).toBe((await recoveryDetails(t, shop.assemblyId, recoveryId)).resources.filter((r: Json) => r.status === 'deleted').length);
      await accessible(page);
      await shot(page, 'recovery-reset-1280');
    } finally {
      await page.close();
    }
  });

  it('both pages fit a phone (375 px) and pass axe there', async () => {
    for (const [at, name, table] of [[protectionPath(partialId), 'protection-375', 'Protected resources'], [recoveryPath(), 'recovery-375', 'Recovered resources']] as const) {
      const page = await open(375, at);
      try {
        await page.getByRole('table', { name: table }).locator('tbody tr').first().waitFor();
        await fitsTheWidth(page);
        await accessible(page);
        await shot(page, name);
      } finally {
        await page.close();
      }
    }
  });

  it('the assembly names its connection; the recovery region is a choice of its regions; the form takes and gives back the focus', async () => {
    const page = await open(1280, `/assemblies/${shop.assemblyId}`);
    try {
      await page.locator('.connection-name', { hasText: 'shop-aws' }).waitFor();
      expect(await page.locator('main').innerText()).not.toMatch(/connection \d/);
      await page.getByRole('button', { name: 'Recover…' }).click();
      const form = page.getByRole('form', { name: 'Recover' });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Recover shop');
      await form.locator('select[name=recoveryScope]').selectOption('cross-region');
      const regions = await form.locator('select[name=recoveryRegion] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const connection = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${shop.connectionId}` })).json();
      expect(regions[0]).toBe('us-west-2');
      expect(new Set(regions)).toEqual(new Set(connection.operationalRegions.filter((r: string) => r !== 'us-east-1')));
      await accessible(page);
      await form.getByRole('button', { name: 'Close' }).click();
      await page.waitForFunction(() => document.activeElement?.textContent === 'Recover…');
    } finally {
      await page.close();
    }
  });

  it('a plan with blocked steps starts only after a confirmation that names them; no green badge beside them', async () => {
    const page = await open(1280, `/assemblies/${shop.assemblyId}`);
    try {
      await page.getByRole('button', { name: 'Recover…' }).click();
      const form = page.getByRole('form', { name: 'Recover' });
      // From the partial protection: the database has no snapshot, so its step is blocked.
      await form.locator('select[name=protectionId]').selectOption(partialId);
      await form.locator('input[name=recoveryName]').fill('from-partial');
      await form.getByRole('button', { name: 'Show the plan' }).click();
      const blocked = form.locator('tr[data-action=blocked]');
      await blocked.first().waitFor();
      const names = await blocked.locator('td:nth-child(2) strong').allInnerTexts();
      expect(names).toContain('shop-db');
      expect(await form.getByRole('button', { name: 'Start the recovery' }).count()).toBe(0);
      const warning = form.locator('.start-warning');
      for (const name of names) expect(await warning.innerText()).toContain(name);
      const plan = form.locator('[aria-label="Recovery plan"]');
      const blockedIds = await blocked.evaluateAll((trs) => trs.map((tr) => tr.querySelector('.muted')?.textContent ?? ''));
      expect(blockedIds.length).toBeGreaterThan(0);
      // A check naming a blocked resource is never shown green.
      const greenNamingBlocked = await plan.locator('li[data-check]').evaluateAll((lis, ids) => lis.filter((li) => li.querySelector('.tone-good') && ids.some((id) => li.textContent!.includes(id.split(' · ')[1] ?? '\u0000'))).length, blockedIds);
      expect(greenNamingBlocked).toBe(0);
      const opener = form.getByRole('button', { name: /…$/ }).last();
      const openerName = await opener.innerText();
      await opener.click();
      const confirm = form.getByRole('group', { name: 'Confirm the start' });
      for (const name of names) expect(await confirm.innerText()).toContain(name);
      expect(await page.evaluate(() => document.activeElement?.closest('[role=group]')?.getAttribute('aria-label'))).toBe('Confirm the start');
      await accessible(page);
      await shot(page, 'recovery-plan-blocked-1280');
      await confirm.getByRole('button', { name: 'Keep it stopped' }).click();
      await page.waitForFunction((name) => document.activeElement?.textContent === name, openerName);
    } finally {
      await page.close();
    }
  });

  it('"one runs at a time" shows while a protection runs and clears when it ends', async () => {
    const fault = await t.app.sim!.addFault({ operation: 'snapshot', latencyMs: 1500 });
    const page = await open(1280, `/assemblies/${shop.assemblyId}`);
    try {
      await page.getByRole('button', { name: 'Protect now' }).click();
      await page.locator('tr[data-protection][data-status=in-progress], tr[data-protection][data-status=preparing], tr[data-protection][data-status=created]').first().waitFor();
      await page.getByRole('button', { name: 'Protect now' }).click();
      await page.locator('.banner', { hasText: 'one runs at a time' }).waitFor();
      await page.locator('.banner', { hasText: 'one runs at a time' }).waitFor({ state: 'detached', timeout: 30_000 });
      expect(await page.locator('tr[data-protection]').first().getAttribute('data-status')).not.toMatch(/created|preparing|in-progress/);
    } finally {
      await t.app.sim!.clearFaults();
      void fault;
      await page.close();
    }
  });

  it('an unknown console path shows the console\'s own not-found page; the tab has a favicon', async () => {
    const page = await open(1280, '/no/such/page');
    try {
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      expect(await page.locator('main').innerText()).toContain('/no/such/page');
      expect(await page.locator('link[rel=icon]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
      await accessible(page);
      await shot(page, 'not-found-1280');
    } finally {
      await page.close();
    }
    const signIn = await newTab(browser, 375, 812);
    try {
      await signIn.goto(baseUrl);
      await signIn.locator('#token').waitFor();
      await accessible(signIn);
    } finally {
      await signIn.close();
    }
  });

  it('the audit events read as words: actions, the actor, why a write was refused, links to the targets', async () => {
    const viewer = (await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: 'read-only-rita', role: 'viewer' } })).json() as { token: string };
    const refused = await t.request({ method: 'POST', url: `${protectionsUrl(t, shop.assemblyId)}`, token: viewer.token, payload: {} });
    expect(refused.statusCode).toBe(403);
    const page = await open(1280, '/events');
    try {
      const table = page.getByRole('table', { name: 'Audit events' });
      await table.locator('tbody tr').first().waitFor();
      const start = table.locator('tr[data-action=startAwsCloudAssemblyRecovery][data-result=success]:has(a.target)').first();
      expect(await start.locator('.action').innerText()).toBe('Start AWS cloud assembly recovery');
      expect(await start.locator('.actor').innerText()).not.toMatch(/^(admin|sa):/);
      const denied = table.locator('tr[data-action=protectAwsCloudAssembly][data-result=failure]').first();
      expect(await denied.locator('.actor').innerText()).toBe('read-only-rita');
      // The reason is the server's own answer (its message and code), not one guessed from the status.
      expect(await denied.locator('.reason').innerText()).toBe(`${refused.json().message} (FORBIDDEN)`);
      // A connection's row names it and links to its page.
      const created = table.locator('tr[data-action=createAwsCloudConnection][data-result=success] a.target', { hasText: 'connection shop-aws' });
      expect(await created.getAttribute('href')).toBe(`/connections/${shop.connectionId}`);
      // A lock names its protection in its path only: the row links to it all the same.
      expect(await table.locator('tr[data-action=lockAwsCloudAssemblyProtection][data-result=success] a.target').first().getAttribute('href')).toBe(protectionPath(partialId));
      // The recovery's row links to the recovery page.
      await start.locator('a.target').click();
      await page.getByRole('table', { name: 'Recovered resources' }).waitFor();
      await page.goBack();
      await table.locator('tbody tr').first().waitFor();
      // No word is broken across lines: each action's words are whole on their line.
      const broken = await table.locator('.action').evaluateAll((els) => els.filter((el) => {
        const range = document.createRange();
        const text = el.firstChild as Text;
        let lastTop = -1; let wordStartTop = -1;
        for (let i = 0; i < text.length; i++) {
          range.setStart(text, i); range.setEnd(text, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          if (text.data[i] === ' ') { wordStartTop = -1; continue; }
          if (wordStartTop === -1) wordStartTop = top;
          else if (top !== wordStartTop) return true;
          lastTop = top;
        }
        void lastTop;
        return false;
      }).length);
      expect(broken).toBe(0);
      await accessible(page);
      await shot(page, 'audit-events-1280');
    } finally {
      await page.close();
    }
    const phone = await open(375, '/events');
    try {
      await phone.getByRole('table', { name: 'Audit events' }).locator('tbody tr').first().waitFor();
      await fitsTheWidth(phone);
      await accessible(phone);
      await shot(phone, 'audit-events-375');
    } finally {
      await phone.close();
    }
  }, 60_000);

  it('the estate: what needs attention (a failing connection), each assembly\'s RPO, last protection, next run and last drill; search and sort', async () => {
    const created = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody({ name: 'role-missing', accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/NoSuchRole' } }) });
    expect(created.statusCode).toBe(202);
    await eventually(async () => (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${created.json().id}` })).json().connectivityStatus === 'authentication-failed', 10_000, 'the connection to fail');
    const assembly = (await t.request({ method: 'GET', url: `${t.P}/cloud-assemblies` })).json().find((a: Json) => a.name === 'shop');
    for (const width of [1280, 375]) {
      const page = await open(width, '/');
      try {
        const row = page.locator('tr[data-assembly=shop]');
        await row.locator('.last-drill a').waitFor();
        await page.locator('li[data-failing-connection=role-missing]', { hasText: 'AccessDenied' }).waitFor();
        // No green "enabled" beside the failed connectivity.
        expect(await page.locator('tr[data-connection=role-missing] td.status .badge').getAttribute('class')).not.toContain('tone-good');
        expect(await row.locator('.rpo .badge').innerText()).toBe(assembly.rpoStatus);
        expect(await row.locator('.last-protection a').getAttribute('href')).toBe(protectionPath(assembly.lastProtection.id));
        expect(await row.locator('.last-protection .badge').innerText()).toBe(assembly.lastProtection.status);
        expect(await row.locator('.last-drill a').innerText()).toBe('faulty-drill');
        expect(await row.locator('.last-drill').innerText()).toMatch(/RTO \d+ (s|min)/);
        expect(await row.locator('.next-run').innerText()).toBe(width === 375 ? 'next run no schedule' : 'no schedule');
        // On a phone the table's head is hidden: each cell whose value alone does not say what it is carries a label.
        if (width === 375) {
          expect(await row.locator('.connection').innerText()).toBe('connection shop-aws');
          expect(await row.locator('.rpo').innerText()).toMatch(new RegExp(`^RPO ${assembly.rpoStatus}`));
          expect(await row.locator('.last-protection').innerText()).toMatch(new RegExp(`^last protection ${assembly.lastProtection.status}`));
          expect(await row.locator('.last-drill').innerText()).toMatch(/^last drill partially-completed faulty-drill/);
          expect(await page.locator('tr[data-connection=shop-aws] .last-sync').innerText()).toMatch(/^synced \w/);
        } else {
          expect(await row.locator('.last-protection').innerText()).not.toContain('last protection');
        }
        await fitsTheWidth(page);
        await accessible(page);
        await shot(page, `estate-health-${width}`);
        await page.getByLabel('Search assemblies').fill('no-such-assembly');
        await page.getByText('No assembly matches.').waitFor();
        await page.getByLabel('Search assemblies').fill('sho');
        await row.waitFor();
        // The connections too: a search narrows them, and "problems first" puts the failing one on top.
        await page.getByLabel('Search connections').fill('us-west');
        await page.locator('tr[data-connection=role-missing]').waitFor();
        await page.getByLabel('Sort connections by').selectOption('problems');
        const sorted = await page.locator('tr[data-connection]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-connection')));
        expect(sorted.indexOf('role-missing')).toBeLessThan(sorted.indexOf('shop-aws'));
        expect(sorted.at(-1)).toBe('shop-aws');
        await page.getByLabel('Search connections').fill('shop-');
        expect(await page.locator('tr[data-connection]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-connection')))).toEqual(['shop-aws']);
        // A create form takes the focus when it opens.
        await page.getByRole('button', { name: 'New connection' }).click();
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New cloud connection');
      } finally {
        await page.close();
      }
    }
  });

  it('an assembly past its RPO target is under "Now": breached, linked, with its target and last success', async () => {
    const nightly = await makeAssembly(t, shop.connectionId, { name: 'nightly', rpoTargetMinutes: 60 });
    offset = 2 * 60 * 60_000;
    try {
      expect((await t.request({ method: 'GET', url: `${t.P}/aws/cloud-assemblies/${nightly.id}` })).json().rpoStatus).toBe('breached');
      for (const width of [1280, 375]) {
        const page = await open(width, '/');
        try {
          const item = page.locator('li[data-breached=nightly]');
          await item.waitFor();
          expect(await item.innerText()).toBe('breached RPO of nightly (target 60 min): last success never');
          expect(await item.getByRole('link', { name: 'nightly' }).getAttribute('href')).toBe(`/assemblies/${nightly.id}`);
          expect(await page.locator('tr[data-assembly=nightly] .rpo .badge').innerText()).toBe('breached');
          // The assembly that met nothing is not called breached.
          expect(await page.locator('li[data-breached=shop]').count()).toBe(0);
          await fitsTheWidth(page);
          await accessible(page);
          await shot(page, `estate-rpo-breached-${width}`);
        } finally {
          await page.close();
        }
      }
    } finally {
      offset = 0;
      await t.request({ method: 'DELETE', url: `${t.P}/aws/cloud-assemblies/${nightly.id}` });
    }
  });

  it('a connection: connectivity with its message, the inventory filtered and paged, verify, deletion protection, the IAM template', async () => {
    const api = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${shop.connectionId}` })).json();
    const page = await open(1280, '/');
    try {
      await page.locator('tr[data-connection=shop-aws] a').click();
      await page.getByRole('heading', { name: /shop-aws/ }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/connections/${shop.connectionId}`);
      expect(await page.locator('dd.connectivity').innerText()).toContain(api.connectivityMessage);
      const rows = page.getByRole('table', { name: 'Inventory' }).locator('tbody tr');
      await rows.first().waitFor();
      await page.getByLabel('Service').selectOption('RDS');
      await page.waitForFunction(() => [...document.querySelectorAll('table[aria-label=Inventory] tbody tr td:nth-child(2)')].every((td) => td.textContent!.startsWith('rds:')));
      const rds = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${shop.connectionId}/resources?service=RDS` })).json() as Json[];
      expect(new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-resource'))))).toEqual(new Set(rds.map((r) => r.resourceId)));
      await page.getByLabel('Service').selectOption('');
      await page.getByRole('button', { name: 'turn on' }).click();
      await page.locator('dd.deletion-protection', { hasText: /^on/ }).waitFor();
      expect((await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${shop.connectionId}` })).json().deletionProtection).toBe(true);
      await page.getByRole('button', { name: 'turn off' }).click();
      await page.locator('dd.deletion-protection', { hasText: /^off/ }).waitFor();
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.locator('dd.connectivity .badge', { hasText: 'success' }).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the IAM role template' }).click()]);
      expect(download.suggestedFilename()).toBe('lifeboat-role-shop-aws.json');
      await accessible(page);
      await fitsTheWidth(page);
      await shot(page, 'connection-1280');
    } finally {
      await page.close();
    }
    const phone = await open(375, `/connections/${shop.connectionId}`);
    try {
      await phone.getByRole('table', { name: 'Inventory' }).locator('tbody tr').first().waitFor();
      await fitsTheWidth(phone);
      await accessible(phone);
      await shot(phone, 'connection-375');
    } finally {
      await phone.close();
    }
  }, 60_000);

  it('an unknown protection says so in the console, not as API JSON', async () => {
    const page = await open(1280, protectionPath('no-such-protection'));
    try {
      await page.locator('.banner').waitFor();
      expect(await page.locator('h1').innerText()).toBe('Protection');
      expect(await page.locator('.banner').innerText()).toMatch(/not found|no such|does not exist/i);
    } finally {
      await page.close();
    }
  });

  it('cancel from the pages: a running protection ends failed, a running recovery ends aborted, as the API says', async () => {
    // Slow snapshots and recreates, so that each cancel lands while the work is under way.
    // Signed in first: on a loaded machine sign-in alone can outlast the slowed protection.
    const page = await open(1280, '/');
    await t.app.sim!.addFault({ operation: 'snapshot', latencyMs: 5000 });
    const protectionId = await startProtection(t, shop.assemblyId);
    try {
      // The estate says what runs now, in a live region, linked to it.
      await page.goto(`${baseUrl}/`);
      const running = page.locator('section[aria-label="Needs attention"] [aria-live=polite] li[data-running=protection]');
      expect(await running.getByRole('link', { name: 'shop' }).getAttribute('href')).toBe(protectionPath(protectionId));
      await page.goto(`${baseUrl}${protectionPath(protectionId)}`);
      // Its progress is announced as it goes (a live region holds the progress bar and the count).
      await page.locator('[aria-live=polite] progress[aria-label="Snapshots done"]').waitFor();
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.locator('h1 .badge', { hasText: 'failed' }).waitFor({ timeout: 20_000 });
      const done = await details(t, shop.assemblyId, protectionId);
      expect(done.status).toBe('failed');
      expect(await page.locator('dd.protection-status').innerText()).toContain(done.statusMessage);
      await t.app.sim!.clearFaults();
      await waitForProtection(t, shop.assemblyId, protectionId);

      await t.app.sim!.addFault({ operation: 'recreate', latencyMs: 1000 });
      const id = await recover(t, shop.assemblyId, { recoveryName: 'cancel-me', protectionId: shop.protectionId });
      await page.goto(`${baseUrl}/assemblies/${shop.assemblyId}/recoveries/${id}`);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.locator('h1 .badge', { hasText: 'aborted' }).waitFor({ timeout: 20_000 });
      expect((await recoveryDetails(t, shop.assemblyId, id)).recoveryStatus).toBe('aborted');
      await accessible(page);
      await shot(page, 'recovery-aborted-1280');
    } finally {
      await t.app.sim!.clearFaults();
      await page.close();
    }
  });
});
