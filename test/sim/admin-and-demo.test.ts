import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';

for (const dialect of DIALECTS) {
  describe(`sim admin roles and quotas; the demo's two connections (${dialect})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_DEMO: 'true' });
    });
    afterAll(() => t.close());

    it('creates demo-aws and demo-aws-dr (222222222222, us-east-1 and us-west-2), both verified and synced', async () => {
      const connections = await eventually(async () => {
        const list = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections` })).json() as Array<{
          name: string; connectivityStatus: string; lastSync: string | null; accessMethod: { roleArn?: string }; operationalRegions: string[];
        }>;
        const ready = list.filter((c) => c.connectivityStatus === 'success' && c.lastSync);
        return ready.length === 2 ? list : undefined;
      }, 20_000, 'both demo connections verified and synced');
      const dr = connections.find((c) => c.name === 'demo-aws-dr');
      expect(dr).toMatchObject({ accessMethod: { roleArn: 'arn:aws:iam::222222222222:role/LifeboatAccess' }, operationalRegions: ['us-east-1', 'us-west-2'] });
      expect(connections.map((c) => c.name).sort()).toEqual(['demo-aws', 'demo-aws-dr']);
    });

    it("discovers every service the demo estate uses, so the shop's DNS zone is in what app=shop selects", async () => {
      const list = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections` })).json() as Array<{ id: number; name: string; services: string[] }>;
      const demo = list.find((c) => c.name === 'demo-aws')!;
      expect(demo.services).toEqual(expect.arrayContaining(['Route53', 'EFS']));
      const all = await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${demo.id}/resources`, headers: { range: 'items=1-500' } });
      const resources = all.json() as Array<{ type: string }>;
      // What the README tells a newcomer the demo discovers.
      expect(all.headers['content-range']).toBe('items 1-51/51');
      expect(new Set(resources.map((r) => r.type)).size).toBe(18);
      expect(resources.map((r) => r.type)).toEqual(expect.arrayContaining(['route53:hosted-zone', 'efs:file-system']));
      const shop = await t.request({ method: 'GET', url: `${t.P}/aws/cloud-assemblies/1/resources`, headers: { range: 'items=1-500' } });
      expect((shop.json() as { resources: Array<{ type: string }> }).resources.map((r) => r.type)).toContain('route53:hosted-zone');
    });

    it('puts a role with actions and regions, naming a bad field with 400', async () => {
      const bad = await t.request({ method: 'PUT', url: '/api/v1/sim/roles', payload: { accountId: '222222222222', roleName: 'Narrow', actions: ['CreateVpc'] } });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('actions');
      const body = { accountId: '222222222222', roleName: 'Narrow', externalId: null, actions: ['sqs:CreateQueue'], regions: ['us-east-1'] };
      const put = await t.request({ method: 'PUT', url: '/api/v1/sim/roles', payload: body });
      expect(put.statusCode).toBe(200);
      expect(put.json()).toEqual(body);
      const unknown = await t.request({ method: 'PUT', url: '/api/v1/sim/roles', payload: { ...body, accountId: '333333333333' } });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.body).toContain('accountId');
      await expect(t.app.sim!.recreate({ type: 'iam-role', roleArn: 'arn:aws:iam::222222222222:role/Narrow', externalId: 'x' }, {
        region: 'us-east-1', recoveryId: 'rec-admin', sourceResourceId: 'vpc-1', type: 'ec2:vpc', name: 'v', configuration: {}, tags: {}, dependencies: [],
      })).rejects.toMatchObject({ cloudCode: 'UnauthorizedOperation' });
    });

    it("overrides a quota and reports it with the demo account's raised defaults", async () => {
      const read = async () => (await t.request({ method: 'GET', url: '/api/v1/sim/quotas?accountId=222222222222&region=us-west-2' })).json() as Array<{ quota: string; limit: number; used: number }>;
      expect((await read()).find((q) => q.quota === 'on-demand-vcpus')).toMatchObject({ limit: 256, used: 0 });
      const put = await t.request({ method: 'PUT', url: '/api/v1/sim/quotas', payload: { accountId: '222222222222', region: 'us-west-2', quota: 'vpcs', limit: 1 } });
      expect(put.statusCode).toBe(200);
      expect((await read()).find((q) => q.quota === 'vpcs')).toMatchObject({ limit: 1, used: 0 });
      const bad = await t.request({ method: 'PUT', url: '/api/v1/sim/quotas', payload: { accountId: '222222222222', region: 'us-west-2', quota: 'lambdas', limit: 1 } });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('quota');
    });
  });
}
