import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectNativeError } from '../tenancy/native.ts';
import { assembliesOf, connectionsOf, DEMO_ACCOUNT, ESTATE, idOf, makeAssembly, makeConnection, visibleIn } from './fixture.ts';
import { publicConfiguration } from '../../src/platform/user-data.ts';

interface Selected {
  resourceId: string; arn: string; type: string; service: string; region: string; name: string;
  configuration: Record<string, unknown>; tags: Record<string, string>; dependencies: string[];
}
interface Preview {
  resourceCount: number;
  resources: Selected[];
  capturedDependencies: Selected[];
  dependencyWarnings: Array<{ resourceId: string; missingDependency: string; missingType: string | null; outcome: string; message: string }>;
  unknownResourceIds: string[];
}

const sorted = (values: string[]) => [...values].sort();
const SHOP_VPC = idOf('us-east-1', 'shop-prod-vpc');
const BILLING_VPC = idOf('us-west-2', 'billing-prod-vpc');

/** GET …/resources: the dry run of an assembly's filter, through the (simulated) cloud, against the demo estate. */
for (const dialect of DIALECTS) {
  describe(`cloud assemblies: what the filter selects now [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    let conn: number;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      base = assembliesOf(t);
      conn = await makeConnection(t);
    });
    afterAll(() => t.close());

    let counter = 0;
    /** A fresh assembly with the filter, and its dry run. */
    async function preview(resourceFilterStrategy: Record<string, unknown>, overrides: Record<string, unknown> = {}): Promise<Preview> {
      const assembly = await makeAssembly(t, conn, { name: `preview-${++counter}`, resourceFilterStrategy, replicaRegions: [], ...overrides });
      const res = await t.request({ method: 'GET', url: `${base}/${assembly.id}/resources` });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as Preview;
      expect(body.resourceCount).toBe(body.resources.length);
      return body;
    }
    const names = (p: Preview) => sorted(p.resources.map((r) => r.name));
    const tagged = (region: string, test: (tags: Record<string, string>) => boolean) => sorted(visibleIn(region).filter((r) => test(r.tags ?? {})).map((r) => r.name!));

    it("tags, match-any: every app=shop resource of the source region that the connection's services see, and only those", async () => {
      const p = await preview({ filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] });
      expect(names(p)).toEqual(tagged('us-east-1', (tags) => tags.app === 'shop'));
      expect(p.resourceCount).toBe(20);
      for (const r of p.resources) {
        expect(r.tags.app).toBe('shop');
        expect(r.region).toBe('us-east-1');
        const seeded = ESTATE.find((e) => e.region === 'us-east-1' && e.resourceId === r.resourceId)!;
        expect(r).toMatchObject({ name: seeded.name, type: seeded.type, configuration: publicConfiguration(seeded.configuration ?? {}), dependencies: seeded.dependencies ?? [] });
        expect(r.arn).toMatch(new RegExp(`^arn:aws:[a-z0-9-]+:(us-east-1:${DEMO_ACCOUNT})?:`));
      }
      // Not the shop bucket's replica in us-west-2: another region.
      expect(names(p)).not.toContain('lifeboat-demo-shop-assets-replica');
      expect(p.unknownResourceIds).toEqual([]);
    });

    it('a dependency the filter leaves out is captured as configuration: the shop database group lets in billing\'s invoicer group', async () => {
      const p = await preview({ filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] });
      const invoicer = idOf('us-east-1', 'billing-invoicer-sg');
      expect(p.dependencyWarnings).toEqual([{
        resourceId: idOf('us-east-1', 'shop-db-sg'), missingDependency: invoicer, missingType: 'ec2:security-group', outcome: 'captured-as-configuration',
        message: `ec2:security-group ${invoicer} is outside the selection: captured as configuration (no data snapshot)`,
      }]);
      expect(p.capturedDependencies.map((r) => r.resourceId)).toEqual([invoicer]);
    });

    it('tags, match-all: every tag must match', async () => {
      const one = await preview({ filterType: 'tags', conditions: 'match-all-tags', tags: [{ key: 'app', value: 'shop' }, { key: 'Name', value: 'shop-db' }] });
      expect(names(one)).toEqual(['shop-db']);
      // Its own dependencies, then theirs (the closure): every one in the region, so every one captured.
      expect(sorted(one.dependencyWarnings.filter((w) => w.resourceId === 'shop-db').map((w) => `${w.missingType} ${w.missingDependency}`))).toEqual(sorted([
        `ec2:subnet ${idOf('us-east-1', 'shop-private-1a')}`, `ec2:subnet ${idOf('us-east-1', 'shop-private-1b')}`, `ec2:security-group ${idOf('us-east-1', 'shop-db-sg')}`,
      ]));
      expect(one.dependencyWarnings.every((w) => w.outcome === 'captured-as-configuration')).toBe(true);
      expect(sorted(one.capturedDependencies.map((r) => r.name))).toEqual(sorted([
        'shop-private-1a', 'shop-private-1b', 'shop-db-sg', 'shop-prod-vpc', 'shop-web-sg', 'billing-invoicer-sg', 'shop-alb-sg',
      ]));
      const prod = await preview({ filterType: 'tags', conditions: 'match-all-tags', tags: [{ key: 'app', value: 'billing' }, { key: 'env', value: 'prod' }] });
      expect(names(prod)).toEqual(tagged('us-east-1', (tags) => tags.app === 'billing' && tags.env === 'prod'));
      const none = await preview({ filterType: 'tags', conditions: 'match-all-tags', tags: [{ key: 'app', value: 'shop' }, { key: 'app', value: 'billing' }] });
      expect(none).toEqual({ resourceCount: 0, resources: [], capturedDependencies: [], dependencyWarnings: [], unknownResourceIds: [] });
    });

    it('tags, match-any: one matching tag is enough; values are exact', async () => {
      const p = await preview({ filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'billing' }, { key: 'Name', value: 'shop-db' }] });
      expect(names(p)).toEqual(sorted(['billing-invoicer-sg', 'billing-invoices', 'shop-db']));
      for (const r of p.resources) expect(r.tags.app === 'billing' || r.tags.Name === 'shop-db').toBe(true);
      expect((await preview({ filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'Shop' }] })).resourceCount).toBe(0);
    });

    it("selects nothing of a service the connection may not use: billing's invoicer Lambda is not there", async () => {
      const p = await preview({ filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'billing' }] });
      expect(names(p)).toEqual(['billing-invoicer-sg', 'billing-invoices']);
      expect(p.resources.map((r) => r.type)).not.toContain('lambda:function');
    });

    it('vpc: the VPC, its subnets, gateways, route tables and groups, the instances through their subnets and the database through its subnet group', async () => {
      const p = await preview({ filterType: 'vpc', vpcId: SHOP_VPC });
      const selected = names(p);
      for (const name of [
        'shop-prod-vpc', 'shop-public-1a', 'shop-public-1b', 'shop-private-1a', 'shop-private-1b', 'shop-prod-vpc-igw', 'shop-prod-vpc-nat',
        'shop-prod-vpc-public', 'shop-prod-vpc-private', 'shop-alb-sg', 'shop-web-sg', 'shop-db-sg', 'billing-invoicer-sg', 'shop-web-1', 'shop-web-2', 'shop-db',
      ]) expect(selected, name).toContain(name);
      // Membership: the VPC itself, or vpcId, or a dependency that is selected, or a volume a selected instance uses.
      const chosen = new Set(p.resources.map((r) => r.resourceId));
      const usedVolumes = new Set(p.resources.flatMap((r) => r.dependencies));
      for (const r of p.resources) {
        const member = r.resourceId === SHOP_VPC || r.configuration.vpcId === SHOP_VPC || r.dependencies.some((d) => chosen.has(d))
          || (r.type === 'ebs:volume' && usedVolumes.has(r.resourceId));
        expect(member, r.name).toBe(true);
      }
      // Not in any VPC: the tables and the bucket.
      for (const name of ['shop-sessions', 'billing-invoices', 'lifeboat-demo-shop-assets']) expect(selected).not.toContain(name);
      expect(p.unknownResourceIds).toEqual([]);
    });

    it("vpc: takes the EBS volumes of the VPC's instances (their data is what protecting the instances is for)", async () => {
      const p = await preview({ filterType: 'vpc', vpcId: SHOP_VPC });
      expect(names(p)).toEqual(expect.arrayContaining(['shop-web-1-root', 'shop-web-2-root', 'shop-web-2-data-f']));
      expect(p.dependencyWarnings.filter((w) => w.missingType === 'ebs:volume')).toEqual([]);
    });

    it('vpc in the other region: the billing VPC of us-west-2, without the buckets', async () => {
      const p = await preview({ filterType: 'vpc', vpcId: BILLING_VPC }, { sourceRegion: 'us-west-2' });
      const selected = names(p);
      for (const name of ['billing-prod-vpc', 'billing-private-2a', 'billing-worker-1', 'billing-ledger', 'billing-ledger-sg']) expect(selected).toContain(name);
      for (const name of ['lifeboat-demo-billing-reports', 'lifeboat-demo-shop-assets-replica']) expect(selected).not.toContain(name);
      for (const r of p.resources) expect(r.region).toBe('us-west-2');
      // The shop VPC is not in us-west-2: an assembly there selects nothing of it.
      expect((await preview({ filterType: 'vpc', vpcId: SHOP_VPC }, { sourceRegion: 'us-west-2' })).resourceCount).toBe(0);
    });

    it('vpc that does not exist: nothing, and no warnings', async () => {
      expect(await preview({ filterType: 'vpc', vpcId: 'vpc-0123456789abcdef0' })).toEqual({ resourceCount: 0, resources: [], capturedDependencies: [], dependencyWarnings: [], unknownResourceIds: [] });
    });

    it('manual: the ids that exist, the ones that do not (or are in another region) in unknownResourceIds, and what they need', async () => {
      const web1 = idOf('us-east-1', 'shop-web-1');
      const p = await preview({ filterType: 'manual', resourceIds: ['shop-db', web1, 'billing-ledger', 'no-such-db'] });
      expect(p.resources.map((r) => r.name)).toEqual(['shop-db', 'shop-web-1']);
      expect(p.unknownResourceIds).toEqual(['billing-ledger', 'no-such-db']);
      const warnings = sorted(p.dependencyWarnings.filter((w) => ['shop-db', web1].includes(w.resourceId)).map((w) => `${w.resourceId} → ${w.missingType} ${w.missingDependency}`));
      expect(warnings).toEqual(sorted([
        `shop-db → ec2:subnet ${idOf('us-east-1', 'shop-private-1a')}`,
        `shop-db → ec2:subnet ${idOf('us-east-1', 'shop-private-1b')}`,
        `shop-db → ec2:security-group ${idOf('us-east-1', 'shop-db-sg')}`,
        `${web1} → ec2:subnet ${idOf('us-east-1', 'shop-private-1a')}`,
        `${web1} → ec2:security-group ${idOf('us-east-1', 'shop-web-sg')}`,
        `${web1} → ebs:volume ${idOf('us-east-1', 'shop-web-1-root')}`,
      ]));
    });

    it('manual: a complete selection has no warnings; ids that all miss select nothing', async () => {
      const db = await preview({ filterType: 'manual', resourceIds: ['shop-db', idOf('us-east-1', 'shop-private-1a'), idOf('us-east-1', 'shop-private-1b'), idOf('us-east-1', 'shop-db-sg'),
        idOf('us-east-1', 'shop-web-sg'), idOf('us-east-1', 'billing-invoicer-sg'), idOf('us-east-1', 'shop-alb-sg'), SHOP_VPC] });
      expect(db.resourceCount).toBe(8);
      expect(db.dependencyWarnings).toEqual([]);
      const none = await preview({ filterType: 'manual', resourceIds: ['ghost-1', 'ghost-2'] });
      expect(none).toEqual({ resourceCount: 0, resources: [], capturedDependencies: [], dependencyWarnings: [], unknownResourceIds: ['ghost-1', 'ghost-2'] });
    });

    it('answers 404 for an assembly that does not exist or is in another project', async () => {
      expectNativeError(await t.request({ method: 'GET', url: `${base}/987654/resources` }), 404, 'not-found');
      const mine = await makeAssembly(t, conn, { name: 'not-in-staging' });
      await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects`, payload: { id: 'staging' } });
      expectNativeError(await t.request({ method: 'GET', url: `${assembliesOf(t, 'staging')}/${mine.id}/resources` }), 404, 'not-found');
    });

    it('a disabled assembly can still be previewed', async () => {
      const assembly = await makeAssembly(t, conn, { name: 'disabled-one', resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-sessions'] } });
      await t.request({ method: 'PUT', url: `${base}/${assembly.id}/status`, payload: { status: 'disabled' } });
      const res = await t.request({ method: 'GET', url: `${base}/${assembly.id}/resources` });
      expect(res.statusCode).toBe(200);
      expect(res.json().resources.map((r: Selected) => r.name)).toEqual(['shop-sessions']);
    });

    it("a cloud that refuses discovery: the dry run says so (the cloud's error code), not a 500 internal error", async () => {
      const assembly = await makeAssembly(t, conn, { name: 'cloud-refuses', resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-db'] } });
      const fault = await t.app.sim!.addFault({ operation: 'discover', errorCode: 'AccessDenied' });
      try {
        const res = await t.request({ method: 'GET', url: `${base}/${assembly.id}/resources` });
        expect(res.statusCode, res.body).not.toBe(500);
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
        expect(expectNativeError(res, res.statusCode).message).toMatch(/AccessDenied/);
      } finally {
        await t.app.sim!.removeFault(fault);
      }
      expect((await t.request({ method: 'GET', url: `${base}/${assembly.id}/resources` })).statusCode).toBe(200);
    });

    it('is live, not the inventory: a resource added to the cloud shows at once, one retagged drops out at once', async () => {
      const assembly = await makeAssembly(t, conn, { name: 'live-one', resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] } });
      const url = `${base}/${assembly.id}/resources`;
      // Let the connection's first sync finish, so the inventory is as fresh as it gets without another sync.
      await eventually(async () => (await t.request({ method: 'GET', url: `${connectionsOf(t)}/${conn}` })).json().lastSync, 10_000, 'first sync');
      const before = (await t.request({ method: 'GET', url })).json() as Preview;

      await t.app.sim!.putResource({
        accountId: DEMO_ACCOUNT, region: 'us-east-1', resourceId: 'shop-carts', type: 'dynamodb:table', name: 'shop-carts',
        tags: { app: 'shop', env: 'prod' }, configuration: { billingMode: 'PAY_PER_REQUEST' },
      });
      const sessions = ESTATE.find((r) => r.region === 'us-east-1' && r.name === 'shop-sessions')!;
      await t.app.sim!.putResource({ ...sessions, tags: { ...sessions.tags, app: 'checkout' } });

      const after = (await t.request({ method: 'GET', url })).json() as Preview;
      expect(after.resourceCount).toBe(before.resourceCount); // one in, one out
      expect(names(after)).toContain('shop-carts');
      expect(names(after)).not.toContain('shop-sessions');
      expect(after.resources.find((r) => r.name === 'shop-carts')).toMatchObject({ type: 'dynamodb:table', region: 'us-east-1', tags: { app: 'shop' } });
      // The inventory has not seen the new table: the preview did not read it from there.
      const inventory = await t.request({ method: 'GET', url: `${connectionsOf(t)}/${conn}/resources`, headers: { range: 'items=1-1000' } });
      expect(inventory.statusCode).toBe(200);
      expect(inventory.body).not.toContain('shop-carts');
    });
  });
}
