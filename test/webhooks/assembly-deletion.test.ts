import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';

/** An assembly's webhooks (and their delivery logs) go with the assembly, and its policies too. */
for (const dialect of DIALECTS) {
  describe(`deleting an assembly drops its webhooks and policies [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'true' });
    });
    afterAll(() => t.close());

    it('leaves no webhook, delivery or policy row behind', async () => {
      const c = (await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody() })).json();
      const a = (await t.request({
        method: 'POST', url: `${t.P}/aws/cloud-assemblies`,
        payload: { name: 'short-lived', cloudConnectionId: c.id, sourceRegion: 'us-east-1', resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-db'] } },
      })).json();
      const base = `${t.P}/aws/cloud-assemblies/${a.id}`;
      expect((await t.request({ method: 'POST', url: `${base}/webhooks`, payload: { webhookType: 'post-protection', url: 'http://127.0.0.1:9/x' } })).statusCode).toBe(201);
      expect((await t.request({ method: 'POST', url: `${base}/protection-policies`, payload: { name: 'gone-too', frequencyType: 'daily' } })).statusCode).toBe(201);
      expect((await t.request({ method: 'DELETE', url: base })).statusCode).toBe(202);
      await eventually(async () => (await t.request({ method: 'GET', url: base })).json().status === 'deleted', 10_000, 'deleted');
      const webhooks = await t.app.store.db.selectFrom('webhooks').select('id').where('assembly_id', '=', a.id).execute();
      const policies = await t.app.store.db.selectFrom('protection_policies').select('id').where('assembly_id', '=', a.id).execute();
      expect(webhooks).toEqual([]);
      expect(policies).toEqual([]);
      // The name of the policy is free again in the project.
      const other = (await t.request({
        method: 'POST', url: `${t.P}/aws/cloud-assemblies`,
        payload: { name: 'next-one', cloudConnectionId: c.id, sourceRegion: 'us-east-1', resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-db'] } },
      })).json();
      expect((await t.request({ method: 'POST', url: `${t.P}/aws/cloud-assemblies/${other.id}/protection-policies`, payload: { name: 'gone-too', frequencyType: 'daily' } })).statusCode).toBe(201);
    });
  });
}
