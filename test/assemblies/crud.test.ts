import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError, expectForbidden, expectNativeError } from '../tenancy/native.ts';
import { assembliesOf, assemblyBody, assemblyRows, makeAssembly, makeConnection, withDeadline } from './fixture.ts';

type Res = Awaited<ReturnType<TestApp['request']>>;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

for (const dialect of DIALECTS) {
  describe(`cloud assemblies: create, read, rename, status [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    let conn: number;
    let eastOnly: number;
    let viewerToken: string;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      base = assembliesOf(t);
      conn = await makeConnection(t);
      eastOnly = await makeConnection(t, { name: 'east-only', operationalRegions: ['us-east-1'] });
      const viewer = await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: 'viewer-bot', role: 'viewer' } });
      expect(viewer.statusCode).toBe(201);
      viewerToken = viewer.json().token;
      expect((await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects`, payload: { id: 'staging' } })).statusCode).toBe(201);
    });
    afterAll(() => t.close());

    const get = (id: number) => t.request({ method: 'GET', url: `${base}/${id}` });
    const post = (payload: unknown) => t.request({ method: 'POST', url: base, payload: payload as object });
    const put = (id: number, path: string, payload: unknown, headers: Record<string, string> = {}) =>
      t.request({ method: 'PUT', url: `${base}/${id}/${path}`, payload: payload as object, headers });

    it('creates an assembly: 201 with Location, ETag and every field', async () => {
      const res = await post(assemblyBody(conn, { name: 'shop-app' }));
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body).toEqual({
        accountId: t.accountId, projectId: 'default', id: expect.any(Number), name: 'shop-app', description: 'the shop', cloudType: 'aws',
        cloudConnectionId: conn, sourceRegion: 'us-east-1',
        resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] },
        allowCrossRegionRecovery: true, replicaRegions: ['us-west-2'], validators: [], status: 'enabled', statusMessage: null,
        lastProtection: null, lastProtectionAt: null, lastProtectionStatus: null, lastSuccessfulProtectionAt: null,
        rtoTargetMinutes: null, rpoTargetMinutes: null, rpoStatus: 'unknown',
        vpcId: null, protectionStrategy: null, protectionStrategyOptions: {},
        createdAt: expect.stringMatching(ISO), updatedAt: body.createdAt, deletedAt: null,
      });
      expect(res.headers.location).toBe(`${base}/${body.id}`);
      expect(res.headers.etag).toMatch(/^"\d+"$/);

      const read = await t.request({ method: 'GET', url: res.headers.location as string });
      expect(read.statusCode).toBe(200);
      expect(read.headers.etag).toBe(res.headers.etag);
      expect({ ...read.json(), cloudConnectionName: undefined }).toEqual({ ...body, cloudConnectionName: undefined });
    });

    it('defaults: no description is empty, no replicas, no cross-region recovery', async () => {
      const res = await post({ name: 'minimal', cloudConnectionId: conn, sourceRegion: 'us-west-2', resourceFilterStrategy: { filterType: 'vpc', vpcId: 'vpc-0123456789abcdef0' } });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ description: '', replicaRegions: [], validators: [], allowCrossRegionRecovery: false, sourceRegion: 'us-west-2', resourceFilterStrategy: { filterType: 'vpc', vpcId: 'vpc-0123456789abcdef0' } });
      expect(res.json().vpcId).toBe('vpc-0123456789abcdef0');
    });

    it('accepts the boundaries: names of 3 and 50 characters, a 1000-character description, every filter type', async () => {
      expect((await post(assemblyBody(conn, { name: 'abc' }))).statusCode).toBe(201);
      const long = await post(assemblyBody(conn, { name: `A${'b-9'.repeat(16)}x`, description: 'd'.repeat(1000) }));
      expect(long.statusCode, long.body).toBe(201);
      expect(long.json().description).toHaveLength(1000);
      expect(long.json().name).toHaveLength(50);
      const manual = await post(assemblyBody(conn, { name: 'manual-one', resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-db', 'anything-at-all'] } }));
      expect(manual.statusCode, manual.body).toBe(201);
      const all = await post(assemblyBody(conn, { name: 'all-tags', resourceFilterStrategy: { filterType: 'tags', conditions: 'match-all-tags', tags: [{ key: 'app', value: 'shop' }, { key: 'env', value: 'prod' }] } }));
      expect(all.statusCode, all.body).toBe(201);
    });

    const bad: Array<[string, Record<string, unknown>, string]> = [
      ['a name of 2 characters', { name: 'ab' }, 'name'],
      ['a name of 51 characters', { name: 'a'.repeat(51) }, 'name'],
      ['a name that starts with a digit', { name: '1shop' }, 'name'],
      ['a name with an underscore', { name: 'shop_app' }, 'name'],
      ['a name with a space', { name: 'shop app' }, 'name'],
      ['a name that is not a string', { name: 42 }, 'name'],
      ['no name', { name: undefined }, 'name'],
      ['a description of 1001 characters', { description: 'd'.repeat(1001) }, 'description'],
      ['a connection id that does not exist', { cloudConnectionId: 987654 }, 'cloudConnectionId'],
      ['a connection id that is not a number', { cloudConnectionId: 'prod-aws' }, 'cloudConnectionId'],
      ['no connection id', { cloudConnectionId: undefined }, 'cloudConnectionId'],
      ['a source region that is not an AWS region', { sourceRegion: 'us-east-9' }, 'sourceRegion'],
      ["a source region outside the connection's operational regions", { sourceRegion: 'eu-west-1' }, 'sourceRegion'],
      ['no source region', { sourceRegion: undefined }, 'sourceRegion'],
      ['a replica region equal to the source region', { replicaRegions: ['us-east-1'] }, 'replicaRegions.0'],
      ["a replica region outside the connection's regions", { replicaRegions: ['us-west-2', 'eu-west-1'] }, 'replicaRegions.1'],
      ['a replica region that is not an AWS region', { replicaRegions: ['mars-1'] }, 'replicaRegions.0'],
      ['a replica region twice', { replicaRegions: ['us-west-2', 'us-west-2'] }, 'replicaRegions'],
      ['allowCrossRegionRecovery as a string', { allowCrossRegionRecovery: 'yes' }, 'allowCrossRegionRecovery'],
      ['no resource filter', { resourceFilterStrategy: undefined }, 'resourceFilterStrategy'],
      ['a manual filter without ids', { resourceFilterStrategy: { filterType: 'manual', resourceIds: [] } }, 'resourceFilterStrategy.resourceIds'],
      ['a manual filter with no ids field', { resourceFilterStrategy: { filterType: 'manual' } }, 'resourceFilterStrategy.resources'],
      ['a manual filter with its ids under both spellings', { resourceFilterStrategy: { filterType: 'manual', resources: ['a'], resourceIds: ['a'] } }, 'resourceFilterStrategy.resources'],
      ['a manual filter with resources empty', { resourceFilterStrategy: { filterType: 'manual', resources: [] } }, 'resourceFilterStrategy.resources'],
      ['a manual filter naming an id twice', { resourceFilterStrategy: { filterType: 'manual', resourceIds: ['a', 'a'] } }, 'resourceFilterStrategy.resourceIds'],
      ['a vpc filter whose id is not a VPC id', { resourceFilterStrategy: { filterType: 'vpc', vpcId: 'vpc-XYZ' } }, 'resourceFilterStrategy.vpcId'],
      ['a vpc filter naming a subnet', { resourceFilterStrategy: { filterType: 'vpc', vpcId: 'subnet-0123456789abcdef0' } }, 'resourceFilterStrategy.vpcId'],
      ['a tags filter with an unknown condition', { resourceFilterStrategy: { filterType: 'tags', conditions: 'match-some-tags', tags: [{ key: 'app', value: 'shop' }] } }, 'resourceFilterStrategy.conditions'],
      ['a tags filter without tags', { resourceFilterStrategy: { filterType: 'tags', conditions: 'match-all-tags', tags: [] } }, 'resourceFilterStrategy.tags'],
      ['a tag with an empty key', { resourceFilterStrategy: { filterType: 'tags', conditions: 'match-all-tags', tags: [{ key: '', value: 'x' }] } }, 'resourceFilterStrategy.tags.0.key'],
    ];
    for (const [what, override, field] of bad) {
      it(`refuses ${what}: 400 naming ${field}, nothing written`, async () => {
        const before = await assemblyRows(t);
        const res = await post(assemblyBody(conn, { name: 'refused', ...override }));
        const body = expectFieldError(res, field);
        expect(body.errors[0].code).toBe('VALIDATION_FAILED');
        expect(await assemblyRows(t)).toBe(before);
      });
    }

    it('refuses a filter type it does not know: 400 naming the filter, nothing written', async () => {
      const before = await assemblyRows(t);
      const res = await post(assemblyBody(conn, { resourceFilterStrategy: { filterType: 'everything' } }));
      const body = expectNativeError(res, 400, 'validation');
      expect(Object.keys(body.fieldErrors).some((f) => f === 'resourceFilterStrategy' || f === 'resourceFilterStrategy.filterType'), JSON.stringify(body.fieldErrors)).toBe(true);
      expect(await assemblyRows(t)).toBe(before);
    });

    it('refuses unknown fields, at the top and inside the filter', async () => {
      const before = await assemblyRows(t);
      expectFieldError(await post(assemblyBody(conn, { colour: 'red' })), 'colour');
      expectFieldError(await post(assemblyBody(conn, { resourceFilterStrategy: { filterType: 'vpc', vpcId: 'vpc-0123456789abcdef0', subnets: true } })), 'resourceFilterStrategy.subnets');
      expect(await assemblyRows(t)).toBe(before);
    });

    it('says what is wrong with the filter the user chose, and only that', async () => {
      // A vpc filter with a bad id: the error is about the id's pattern, not "unknown field" nor the fields of the other filter types.
      const vpc = expectFieldError(await post(assemblyBody(conn, { resourceFilterStrategy: { filterType: 'vpc', vpcId: 'vpc-XYZ' } })), 'resourceFilterStrategy.vpcId');
      expect(vpc.fieldErrors['resourceFilterStrategy.vpcId']).toMatch(/must match/);
      expect(Object.keys(vpc.fieldErrors)).not.toContain('resourceFilterStrategy.resourceIds');
      expect(Object.keys(vpc.fieldErrors)).not.toContain('resourceFilterStrategy.tags');
      const tags = expectFieldError(await post(assemblyBody(conn, { resourceFilterStrategy: { filterType: 'tags', conditions: 'match-some-tags', tags: [{ key: 'app', value: 'shop' }] } })), 'resourceFilterStrategy.conditions');
      expect(tags.fieldErrors['resourceFilterStrategy.conditions']).toMatch(/match-all-tags/);
      expect(Object.keys(tags.fieldErrors)).not.toContain('resourceFilterStrategy.vpcId');
    });

    it('names every bad field at once', async () => {
      const res = await post(assemblyBody(conn, { name: '9', description: 'd'.repeat(1001), sourceRegion: 'nowhere' }));
      expect(Object.keys(expectNativeError(res, 400, 'validation').fieldErrors).sort()).toEqual(['description', 'name', 'sourceRegion']);
    });

    it('a source region the connection has, with replicas it does not: 400 naming the replica only', async () => {
      const res = await post(assemblyBody(eastOnly, { name: 'east-app', replicaRegions: ['us-west-2'] }));
      const body = expectFieldError(res, 'replicaRegions.0');
      expect(body.fieldErrors.sourceRegion).toBeUndefined();
      expect((await post(assemblyBody(eastOnly, { name: 'east-app', replicaRegions: [] }))).statusCode).toBe(201);
    });

    it('refuses a connection of another project: 400 naming cloudConnectionId, nothing written', async () => {
      const staging = await makeConnection(t, { name: 'staging-aws' }, 'staging');
      const before = await assemblyRows(t);
      const res = await post(assemblyBody(staging, { name: 'cross-project' }));
      const body = expectFieldError(res, 'cloudConnectionId');
      expect(res.body).not.toContain('staging-aws');
      expect(body.fieldErrors.cloudConnectionId).toMatch(/no cloud connection/);
      expect(await assemblyRows(t)).toBe(before);
      // In its own project the connection works.
      expect((await t.request({ method: 'POST', url: assembliesOf(t, 'staging'), payload: assemblyBody(staging, { name: 'cross-project' }) })).statusCode).toBe(201);
    });

    it('refuses a name taken in the project with 409, and two creates with one name at once make one assembly', async () => {
      const before = await assemblyRows(t);
      const taken = expectNativeError(await post(assemblyBody(conn, { name: 'shop-app' })), 409, 'conflict');
      expect(taken.errors[0].code).toBe('NAME_TAKEN');
      expect(taken.fieldErrors.name).toBe('is taken');
      expect(await assemblyRows(t)).toBe(before);
      const racing = await Promise.all([1, 2, 3].map(() => post(assemblyBody(conn, { name: 'race-create' }))));
      expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
      expect(await assemblyRows(t)).toBe(before + 1);
    });

    it('the same name is free in another project', async () => {
      const staging = (await t.request({ method: 'GET', url: `/api/v1/accounts/${t.accountId}/projects/staging/aws/cloud-connections?name=staging-aws` })).json()[0].id;
      expect((await t.request({ method: 'POST', url: assembliesOf(t, 'staging'), payload: assemblyBody(staging, { name: 'shop-app' }) })).statusCode).toBe(201);
    });

    it('answers 404 for an assembly that does not exist, or of another project, with no byte of it', async () => {
      const mine = await makeAssembly(t, conn, { name: 'private-app', description: 'secret description' });
      expectNativeError(await get(987654), 404, 'not-found');
      const other = await t.request({ method: 'GET', url: `${assembliesOf(t, 'staging')}/${mine.id}` });
      const body = expectNativeError(other, 404, 'not-found');
      expect(body.errors[0].code).toBe('NOT_FOUND');
      expect(other.body).not.toContain('private-app');
      expect(other.body).not.toContain('secret description');
      for (const [method, suffix, payload] of [
        ['PUT', '/general-information', { name: 'stolen' }], ['PUT', '/status', { status: 'disabled' }], ['DELETE', '', undefined], ['GET', '/resources', undefined],
      ] as Array<['PUT' | 'DELETE' | 'GET', string, object | undefined]>) {
        expectNativeError(await t.request({ method, url: `${assembliesOf(t, 'staging')}/${mine.id}${suffix}`, payload }), 404, 'not-found');
      }
      expect((await get(mine.id)).json()).toMatchObject({ name: 'private-app', status: 'enabled' });
      const staged = (await t.request({ method: 'GET', url: `/api/v1/accounts/${t.accountId}/projects/staging/cloud-assemblies` })).json();
      expect(staged.map((a: { name: string }) => a.name)).not.toContain('private-app');
    });

    describe('rename (PUT …/general-information)', () => {
      let id: number;
      beforeAll(async () => {
        id = (await makeAssembly(t, conn, { name: 'to-rename', description: 'kept' })).id;
        await makeAssembly(t, conn, { name: 'occupied' });
      });

      it('renames: 200 with the new name, a new ETag, the description kept when absent', async () => {
        const before = await get(id);
        const res = await put(id, 'general-information', { name: 'Renamed-1' });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toMatchObject({ id, name: 'Renamed-1', description: 'kept' });
        expect(res.headers.etag).not.toBe(before.headers.etag);
        expect(Date.parse(res.json().updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.json().updatedAt));
        expect((await get(id)).json().name).toBe('Renamed-1');
        const described = await put(id, 'general-information', { name: 'Renamed-1', description: 'new words' });
        expect(described.json().description).toBe('new words');
      });

      it('answers 412 to a stale If-Match and changes nothing; the current ETag works', async () => {
        const current = await get(id);
        const etag = current.headers.etag as string;
        const stale = `"${Number(etag.replace(/"/g, '')) - 1}"`;
        const res = await put(id, 'general-information', { name: 'stale-write' }, { 'if-match': stale });
        expect(expectNativeError(res, 412).errors[0].code).toBe('VERSION_MISMATCH');
        expect((await get(id)).json().name).toBe(current.json().name);
        expect((await get(id)).headers.etag).toBe(etag);
        const ok = await put(id, 'general-information', { name: 'fresh-write' }, { 'if-match': etag });
        expect(ok.statusCode).toBe(200);
        expect(ok.json().name).toBe('fresh-write');
      });

      it('answers 409 when the name is taken, and writes nothing', async () => {
        const before = await get(id);
        const res = await put(id, 'general-information', { name: 'occupied' });
        const body = expectNativeError(res, 409, 'conflict');
        expect(body.errors[0].code).toBe('NAME_TAKEN');
        expect(body.fieldErrors.name).toBe('is taken');
        const after = await get(id);
        expect(after.json().name).toBe(before.json().name);
        expect(after.headers.etag).toBe(before.headers.etag);
      });

      it('two renames to one free name at once: one wins, the other is 409', async () => {
        const second = (await makeAssembly(t, conn, { name: 'racer-b' })).id;
        const results = await Promise.all([put(id, 'general-information', { name: 'contested' }), put(second, 'general-information', { name: 'contested' })]);
        expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
        const named = (await t.request({ method: 'GET', url: `${t.P}/cloud-assemblies?name=contested` })).json();
        expect(named).toHaveLength(1);
      });

      it('refuses a bad name or an unknown field with 400 and writes nothing', async () => {
        const before = await get(id);
        expectFieldError(await put(id, 'general-information', { name: '-bad' }), 'name');
        expectFieldError(await put(id, 'general-information', { name: 'good-name', cloudConnectionId: eastOnly }), 'cloudConnectionId');
        expectFieldError(await put(id, 'general-information', { description: 'no name' }), 'name');
        expectFieldError(await put(id, 'general-information', { name: 'good-name', description: 'd'.repeat(1001) }), 'description');
        expect((await get(id)).headers.etag).toBe(before.headers.etag);
      });
    });

    describe('enable and disable (PUT …/status)', () => {
      let id: number;
      beforeAll(async () => {
        id = (await makeAssembly(t, conn, { name: 'switchable', resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-sessions'] } })).id;
      });

      it('disables: a disabled assembly is not protected (protect now is 409)', async () => {
        const res = await put(id, 'status', { status: 'disabled' });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().status).toBe('disabled');
        expect((await get(id)).json().status).toBe('disabled');
        const protect = await t.request({ method: 'POST', url: `${base}/${id}/protections`, payload: {} });
        expect(expectNativeError(protect, 409, 'conflict').errors[0].code).toBe('ASSEMBLY_NOT_ENABLED');
      });

      it('enables again; setting the status it has already changes nothing', async () => {
        const res = await put(id, 'status', { status: 'enabled' });
        expect(res.json().status).toBe('enabled');
        const again = await put(id, 'status', { status: 'enabled' });
        expect(again.statusCode).toBe(200);
        expect(again.headers.etag).toBe(res.headers.etag);
      });

      it('refuses a status a user cannot set, and a stale If-Match', async () => {
        for (const status of ['deleted', 'delete-requested', 'paused', '']) expectFieldError(await put(id, 'status', { status }), 'status');
        const etag = (await get(id)).headers.etag as string;
        expectNativeError(await put(id, 'status', { status: 'disabled' }, { 'if-match': `"${Number(etag.replace(/"/g, '')) + 5}"` }), 412);
        expect((await get(id)).json().status).toBe('enabled');
      });
    });

    describe('permissions and tenants', () => {
      let id: number;
      let tokenB: string;
      beforeAll(async () => {
        id = (await makeAssembly(t, conn, { name: 'guarded', description: 'only for tenant A' })).id;
        const b = await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'tenant-b' } });
        expect(b.statusCode).toBe(201);
        const admin = await t.request({ method: 'POST', url: `/api/v1/accounts/${b.json().id}/service-accounts`, payload: { name: 'b-admin', role: 'admin' } });
        tokenB = admin.json().token;
      });

      it('answers 401 without a token', async () => {
        const res = await t.request({ method: 'GET', url: `${base}/${id}`, token: null });
        expect(expectNativeError(res, 401).errors[0].type).toBe('unauthenticated');
      });

      it('a viewer reads, and gets 403 naming the permission for every change', async () => {
        const as = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) => t.request({ method, url, payload, token: viewerToken });
        expect((await as('GET', `${base}/${id}`)).statusCode).toBe(200);
        expect((await as('GET', `${t.P}/cloud-assemblies`)).statusCode).toBe(200);
        expect((await as('GET', `${base}/${id}/resources`)).statusCode).toBe(200);
        const before = await assemblyRows(t);
        expectForbidden(await as('POST', base, assemblyBody(conn, { name: 'viewer-made' })), 'cloud-assemblies:create');
        expectForbidden(await as('PUT', `${base}/${id}/general-information`, { name: 'viewer-renamed' }), 'cloud-assemblies:update');
        expectForbidden(await as('PUT', `${base}/${id}/resources`, { resourceFilterStrategy: { filterType: 'manual', resourceIds: ['x'] } }), 'cloud-assemblies:update');
        expectForbidden(await as('PUT', `${base}/${id}/status`, { status: 'disabled' }), 'cloud-assemblies:update');
        expectForbidden(await as('DELETE', `${base}/${id}`), 'cloud-assemblies:delete');
        expect(await assemblyRows(t)).toBe(before);
        expect((await get(id)).json()).toMatchObject({ name: 'guarded', status: 'enabled', resourceFilterStrategy: { filterType: 'tags' } });
      });

      it("another account's token gets 404 on every assembly route of this account, and changes nothing", async () => {
        const before = await get(id);
        const routes: Array<['GET' | 'POST' | 'PUT' | 'DELETE', string, object?]> = [
          ['GET', `${t.P}/cloud-assemblies`],
          ['POST', base, assemblyBody(conn, { name: 'b-in-a' })],
          ['POST', base, { bogus: true }],
          ['GET', `${base}/${id}`],
          ['GET', `${base}/${id}/resources`],
          ['PUT', `${base}/${id}/general-information`, { name: 'hijacked' }],
          ['PUT', `${base}/${id}/resources`, { resourceFilterStrategy: { filterType: 'manual', resourceIds: ['x'] } }],
          ['PUT', `${base}/${id}/status`, { status: 'disabled' }],
          ['DELETE', `${base}/${id}`],
        ];
        for (const [method, url, payload] of routes) {
          const res = await t.request({ method, url, payload, token: tokenB });
          const body = expectNativeError(res, 404, 'not-found');
          expect(body.errors[0].code, `${method} ${url}`).toBe('NOT_FOUND');
          expect(res.body).not.toContain('guarded');
          expect(res.body).not.toContain('only for tenant A');
          expect(res.headers.etag).toBeUndefined();
        }
        const after = await get(id);
        expect(after.headers.etag).toBe(before.headers.etag);
        expect(after.json()).toEqual(before.json());
      });
    });
  });

  describe(`cloud assemblies: listing across clouds [${dialect}]`, () => {
    let t: TestApp;
    let list: string;
    const names = (res: Res) => res.json().map((a: { name: string }) => a.name);
    const ask = (query: string, headers: Record<string, string> = {}) => t.request({ method: 'GET', url: `${list}${query}`, headers });

    beforeAll(async () => {
      t = await startTestApp(dialect);
      list = `${t.P}/cloud-assemblies`;
      const prod = await makeConnection(t, { name: 'prod-aws' });
      const dr = await makeConnection(t, { name: 'dr-west' });
      // Created in this order: charlie, alpha, bravo, delta-east, echo, foxtrot (deleted).
      await makeAssembly(t, prod, { name: 'charlie' });
      await makeAssembly(t, prod, { name: 'alpha' });
      await makeAssembly(t, dr, { name: 'bravo', sourceRegion: 'us-west-2', replicaRegions: ['us-east-1'] });
      const delta = await makeAssembly(t, dr, { name: 'delta-east' });
      await makeAssembly(t, prod, { name: 'echo' });
      const foxtrot = await makeAssembly(t, prod, { name: 'foxtrot' });
      expect((await t.request({ method: 'PUT', url: `${assembliesOf(t)}/${delta.id}/status`, payload: { status: 'disabled' } })).statusCode).toBe(200);
      expect((await t.request({ method: 'DELETE', url: `${assembliesOf(t)}/${foxtrot.id}` })).statusCode).toBe(202);
      await eventually(async () => (await t.request({ method: 'GET', url: `${assembliesOf(t)}/${foxtrot.id}` })).json().status === 'deleted', 10_000, 'foxtrot deleted');
      // An assembly of another project never shows here.
      await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects`, payload: { id: 'staging' } });
      const staging = await makeConnection(t, { name: 'staging-aws' }, 'staging');
      await makeAssembly(t, staging, { name: 'staging-app' }, 'staging');
    });
    afterAll(() => t.close());

    it('lists the live assemblies of the project in creation order, with Content-Range and each connection name', async () => {
      const res = await ask('');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-range']).toBe('items 1-5/5');
      expect(names(res)).toEqual(['charlie', 'alpha', 'bravo', 'delta-east', 'echo']);
      const byName = Object.fromEntries(res.json().map((a: { name: string }) => [a.name, a]));
      expect(byName.bravo).toMatchObject({ cloudType: 'aws', cloudConnectionName: 'dr-west', sourceRegion: 'us-west-2', status: 'enabled' });
      expect(byName.charlie.cloudConnectionName).toBe('prod-aws');
      expect(byName['delta-east'].status).toBe('disabled');
    });

    it('pages with Range: items=a-b, and refuses a bad Range', async () => {
      const page = await ask('', { range: 'items=2-3' });
      expect(page.statusCode).toBe(200);
      expect(names(page)).toEqual(['alpha', 'bravo']);
      expect(page.headers['content-range']).toBe('items 2-3/5');
      const past = await ask('', { range: 'items=10-20' });
      expect(past.json()).toEqual([]);
      expect(past.headers['content-range']).toBe('items */5');
      for (const bad of ['items=0-3', 'items=4-2', 'items=1-1001', 'rows=1-2']) expectFieldError(await ask('', { range: bad }), 'Range');
    });

    it('sorts by name, cloud type, status and creation time, both ways', async () => {
      expect(names(await ask('?sort_by=name'))).toEqual(['alpha', 'bravo', 'charlie', 'delta-east', 'echo']);
      expect(names(await ask('?sort_by=name&sort_order=desc'))).toEqual(['echo', 'delta-east', 'charlie', 'bravo', 'alpha']);
      expect(names(await ask('?sort_by=created-at&sort_order=asc'))).toEqual(['charlie', 'alpha', 'bravo', 'delta-east', 'echo']);
      expect(names(await ask('?sort_by=created-at&sort_order=desc'))).toEqual(['echo', 'delta-east', 'bravo', 'alpha', 'charlie']);
      // All are AWS: ties keep creation order, reversed with desc.
      expect(names(await ask('?sort_by=cloud-type&sort_order=asc'))).toEqual(['charlie', 'alpha', 'bravo', 'delta-east', 'echo']);
      expect(names(await ask('?sort_by=cloud-type&sort_order=desc'))).toEqual(['echo', 'delta-east', 'bravo', 'alpha', 'charlie']);
      expect(names(await ask('?sort_by=status&sort_order=asc'))).toEqual(['delta-east', 'charlie', 'alpha', 'bravo', 'echo']);
      expect(names(await ask('?sort_by=status&sort_order=desc'))).toEqual(['echo', 'bravo', 'alpha', 'charlie', 'delta-east']);
      expect(names(await ask('?sort_by=name&sort_order=desc', { range: 'items=1-2' }))).toEqual(['echo', 'delta-east']);
      expectFieldError(await ask('?sort_by=colour'), 'sort_by');
      expectFieldError(await ask('?sort_order=sideways'), 'sort_order');
    });

    it('filters by name (part of it, any case), cloud type, status and connection name', async () => {
      expect(names(await ask('?name=LTA'))).toEqual(['delta-east']);
      expect(names(await ask('?name=%25'))).toEqual([]); // a literal %, not a wildcard
      expect(names(await ask('?name=_'))).toEqual([]); // a literal _
      expect(names(await ask('?cloud_type=aws'))).toHaveLength(5);
      expect(names(await ask('?status=disabled'))).toEqual(['delta-east']);
      expect(names(await ask('?status=enabled&status=disabled'))).toHaveLength(5);
      expect(names(await ask('?cloud_connection_name=DR-'))).toEqual(['bravo', 'delta-east']);
      expect(names(await ask('?cloud_connection_name=prod-aws&name=ALP'))).toEqual(['alpha']);
      const res = await ask('?cloud_connection_name=dr-west');
      expect(res.headers['content-range']).toBe('items 1-2/2');
      for (const [query, field] of [['?cloud_type=gcp', 'cloud_type'], ['?status=asleep', 'status']]) {
        const fields = Object.keys(expectNativeError(await ask(query), 400, 'validation').fieldErrors);
        expect(fields.some((f) => f.startsWith(field)), fields.join()).toBe(true);
      }
      expectFieldError(await ask('?colour=red'), 'colour');
    });

    it('joins filters with and by default, or with filter_condition=or', async () => {
      expect(names(await ask('?status=disabled&cloud_connection_name=prod'))).toEqual([]);
      expect(names(await ask('?status=disabled&cloud_connection_name=prod&filter_condition=and'))).toEqual([]);
      expect(names(await ask('?status=disabled&cloud_connection_name=prod&filter_condition=or'))).toEqual(['charlie', 'alpha', 'delta-east', 'echo']);
      // A connection name that matches no connection matches no assembly, alone or and-ed, and leaves an or to the other filters.
      expect(names(await ask('?cloud_connection_name=no-such-connection'))).toEqual([]);
      expect(names(await ask('?cloud_connection_name=no-such-connection&status=disabled'))).toEqual([]);
      expect(names(await ask('?cloud_connection_name=no-such-connection&status=disabled&filter_condition=or'))).toEqual(['delta-east']);
      expectFieldError(await ask('?filter_condition=xor'), 'filter_condition');
    });

    it('leaves deleted assemblies out unless asked for status=deleted', async () => {
      expect(names(await ask('?name=foxtrot'))).toEqual([]);
      const deleted = await ask('?status=deleted');
      expect(names(deleted)).toEqual(['foxtrot']);
      expect(deleted.json()[0]).toMatchObject({ status: 'deleted', deletedAt: expect.stringMatching(ISO), cloudConnectionName: 'prod-aws' });
      expect(names(await ask('?status=deleted&status=disabled'))).toEqual(['delta-east', 'foxtrot']);
    });

    it('another project has its own list', async () => {
      const res = await t.request({ method: 'GET', url: `/api/v1/accounts/${t.accountId}/projects/staging/cloud-assemblies` });
      expect(names(res)).toEqual(['staging-app']);
      expect(res.headers['content-range']).toBe('items 1-1/1');
    });
  });

  describe(`cloud assemblies: changing the filter (PUT …/resources) [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    let id: number;
    /**
     * Every request here has a deadline: a PUT …/resources that never answers (a store deadlocked by it) fails
     * its own test at once, and the tests after it say so instead of each waiting for the test timeout.
     */
    let stuck: string | undefined;
    const timed = <T>(promise: Promise<T>, what: string): Promise<T> => {
      if (stuck) return Promise.reject(new Error(`the store stopped answering after an earlier request: ${stuck}`));
      return withDeadline(promise, 3_000, what).catch((error: Error) => {
        if (/did not answer/.test(error.message)) stuck = error.message;
        throw error;
      });
    };
    const put = (payload: unknown, headers: Record<string, string> = {}) =>
      timed(t.request({ method: 'PUT', url: `${base}/${id}/resources`, payload: payload as object, headers }), 'PUT …/resources');
    const read = () => timed(t.request({ method: 'GET', url: `${base}/${id}` }), 'GET the assembly');

    beforeAll(async () => {
      // No job runner: nothing here needs one, and a runner stuck on a deadlocked store would hold up close().
      t = await startTestApp(dialect, {}, { worker: false });
      base = assembliesOf(t);
      const conn = await makeConnection(t, { operationalRegions: ['us-east-1', 'us-west-2', 'eu-west-1'] });
      id = (await makeAssembly(t, conn, { name: 'refilter' })).id;
    });
    afterAll(async () => {
      await withDeadline(t.close(), 3_000, 'close').catch(() => undefined);
    });

    it('refuses a bad filter, an unknown field and a stale If-Match, and changes nothing', async () => {
      const before = await read();
      expectFieldError(await put({ resourceFilterStrategy: { filterType: 'manual', resourceIds: [] } }), 'resourceFilterStrategy.resourceIds');
      expectFieldError(await put({ resourceFilterStrategy: { filterType: 'vpc', vpcId: 'nope' } }), 'resourceFilterStrategy.vpcId');
      expectFieldError(await put({}), 'resourceFilterStrategy');
      expectFieldError(await put({ resourceFilterStrategy: { filterType: 'manual', resourceIds: ['a'] }, sourceRegion: 'us-west-2' }), 'sourceRegion');
      expectFieldError(await put({ resourceFilterStrategy: { filterType: 'manual', resourceIds: ['a'] }, replicaRegions: ['pluto-1'] }), 'replicaRegions.0');
      const stale = await put({ resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-db'] } }, { 'if-match': '"999"' });
      expect(expectNativeError(stale, 412).errors[0].code).toBe('VERSION_MISMATCH');
      const after = await read();
      expect(after.headers.etag).toBe(before.headers.etag);
      expect(after.json().resourceFilterStrategy).toEqual(before.json().resourceFilterStrategy);
    });

    it('changes the filter: 200, a new ETag, the replicas kept, and the dry run follows at once', async () => {
      const before = await read();
      const res = await put({ resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-db'] } }, { 'if-match': before.headers.etag as string });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-db'] }, replicaRegions: ['us-west-2'], allowCrossRegionRecovery: true });
      expect(res.headers.etag).not.toBe(before.headers.etag);
      expect((await read()).json().resourceFilterStrategy).toEqual({ filterType: 'manual', resources: ['shop-db'], resourceIds: ['shop-db'] });
      const preview = (await t.request({ method: 'GET', url: `${base}/${id}/resources` })).json();
      expect(preview.resources.map((r: { resourceId: string }) => r.resourceId)).toEqual(['shop-db']);

      const replicas = await put({ resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-db'] }, replicaRegions: ['eu-west-1', 'us-west-2'], allowCrossRegionRecovery: false });
      expect(replicas.statusCode, replicas.body).toBe(200);
      expect(replicas.json()).toMatchObject({ replicaRegions: ['eu-west-1', 'us-west-2'], allowCrossRegionRecovery: false });
    });

    it("refuses replicas in the source region or outside the connection's regions: 400 naming replicaRegions.N, nothing written", async () => {
      const before = await read();
      expectFieldError(await put({ resourceFilterStrategy: { filterType: 'manual', resourceIds: ['x'] }, replicaRegions: ['us-east-1'] }), 'replicaRegions.0');
      expectFieldError(await put({ resourceFilterStrategy: { filterType: 'manual', resourceIds: ['x'] }, replicaRegions: ['us-west-2', 'ap-south-1'] }), 'replicaRegions.1');
      const after = await read();
      expect(after.headers.etag).toBe(before.headers.etag);
      expect(after.json().resourceFilterStrategy).toEqual(before.json().resourceFilterStrategy);
    });
  });
}
