import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { cg, createBody, expectGroupError, GROUPS, MEDIA, OU } from './fixture.ts';

const SEED_FIELDS = [
  '_etag', '_links', 'account_name', 'account_native_ids', 'asset_types_enabled', 'aws_regions', 'config', 'created_timestamp',
  'deployment_template_url', 'description', 'external_id', 'id', 'intended_account_native_ids', 'intended_asset_types', 'intended_aws_regions',
  'master_aws_account_id', 'master_region', 'ongoing_stack_operation', 'organizational_unit_id', 'stack_arn', 'stack_name', 'status', 'template_permission_set',
];

for (const dialect of DIALECTS) {
  describe(`connection groups: create, read, update, list [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await startTestApp(dialect); });
    afterAll(() => t.close());
    const count = async () => (await t.app.store.db.selectFrom('connection_groups').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

    it('create answers every field of the seed, with the media type, _etag/ETag, _links and the external id', async () => {
      const res = await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '500000000001', asset_types: ['EBS', 'RDS'] }) });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(MEDIA);
      const g = res.json();
      expect(Object.keys(g).sort()).toEqual([...SEED_FIELDS].sort());
      expect(res.headers.etag).toBe(`"${g._etag}"`);
      expect(g).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/), external_id: expect.stringMatching(/^lifeboat-[0-9a-f]{32}$/),
        master_aws_account_id: '500000000001', master_region: 'us-east-1', organizational_unit_id: 'default', description: 'prod',
        intended_account_native_ids: ['500000000001'], intended_asset_types: ['EC2/EBS', 'RDS'], intended_aws_regions: ['us-east-1', 'us-west-2'],
        status: 'connecting', ongoing_stack_operation: 'creating_stack', config: null, stack_arn: null,
      });
      expect(g._links).toEqual({
        _self: { href: `${GROUPS}/${g.id}`, templated: false, type: 'get' },
        'read-organizational-unit': { href: `/api/v1/accounts/${t.accountId}/projects`, templated: false, type: 'get' },
        'update-aws-connection-group': { href: `${GROUPS}/${g.id}`, templated: false, type: 'put' },
      });
      // A read shows the external id only when asked.
      expect((await cg(t, { url: `${GROUPS}/${g.id}` })).json().external_id).toBeUndefined();
      expect((await cg(t, { url: `${GROUPS}/${g.id}?return_external_id=true` })).json().external_id).toBe(g.external_id);
    });

    it('the template is valid CloudFormation: role trusted by the principal with sts:ExternalId, a policy per asset type, the custom resource', async () => {
      const g = (await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '500000000002', asset_types: ['DynamoDB', 'S3'] }) })).json();
      const res = await cg(t, { url: `${GROUPS}/${g.id}/template?v=1` });
      expect(res.statusCode, res.body).toBe(200);
      const tpl = res.json();
      expect(tpl.AWSTemplateFormatVersion).toBe('2010-09-09');
      expect(Object.keys(tpl.Parameters).sort()).toEqual(['ExternalId', 'Token']);
      const role = tpl.Resources.LifeboatRole;
      expect(role.Properties.AssumeRolePolicyDocument.Statement[0]).toEqual({
        Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } },
      });
      expect(role.Properties.Policies.map((p: any) => p.PolicyName)).toEqual(['Lifeboat-DynamoDB', 'Lifeboat-S3']);
      expect(role.Properties.Policies[0].PolicyDocument.Statement[0].Condition).toEqual({ StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-west-2'] } });
      expect(JSON.stringify(tpl)).not.toContain('ec2:');
      expect(tpl.Resources.LifeboatPostProcess).toMatchObject({ Type: 'Custom::LifeboatPostProcess', Properties: { TemplateVersion: '1', PostProcessUrl: expect.stringMatching(/\/connections\/aws\/post-process$/) } });
      expectGroupError(await cg(t, { url: `${GROUPS}/${g.id}/template?v=7` }), 404, 'Template version 7');
    });

    const bad: Array<[string, Record<string, unknown>, string]> = [
      ['no asset_types', { asset_types: undefined }, 'asset_types'],
      ['an unknown asset type', { asset_types: ['EC2'] }, 'asset_types.0'],
      ['EC2MSSQL without EC2/EBS', { asset_types: ['EC2MSSQL', 'S3'] }, 'EC2MSSQL requires EC2/EBS'],
      ['no aws_regions', { aws_regions: undefined }, 'aws_regions'],
      ['a region that does not exist', { aws_regions: ['us-east-9'] }, 'aws_regions.0'],
      ['an empty region list', { aws_regions: [] }, 'aws_regions'],
      ['an 11-digit account', { account_native_id: '12345678901' }, 'account_native_id'],
      ['a master account that is not 12 digits', { master_aws_account_id: 'abc' }, 'master_aws_account_id'],
      ['an unknown field', { colour: 'red' }, 'colour'],
      ['alias and field that disagree', { asset_types: ['S3'], asset_types_enabled: ['RDS'] }, 'asset_types_enabled'],
    ];
    for (const [what, overrides, field] of bad) {
      it(`create refuses ${what}: 400 naming ${field}, nothing written`, async () => {
        const before = await count();
        expectGroupError(await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '500000000099', ...overrides }) }), 400, field);
        expect(await count()).toBe(before);
      });
    }

    it('accepts asset_types_enabled as the deprecated alias, and EBS as EC2/EBS (EC2MSSQL with EBS passes)', async () => {
      const res = await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '500000000003', asset_types: undefined, asset_types_enabled: ['EBS', 'EC2MSSQL'] }) });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().intended_asset_types).toEqual(['EC2/EBS', 'EC2MSSQL']);
    });

    it('two creates for one account race: one 200, one 409', async () => {
      const [a, b] = await Promise.all([1, 2].map(() => cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '500000000004' }) })));
      expect([a!.statusCode, b!.statusCode].sort()).toEqual([200, 409]);
      expectGroupError([a, b].find((r) => r!.statusCode === 409)!, 409, 'exists in this organizational unit');
    });

    it('PUT follows the seed: asset_types and aws_regions required, EBS → EC2/EBS, If-Match 412, description alone issues no template', async () => {
      const g = (await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '500000000005' }) })).json();
      const url = `${GROUPS}/${g.id}`;
      expectGroupError(await cg(t, { method: 'PUT', url, payload: { aws_regions: ['us-east-1'] } }), 400, 'asset_types');
      expectGroupError(await cg(t, { method: 'PUT', url, payload: { asset_types: ['S3'] } }), 400, 'aws_regions');
      expectGroupError(await cg(t, { method: 'PUT', url, payload: { asset_types: ['EC2MSSQL'], aws_regions: ['us-east-1'] } }), 400, 'EC2MSSQL');
      expectGroupError(await cg(t, { method: 'PUT', url, payload: { asset_types: ['S3'], aws_regions: ['mars-1'] } }), 400, 'aws_regions.0');
      const stale = await cg(t, { method: 'PUT', url, headers: { 'if-match': '"99"' }, payload: { asset_types: ['S3'], aws_regions: ['us-east-1'] } });
      expectGroupError(stale, 412);
      expect((await cg(t, { url })).json()._etag).toBe(g._etag);

      const updated = await cg(t, { method: 'PUT', url, headers: { 'if-match': g._etag }, payload: { asset_types: ['EBS', 'S3'], aws_regions: ['eu-west-1'], description: 'new' } });
      expect(updated.statusCode, updated.body).toBe(200);
      expect(updated.json()).toMatchObject({ description: 'new', intended_asset_types: ['EC2/EBS', 'S3'], intended_aws_regions: ['eu-west-1'], deployment_template_url: expect.stringMatching(/\?v=2&/) });
      const same = (await cg(t, { method: 'PUT', url, payload: { asset_types_enabled: ['EC2/EBS', 'S3'], aws_regions: ['eu-west-1'], description: 'again' } })).json();
      expect(same.deployment_template_url).toMatch(/\?v=2&/);
      expectGroupError(await cg(t, { method: 'PUT', url: `${GROUPS}/00000000-0000-4000-8000-000000000000`, payload: { asset_types: ['S3'], aws_regions: ['us-east-1'] } }), 404);
    });

    it('lists with limit, start (a page number), _links, and every filter operator', async () => {
      await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '500000000010', asset_types: ['S3'] }) });
      const first = await cg(t, { url: `${GROUPS}?limit=2` });
      expect(first.headers['content-type']).toBe(MEDIA);
      const page1 = first.json();
      expect(page1).toMatchObject({ current_count: 2, limit: 2, start: '1', filter_applied: '' });
      expect(page1._links._first.href).toBe(`${GROUPS}?limit=2`);
      const next = new URL(page1._links._next.href, 'http://x').searchParams.get('start')!;
      expect(next).toBe('2');
      const page2 = (await cg(t, { url: page1._links._next.href })).json();
      expect(page2.start).toBe(next);
      expect(page2._embedded.items.map((i: any) => i.id)).not.toContain(page1._embedded.items[0].id);
      let all: any[] = [...page1._embedded.items];
      for (let page = page2; ; page = (await cg(t, { url: page._links._next.href })).json()) {
        if (page !== page2 || true) all = all.concat(page === page2 ? page2._embedded.items : page._embedded.items);
        if (!page._links._next) break;
      }
      expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
      expectGroupError(await cg(t, { url: `${GROUPS}?start=garbage` }), 400, 'start');

      const f = async (filter: unknown) => (await cg(t, { url: `${GROUPS}?filter=${encodeURIComponent(JSON.stringify(filter))}` })).json();
      expect((await f({ account_native_id: { $in: ['500000000010', '500000000001'] } }))._embedded.items.map((i: any) => i.intended_account_native_ids[0]).sort()).toEqual(['500000000001', '500000000010']);
      expect((await f({ services_enabled: { $eq: ['S3'] } }))._embedded.items.map((i: any) => i.intended_account_native_ids[0])).toEqual([]);
      expect((await f({ organizational_unit_id: { $in: ['default'] } })).current_count).toBeGreaterThan(0);
      expect((await f({ organizational_unit_id: { $in: ['other'] } })).current_count).toBe(0);
      expect((await f({ account_alias: { $contains: 'nobody' } })).current_count).toBe(0);
      const filtered = await f({ services_enabled: { $contains: 'S3' } });
      expect(filtered.filter_applied).toBe(JSON.stringify({ services_enabled: { $contains: 'S3' } }));
      for (const [filter, field] of [[{ colour: { $eq: 1 } }, 'filter.colour'], [{ account_alias: { $in: ['x'] } }, 'filter.account_alias.$in'], [{ account_native_id: { $in: ['1'] } }, 'filter.account_native_id']] as const) {
        expectGroupError(await cg(t, { url: `${GROUPS}?filter=${encodeURIComponent(JSON.stringify(filter))}` }), 400, field);
      }
      expectGroupError(await cg(t, { url: `${GROUPS}?filter=not-json` }), 400, 'filter');
      expectGroupError(await cg(t, { url: `${GROUPS}?limit=0` }), 400, 'limit');
    });

    it('auth: 401 without a token; the organizational unit header scopes; another account never sees the group; a viewer cannot write', async () => {
      const g = (await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '500000000020' }) })).json();
      expectGroupError(await cg(t, { url: GROUPS, token: null }), 401);
      const other = await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects`, payload: { id: 'other' } });
      expect(other.statusCode, other.body).toBe(201);
      expectGroupError(await cg(t, { url: `${GROUPS}/${g.id}`, headers: { [OU]: 'other' } }), 404);
      expectGroupError(await cg(t, { url: GROUPS, headers: { [OU]: 'nope-project' } }), 404);
      expectGroupError(await cg(t, { url: GROUPS, headers: { [OU]: 'Bad Header!' } }), 400, OU);
      const acct = (await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'other-co' } })).json();
      const sa = (await t.request({ method: 'POST', url: `/api/v1/accounts/${acct.id}/service-accounts`, payload: { name: 'ops', role: 'admin' } })).json();
      expectGroupError(await cg(t, { url: `${GROUPS}/${g.id}`, token: sa.token }), 404);
      expect((await cg(t, { url: GROUPS, token: sa.token })).json().current_count).toBe(0);
      const viewer = (await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: 'viewer', role: 'viewer' } })).json();
      expect((await cg(t, { url: `${GROUPS}/${g.id}`, token: viewer.token })).statusCode).toBe(200);
      expectGroupError(await cg(t, { method: 'PUT', url: `${GROUPS}/${g.id}`, token: viewer.token, payload: { asset_types: ['S3'], aws_regions: ['us-east-1'] } }), 403);
      // Writes are in the audit trail, refused ones too.
      const events = (await t.request({ method: 'GET', url: `${t.P}/events` })).json() as any[];
      expect(events.some((e) => e.action === 'createAwsConnectionGroup' && e.targetId === g.id && e.result === 'success')).toBe(true);
      expect(events.some((e) => e.action === 'updateAwsConnectionGroup' && e.result === 'failure')).toBe(true);
    });
  });
}
