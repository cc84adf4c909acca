import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextSlot } from '../../src/modules/policies/schedule.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { insertAssembly } from '../policies/fixture.ts';
import { expectFieldError, expectNativeError } from '../tenancy/native.ts';
import { drillBody, drillPoliciesUrl, drillRowCounts, QUIET_SCHEDULE } from './fixture.ts';

for (const dialect of DIALECTS) {
  describe(`drill policies [${dialect}]`, () => {
    let t: TestApp;
    let seq = 0;
    const url = (assemblyId: number, id?: number, tail = '') => `${drillPoliciesUrl(t, assemblyId)}${id === undefined ? '' : `/${id}`}${tail}`;
    const post = (assemblyId: number, payload: object) => t.request({ method: 'POST', url: url(assemblyId), payload });
    const get = (assemblyId: number, id: number) => t.request({ method: 'GET', url: url(assemblyId, id) });
    const put = (assemblyId: number, id: number, payload: object, headers: Record<string, string> = {}) =>
      t.request({ method: 'PUT', url: url(assemblyId, id), payload, headers });
    const create = async (body: Record<string, unknown> = {}) => {
      const assemblyId = await insertAssembly(t);
      const res = await post(assemblyId, drillBody({ name: `drill-${++seq}`, ...body }));
      expect(res.statusCode, res.body).toBe(201);
      return { assemblyId, policy: res.json(), etag: res.headers.etag as string };
    };

    beforeAll(async () => {
      // No worker: nothing fires or runs while the API is exercised.
      t = await startTestApp(dialect, {}, { worker: false });
      expect((await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects`, payload: { id: 'elsewhere' } })).statusCode).toBe(201);
    });
    afterAll(() => t.close());

    it('creates: 201 with the normalised schedule, the recovery body, nextRunAt, ETag and Location; reads it back', async () => {
      const assemblyId = await insertAssembly(t);
      const before = Date.now();
      const res = await post(assemblyId, drillBody({
        recovery: { recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' }, isolation: 'isolated' },
      }));
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`/api/v1/accounts/${t.accountId}/projects/default/aws/cloud-assemblies/${assemblyId}/drill-policies/${body.id}`);
      expect(body).toEqual({
        accountId: t.accountId, projectId: 'default', id: body.id, cloudAssemblyId: assemblyId, name: 'nightly-drill', description: 'the shop, every night',
        frequencyType: 'yearly', frequencyDetails: { offset: 17, hours: [3], daysOfMonth: [29], months: ['FEBRUARY'] }, cronExpression: null, timeZone: 'UTC',
        recovery: { recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' }, isolation: 'isolated' },
        resetAfterMinutes: 30, status: 'enabled',
        nextRunAt: new Date(nextSlot({ ...QUIET_SCHEDULE, frequencyType: 'yearly', frequencyDetails: { offset: 17, hours: [3], daysOfMonth: [29], months: ['FEBRUARY'] }, cronExpression: null }, before)).toISOString(),
        lastRunAt: null, createdAt: body.createdAt, updatedAt: body.createdAt,
      });
      const read = await get(assemblyId, body.id);
      expect(read.json()).toEqual(body);
      expect(read.headers.etag).toBe('"1"');
    });

    const bad: Array<[string, Record<string, unknown>, string]> = [
      ['no resetAfterMinutes', { resetAfterMinutes: undefined }, 'resetAfterMinutes'],
      ['resetAfterMinutes 0', { resetAfterMinutes: 0 }, 'resetAfterMinutes'],
      ['resetAfterMinutes over a week', { resetAfterMinutes: 10_081 }, 'resetAfterMinutes'],
      ['a name that starts with a digit', { name: '1drill' }, 'name'],
      ['a name too short', { name: 'ab' }, 'name'],
      ['no frequencyType', { frequencyType: undefined }, 'frequencyType'],
      ['a retention field (not a drill\'s)', { retentionCount: 3 }, 'retentionCount'],
      ['a detail the type does not use', { frequencyType: 'hourly', frequencyDetails: { daysOfWeek: ['MONDAY'] } }, 'frequencyDetails.daysOfWeek'],
      ['weekly without days', { frequencyType: 'weekly', frequencyDetails: {} }, 'frequencyDetails.daysOfWeek'],
      ['custom without a cron expression', { frequencyType: 'custom', frequencyDetails: {} }, 'cronExpression'],
      ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
      ['an unknown recovery scope', { recovery: { recoveryScope: 'cross-galaxy' } }, 'recovery.recoveryScope'],
      ['a recovery field a drill sets itself', { recovery: { protectionId: 'prot-1' } }, 'recovery.protectionId'],
      ['a bad recovery region', { recovery: { recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'mars-1' } } }, 'recovery.crossRegionConfiguration.recoveryRegion'],
    ];
    for (const [what, overrides, field] of bad) {
      it(`400 naming ${field} for ${what}; nothing written`, async () => {
        const assemblyId = await insertAssembly(t);
        const before = await drillRowCounts(t);
        expectFieldError(await post(assemblyId, drillBody(overrides)), field);
        expect(await drillRowCounts(t)).toEqual(before);
      });
    }

    /** The connection an inserted assembly uses (another one's is a cross-account target). */
    const connectionOf = async (assemblyId: number): Promise<number> => Number((await (t.app.store.db as unknown as Kysely<any>)
      .selectFrom('cloud_assemblies').select('cloud_connection_id').where('id', '=', assemblyId).executeTakeFirstOrThrow()).cloud_connection_id);
    const setConnection = (id: number, fields: Record<string, unknown>) =>
      (t.app.store.db as unknown as Kysely<any>).updateTable('cloud_connections').set(fields).where('id', '=', id).execute();

    // Bodies the schema accepts but a recovery of this assembly would refuse: each would fail every run.
    type Refusal = [string, (assemblyId: number) => Promise<Record<string, unknown>>, string, RegExp, { allowCrossRegionRecovery?: boolean }?];
    const xregion = (recoveryRegion: string) => ({ recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion } });
    const xaccount = (cloudConnectionId: number) => ({ recoveryScope: 'cross-account', crossAccountConfiguration: { cloudConnectionId } });
    const refusals: Refusal[] = [
      ['a region on a same-region scope', async () => ({ crossRegionConfiguration: { recoveryRegion: 'us-west-2' } }), 'crossRegionConfiguration', /only for recoveryScope cross-region/],
      ['cross-region without a region', async () => ({ recoveryScope: 'cross-region' }), 'crossRegionConfiguration.recoveryRegion', /required/],
      ['cross-region into the source region', async () => xregion('us-east-1'), 'crossRegionConfiguration.recoveryRegion', /must differ from the source region us-east-1/],
      ['cross-region into a region the connection does not operate in', async () => xregion('eu-west-1'), 'crossRegionConfiguration.recoveryRegion', /eu-west-1 is not one of the target connection's operational regions/],
      ['cross-region on an assembly that does not allow it', async () => xregion('us-west-2'), 'crossRegionConfiguration.recoveryRegion', /does not allow cross-region recovery/, { allowCrossRegionRecovery: false }],
      ['a zone of another region', async () => ({ recoveryScope: 'cross-zone', crossZoneConfiguration: { availabilityZone: 'us-west-2a' } }), 'crossZoneConfiguration.availabilityZone', /zone of the source region us-east-1/],
      ['use-source across regions', async () => ({ ...xregion('us-west-2'), recoveryMode: 'use-source' }), 'recoveryMode', /use-source/],
      ['cross-account into the assembly\'s own connection', async (assemblyId) => xaccount(await connectionOf(assemblyId)), 'crossAccountConfiguration.cloudConnectionId', /another connection than the assembly's own/],
      ['cross-account into a connection that does not exist', async () => xaccount(987_654), 'crossAccountConfiguration.cloudConnectionId', /no cloud connection with this id/],
      ['cross-account into another project\'s connection', async () => xaccount(await connectionOf(await insertAssembly(t, { projectId: 'elsewhere' }))), 'crossAccountConfiguration.cloudConnectionId', /no cloud connection with this id/],
      ['cross-account into a disabled connection', async () => {
        const target = await connectionOf(await insertAssembly(t));
        await setConnection(target, { status: 'disabled' });
        return xaccount(target);
      }, 'crossAccountConfiguration.cloudConnectionId', /is disabled with connectivity success; a recovery needs it enabled and verified/],
      ['cross-account into a connection whose verification failed', async () => {
        const target = await connectionOf(await insertAssembly(t));
        await setConnection(target, { connectivity_status: 'authentication-failed' });
        return xaccount(target);
      }, 'crossAccountConfiguration.cloudConnectionId', /connectivity authentication-failed/],
      ['cross-account into a region the target connection does not operate in', async () => {
        const target = await connectionOf(await insertAssembly(t, { regions: ['us-east-1'] }));
        return { recoveryScope: 'cross-account', crossAccountConfiguration: { cloudConnectionId: target, recoveryRegion: 'us-west-2' } };
      }, 'crossAccountConfiguration.recoveryRegion', /us-west-2 is not one of the target connection's operational regions/],
    ];
    for (const [what, recoveryOf, field, message, assembly] of refusals) {
      it(`a recovery the assembly would refuse (${what}): 400 naming recovery.${field} on create and replace; nothing written`, async () => {
        const assemblyId = await insertAssembly(t, assembly);
        const recovery = await recoveryOf(assemblyId);
        const before = await drillRowCounts(t);
        const refused = expectFieldError(await post(assemblyId, drillBody({ name: `refused-${++seq}`, recovery })), `recovery.${field}`);
        expect(refused.fieldErrors[`recovery.${field}`]).toMatch(message);
        expect(refused.message).toContain(`recovery.${field}`);
        expect(await drillRowCounts(t)).toEqual(before);
        // The same body on a replace: the policy is left as it was.
        const created = await post(assemblyId, drillBody({ name: `kept-${++seq}` }));
        expect(created.statusCode, created.body).toBe(201);
        const replaced = expectFieldError(await put(assemblyId, created.json().id, drillBody({ name: created.json().name, recovery })), `recovery.${field}`);
        expect(replaced.fieldErrors[`recovery.${field}`]).toMatch(message);
        const after = await get(assemblyId, created.json().id);
        expect(after.headers.etag).toBe('"1"');
        expect(after.json().recovery).toEqual({ recoveryScope: 'same-region' });
      });
    }

    it('a recovery the assembly accepts is written as sent: cross-zone, and cross-account into an enabled, verified connection of the project', async () => {
      const assemblyId = await insertAssembly(t);
      const target = await connectionOf(await insertAssembly(t));
      for (const recovery of [
        { recoveryScope: 'cross-zone', crossZoneConfiguration: { availabilityZone: 'us-east-1b' }, isolation: 'as-captured' },
        { recoveryScope: 'cross-account', crossAccountConfiguration: { cloudConnectionId: target, recoveryRegion: 'us-west-2' }, recoveryMode: 'rebuild' },
        {},
      ]) {
        const res = await post(assemblyId, drillBody({ name: `accepted-${++seq}`, recovery }));
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json().recovery).toEqual(recovery);
      }
    });

    it('409 for a name taken in the project (on another assembly too); nothing written', async () => {
      const { policy } = await create();
      const before = await drillRowCounts(t);
      const other = await insertAssembly(t);
      const res = expectNativeError(await post(other, drillBody({ name: policy.name })), 409);
      expect(res.fieldErrors.name).toBe('is taken');
      expect(await drillRowCounts(t)).toEqual(before);
    });

    it('lists an assembly\'s policies a page at a time (Range, Content-Range)', async () => {
      const assemblyId = await insertAssembly(t);
      for (const name of ['list-a', 'list-b', 'list-c']) expect((await post(assemblyId, drillBody({ name }))).statusCode).toBe(201);
      const page = await t.request({ method: 'GET', url: url(assemblyId), headers: { range: 'items=2-3' } });
      expect(page.statusCode, page.body).toBe(200);
      expect(page.headers['content-range']).toBe('items 2-3/3');
      expect(page.json().map((p: { name: string }) => p.name)).toEqual(['list-b', 'list-c']);
    });

    it('replaces with If-Match: 200 with a new ETag; a stale ETag is 412 and changes nothing', async () => {
      const { assemblyId, policy, etag } = await create();
      const replaced = await put(assemblyId, policy.id, drillBody({ name: policy.name, frequencyType: 'daily', frequencyDetails: { hours: [2] }, resetAfterMinutes: 120 }), { 'if-match': etag });
      expect(replaced.statusCode, replaced.body).toBe(200);
      expect(replaced.headers.etag).toBe('"2"');
      expect(replaced.json()).toMatchObject({ frequencyType: 'daily', frequencyDetails: { offset: 0, hours: [2] }, resetAfterMinutes: 120 });
      const stale = await put(assemblyId, policy.id, drillBody({ name: policy.name, resetAfterMinutes: 5 }), { 'if-match': etag });
      expectNativeError(stale, 412);
      expect((await get(assemblyId, policy.id)).json().resetAfterMinutes).toBe(120);
      expectFieldError(await put(assemblyId, policy.id, drillBody({ name: policy.name, resetAfterMinutes: 0 })), 'resetAfterMinutes');
    });

    it('pauses and resumes: paused has no nextRunAt; resumed has one again', async () => {
      const { assemblyId, policy } = await create();
      const paused = await t.request({ method: 'PUT', url: url(assemblyId, policy.id, '/status'), payload: { status: 'paused' } });
      expect(paused.statusCode, paused.body).toBe(200);
      expect(paused.json()).toMatchObject({ status: 'paused', nextRunAt: null });
      expectFieldError(await t.request({ method: 'PUT', url: url(assemblyId, policy.id, '/status'), payload: { status: 'sleeping' } }), 'status');
      const resumed = await t.request({ method: 'PUT', url: url(assemblyId, policy.id, '/status'), payload: { status: 'enabled' } });
      expect(resumed.json().status).toBe('enabled');
      expect(Date.parse(resumed.json().nextRunAt)).toBeGreaterThan(Date.now());
    });

    it('deletes with If-Match (412 when stale); then 404', async () => {
      const { assemblyId, policy, etag } = await create();
      expect((await t.request({ method: 'PUT', url: url(assemblyId, policy.id, '/status'), payload: { status: 'paused' } })).statusCode).toBe(200);
      expectNativeError(await t.request({ method: 'DELETE', url: url(assemblyId, policy.id), headers: { 'if-match': etag } }), 412);
      expect((await t.request({ method: 'DELETE', url: url(assemblyId, policy.id), headers: { 'if-match': '"2"' } })).statusCode).toBe(204);
      expectNativeError(await get(assemblyId, policy.id), 404);
    });

    it('POST …/run records a run (202) and lists it; runs of a policy that is not there are 404', async () => {
      const { assemblyId, policy } = await create();
      const run = await t.request({ method: 'POST', url: url(assemblyId, policy.id, '/run') });
      expect(run.statusCode, run.body).toBe(202);
      expect(run.json()).toMatchObject({ drillPolicyId: policy.id, cloudAssemblyId: assemblyId, trigger: 'manual', status: 'pending', recoveryId: null, outcome: null });
      const runs = await t.request({ method: 'GET', url: url(assemblyId, policy.id, '/runs') });
      expect(runs.statusCode, runs.body).toBe(200);
      expect(runs.headers['content-range']).toBe('items 1-1/1');
      expect(runs.json()).toEqual([run.json()]);
      expectNativeError(await t.request({ method: 'POST', url: url(assemblyId, 999_999, '/run') }), 404);
      expectNativeError(await t.request({ method: 'GET', url: url(assemblyId, 999_999, '/runs') }), 404);
    });

    it('tenant isolation: another project, another assembly, a deleted assembly answer 404; nothing written', async () => {
      const { assemblyId, policy } = await create();
      const foreign = await insertAssembly(t, { projectId: 'elsewhere' });
      const gone = await insertAssembly(t, { status: 'deleted' });
      const other = await insertAssembly(t);
      const before = await drillRowCounts(t);
      expectNativeError(await post(999_999, drillBody({ name: 'orphan' })), 404);
      expectNativeError(await post(gone, drillBody({ name: 'on-deleted' })), 404);
      expectNativeError(await post(foreign, drillBody({ name: 'foreign' })), 404); // in the default project's path
      for (const elsewhere of [other, foreign]) {
        expectNativeError(await get(elsewhere, policy.id), 404);
        expectNativeError(await put(elsewhere, policy.id, drillBody({ name: policy.name })), 404);
        expectNativeError(await t.request({ method: 'POST', url: url(elsewhere, policy.id, '/run') }), 404);
        expectNativeError(await t.request({ method: 'DELETE', url: url(elsewhere, policy.id) }), 404);
      }
      const viaOtherProject = await t.request({ method: 'GET', url: `${drillPoliciesUrl(t, assemblyId, `/api/v1/accounts/${t.accountId}/projects/elsewhere`)}/${policy.id}` });
      expectNativeError(viaOtherProject, 404);
      expect(await drillRowCounts(t)).toEqual(before);
    });
  });
}
