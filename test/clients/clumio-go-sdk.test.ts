import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectGroupError, GROUPS, MEDIA } from '../connection-groups/fixture.ts';

/**
 * Replays of clumio-go-sdk 0.31.2, byte for byte. Headers: common/common.go InvokeAPI (resty v2): Accept is the
 * vendor type, x-clumio-organizationalunit-context is always set (empty when the user configured none), the
 * body is a pre-marshalled string, which resty labels text/plain; charset=utf-8. Bodies: models/requests.go
 * (CreateAwsConnectionGroupV1Request, UpdateAwsConnectionGroupV1Request): no omitempty, so every unset field is
 * null, in the structs' field order. Query parameters: controllers/aws_connection_groups/aws_connection_groups_v1.go.
 */
function goSdk(t: TestApp, method: 'GET' | 'POST' | 'PUT', url: string, body?: string, ou = ''): Promise<LightMyRequestResponse> {
  return t.app.http.inject({
    method, url,
    headers: {
      'user-agent': 'go-resty/2.16.2 (https://github.com/go-resty/resty)',
      accept: MEDIA,
      'x-clumio-organizationalunit-context': ou,
      'x-clumio-api-client': 'clumio-go-sdk',
      'x-clumio-sdk-version': 'clumio-go-sdk:0.31.2',
      authorization: `Bearer ${ADMIN_TOKEN}`,
      'accept-encoding': 'gzip',
      ...(body === undefined ? {} : { 'content-type': 'text/plain; charset=utf-8' }),
    },
    ...(body === undefined ? {} : { payload: body }),
  });
}

const createBody = (account: string, permissionSet: string | null = null) =>
  `{"account_native_id":"${account}","asset_types":["EC2/EBS","S3"],"asset_types_enabled":null,"aws_regions":["us-east-1","us-west-2"],`
  + `"description":null,"master_aws_account_id":null,"master_region":null,"organizational_unit_id":null,`
  + `"template_permission_set":${permissionSet === null ? 'null' : `"${permissionSet}"`}}`;
const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

for (const dialect of DIALECTS) {
  describe(`clumio-go-sdk 0.31.2 replays on /connections/aws [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await startTestApp(dialect, {}, { worker: false }); });
    afterAll(() => t.close());

    it('CreateAwsConnectionGroup: text/plain JSON, nulls for every unset field, an empty organizational-unit header', async () => {
      const res = await goSdk(t, 'POST', GROUPS, createBody('810000000001'));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(MEDIA);
      expect(res.json()).toMatchObject({
        account_native_ids: [], intended_account_native_ids: ['810000000001'], description: '', master_aws_account_id: '810000000001',
        master_region: 'us-east-1', organizational_unit_id: 'default', template_permission_set: null, status: 'connecting',
      });
    });

    it('template_permission_set is stored and returned; the vendor media type is JSON too', async () => {
      const made = await goSdk(t, 'POST', GROUPS, createBody('810000000002', 'all'));
      expect(made.statusCode, made.body).toBe(200);
      const id = made.json().id;
      expect((await goSdk(t, 'GET', `${GROUPS}/${id}`)).json().template_permission_set).toBe('all');
      const vendor = await t.app.http.inject({
        method: 'POST', url: GROUPS, payload: createBody('810000000012'),
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': MEDIA, 'x-clumio-organizationalunit-context': '' },
      });
      expect(vendor.statusCode, vendor.body).toBe(200);
    });

    it('a body that is not JSON is 415, whatever it is labelled; malformed declared JSON is 400', async () => {
      const xml = await t.app.http.inject({ method: 'POST', url: GROUPS, payload: '<group/>', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/xml' } });
      expectGroupError(xml, 415);
      expectGroupError(await goSdk(t, 'POST', GROUPS, 'account_native_id=1'), 415);
      const broken = await t.app.http.inject({ method: 'POST', url: GROUPS, payload: '{"account_native_id":', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' } });
      expectGroupError(broken, 400);
    });

    it('ReadAwsConnectionGroup sends embed and return_external_id', async () => {
      const id = (await goSdk(t, 'POST', GROUPS, createBody('810000000003'))).json().id;
      const res = await goSdk(t, 'GET', `${GROUPS}/${id}${query({ embed: 'read-organizational-unit', return_external_id: 'true' })}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().external_id).toMatch(/^lifeboat-/);
    });

    it('UpdateAwsConnectionGroup: asset_types_enabled, description and template_permission_set null are "not given"', async () => {
      const made = (await goSdk(t, 'POST', GROUPS, `{"account_native_id":"810000000004","asset_types":["S3"],"asset_types_enabled":null,"aws_regions":["us-east-1"],"description":"kept","master_aws_account_id":null,"master_region":null,"organizational_unit_id":null,"template_permission_set":"all"}`)).json();
      const res = await goSdk(t, 'PUT', `${GROUPS}/${made.id}`, '{"asset_types":["EC2/EBS","S3"],"asset_types_enabled":null,"aws_regions":["us-east-1"],"description":null,"template_permission_set":null}');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ description: 'kept', template_permission_set: 'all', intended_asset_types: ['EC2/EBS', 'S3'] });
      // The deprecated alias alone, the field null: as Clumio takes it.
      const alias = await goSdk(t, 'PUT', `${GROUPS}/${made.id}`, '{"asset_types":null,"asset_types_enabled":["S3"],"aws_regions":["us-east-1"],"description":null,"template_permission_set":null}');
      expect(alias.statusCode, alias.body).toBe(200);
      expectGroupError(await goSdk(t, 'PUT', `${GROUPS}/${made.id}`, '{"asset_types":null,"asset_types_enabled":null,"aws_regions":["us-east-1"],"description":null,"template_permission_set":null}'), 400, 'asset_types');
    });

    it('an unknown group id that is not a UUID is 404', async () => {
      expectGroupError(await goSdk(t, 'PUT', `${GROUPS}/no-such-group`, '{"asset_types":["S3"],"asset_types_enabled":null,"aws_regions":["us-east-1"],"description":null,"template_permission_set":null}'), 404);
      expectGroupError(await goSdk(t, 'GET', `${GROUPS}/no-such-group`), 404);
    });

    it('ListAwsConnectionGroups: filter $eq on account_native_id, a status filter, start as a page number', async () => {
      const eq = await goSdk(t, 'GET', `${GROUPS}${query({ filter: '{"account_native_id":{"$eq":"810000000003"}}' })}`);
      expect(eq.statusCode, eq.body).toBe(200);
      expect(eq.json()._embedded.items.map((g: any) => g.intended_account_native_ids)).toEqual([['810000000003']]);
      const connecting = (await goSdk(t, 'GET', `${GROUPS}${query({ filter: '{"status":{"$eq":"connecting"}}' })}`)).json();
      expect(connecting.current_count).toBeGreaterThan(3);
      expect((await goSdk(t, 'GET', `${GROUPS}${query({ filter: '{"status":{"$in":["fully_connected","unlinked"]}}' })}`)).json().current_count).toBe(0);
      expectGroupError(await goSdk(t, 'GET', `${GROUPS}${query({ filter: '{"status":{"$eq":"sleeping"}}' })}`), 400, 'filter.status');

      const all = (await goSdk(t, 'GET', `${GROUPS}${query({ limit: '100', start: '1' })}`)).json()._embedded.items.map((g: any) => g.id);
      const page1 = (await goSdk(t, 'GET', `${GROUPS}${query({ limit: '2', start: '1' })}`)).json();
      const page2 = (await goSdk(t, 'GET', `${GROUPS}${query({ limit: '2', start: '2' })}`)).json();
      expect(page1).toMatchObject({ start: '1', limit: 2, current_count: 2 });
      expect([...page1._embedded.items, ...page2._embedded.items].map((g: any) => g.id)).toEqual(all.slice(0, 4));
      expect(new URL(page1._links._next.href, 'http://x').searchParams.get('start')).toBe('2');
      const last = (await goSdk(t, 'GET', `${GROUPS}${query({ limit: '100', start: '2' })}`)).json();
      expect(last).toMatchObject({ current_count: 0, _links: { _next: null } });
    });
  });
}
