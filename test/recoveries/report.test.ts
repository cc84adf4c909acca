import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectNativeError } from '../tenancy/native.ts';
import { ESTATE, idOf } from '../assemblies/fixture.ts';
import type { Json } from '../protections/fixture.ts';
import { protectedShop, recover, recoveriesUrl, recoveryDetails, taggedWith, waitForRecovery, waitForReset } from './fixture.ts';

const SCRIPT_NAME = '<script>alert("drill")</script> & co';
const WEB_2 = idOf('us-east-1', 'shop-web-2');
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** GET …/recoveries/{id}/report after drills of the demo shop: JSON and HTML, before and after the reset, with failures. */
for (const dialect of DIALECTS) {
  describe(`recoveries: the drill report [${dialect}]`, () => {
    let t: TestApp;
    let shop: { connectionId: number; assemblyId: number; protectionId: string };
    let names = 0;
    let otherTenant = '';

    beforeAll(async () => {
      t = await startTestApp(dialect);
      // A name is user-controlled: one of the web servers is called like an injection.
      const web2 = ESTATE.find((r) => r.resourceId === WEB_2)!;
      await t.app.sim!.putResource({ ...web2, name: SCRIPT_NAME });
      shop = await protectedShop(t);
      const other = await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'tenant-b' } });
      const admin = await t.request({ method: 'POST', url: `/api/v1/accounts/${other.json().id}/service-accounts`, payload: { name: 'b-admin', role: 'admin' } });
      otherTenant = admin.json().token;
    });
    afterEach(() => t.app.sim!.clearFaults());
    afterAll(() => t.close());

    const url = (id: string, action = '') => `${recoveriesUrl(t, shop.assemblyId)}/${id}${action}`;
    const report = async (id: string): Promise<Json> => {
      const res = await t.request({ method: 'GET', url: url(id, '/report') });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      return res.json();
    };
    const html = async (id: string): Promise<string> => {
      const res = await t.request({ method: 'GET', url: url(id, '/report'), headers: { accept: BROWSER_ACCEPT } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      return res.body;
    };
    const drill = async () => {
      const id = await recover(t, shop.assemblyId, { recoveryName: `report-${++names}` });
      return { id, done: await waitForRecovery(t, shop.assemblyId, id) };
    };
    const resetAndWait = async (id: string) => {
      expect((await t.request({ method: 'POST', url: url(id, '/reset') })).statusCode).toBe(202);
      return waitForReset(t, shop.assemblyId, id);
    };

    it('a same-region drill: every resource, the recovery point and RPO; before the reset it says the reset has not run; after it, zero leftovers', async () => {
      const { id, done } = await drill();
      expect(done.recoveryStatus).toBe('completed');

      const before = await report(id);
      expect(before).toMatchObject({
        recoveryId: id, cloudAssemblyId: shop.assemblyId, cloudAssemblyName: 'shop', recoveryStatus: 'completed', recoveryScope: 'same-region', targetRegion: 'us-east-1',
        recoveryPoint: { protectionId: shop.protectionId }, targets: { rtoTargetMinutes: null, rpoTargetMinutes: null }, validation: { status: 'passed' }, timing: 'measured',
        reset: { status: 'not-run', leftovers: null, leftoversError: null, deletedCount: 0 },
      });
      expect(before.reset.message).toMatch(/^The reset has not run/);
      const protection = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-assemblies/${shop.assemblyId}/protections/${shop.protectionId}` })).json();
      expect(before.recoveryPoint.protectionTimestamp).toBe(protection.createdAt);
      // The same measurements as the recovery's own answer, and the validation's checks.
      expect(before.measured).toEqual({ rtoSeconds: done.rtoSeconds, rpoSeconds: done.rpoSeconds });
      expect(before.measured.rtoSeconds).toEqual(expect.any(Number));
      expect(before.validation.checks.map((c: Json) => c.name)).toEqual(done.validation.checks.map((c: Json) => c.name));
      for (const r of before.resources.filter((x: Json) => x.outcome === 'recovered')) expect(r.startedAt, r.sourceResourceId).toEqual(expect.any(String));
      expect(before.checks).toEqual(done.checks);
      expect(before.checks.length).toBeGreaterThan(0);
      expect(before.resources.map((r: Json) => r.sourceResourceId)).toEqual(done.resources.map((r: Json) => r.sourceResourceId));
      for (const r of before.resources) {
        const mapped = done.resources.find((d: Json) => d.sourceResourceId === r.sourceResourceId);
        expect(r).toMatchObject({ action: mapped.action, status: 'recovered', outcome: 'recovered', error: null, recoveredResourceId: mapped.recoveredResourceId, startedAt: mapped.startedAt, durationSeconds: expect.any(Number) });
      }
      expect(before.summary).toEqual({ total: done.resourceCount, recovered: done.recoveredCount, mapped: 0, failed: 0, skipped: 0, blocked: 0 });
      const page = await html(id);
      expect(page).toContain('The reset has not run');
      expect(page).not.toContain('No per-resource timing was recorded');

      expect((await resetAndWait(id)).status).toBe('completed');
      const after = await report(id);
      expect(after.reset).toMatchObject({ status: 'completed', leftovers: { count: 0, regions: ['us-east-1'], resources: [] }, leftoversError: null, requestedBy: 'instance-admin' });
      expect(after.reset.deletedCount).toBe(done.resourceCount);
      expect(after.reset.message).toMatch(/No resource carries the recovery's tag any more/);
      // The reset deleted them; the report still says what the recovery did.
      expect(after.resources.every((r: Json) => r.status === 'deleted' && r.outcome === 'recovered')).toBe(true);
      expect(await html(id)).toContain('<strong>Leftovers: 0</strong>');
    });

    it('HTML: one self-contained page that escapes user-controlled strings; a bar per resource; no script, no external reference', async () => {
      const { id, done } = await drill();
      const page = await html(id);
      expect(page.startsWith('<!doctype html>')).toBe(true);
      expect(page).toContain('&lt;script&gt;alert(&quot;drill&quot;)&lt;/script&gt; &amp; co');
      expect(page).not.toContain(SCRIPT_NAME);
      expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href=/i);
      // The SVG's namespace is a name, not a request: nothing else names a host.
      expect(page.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:\/\//);
      expect(page.match(/<rect x="[\d.]+" y="\d+" width="[\d.]+" height="10" rx="2"/g)).toHaveLength(done.resourceCount);
      const res = await t.request({ method: 'GET', url: url(id, '/report'), headers: { accept: 'text/html' } });
      expect(res.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
      await resetAndWait(id);
    });

    it('a resource the cloud refuses shows as failed with its error, in JSON and HTML', async () => {
      const subnet = idOf('us-east-1', 'shop-private-1b');
      await t.app.sim!.addFault({ operation: 'recreate', match: { resourceId: subnet }, errorCode: 'InternalError' });
      const { id, done } = await drill();
      expect(done.recoveryStatus).toBe('partially-completed');
      const json = await report(id);
      const failed = json.resources.find((r: Json) => r.sourceResourceId === subnet);
      expect(failed).toMatchObject({ outcome: 'failed', status: 'failed', recoveredResourceId: null });
      expect(failed.error).toMatch(/^InternalError: /);
      expect(json.summary.failed).toBe(1);
      expect(json.summary.skipped).toBe(done.skippedCount);
      expect(json.resources.filter((r: Json) => r.outcome === 'skipped').length).toBe(done.skippedCount);
      const page = await html(id);
      expect(page).toContain('partially-completed');
      expect(page).toContain(`<span class="bad">${failed.error.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;')}</span>`);
      // Its bar is red, and says why when hovered.
      expect(page).toMatch(/fill="#c62828"><title>shop-private-1b \(ec2:subnet\): failed, [^<]*— InternalError: /);
      expect((await resetAndWait(id)).status).toBe('completed');
    });

    it('a reset the cloud refuses: the report lists what is still tagged with the recovery', async () => {
      const { id, done } = await drill();
      const volume = done.resources.find((r: Json) => r.type === 'ebs:volume');
      await t.app.sim!.addFault({ operation: 'deleteResource', match: { resourceId: volume.recoveredResourceId }, errorCode: 'InternalError' });
      expect((await resetAndWait(id)).status).toBe('failed');
      const json = await report(id);
      expect(json.reset).toMatchObject({ status: 'failed', leftovers: { count: 1, resources: [{ resourceId: volume.recoveredResourceId, type: 'ebs:volume', region: 'us-east-1' }] } });
      expect((await taggedWith(t, id)).map((r) => r.resource_id)).toEqual([volume.recoveredResourceId]);
      expect(await html(id)).toContain('<strong>Leftovers: 1</strong>');
      await t.app.sim!.clearFaults();
      expect((await resetAndWait(id)).status).toBe('completed');
      expect((await report(id)).reset.leftovers.count).toBe(0);
    });

    it('the cloud unreachable for the leftovers: the report still answers, and says so', async () => {
      const list = (await t.request({ method: 'GET', url: recoveriesUrl(t, shop.assemblyId) })).json();
      const id = list.find((r: Json) => r.resetStatus === 'completed').id as string;
      await t.app.sim!.addFault({ operation: 'listRecoveryResources', errorCode: 'AccessDenied' });
      const json = await report(id);
      expect(json.reset.leftovers).toBeNull();
      expect(json.reset.leftoversError).toMatch(/^The target account could not be asked for leftovers: AccessDenied/);
    });

    it('JSON unless the client ranks HTML higher; 404 for an unknown recovery; another tenant sees nothing', async () => {
      const id = (await t.request({ method: 'GET', url: recoveriesUrl(t, shop.assemblyId) })).json()[0].id as string;
      for (const accept of [undefined, '*/*', 'application/json', 'application/json, text/html', 'text/html;q=0.5, application/json']) {
        const res = await t.request({ method: 'GET', url: url(id, '/report'), headers: accept ? { accept } : {} });
        expect(res.headers['content-type'], accept).toMatch(/^application\/json/);
      }
      expect((await t.request({ method: 'GET', url: url(id, '/report'), headers: { accept: 'application/json;q=0.5, text/html' } })).headers['content-type']).toMatch(/^text\/html/);
      const missing = expectNativeError(await t.request({ method: 'GET', url: url('rec-00000000000000000000', '/report') }), 404);
      expect(missing.message).toContain('rec-00000000000000000000');
      const foreign = await t.request({ method: 'GET', url: url(id, '/report'), token: otherTenant });
      expect([403, 404]).toContain(foreign.statusCode);
      expect(foreign.body).not.toContain(id);
      expect(foreign.body).not.toContain('shop');
      expect((await recoveryDetails(t, shop.assemblyId, id)).id).toBe(id);
    });

    it('the OpenAPI document gives both media types', async () => {
      const doc = (await t.request({ method: 'GET', url: '/openapi.json' })).json();
      const path = Object.keys(doc.paths).find((p) => p.endsWith('/recoveries/{id}/report'))!;
      const op = doc.paths[path].get;
      expect(op.operationId).toBe('getAwsCloudAssemblyRecoveryReport');
      expect(Object.keys(op.responses['200'].content).sort()).toEqual(['application/json', 'text/html']);
      expect(op.responses['200'].content['application/json'].schema.properties.reset).toBeDefined();
    });
  });
}
