// Bodies written from the published Cloud Rewind assembly and protection pages, replayed against Lifeboat: accepted,
// and answered with the fields those pages show. Where a page could not be read whole, the test says which part.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError, expectNativeError } from '../tenancy/native.ts';
import { createConnection, dbOf, protectionsUrl, startProtection, waitForProtection } from '../protections/fixture.ts';

const PAGES = 'https://api.commvault.com/docs/SP36/api/cv/CloudRewindAPIs';
/** The VPC every app=shop resource of the demo estate's us-east-1 lies in. */
const SHOP_VPC = 'vpc-6b45ae465b1c00414';

for (const dialect of DIALECTS) {
  describe(`the published Cloud Rewind assembly and protection pages, replayed [${dialect}]`, () => {
    let t: TestApp;
    let connection: number;
    const base = () => `${t.P}/aws/cloud-assemblies`;
    const post = (payload: Record<string, unknown>) => t.request({ method: 'POST', url: base(), payload });
    const assemblyCount = async () => Number((await dbOf(t).selectFrom('cloud_assemblies').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    beforeAll(async () => {
      t = await startTestApp(dialect);
      connection = await createConnection(t);
    });
    afterAll(() => t.close());

    it(`create AWS cloud assembly with a manual filter written as the page has it: resources (${PAGES}/create-aws-cloud-assembly)`, async () => {
      const res = await post({
        name: 'sessions-only', description: 'the session table', cloudConnectionId: connection, sourceRegion: 'us-east-1',
        resourceFilterStrategy: { filterType: 'manual', resources: ['shop-sessions', 'shop-orders'] },
        allowCrossRegionRecovery: false, replicaRegions: [],
      });
      expect(res.statusCode, res.body).toBe(201);
      // Answered under the published name, and under Lifeboat's older one for the clients that read it.
      expect(res.json().resourceFilterStrategy).toEqual({ filterType: 'manual', resources: ['shop-sessions', 'shop-orders'], resourceIds: ['shop-sessions', 'shop-orders'] });
      // The filter works: the dry run selects exactly those.
      const preview = await t.request({ method: 'GET', url: `${base()}/${res.json().id}/resources` });
      expect(preview.json().resources.map((r: { resourceId: string }) => r.resourceId).sort()).toEqual(['shop-orders', 'shop-sessions']);
      // Neither a VPC given nor one the resources lie in: vpcId is null.
      expect(res.json()).toMatchObject({ vpcId: null, protectionStrategy: null, protectionStrategyOptions: {} });
    });

    it(`update AWS Cloud Assembly resource with resources (${PAGES.replace('SP36', 'SP32')}/update-aws-cloud-assembly-resource)`, async () => {
      const created = await post({ name: 'manual-update', cloudConnectionId: connection, sourceRegion: 'us-east-1', resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-db'] } });
      expect(created.statusCode, created.body).toBe(201);
      const res = await t.request({
        method: 'PUT', url: `${base()}/${created.json().id}/resources`, headers: { 'if-match': created.headers.etag as string },
        payload: { resourceFilterStrategy: { filterType: 'manual', resources: ['shop-orders'] } },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().resourceFilterStrategy).toMatchObject({ filterType: 'manual', resources: ['shop-orders'] });
    });

    describe(`update AWS Cloud Assembly resource with the page's flat body: filterType, resources, tags, conditions at the top (${PAGES.replace('SP36', 'SP32')}/update-aws-cloud-assembly-resource)`, () => {
      const putResources = async (id: number, payload: Record<string, unknown>) => t.request({ method: 'PUT', url: `${base()}/${id}/resources`, payload });
      const created = async (name: string) => {
        const res = await post({ name, cloudConnectionId: connection, sourceRegion: 'us-east-1', resourceFilterStrategy: { filterType: 'manual', resources: ['shop-db'] } });
        expect(res.statusCode, res.body).toBe(201);
        return res.json() as { id: number; resourceFilterStrategy: unknown };
      };
      const selected = async (id: number) => (await t.request({ method: 'GET', url: `${base()}/${id}/resources` })).json().resources.map((r: { resourceId: string }) => r.resourceId).sort();

      it('manual: resources at the top level replace the selection', async () => {
        const { id } = await created('flat-manual');
        const res = await putResources(id, { filterType: 'manual', resources: ['shop-orders', 'shop-sessions'] });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().resourceFilterStrategy).toEqual({ filterType: 'manual', resources: ['shop-orders', 'shop-sessions'], resourceIds: ['shop-orders', 'shop-sessions'] });
        expect(await selected(id)).toEqual(['shop-orders', 'shop-sessions']);
      });

      it('tags: tags and conditions at the top level; conditions left out means match-all-tags', async () => {
        const { id } = await created('flat-tags');
        const res = await putResources(id, { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().resourceFilterStrategy).toEqual({ filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] });
        expect((await selected(id)).length).toBeGreaterThan(3);
        const all = await putResources(id, { filterType: 'tags', tags: [{ key: 'app', value: 'shop' }] });
        expect(all.statusCode, all.body).toBe(200);
        expect(all.json().resourceFilterStrategy.conditions).toBe('match-all-tags');
      });

      it('vpc: the VPC is the body\'s vpcId, and becomes the assembly\'s', async () => {
        const { id } = await created('flat-vpc');
        const res = await putResources(id, { filterType: 'vpc', vpcId: SHOP_VPC });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().resourceFilterStrategy).toEqual({ filterType: 'vpc', vpcId: SHOP_VPC });
        expect(res.json().vpcId).toBe(SHOP_VPC);
        expect(await selected(id)).toContain(SHOP_VPC);
      });

      const refused: Array<[string, Record<string, unknown>, string]> = [
        ['no filter at all', { replicaRegions: [] }, 'filterType'],
        ['both forms', { filterType: 'manual', resources: ['shop-orders'], resourceFilterStrategy: { filterType: 'manual', resources: ['shop-orders'] } }, 'filterType'],
        ['a manual filter without resources', { filterType: 'manual' }, 'resources'],
        ['a manual filter with tags', { filterType: 'manual', resources: ['shop-orders'], tags: [{ key: 'app', value: 'shop' }] }, 'tags'],
        ['a tags filter without tags', { filterType: 'tags', conditions: 'match-any-tags' }, 'tags'],
        ['a tags filter with resources', { filterType: 'tags', tags: [{ key: 'app', value: 'shop' }], resources: ['shop-orders'] }, 'resources'],
        ['a vpc filter without vpcId', { filterType: 'vpc' }, 'vpcId'],
        ['an unknown filterType', { filterType: 'everything' }, 'filterType'],
        ['an unknown conditions', { filterType: 'tags', conditions: 'match-some-tags', tags: [{ key: 'app', value: 'shop' }] }, 'conditions'],
        ['resources naming an id twice', { filterType: 'manual', resources: ['a', 'a'] }, 'resources'],
      ];
      for (const [what, payload, field] of refused) {
        it(`refuses ${what}: 400 naming ${field}, the filter unchanged`, async () => {
          const before = await created(`refused-${refused.findIndex(([w]) => w === what)}`);
          expectFieldError(await putResources(before.id, payload), field);
          const after = await t.request({ method: 'GET', url: `${base()}/${before.id}` });
          expect(after.json().resourceFilterStrategy).toEqual(before.resourceFilterStrategy);
        });
      }
    });

    const bad: Array<[string, Record<string, unknown>, string]> = [
      ['a manual filter with neither resources nor resourceIds', { resourceFilterStrategy: { filterType: 'manual' } }, 'resourceFilterStrategy.resources'],
      ['a manual filter with both spellings', { resourceFilterStrategy: { filterType: 'manual', resources: ['a'], resourceIds: ['a'] } }, 'resourceFilterStrategy.resources'],
      ['resources naming an id twice', { resourceFilterStrategy: { filterType: 'manual', resources: ['a', 'a'] } }, 'resourceFilterStrategy.resources'],
      ['resources of numbers', { resourceFilterStrategy: { filterType: 'manual', resources: [42] } }, 'resourceFilterStrategy.resources.0'],
      ['a vpcId that is not a VPC id', { vpcId: 'subnet-0123456789abcdef0' }, 'vpcId'],
      ['a vpcId other than the vpc filter\'s', { vpcId: 'vpc-0123456789abcdef0', resourceFilterStrategy: { filterType: 'vpc', vpcId: SHOP_VPC } }, 'vpcId'],
      ['an empty protectionStrategy', { protectionStrategy: '' }, 'protectionStrategy'],
      ['an unknown protection option', { protectionStrategyOptions: { awsEfsProtectionOptions: { isEnabled: true } } }, 'protectionStrategyOptions.awsEfsProtectionOptions'],
      ['isEnabled as a string', { protectionStrategyOptions: { awsSqsProtectionOptions: { isEnabled: 'yes' } } }, 'protectionStrategyOptions.awsSqsProtectionOptions.isEnabled'],
      ['a replica bucket in no AWS region', { protectionStrategyOptions: { awsLambdaProtectionOptions: { replicaRegionBucketDetails: [{ name: 'bucket-b', region: 'mars-1' }] } } }, 'protectionStrategyOptions.awsLambdaProtectionOptions.replicaRegionBucketDetails.0.region'],
    ];
    for (const [what, override, field] of bad) {
      it(`refuses ${what}: 400 naming ${field}, nothing written`, async () => {
        const before = await assemblyCount();
        const body = { name: 'refused', cloudConnectionId: connection, sourceRegion: 'us-east-1', resourceFilterStrategy: { filterType: 'manual', resources: ['shop-db'] }, ...override };
        const error = expectFieldError(await post(body), field);
        expect(error.errors[0]!.code).toBe('VALIDATION_FAILED');
        expect(await assemblyCount()).toBe(before);
      });
    }

    it(`assemblies carry vpcId, protectionStrategy and protectionStrategyOptions (${PAGES}/get-aws-cloud-assembly): stored as given, vpcId derived`, async () => {
      const options = {
        awsLambdaProtectionOptions: { sourceBucketName: 'shop-lambda-backups', replicaRegionBucketDetails: [{ cloudConnectionId: connection, name: 'shop-lambda-replica', region: 'us-west-2' }], isEnabled: true },
        awsRoute53ProtectionOptions: { route53HostedZoneCloudConnectionId: connection, isEnabled: false },
        awsSqsProtectionOptions: { isEnabled: true }, awsSnsProtectionOptions: { isEnabled: true }, awsDynamoDBProtectionOptions: { isEnabled: false },
      };
      // A vpc filter names its VPC.
      const vpc = await post({ name: 'whole-vpc', cloudConnectionId: connection, sourceRegion: 'us-east-1', resourceFilterStrategy: { filterType: 'vpc', vpcId: SHOP_VPC }, vpcId: SHOP_VPC });
      expect(vpc.statusCode, vpc.body).toBe(201);
      expect(vpc.json().vpcId).toBe(SHOP_VPC);

      // A tags filter: no VPC until a protection finds the selection in one; the strategy is answered as sent.
      const res = await post({
        name: 'shop-tags', cloudConnectionId: connection, sourceRegion: 'us-east-1', replicaRegions: ['us-west-2'],
        resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] },
        protectionStrategy: 'snapshot', protectionStrategyOptions: options,
      });
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json().id as number;
      expect(res.json()).toMatchObject({ vpcId: null, protectionStrategy: 'snapshot', protectionStrategyOptions: options });
      const protection = await startProtection(t, id);
      expect((await waitForProtection(t, id, protection)).status).toBe('success');
      const read = await t.request({ method: 'GET', url: `${base()}/${id}` });
      expect(read.json()).toMatchObject({ vpcId: SHOP_VPC, protectionStrategy: 'snapshot', protectionStrategyOptions: options });

      // "Update AWS Cloud Assembly Protection Strategy Options" (its body is the options object).
      const stale = await t.request({ method: 'PUT', url: `${base()}/${id}/protection-strategy`, headers: { 'if-match': '"1"' }, payload: { awsSqsProtectionOptions: { isEnabled: false } } });
      expectNativeError(stale, 412);
      const updated = await t.request({
        method: 'PUT', url: `${base()}/${id}/protection-strategy`, headers: { 'if-match': read.headers.etag as string }, payload: { awsSqsProtectionOptions: { isEnabled: false } },
      });
      expect(updated.statusCode, updated.body).toBe(200);
      expect(updated.json().protectionStrategyOptions).toEqual({ awsSqsProtectionOptions: { isEnabled: false } });
      expect(updated.headers.etag).not.toBe(read.headers.etag);
      expectFieldError(await t.request({ method: 'PUT', url: `${base()}/${id}/protection-strategy`, payload: { awsSqsProtectionOptions: { enabled: false } } }),
        'awsSqsProtectionOptions.enabled');
      expect((await t.request({ method: 'GET', url: `${base()}/${id}` })).json().protectionStrategyOptions).toEqual({ awsSqsProtectionOptions: { isEnabled: false } });

      // A new filter forgets the VPC the old selection lay in until the next protection.
      const moved = await t.request({ method: 'PUT', url: `${base()}/${id}/resources`, payload: { resourceFilterStrategy: { filterType: 'manual', resources: ['shop-sessions'] } } });
      expect(moved.json().vpcId).toBeNull();
      // A vpcId given by the caller stays whatever the selection.
      const given = await t.request({ method: 'PUT', url: `${base()}/${id}/resources`, payload: { resourceFilterStrategy: { filterType: 'manual', resources: ['shop-sessions'] }, vpcId: SHOP_VPC } });
      expect(given.json().vpcId).toBe(SHOP_VPC);
    });

    it(`protection list items carry a name (${PAGES}/get-aws-protection-list); the status (seed 002) carries an ETag, If-None-Match gives 304, a stale If-Match 412`, async () => {
      const id = (await post({ name: 'named', cloudConnectionId: connection, sourceRegion: 'us-east-1', resourceFilterStrategy: { filterType: 'manual', resources: ['shop-orders'] } })).json().id as number;
      const protection = await startProtection(t, id);
      const done = await waitForProtection(t, id, protection);
      const list = await t.request({ method: 'GET', url: `${protectionsUrl(t, id)}?start_time=0&end_time=${Date.now() + 60_000}` });
      expect(list.statusCode, list.body).toBe(200);
      const item = list.json()[0];
      expect(item.id).toBe(protection);
      expect(item.name).toMatch(/^manual-\d{8}-\d{6}$/);
      expect(item.name).toBe(`manual-${new Date(done.createdAt).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}`);

      const url = `${protectionsUrl(t, id)}/status?protection_id=${protection}`;
      const first = await t.request({ method: 'GET', url });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toEqual({ status: 'success' });
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"\d+"$/);
      const notModified = await t.request({ method: 'GET', url, headers: { 'if-none-match': etag } });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.body).toBe('');
      expect(notModified.headers.etag).toBe(etag);
      expect((await t.request({ method: 'GET', url, headers: { 'if-none-match': '"0", W/' + etag } })).statusCode).toBe(304);
      expect((await t.request({ method: 'GET', url, headers: { 'if-match': etag } })).statusCode).toBe(200);
      const failed = expectNativeError(await t.request({ method: 'GET', url, headers: { 'if-match': '"999999"' } }), 412);
      expect(failed.errors[0]!.code).toBe('VERSION_MISMATCH');
      // The protection changes (locked): the old ETag no longer matches, and the status is sent again.
      expect((await t.request({ method: 'PUT', url: `${protectionsUrl(t, id)}/${protection}/lock`, payload: { locked: true } })).statusCode).toBe(200);
      const again = await t.request({ method: 'GET', url, headers: { 'if-none-match': etag } });
      expect(again.statusCode).toBe(200);
      expect(again.headers.etag).not.toBe(etag);
      expectNativeError(await t.request({ method: 'GET', url, headers: { 'if-match': etag } }), 412);
    });
  });
}
