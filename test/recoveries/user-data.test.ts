import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { assemblyUrl, dbOf, protectionsUrl, type Json } from '../protections/fixture.ts';
import { protectedShop, recover, recoveriesUrl, startRecovery, taggedWith, waitForRecovery } from './fixture.ts';

// An instance's user data (its boot script, which often holds secrets) is captured, kept sealed at rest, given back to
// the recovered instance at launch, and never shown: API answers carry only `userDataCaptured: true`, logs nothing.
for (const dialect of DIALECTS) {
  describe(`instance user data [${dialect}]`, () => {
    let t: TestApp;
    let shop: { connectionId: number; assemblyId: number; protectionId: string };
    /** The demo's instances in the simulated cloud, with the user data the cloud keeps for them (base64, and its text). */
    let sources: Array<{ resourceId: string; userData: string; secret: string }>;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      shop = await protectedShop(t);
      const rows = await dbOf(t).selectFrom('sim_resources').select(['resource_id', 'configuration']).where('type', '=', 'ec2:instance').where('account_id', '=', '111111111111').execute();
      sources = rows.map((r) => {
        const userData = JSON.parse(r.configuration).userData as string;
        return { resourceId: r.resource_id, userData, secret: /APP_SECRET=(\S+)/.exec(Buffer.from(userData, 'base64').toString('utf8'))![1]! };
      });
      expect(sources.length).toBeGreaterThan(0);
    });
    afterAll(() => t.close());

    const leaks = (text: string) => sources.filter((s) => text.includes(s.userData) || text.includes(s.secret));

    it('the catalog keeps it sealed: no catalog, protection or recovery row holds it in clear, only the marker and the sealed form', async () => {
      const db = dbOf(t);
      for (const table of ['inventory_resources', 'protection_resources']) {
        const rows = await eventually(async () => {
          const found = await db.selectFrom(table).select(['resource_id', 'configuration']).where('type', '=', 'ec2:instance').execute();
          return found.length > 0 ? found : undefined;
        }, 10_000, `${table} to hold the instances`);
        for (const row of rows) {
          expect(leaks(row.configuration)).toEqual([]);
          expect(JSON.parse(row.configuration)).toMatchObject({ userDataCaptured: true, userDataSealed: expect.stringMatching(/^v1\./) });
        }
      }
    });

    it('API answers show only userDataCaptured: true (inventory, assembly resources, protection, plan), never the data nor its sealed form', async () => {
      const inventory = await eventually(async () => {
        const res = await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${shop.connectionId}/resources?type=ec2:instance` });
        expect(res.statusCode, res.body).toBe(200);
        return (res.json() as Json[]).length > 0 ? res : undefined;
      }, 10_000, 'the inventory lists the instances');
      const instances = inventory.json() as Json[];
      for (const instance of instances) {
        expect(instance.configuration.userDataCaptured).toBe(true);
        expect(instance.configuration).not.toHaveProperty('userData');
        expect(instance.configuration).not.toHaveProperty('userDataSealed');
      }
      const answers = [
        inventory,
        await t.request({ method: 'GET', url: `${assemblyUrl(t, shop.assemblyId)}/resources` }),
        await t.request({ method: 'GET', url: `${protectionsUrl(t, shop.assemblyId)}/${shop.protectionId}` }),
        await startRecovery(t, shop.assemblyId, { recoveryName: 'plan', dryRun: true }),
      ];
      for (const answer of answers) {
        expect(answer.statusCode, answer.body).toBeLessThan(300);
        expect(leaks(answer.body)).toEqual([]);
        expect(answer.body).not.toContain('userDataSealed');
      }
      expect(answers[3]!.body).toContain('"userDataCaptured":true');
    });

    it('a recovered instance is launched with the source\'s user data; the recovery\'s answers and the logs never show it', async () => {
      const id = await recover(t, shop.assemblyId, { recoveryName: 'user-data' });
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(done.recoveryStatus).toBe('completed');
      const recovered = (await taggedWith(t, id)).filter((r) => r.type === 'ec2:instance');
      expect(recovered.length).toBeGreaterThan(0);
      for (const row of recovered) {
        const source = JSON.parse(row.tags)['lifeboat:source-id'] as string;
        expect(JSON.parse(row.configuration).userData).toBe(sources.find((s) => s.resourceId === source)!.userData);
      }
      const details = await t.request({ method: 'GET', url: `${recoveriesUrl(t, shop.assemblyId)}/${id}` });
      expect(leaks(details.body)).toEqual([]);
      expect(leaks(t.logs.join('\n'))).toEqual([]);
    });
  });
}
