import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AWS_SERVICES, type DiscoveredResource } from '../../src/cloud/provider.ts';
import { DEMO_REGIONS, demoEstate, type SimCloud } from '../../src/cloud/sim/index.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { openSim, roleCredentials, type SimFixture } from './sim-fixture.ts';

async function discoverAccount(sim: SimCloud, accountId: string): Promise<DiscoveredResource[]> {
  const all: DiscoveredResource[] = [];
  for (const region of DEMO_REGIONS) {
    for (const service of AWS_SERVICES) {
      let nextToken: string | undefined;
      do {
        const page = await sim.discover(roleCredentials(accountId), { region, service, nextToken });
        all.push(...page.resources);
        nextToken = page.nextToken;
      } while (nextToken !== undefined);
    }
  }
  return all;
}

async function dumpSimState(fixture: SimFixture) {
  const { db } = fixture.store;
  return {
    accounts: await db.selectFrom('sim_accounts').selectAll().orderBy('account_id').execute(),
    roles: await db.selectFrom('sim_roles').selectAll().orderBy('account_id').orderBy('role_name').execute(),
    keys: await db.selectFrom('sim_access_keys').selectAll().orderBy('access_key_id').execute(),
    resources: await db.selectFrom('sim_resources').selectAll().orderBy('id').execute(),
  };
}

for (const dialect of DIALECTS) {
  describe(`sim demo estate (${dialect})`, () => {
    let fixture: SimFixture;
    let production: DiscoveredResource[];

    beforeAll(async () => {
      fixture = await openSim(dialect);
      await fixture.sim.seedDemoEstate();
      production = await discoverAccount(fixture.sim, '111111111111');
    });
    afterAll(() => fixture.close());

    it('has 40–60 resources of at least 8 types in both regions', () => {
      expect(production.length).toBeGreaterThanOrEqual(40);
      expect(production.length).toBeLessThanOrEqual(60);
      expect(new Set(production.map((r) => r.type)).size).toBeGreaterThanOrEqual(8);
      for (const region of DEMO_REGIONS) {
        const types = new Set(production.filter((r) => r.region === region).map((r) => r.type));
        for (const type of ['ec2:vpc', 'ec2:subnet', 'ec2:security-group', 'ec2:route-table', 'ec2:internet-gateway', 'ec2:nat-gateway', 'ec2:instance', 'ebs:volume', 'rds:db-instance', 's3:bucket', 'lambda:function', 'sqs:queue', 'sns:topic']) {
          expect(types, `${region} ${type}`).toContain(type);
        }
      }
      const types = new Set(production.map((r) => r.type));
      for (const type of ['dynamodb:table', 'elb:load-balancer', 'elb:target-group', 'route53:hosted-zone', 'efs:file-system']) expect(types).toContain(type);
    });

    it('tags every resource with Name, env=prod and one of the two applications', () => {
      for (const resource of production) {
        expect(resource.tags).toMatchObject({ Name: resource.name, env: 'prod' });
        expect(['shop', 'billing']).toContain(resource.tags.app);
      }
      expect(production.filter((r) => r.tags.app === 'shop').length).toBeGreaterThan(10);
      expect(production.filter((r) => r.tags.app === 'billing').length).toBeGreaterThan(10);
    });

    it('has dependencies that all point at resources in the same region, some across the applications', () => {
      const byKey = new Map(production.map((r) => [`${r.region}/${r.resourceId}`, r]));
      let crossApplication = 0;
      for (const resource of production) {
        for (const dependency of resource.dependencies) {
          const target = byKey.get(`${resource.region}/${dependency}`);
          expect(target, `${resource.name} -> ${dependency}`).toBeDefined();
          if (target!.tags.app !== resource.tags.app) crossApplication++;
        }
      }
      expect(crossApplication).toBeGreaterThan(0);
      const web = production.find((r) => r.name === 'shop-web-2')!;
      expect(web.dependencies.map((id) => byKey.get(`us-east-1/${id}`)!.type).sort()).toEqual(['ebs:volume', 'ebs:volume', 'ec2:security-group', 'ec2:subnet']);
    });

    it('carries configuration a recovery could rebuild from', () => {
      const of = (type: string) => production.filter((r) => r.type === type);
      for (const vpc of of('ec2:vpc')) expect(vpc.configuration.cidrBlock).toMatch(/^10\.\d+\.0\.0\/16$/);
      for (const instance of of('ec2:instance')) {
        expect(instance.configuration).toMatchObject({ instanceType: expect.any(String), imageId: expect.stringMatching(/^ami-[0-9a-f]{17}$/) });
      }
      for (const volume of of('ebs:volume')) expect(volume.configuration).toMatchObject({ size: expect.any(Number), volumeType: expect.any(String) });
      for (const db of of('rds:db-instance')) {
        expect(db.configuration).toMatchObject({ engine: expect.any(String), engineVersion: expect.any(String), allocatedStorage: expect.any(Number) });
      }
      for (const table of of('dynamodb:table')) expect(table.configuration.keySchema).toEqual(expect.arrayContaining([expect.objectContaining({ keyType: 'HASH' })]));
      expect(of('ec2:vpc')[0]!.resourceId).toMatch(/^vpc-[0-9a-f]{17}$/);
    });

    it('leaves demo-recovery empty and is the same estate on every build', async () => {
      expect(await discoverAccount(fixture.sim, '222222222222')).toEqual([]);
      expect(demoEstate()).toEqual(demoEstate());
    });

    it('changes nothing when seeded again, and keeps what was changed since', async () => {
      const shopDb = { accountId: '111111111111', region: 'us-east-1', resourceId: 'shop-db' };
      const original = (await fixture.sim.getResource(shopDb))!;
      await fixture.sim.putResource({ ...shopDb, type: 'rds:db-instance', name: 'shop-db', configuration: { ...original.configuration, allocatedStorage: 500 } });
      const before = await dumpSimState(fixture);
      await fixture.sim.seedDemoEstate();
      expect(await dumpSimState(fixture)).toEqual(before);
      expect((await fixture.sim.getResource(shopDb))!.configuration.allocatedStorage).toBe(500);
    });
  });
}
