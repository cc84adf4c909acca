// The console's other areas in a headless Chromium against a real server: policy templates (create, edit,
// delete; a field error with nothing written), service accounts (a token and an access key shown once, gone
// after a reload; revoke), connection groups and network cloud connections (lists and details of the two
// compatible surfaces), a connection's edit, credential rotation and typed-name delete, and the audit trail's
// refusal reasons as the server answered them. Each page at 1280 and 375 px with axe-core; screenshots go to
// test-artifacts/screenshots/. One database is enough: the console is a client of the HTTP API.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { cg, createBody, GROUPS } from '../connection-groups/fixture.ts';
import { ccClient, domainOf, loadInstance, makeConnection, makePackage } from '../network/fixture.ts';
import { ensureConsoleBuilt } from './console-build.ts';
import { accessible, consoleBrowser, fitsTheWidth, hasChromium, listen, shot, signedIn } from './harness.ts';

type Json = Record<string, any>;

let t: TestApp;
let baseUrl: string;
let groupId: string;
let networkId: string;

beforeAll(async () => {
  ensureConsoleBuilt();
  t = await startTestApp('sqlite');
  baseUrl = await listen(t);
  const group = await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ description: 'payments accounts' }) });
  expect(group.statusCode, group.body).toBe(200);
  groupId = group.json().id;
  const cc = ccClient(t, await domainOf(t));
  networkId = await makeConnection(cc, 'hub-east', { description: 'east hub' });
  expect((await loadInstance(cc, networkId, 'cn-north-4', ['10.0.0.0/16'])).statusCode).toBe(201);
  const pkg = await makePackage(cc, 20, { name: 'bwp-east' });
  expect((await cc.call('POST', `/bandwidth-packages/${pkg}/associate`, { bandwidth_package: { resource_id: networkId, resource_type: 'cloud_connection' } })).statusCode).toBe(200);
}, 90_000);
afterAll(() => t?.close());

const api = async (url: string, token?: string) => (await t.request({ method: 'GET', url, ...(token ? { token } : {}) })).json();

describe.skipIf(!hasChromium)('the other areas of the console in a browser', () => {
  let browser: Browser;

  beforeAll(async () => { browser = await consoleBrowser(); }, 30_000);
  afterAll(() => browser?.close());

  const open = (width: number, at: string): Promise<Page> => signedIn(browser, baseUrl, width, at);
  /** Every page at a phone's width: it fits, passes axe, and is photographed. */
  async function onAPhone(at: string, ready: (p: Page) => Promise<unknown>, name: string) {
    const phone = await open(375, at);
    try {
      await ready(phone);
      await fitsTheWidth(phone);
      await accessible(phone);
      await shot(phone, name);
    } finally {
      await phone.close();
    }
  }
  const templatesUrl = () => `${t.P}/policy-templates`;

  it('policy templates: a field error beside the field with nothing written, then create, edit and delete', async () => {
    const page = await open(1280, '/policy-templates');
    try {
      await page.getByText('No policy templates yet.').waitFor();
      await page.getByRole('button', { name: 'New template' }).click();
      const form = page.getByRole('form', { name: 'New policy template' });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New policy template');
      await form.getByLabel('Name').fill('1-nightly');
      await form.getByRole('button', { name: 'Create template' }).click();
      const problem = form.locator('.field-error[data-field=name]');
      await problem.waitFor();
      expect(await problem.innerText()).toMatch(/pattern|must/);
      expect(await api(templatesUrl())).toEqual([]);
      // A retention that is not a number is named too.
      await form.getByLabel('Name').fill('nightly');
      await form.getByLabel('Protections kept', { exact: true }).fill('many');
      await form.getByRole('button', { name: 'Create template' }).click();
      await form.locator('.field-error[data-field=retentionCount]').waitFor();
      expect(await form.locator('.field-error[data-field=name]').count()).toBe(0);
      expect(await api(templatesUrl())).toEqual([]);
      await accessible(page);
      await shot(page, 'policy-templates-field-error-1280');

      await form.getByLabel('Protections kept', { exact: true }).fill('14');
      await form.getByLabel('Hours of the day').fill('2, 14');
      await form.getByRole('button', { name: 'Create template' }).click();
      const row = page.locator('tr[data-template=nightly]');
      await row.waitFor();
      await page.waitForFunction(() => document.activeElement?.textContent === 'New template');
      const [created] = await api(templatesUrl()) as Json[];
      expect(created).toMatchObject({ name: 'nightly', frequencyType: 'daily', retentionCount: 14, frequencyDetails: { hours: [2, 14] } });
      expect(await row.locator('.schedule').innerText()).toBe('daily · at 02:00, 14:00 (UTC)');

      // Edit: weekly on Saturdays, kept 30.
      await page.getByRole('button', { name: 'Edit nightly' }).click();
      const edit = page.getByRole('form', { name: 'Edit nightly' });
      await edit.getByLabel('Frequency').selectOption('weekly');
      await edit.getByRole('checkbox', { name: 'sat' }).check();
      await edit.getByRole('checkbox', { name: 'mon' }).uncheck();
      await edit.getByLabel('Protections kept', { exact: true }).fill('30');
      await edit.getByRole('button', { name: 'Save' }).click();
      await row.locator('.retention', { hasText: '30' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.textContent === 'Edit');
      expect((await api(`${templatesUrl()}/${created.id}`))).toMatchObject({ frequencyType: 'weekly', retentionCount: 30, frequencyDetails: { daysOfWeek: ['SATURDAY'] } });
      await fitsTheWidth(page);
      await accessible(page);
      await shot(page, 'policy-templates-1280');

      // Delete after a confirmation that takes the focus.
      await page.getByRole('button', { name: 'Delete nightly' }).click();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete it');
      await page.getByRole('button', { name: 'Delete it' }).click();
      await page.getByText('No policy templates yet.').waitFor();
      expect(await api(templatesUrl())).toEqual([]);
    } finally {
      await page.close();
    }
    await t.request({ method: 'POST', url: templatesUrl(), payload: { name: 'hourly-short', frequencyType: 'hourly', retentionCount: 3 } });
    await onAPhone('/policy-templates', (p) => p.locator('tr[data-template=hourly-short]').waitFor(), 'policy-templates-375');
  }, 180_000);

  it('service accounts: the token shown once and gone after a reload, an access key likewise, revoke', async () => {
    const accounts = `/api/v1/accounts/${t.accountId}/service-accounts`;
    const page = await open(1280, '/settings/service-accounts');
    try {
      await page.getByText(/No service accounts yet/).or(page.getByRole('table', { name: 'Service accounts' })).waitFor();
      const before = (await api(accounts) as Json[]).length;
      await page.getByRole('button', { name: 'New service account' }).click();
      const form = page.getByRole('form', { name: 'New service account' });
      await form.getByLabel('Name').fill('x');
      await form.getByRole('button', { name: 'Create and show its token' }).click();
      await form.locator('.field-error[data-field=name]').waitFor();
      expect((await api(accounts) as Json[]).length).toBe(before);

      await form.getByLabel('Name').fill('ops-robot');
      await form.getByLabel('Role').selectOption('operator');
      await form.getByLabel('Every project of the account').uncheck();
      await form.getByLabel('default', { exact: true }).check();
      await form.getByRole('button', { name: 'Create and show its token' }).click();
      const once = page.getByRole('region', { name: 'Token of ops-robot' });
      await once.waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Token of ops-robot');
      expect(await once.innerText()).toContain('You will not see this again');
      const token = await once.getByLabel('Token').inputValue();
      expect(token.length).toBeGreaterThan(20);
      // The token is the service account's: it answers as ops-robot, an operator of the default project.
      expect(await api('/api/v1/whoami', token)).toMatchObject({ name: 'ops-robot', role: 'operator', projects: ['default'] });
      await once.getByRole('button', { name: 'Copy token' }).click();
      await once.getByRole('status').filter({ hasText: /copied|copy it yourself/ }).waitFor();
      const row = page.locator('tr[data-service-account=ops-robot]');
      expect(await row.locator('.role').innerText()).toBe('operator');
      expect(await row.locator('.projects').innerText()).toBe('default');
      await accessible(page);
      await shot(page, 'service-accounts-token-1280');

      // Gone after a reload: the page never had it from the server.
      await page.reload();
      await row.waitFor();
      expect(await page.content()).not.toContain(token);
      expect(await page.getByRole('region', { name: /^Token of/ }).count()).toBe(0);

      // An access key: its secret shown once, revoked again.
      await row.getByRole('button', { name: 'Access keys of ops-robot' }).click();
      await page.getByRole('button', { name: 'Create an access key' }).click();
      const keyOnce = page.getByRole('region', { name: 'Access key of ops-robot' });
      await keyOnce.waitFor();
      const accessKeyId = await keyOnce.getByLabel('Access key id').inputValue();
      const secret = await keyOnce.getByLabel('Secret access key').inputValue();
      const keys = `${accounts}/${(await api(accounts) as Json[]).find((a) => a.name === 'ops-robot')!.id}/access-keys`;
      expect((await api(keys) as Json[]).map((k) => k.accessKeyId)).toEqual([accessKeyId]);
      expect(secret.length).toBeGreaterThan(20);
      await keyOnce.getByRole('button', { name: 'Done: I have copied it' }).click();
      await page.waitForFunction(() => document.activeElement?.textContent === 'New service account');
      expect(await page.content()).not.toContain(secret);
      await page.getByRole('button', { name: `Revoke access key ${accessKeyId}` }).click();
      await page.getByRole('button', { name: 'Revoke it' }).click();
      await page.getByText('No access keys.').waitFor();
      expect(await api(keys)).toEqual([]);

      // Revoking the service account: its token stops working.
      await row.getByRole('button', { name: 'Revoke ops-robot' }).click();
      await row.getByRole('button', { name: 'Revoke it' }).click();
      await row.waitFor({ state: 'detached' });
      expect((await t.request({ method: 'GET', url: '/api/v1/whoami', token })).statusCode).toBe(401);
      await fitsTheWidth(page);
      await accessible(page);
      await shot(page, 'service-accounts-1280');
    } finally {
      await page.close();
    }
    await t.request({ method: 'POST', url: accounts, payload: { name: 'phone-viewer', role: 'viewer' } });
    await onAPhone('/settings/service-accounts', (p) => p.getByRole('table', { name: 'Service accounts' }).waitFor(), 'service-accounts-375');
  }, 180_000);

  it('connection groups: the list and a group\'s details, as the connection-group surface answers them', async () => {
    const page = await open(1280, '/connection-groups');
    try {
      const row = page.locator(`tr[data-group="${groupId}"]`);
      await row.waitFor();
      expect(await row.innerText()).toContain('payments accounts');
      await row.locator('a').click();
      await page.locator('dd.group-id', { hasText: groupId }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/connection-groups/${groupId}`);
      const group = (await cg(t, { url: `${GROUPS}/${groupId}` })).json();
      // The same signed template (the host is the one the browser used).
      const shown = new URL(await page.locator('.template-url').innerText());
      const expected = new URL(group.deployment_template_url);
      expect(shown.pathname + shown.search).toBe(expected.pathname + expected.search);
      expect(await page.locator('h1 .badge').innerText()).toBe(group.status);
      await fitsTheWidth(page);
      await accessible(page);
      await shot(page, 'connection-group-1280');
      await page.getByRole('link', { name: '← Connection groups' }).click();
      await row.waitFor();
      await accessible(page);
      await shot(page, 'connection-groups-1280');
    } finally {
      await page.close();
    }
    await onAPhone('/connection-groups', (p) => p.locator(`tr[data-group="${groupId}"]`).waitFor(), 'connection-groups-375');
    await onAPhone(`/connection-groups/${groupId}`, (p) => p.locator('dd.group-id').waitFor(), 'connection-group-375');
  }, 180_000);

  it('network: the cloud connections and one with its instances, packages and bandwidths', async () => {
    const page = await open(1280, '/network');
    try {
      const row = page.locator('tr[data-network-connection=hub-east]');
      await row.waitFor();
      expect(await row.locator('.attached').innerText()).toContain('1 network instances · 1 bandwidth packages');
      await row.locator('a').click();
      await page.getByRole('heading', { name: /hub-east/ }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/network/${networkId}`);
      await page.locator('tr[data-instance="vpc-cn-north-4-10.0.0.0/16"]').waitFor();
      await page.locator('tr[data-package=bwp-east]').waitFor();
      await fitsTheWidth(page);
      await accessible(page);
      await shot(page, 'network-connection-1280');
      await page.goBack();
      await row.waitFor();
      await accessible(page);
      await shot(page, 'network-1280');
    } finally {
      await page.close();
    }
    await onAPhone('/network', (p) => p.locator('tr[data-network-connection=hub-east]').waitFor(), 'network-375');
    await onAPhone(`/network/${networkId}`, (p) => p.locator('tr[data-package=bwp-east]').waitFor(), 'network-connection-375');
  }, 180_000);

  it('a connection: edit its information, regions and services (a field error writes nothing), rotate its credentials, delete only after typing its name', async () => {
    const created = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody({ name: 'edit-me', description: 'first' }) });
    expect(created.statusCode).toBe(202);
    const id = created.json().id as number;
    const url = `${t.P}/aws/cloud-connections/${id}`;
    const page = await open(1280, `/connections/${id}`);
    try {
      await page.getByRole('heading', { name: /edit-me/ }).waitFor();
      await page.getByRole('button', { name: 'Edit name and description' }).click();
      let form = page.getByRole('form', { name: 'Edit general information' });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Edit general information');
      await form.getByLabel('Name').fill('edited');
      await form.getByLabel('Description').fill('second');
      await form.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { name: /edited/ }).waitFor();
      await page.waitForFunction(() => document.activeElement?.textContent === 'Edit name and description');
      expect(await api(url)).toMatchObject({ name: 'edited', description: 'second' });

      await page.getByRole('button', { name: 'Edit regions and services' }).click();
      form = page.getByRole('form', { name: 'Edit regions and services' });
      await form.getByLabel('Operational regions').fill('us-east-1, mars-north-1');
      await form.getByRole('button', { name: 'Save' }).click();
      await form.locator('.field-error[data-field=operationalRegions]').waitFor();
      const before = await api(url);
      expect(before.operationalRegions).not.toContain('mars-north-1');
      await accessible(page);
      await shot(page, 'connection-edit-field-error-1280');
      await form.getByLabel('Operational regions').fill('us-east-1, eu-west-1');
      await form.getByLabel('Lambda').check();
      await form.getByRole('button', { name: 'Save' }).click();
      await form.waitFor({ state: 'detached' });
      expect(await api(url)).toMatchObject({ operationalRegions: ['us-east-1', 'eu-west-1'] });
      expect((await api(url)).services).toContain('Lambda');

      await page.getByRole('button', { name: 'Rotate credentials' }).click();
      form = page.getByRole('form', { name: 'Rotate credentials' });
      await form.getByLabel('Role ARN').fill('arn:aws:iam::111111111111:role/LifeboatAccess2');
      await form.getByRole('button', { name: 'Rotate and verify' }).click();
      await page.locator('.notice', { hasText: 'Credentials rotated' }).waitFor();
      expect((await api(url)).accessMethod).toMatchObject({ type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/LifeboatAccess2' });
      await fitsTheWidth(page);
      await accessible(page);
      await shot(page, 'connection-edited-1280');

      // Delete: refused until the name is typed exactly.
      await page.getByRole('button', { name: 'Delete…' }).click();
      form = page.getByRole('form', { name: 'Delete edited' });
      const confirm = form.getByRole('button', { name: 'Delete this connection' });
      expect(await confirm.isDisabled()).toBe(true);
      await form.getByLabel(/to confirm/).fill('edite');
      expect(await confirm.isDisabled()).toBe(true);
      await form.getByLabel(/to confirm/).press('Enter');
      expect((await api(url)).status).toBe('enabled');
      await accessible(page);
      await shot(page, 'connection-delete-confirm-1280');
      await form.getByLabel(/to confirm/).fill('edited');
      await confirm.click();
      await page.locator('h1 .badge', { hasText: /^delete|^deleted/ }).waitFor();
      await eventually(async () => (await api(url)).status === 'deleted', 10_000, 'the connection to be deleted');
    } finally {
      await page.close();
    }
    const other = (await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody({ name: 'phone-edit' }) })).json().id as number;
    await onAPhone(`/connections/${other}`, async (p) => {
      await p.getByRole('button', { name: 'Rotate credentials' }).click();
      await p.getByRole('form', { name: 'Rotate credentials' }).waitFor();
    }, 'connection-rotate-375');
  }, 180_000);

  it('the audit trail shows why a write was refused, as the server answered it', async () => {
    const viewer = (await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: 'read-only-rosa', role: 'viewer' } })).json() as { token: string };
    const refused = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, token: viewer.token, payload: connectionBody({ name: 'not-allowed' }) });
    expect(refused.statusCode).toBe(403);
    const invalid = await t.request({ method: 'POST', url: templatesUrl(), payload: { name: 'x', frequencyType: 'daily' } });
    expect(invalid.statusCode).toBe(400);
    const events = await api(`${t.P}/events?result=failure`) as Json[];
    const forbidden = events.find((e) => e.action === 'createAwsCloudConnection' && e.actorName === 'read-only-rosa')!;
    expect(forbidden.reason).toEqual({ code: 'FORBIDDEN', message: refused.json().message });
    const page = await open(1280, '/events');
    try {
      const table = page.getByRole('table', { name: 'Audit events' });
      await table.locator('tbody tr').first().waitFor();
      const row = table.locator('tr[data-action=createAwsCloudConnection][data-result=failure]', { hasText: 'read-only-rosa' }).first();
      expect(await row.locator('.reason').innerText()).toBe(`${refused.json().message} (FORBIDDEN)`);
      const bad = table.locator('tr[data-action=createPolicyTemplate][data-result=failure]').first();
      expect(await bad.locator('.reason').innerText()).toContain(invalid.json().message);
      await accessible(page);
      await shot(page, 'audit-reasons-1280');
    } finally {
      await page.close();
    }
    await onAPhone('/events', (p) => p.getByRole('table', { name: 'Audit events' }).locator('tbody tr').first().waitFor(), 'audit-reasons-375');
  }, 180_000);

  it('the navigation reaches every area, and each is its own deep link', async () => {
    const page = await open(375, '/');
    try {
      for (const [name, at] of [['Policy templates', '/policy-templates'], ['Connection groups', '/connection-groups'], ['Network', '/network'], ['Service accounts', '/settings/service-accounts']] as const) {
        await page.getByRole('navigation').getByRole('link', { name }).click();
        await page.locator('h1').first().waitFor();
        expect(new URL(page.url()).pathname).toBe(at);
        expect(await page.getByRole('navigation').getByRole('link', { name }).getAttribute('aria-current')).toBe('page');
      }
      await fitsTheWidth(page);
    } finally {
      await page.close();
    }
  }, 180_000);
});
