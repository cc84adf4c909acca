import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { CC_TIME, ccClient, domainOf, expectCcError, makeConnection, rows, type Cc } from './fixture.ts';

for (const dialect of DIALECTS) {
  describe(`network: cloud connections, tags and lists [${dialect}]`, () => {
    let t: TestApp;
    let cc: Cc;
    let domainId: string;

    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { worker: false });
      domainId = await domainOf(t);
      cc = ccClient(t, domainId);
    });
    afterAll(() => t.close());

    it('creates (201), reads (200) with the seed fields, request_id in the body and X-Request-Id', async () => {
      const res = await cc.call('POST', '/cloud-connections', { cloud_connection: { name: '云连接-main_1.0', description: 'hub', tags: [{ key: 'env', value: 'prod' }] } });
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body).toEqual({
        cloud_connection: {
          id: expect.any(String), name: '云连接-main_1.0', description: 'hub', domain_id: domainId, enterprise_project_id: '0',
          created_at: expect.stringMatching(CC_TIME), updated_at: expect.stringMatching(CC_TIME), tags: [{ key: 'env', value: 'prod' }],
          status: 'ACTIVE', admin_state_up: true, used_scene: 'vpc', network_instance_number: 0, bandwidth_package_number: 0, inter_region_bandwidth_number: 0,
        },
        request_id: res.headers['x-request-id'],
      });
      const read = await cc.call('GET', `/cloud-connections/${body.cloud_connection.id}`, undefined, undefined, { 'x-request-id': 'my-req-1' });
      expect(read.statusCode).toBe(200);
      expect(read.json()).toEqual({ cloud_connection: body.cloud_connection, request_id: 'my-req-1' });
    });

    it('updates as seed 004 does: name and description, 200 with the whole resource; an absent field is kept', async () => {
      const id = await makeConnection(cc, 'to-update', { description: 'old' });
      // The seed's example request, as written.
      const res = await cc.call('PUT', `/cloud-connections/${id}`, { cloud_connection: { name: 'new cloud-connection name', description: 'new cloud-connection description' } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().cloud_connection).toMatchObject({ id, name: 'new cloud-connection name', description: 'new cloud-connection description', status: 'ACTIVE', used_scene: 'vpc' });
      expect(res.json().request_id).toBe(res.headers['x-request-id']);
      const renamed = await cc.call('PUT', `/cloud-connections/${id}`, { cloud_connection: { name: 'renamed' } });
      expect(renamed.json().cloud_connection).toMatchObject({ name: 'renamed', description: 'new cloud-connection description' });
    });

    it('refuses bad input on create and update with CC.1002 naming the field, and writes nothing', async () => {
      const id = await makeConnection(cc, 'guarded');
      const before = await rows(t, 'cc_cloud_connections');
      const cases: Array<[string, 'POST' | 'PUT', unknown, string]> = [
        ['/cloud-connections', 'POST', { cloud_connection: { name: '' } }, 'cloud_connection.name'],
        ['/cloud-connections', 'POST', { cloud_connection: { name: 'x'.repeat(65) } }, 'cloud_connection.name'],
        ['/cloud-connections', 'POST', { cloud_connection: { name: ' leading space' } }, 'cloud_connection.name'],
        ['/cloud-connections', 'POST', { cloud_connection: { name: 'two  spaces' } }, 'cloud_connection.name'],
        ['/cloud-connections', 'POST', { cloud_connection: { name: 'trailing ' } }, 'cloud_connection.name'],
        ['/cloud-connections', 'POST', { cloud_connection: { name: 'ok', description: '<script>' } }, 'cloud_connection.description'],
        ['/cloud-connections', 'POST', { cloud_connection: { name: 'ok', description: 'd'.repeat(256) } }, 'cloud_connection.description'],
        ['/cloud-connections', 'POST', { cloud_connection: { name: 'ok', used_scene: 'vgw' } }, 'cloud_connection.used_scene'],
        ['/cloud-connections', 'POST', { cloud_connection: { name: 'ok', enterprise_project_id: 'nope' } }, 'cloud_connection.enterprise_project_id'],
        ['/cloud-connections', 'POST', { name: 'unwrapped' }, 'cloud_connection'],
        [`/cloud-connections/${id}`, 'PUT', { cloud_connection: { status: 'DOWN' } }, 'cloud_connection.status'],
        [`/cloud-connections/${id}`, 'PUT', { cloud_connection: { used_scene: 'vpc' } }, 'cloud_connection.used_scene'],
        [`/cloud-connections/${id}`, 'PUT', { cloud_connection: { name: 'a>b' } }, 'cloud_connection.name'],
      ];
      for (const [path, method, payload, field] of cases) {
        expect(expectCcError(await cc.call(method, path, payload), 400, 'CC.1002'), JSON.stringify(payload)).toContain(field);
      }
      expectCcError(await t.app.http.inject({ method: 'POST', url: `${cc.base}/cloud-connections`, headers: { 'x-auth-token': 'test-admin-token-0123456789', 'content-type': 'application/json' }, payload: '{"cloud_connection":' }), 400, 'CC.1001');
      expect(await rows(t, 'cc_cloud_connections')).toBe(before);
      expect((await cc.call('GET', `/cloud-connections/${id}`)).json().cloud_connection.name).toBe('guarded');
    });

    it('ETag and If-Match: a stale version is 412 and changes nothing', async () => {
      const id = await makeConnection(cc, 'versioned');
      const read = await cc.call('GET', `/cloud-connections/${id}`);
      expect(read.headers.etag).toBe('"1"');
      expect((await cc.call('PUT', `/cloud-connections/${id}`, { cloud_connection: { name: 'v2' } }, undefined, { 'if-match': '"1"' })).statusCode).toBe(200);
      expectCcError(await cc.call('PUT', `/cloud-connections/${id}`, { cloud_connection: { name: 'v3' } }, undefined, { 'if-match': '"1"' }), 412, 'CC.1009');
      expect((await cc.call('GET', `/cloud-connections/${id}`)).json().cloud_connection.name).toBe('v2');
    });

    it('tags: tag and untag (204), at most 20, key and value rules, the tag list and the filter', async () => {
      const a = await makeConnection(cc, 'tagged-a');
      const b = await makeConnection(cc, 'tagged-b');
      expect((await cc.call('POST', `/cloud-connections/${a}/tag`, { tags: [{ key: 'team', value: 'net' }, { key: 'tier', value: 'gold' }] })).statusCode).toBe(204);
      expect((await cc.call('POST', `/cloud-connections/${b}/tag`, { tags: [{ key: 'team', value: 'ops' }] })).statusCode).toBe(204);
      expect((await cc.call('POST', `/cloud-connections/${a}/tag`, { tags: [{ key: 'tier', value: 'silver' }] })).statusCode).toBe(204);
      expect((await cc.call('GET', `/cloud-connections/${a}`)).json().cloud_connection.tags).toEqual([{ key: 'team', value: 'net' }, { key: 'tier', value: 'silver' }]);

      const filtered = await cc.call('POST', '/cloud-connections/filter', { tags: [{ key: 'team', values: ['net', 'ops'] }] });
      expect(filtered.statusCode).toBe(200);
      expect(filtered.json().cloud_connections.map((c: any) => c.id).sort()).toEqual([a, b].sort());
      expect((await cc.call('POST', '/cloud-connections/filter', { tags: [{ key: 'tier', values: [] }] })).json().cloud_connections.map((c: any) => c.id)).toEqual([a]);
      const keys = await cc.call('GET', '/cloud-connections/tags');
      expect(keys.json().tags).toEqual(expect.arrayContaining([{ key: 'team', values: ['net', 'ops'] }, { key: 'tier', values: ['silver'] }]));
      expect(keys.json().request_id).toBe(keys.headers['x-request-id']);

      expect((await cc.call('POST', `/cloud-connections/${a}/untag`, { tags: [{ key: 'tier' }] })).statusCode).toBe(204);
      expect((await cc.call('GET', `/cloud-connections/${a}`)).json().cloud_connection.tags).toEqual([{ key: 'team', value: 'net' }]);

      expect(expectCcError(await cc.call('POST', `/cloud-connections/${a}/tag`, { tags: [{ key: 'bad key', value: 'x' }] }), 400, 'CC.1002')).toContain('tags.0.key');
      expect(expectCcError(await cc.call('POST', `/cloud-connections/${a}/tag`, { tags: [{ key: 'k', value: 'v!' }] }), 400, 'CC.1002')).toContain('tags.0.value');
      expectCcError(await cc.call('POST', `/cloud-connections/${a}/tag`, { tags: [{ key: 'k'.repeat(129), value: '' }] }), 400, 'CC.1002');
      expectCcError(await cc.call('POST', `/cloud-connections/${a}/tag`, { tags: [{ key: 'k', value: '1' }, { key: 'k', value: '2' }] }), 400, 'CC.1002');
      const nineteen = Array.from({ length: 19 }, (_, i) => ({ key: `k${i}`, value: `${i}` }));
      expect((await cc.call('POST', `/cloud-connections/${a}/tag`, { tags: nineteen })).statusCode).toBe(204);
      expectCcError(await cc.call('POST', `/cloud-connections/${a}/tag`, { tags: [{ key: 'one-too-many', value: '' }] }), 400, 'CC.1101');
      expect((await cc.call('GET', `/cloud-connections/${a}`)).json().cloud_connection.tags).toHaveLength(20);
      expectCcError(await cc.call('POST', '/cloud-connections', { cloud_connection: { name: 'x', tags: [...nineteen, { key: 'a', value: '' }, { key: 'b', value: '' }] } }), 400, 'CC.1002');
    });

    it('lists: limit 1–2000, marker forward and back with page_info, repeated filters', async () => {
      const ids: string[] = [];
      for (const n of ['p1', 'p2', 'p3', 'p4', 'p5']) ids.push(await makeConnection(cc, n, { description: `page ${n}` }));
      const names = ['p1', 'p2', 'p3', 'p4', 'p5'];
      const first = await cc.call('GET', `/cloud-connections?limit=2&${names.map((n) => `name=${n}`).join('&')}`);
      expect(first.statusCode).toBe(200);
      expect(first.json().cloud_connections.map((c: any) => c.id)).toEqual(ids.slice(0, 2));
      expect(first.json().page_info).toEqual({ current_count: 2, next_marker: ids[1] });
      const second = (await cc.call('GET', `/cloud-connections?limit=2&marker=${ids[1]}&${names.map((n) => `name=${n}`).join('&')}`)).json();
      expect(second.cloud_connections.map((c: any) => c.id)).toEqual(ids.slice(2, 4));
      expect(second.page_info).toEqual({ current_count: 2, next_marker: ids[3], previous_marker: ids[2] });
      const back = (await cc.call('GET', `/cloud-connections?limit=2&marker=${ids[2]}&page_reverse=true&${names.map((n) => `name=${n}`).join('&')}`)).json();
      expect(back.cloud_connections.map((c: any) => c.id)).toEqual(ids.slice(0, 2));
      expect(back.page_info).toEqual({ current_count: 2, next_marker: ids[1] });
      const last = (await cc.call('GET', `/cloud-connections?limit=2&marker=${ids[3]}&${names.map((n) => `name=${n}`).join('&')}`)).json();
      expect(last.page_info).toEqual({ current_count: 1, previous_marker: ids[4] });

      const byId = (await cc.call('GET', `/cloud-connections?id=${ids[0]}&id=${ids[4]}&status=ACTIVE&enterprise_project_id=0&used_scene=vpc`)).json();
      expect(byId.cloud_connections.map((c: any) => c.id)).toEqual([ids[0], ids[4]]);
      expect((await cc.call('GET', '/cloud-connections?description=page%20p3')).json().cloud_connections.map((c: any) => c.id)).toEqual([ids[2]]);
      expect((await cc.call('GET', '/cloud-connections?limit=2000')).statusCode).toBe(200);

      // status and used_scene take the published enums (ACTIVE, vpc): anything else is a 400.
      for (const bad of ['limit=0', 'limit=2001', 'limit=x', 'marker=nope', 'colour=red', 'status=DOWN', `used_scene=vpc&used_scene=vpc&used_scene=vpc`]) {
        expectCcError(await cc.call('GET', `/cloud-connections?${bad}`), 400, 'CC.1002');
      }
    });

    it('deletes (204); then 404 with the CC body; unknown routes 404 too', async () => {
      const id = await makeConnection(cc, 'doomed');
      const res = await cc.call('DELETE', `/cloud-connections/${id}`);
      expect(res.statusCode).toBe(204);
      expect(res.body).toBe('');
      expectCcError(await cc.call('GET', `/cloud-connections/${id}`), 404, 'CC.1007');
      expectCcError(await cc.call('DELETE', `/cloud-connections/${id}`), 404, 'CC.1007');
      expectCcError(await cc.call('PUT', `/cloud-connections/${id}`, { cloud_connection: { name: 'x' } }), 404, 'CC.1007');
      expectCcError(await cc.call('GET', '/no-such-thing'), 404, 'CC.1007');
    });
  });
}
