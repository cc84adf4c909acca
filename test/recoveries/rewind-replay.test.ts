// Bodies written from the published Cloud Rewind recovery pages, replayed against Lifeboat: the recovery tag filter,
// the recovery details at GET …/recoveries?id=, seed 003's conditional GET and the configuration-only recovery.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDataResource } from '../../src/cloud/provider.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError, expectNativeError } from '../tenancy/native.ts';
import { createAssembly, type Json } from '../protections/fixture.ts';
import {
  protectedShop, recover, recoveriesUrl, recoveryDetails, recoveryRowCounts, resetStatus, startRecovery, taggedWith, waitForRecovery, waitForReset,
} from './fixture.ts';

const PAGES = 'https://api.commvault.com/docs';
const RECOVER = `${PAGES}/SP36/api/cv/CloudRewindAPIs/recover-aws-resource`;
const DETAILS = `${PAGES}/SP36/api/cv/CloudRewindAPIs/get-aws-recovery-details`;
const CONFIG_ONLY = `${PAGES}/latest/api/cv/CloudRewindAPIs/recover-aws-config-only-resource`;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

for (const dialect of DIALECTS) {
  describe(`the published Cloud Rewind recovery pages, replayed [${dialect}]`, () => {
    let t: TestApp;
    let shop: { connectionId: number; assemblyId: number; protectionId: string };
    let names = 0;
    const name = () => `rewind-${++names}`;
    const url = (suffix = '') => `${recoveriesUrl(t, shop.assemblyId)}${suffix}`;
    const webOne = { type: 'tags', tagFilter: { tagFilterCondition: 'match-all-tags', tags: [{ key: 'Name', value: 'shop-web-1' }, { key: 'app', value: 'shop' }] } };
    const dryRun = (payload: Json, suffix = '') => t.request({ method: 'POST', url: url(suffix), payload: { ...payload, dryRun: true } });
    const resetAndWait = async (id: string) => {
      expect((await t.request({ method: 'POST', url: url(`/${id}/reset`) })).statusCode).toBe(202);
      return waitForReset(t, shop.assemblyId, id);
    };

    beforeAll(async () => {
      t = await startTestApp(dialect);
      shop = await protectedShop(t);
    });
    afterAll(() => t.close());

    it(`the recovery tag filter {type: tags, tagFilter: {tagFilterCondition, tags}} (${RECOVER}) selects what conditions and tags did, and is answered so`, async () => {
      const published = await dryRun({ recoveryName: name(), recoveryScope: 'same-region', recoveryMode: 'rebuild', resourceFilterStrategy: webOne });
      expect(published.statusCode, published.body).toBe(200);
      const older = await dryRun({ recoveryName: name(), resourceFilterStrategy: { type: 'tags', conditions: 'match-all-tags', tags: webOne.tagFilter.tags } });
      expect(published.json().steps).toEqual(older.json().steps);
      const selected = published.json().steps.filter((s: Json) => s.reason === 'selected').map((s: Json) => s.name);
      expect(selected).toEqual(['shop-web-1']);
      // match-any-tags with the same two tags selects the whole shop.
      const any = await dryRun({ recoveryName: name(), resourceFilterStrategy: { type: 'tags', tagFilter: { ...webOne.tagFilter, tagFilterCondition: 'match-any-tags' } } });
      expect(any.json().steps.filter((s: Json) => s.reason === 'selected').length).toBeGreaterThan(10);

      const id = await recover(t, shop.assemblyId, { recoveryName: name(), recoveryScope: 'same-region', recoveryMode: 'rebuild', resourceFilterStrategy: webOne });
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(done.recoveryStatus).toBe('completed');
      expect(done.resourceFilterStrategy).toEqual({ ...webOne, conditions: 'match-all-tags', tags: webOne.tagFilter.tags });
      expect(done.resources.find((r: Json) => r.name === 'shop-web-1')).toMatchObject({ status: 'recovered' });
      expect(done.resources.find((r: Json) => r.name === 'shop-web-2')).toBeUndefined();

      // The published recovery details, at GET …/recoveries?id= (and at …/recoveries/{id}).
      const details = await t.request({ method: 'GET', url: `${url()}?id=${id}` });
      expect(details.statusCode, details.body).toBe(200);
      expect(details.json()).toEqual(done);
      expect(details.headers.etag).toMatch(/^"\d+"$/);
      const d = details.json();
      expect(d).toMatchObject({ id, recoveryName: done.recoveryName, recoveryScope: 'same-region', recoveryMode: 'rebuild', recoveryStatus: 'completed', resetStatus: null });
      expect(d.recoveryStartTime).toMatch(ISO);
      expect(d.recoveryEndTime).toMatch(ISO);
      expect(d.recoveryStartTime).toBe(d.startedAt);
      expect(d.recoveryEndTime).toBe(d.finishedAt);
      expect(d.recoveryDuration).toBe(Date.parse(d.recoveryEndTime) - Date.parse(d.recoveryStartTime));
      expect(d.recoveryErrorMessage).toBeNull();
      expect(d.resetStartTime).toBeNull();

      // Seed 003: the reset status carries the recovery's ETag; If-None-Match with it is 304, a stale If-Match 412.
      const reset = await resetAndWait(id);
      expect(reset.status).toBe('completed');
      const after = await recoveryDetails(t, shop.assemblyId, id);
      expect(after.resetStartTime).toMatch(ISO);
      expect(after.resetStartTime).toBe(after.resetRequestedAt);
      const status = await resetStatus(t, shop.assemblyId, id);
      const etag = status.headers.etag as string;
      expect(etag).toMatch(/^"\d+"$/);
      const statusUrl = url(`/${id}/reset-status`);
      const notModified = await t.request({ method: 'GET', url: statusUrl, headers: { 'if-none-match': etag } });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.body).toBe('');
      expect((await t.request({ method: 'GET', url: statusUrl, headers: { 'if-none-match': '"1"' } })).json()).toEqual(status.json());
      expect((await t.request({ method: 'GET', url: statusUrl, headers: { 'if-match': etag } })).statusCode).toBe(200);
      expect(expectNativeError(await t.request({ method: 'GET', url: statusUrl, headers: { 'if-match': '"1"' } }), 412).errors[0]!.code).toBe('VERSION_MISMATCH');
    });

    it(`GET …/recoveries?id= (${DETAILS}): 404 for an unknown id or another assembly's recovery; without id, the list`, async () => {
      expectNativeError(await t.request({ method: 'GET', url: `${url()}?id=rec-00000000000000000000` }), 404);
      const otherAssembly = await createAssembly(t, shop.connectionId, 'shop-twin');
      const mine = (await t.request({ method: 'GET', url: url() })).json() as Json[];
      expect(Array.isArray(mine)).toBe(true);
      expect(mine.length).toBeGreaterThan(0);
      expectNativeError(await t.request({ method: 'GET', url: `${recoveriesUrl(t, otherAssembly)}?id=${mine[0]!.id}` }), 404);
      expectFieldError(await t.request({ method: 'GET', url: `${url()}?id=` }), 'id');
    });

    const badFilters: Array<[string, Json, string]> = [
      ['a tags filter with no tags at all', { type: 'tags' }, 'resourceFilterStrategy.tagFilter'],
      ['a tags filter with both tagFilter and conditions', { ...webOne, conditions: 'match-all-tags' }, 'resourceFilterStrategy.tagFilter'],
      ['an unknown tagFilterCondition', { type: 'tags', tagFilter: { tagFilterCondition: 'match-some-tags', tags: [{ key: 'app', value: 'shop' }] } }, 'resourceFilterStrategy.tagFilter.tagFilterCondition'],
      ['a tagFilter without tags', { type: 'tags', tagFilter: { tagFilterCondition: 'match-all-tags', tags: [] } }, 'resourceFilterStrategy.tagFilter.tags'],
      ['a tagFilter without its condition', { type: 'tags', tagFilter: { tags: [{ key: 'app', value: 'shop' }] } }, 'resourceFilterStrategy.tagFilter.tagFilterCondition'],
      ['a tag with an empty key', { type: 'tags', tagFilter: { tagFilterCondition: 'match-all-tags', tags: [{ key: '', value: 'shop' }] } }, 'resourceFilterStrategy.tagFilter.tags.0.key'],
      ['conditions without tags', { type: 'tags', conditions: 'match-all-tags' }, 'resourceFilterStrategy.tags'],
      ['an unknown field in tagFilter', { type: 'tags', tagFilter: { ...webOne.tagFilter, operator: 'and' } }, 'resourceFilterStrategy.tagFilter.operator'],
    ];
    for (const [what, filter, field] of badFilters) {
      it(`refuses ${what}: 400 naming ${field}, nothing written`, async () => {
        const before = await recoveryRowCounts(t);
        expectFieldError(await startRecovery(t, shop.assemblyId, { recoveryName: name(), resourceFilterStrategy: filter }), field);
        expect(await recoveryRowCounts(t)).toEqual(before);
      });
    }

    it('a drill policy takes the published tag filter in its recovery; a bad one is a 400 naming it, nothing written', async () => {
      const drills = `${t.P}/aws/cloud-assemblies/${shop.assemblyId}/drill-policies`;
      const drill = (name: string, filter: Json) => t.request({
        method: 'POST', url: drills,
        payload: { name, frequencyType: 'weekly', frequencyDetails: { daysOfWeek: ['SUNDAY'], hours: [4] }, timeZone: 'UTC', recovery: { resourceFilterStrategy: filter }, resetAfterMinutes: 60 },
      });
      const ok = await drill('web-one-weekly', webOne);
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json().recovery.resourceFilterStrategy).toEqual(webOne);
      const count = async () => ((await t.request({ method: 'GET', url: drills })).json() as Json[]).length;
      const before = await count();
      expectFieldError(await drill('no-tags-weekly', { type: 'tags' }), 'recovery.resourceFilterStrategy.tagFilter');
      expectFieldError(await drill('both-weekly', { ...webOne, tags: webOne.tagFilter.tags }), 'recovery.resourceFilterStrategy.tagFilter');
      expect(await count()).toBe(before);
      expect((await t.request({ method: 'DELETE', url: `${drills}/${ok.json().id}` })).statusCode).toBe(204);
    });

    it(`a configuration-only recovery (${CONFIG_ONLY}) rebuilds the configuration and leaves every data resource out`, async () => {
      const body = { recoveryName: name(), recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } };
      const plan = await dryRun(body, '/config-only');
      expect(plan.statusCode, plan.body).toBe(200);
      const types = plan.json().steps.map((s: Json) => s.type as string);
      expect(types.filter(isDataResource)).toEqual([]);
      expect(types).toEqual(expect.arrayContaining(['ec2:vpc', 'ec2:subnet', 'ec2:security-group', 'ec2:instance', 'sqs:queue']));
      expect(plan.json().summary.restore).toBe(0);
      // The same body as a full recovery restores the data (from the us-west-2 copies).
      const full = await dryRun(body);
      expect(full.json().summary.restore).toBeGreaterThan(0);
      // What named a data resource (an instance its volumes) loses the reference, and says so.
      const web2 = plan.json().steps.find((s: Json) => s.name === 'shop-web-2');
      expect(web2.droppedReferences.map((d: Json) => d.reference)).toEqual(expect.arrayContaining(['vol-f6faeb2559d965ff5']));

      const started = await t.request({ method: 'POST', url: url('/config-only'), payload: body });
      expect(started.statusCode, started.body).toBe(202);
      expect(started.json()).toMatchObject({ recoveryStatus: 'pending', configurationOnly: true, recoveryScope: 'cross-region', recoveryMode: 'rebuild', targetRegion: 'us-west-2' });
      expect(started.headers.location).toBe(`${url()}/${started.json().id}`);
      const id = started.json().id as string;
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(done.recoveryStatus, done.statusMessage).toBe('completed');
      expect(done.configurationOnly).toBe(true);
      expect(done.resources.filter((r: Json) => isDataResource(r.type))).toEqual([]);
      expect(done.resources.every((r: Json) => r.snapshotId === null)).toBe(true);
      // In the cloud: the copies exist, and none of them is a volume, a database, a table or a bucket.
      const made = await taggedWith(t, id);
      expect(made.length).toBe(done.resources.length);
      expect(made.filter((r) => isDataResource(r.type))).toEqual([]);
      expect(made.every((r) => r.region === 'us-west-2')).toBe(true);
      // A full recovery of the same assembly is not configuration-only.
      expect((await t.request({ method: 'GET', url: url() })).json().find((r: Json) => r.id !== id).configurationOnly).toBe(false);
      expect((await resetAndWait(id)).status).toBe('completed');
      expect(await taggedWith(t, id)).toEqual([]);
    });

    const badConfigOnly: Array<[string, Json, string]> = [
      ['no recoveryScope (the page requires it)', { recoveryScope: undefined }, 'recoveryScope'],
      ['cross-zone (not one of its scopes)', { recoveryScope: 'cross-zone' }, 'recoveryScope'],
      ['recoveryMode reuse-existing (it only rebuilds)', { recoveryMode: 'reuse-existing' }, 'recoveryMode'],
      ['isolation as-captured', { isolation: 'as-captured' }, 'isolation'],
      ['a crossZoneConfiguration', { crossZoneConfiguration: { availabilityZone: 'us-east-1b' } }, 'crossZoneConfiguration'],
      ['cross-region without a region', { recoveryScope: 'cross-region' }, 'crossRegionConfiguration.recoveryRegion'],
      ['a selection of data resources only', { resourceFilterStrategy: { type: 'custom', resourceIds: ['shop-sessions', 'lifeboat-demo-shop-assets'] } }, 'resourceFilterStrategy'],
      ['a bad recoveryName', { recoveryName: 'Config_Only' }, 'recoveryName'],
    ];
    for (const [what, override, field] of badConfigOnly) {
      it(`a configuration-only recovery refuses ${what}: 400 naming ${field}, nothing written`, async () => {
        const before = await recoveryRowCounts(t);
        const res = await t.request({ method: 'POST', url: url('/config-only'), payload: { recoveryName: name(), recoveryScope: 'same-region', ...override } });
        expectFieldError(res, field);
        expect(await recoveryRowCounts(t)).toEqual(before);
      });
    }
  });
}
