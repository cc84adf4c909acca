import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError, expectNativeError } from '../tenancy/native.ts';
import { assembliesOf, idOf, makeAssembly, makeConnection } from './fixture.ts';

/** POST …/resources/preview: what a filter being edited would select, on the assembly's connection and region; nothing saved. */
for (const dialect of DIALECTS) {
  describe(`cloud assemblies: the live preview of an edited filter [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    let assembly: { id: number; [key: string]: unknown };

    beforeAll(async () => {
      t = await startTestApp(dialect);
      base = assembliesOf(t);
      const conn = await makeConnection(t);
      assembly = await makeAssembly(t, conn, { name: 'edited', replicaRegions: [] });
    });
    afterAll(() => t.close());

    const preview = (payload: Record<string, unknown>, url = `${base}/${assembly.id}/resources/preview`) => t.request({ method: 'POST', url, payload });

    it('answers what the new filter selects, with its dependency warnings, and leaves the assembly as it was', async () => {
      const before = await t.request({ method: 'GET', url: `${base}/${assembly.id}` });
      const saved = (await t.request({ method: 'GET', url: `${base}/${assembly.id}/resources` })).json();
      const one = await preview({ resourceFilterStrategy: { filterType: 'tags', conditions: 'match-all-tags', tags: [{ key: 'app', value: 'shop' }, { key: 'Name', value: 'shop-db' }] } });
      expect(one.statusCode, one.body).toBe(200);
      const body = one.json();
      expect(body.resources.map((r: { name: string }) => r.name)).toEqual(['shop-db']);
      expect(body.resourceCount).toBe(1);
      expect(body.resourceCount).toBeLessThan(saved.resourceCount);
      // The database's security group lets in billing's invoicer group: the same warning GET …/resources gives.
      const manual = await preview({ resourceFilterStrategy: { filterType: 'manual', resources: [idOf('us-east-1', 'shop-db-sg'), 'i-nothere'] } });
      expect(manual.statusCode, manual.body).toBe(200);
      expect(manual.json().unknownResourceIds).toEqual(['i-nothere']);
      expect(manual.json().dependencyWarnings.map((w: { missingDependency: string }) => w.missingDependency)).toContain(idOf('us-east-1', 'billing-invoicer-sg'));
      const after = await t.request({ method: 'GET', url: `${base}/${assembly.id}` });
      expect(after.headers.etag).toBe(before.headers.etag);
      expect(after.json().resourceFilterStrategy).toEqual(before.json().resourceFilterStrategy);
      expect((await t.request({ method: 'GET', url: `${base}/${assembly.id}/resources` })).json().resourceCount).toBe(saved.resourceCount);
    });

    it('is a read: the live preview (a request per keystroke pause) leaves no audit event', async () => {
      const events = async () => ((await t.request({ method: 'GET', url: `/api/v1/accounts/${t.accountId}/events`, headers: { range: 'items=1-1000' } })).json() as { action: string }[])
        .filter((e: { action: string }) => e.action === 'previewAwsCloudAssemblyFilter');
      const answer = await preview({ resourceFilterStrategy: { filterType: 'vpc', vpcId: 'vpc-0123456789abcdef0' } });
      expect(answer.statusCode, answer.body).toBe(200);
      expect(await events()).toEqual([]);
    });

    it('refuses a bad filter with 400 naming the field', async () => {
      expectFieldError(await preview({ resourceFilterStrategy: { filterType: 'tags', conditions: 'match-all-tags', tags: [] } }), 'resourceFilterStrategy.tags');
      expectFieldError(await preview({ resourceFilterStrategy: { filterType: 'vpc', vpcId: 'not-a-vpc' } }), 'resourceFilterStrategy.vpcId');
      expectNativeError(await preview({}), 400, 'validation');
    });

    it('answers 404 for an assembly of another project, or none', async () => {
      const filter = { resourceFilterStrategy: { filterType: 'vpc', vpcId: 'vpc-0123456789abcdef0' } };
      await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects`, payload: { id: 'staging' } });
      expectNativeError(await preview(filter, `${base}/987654/resources/preview`), 404, 'not-found');
      expectNativeError(await preview(filter, `${assembliesOf(t, 'staging')}/${assembly.id}/resources/preview`), 404, 'not-found');
    });
  });
}
