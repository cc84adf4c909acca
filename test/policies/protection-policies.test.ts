import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextSlot } from '../../src/modules/policies/schedule.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError, expectForbidden, expectNativeError } from '../tenancy/native.ts';
import { insertAssembly, policyRowCounts, QUIET, setAssemblyStatus, templateBody } from './fixture.ts';

const INLINE = { ...QUIET, retentionCount: 5 };
/** The schedule fields of INLINE, left out. */
const NO_SCHEDULE = { frequencyType: undefined, frequencyDetails: undefined, timeZone: undefined, retentionCount: undefined };

for (const dialect of DIALECTS) {
  describe(`protection policies [${dialect}]`, () => {
    let t: TestApp;
    let templateId: number;
    let seq = 0;
    const baseOf = (assemblyId: number) => `${t.P}/aws/cloud-assemblies/${assemblyId}/protection-policies`;
    const post = (assemblyId: number, payload: object, headers: Record<string, string> = {}) => t.request({ method: 'POST', url: baseOf(assemblyId), payload, headers });
    const get = (assemblyId: number, id: number) => t.request({ method: 'GET', url: `${baseOf(assemblyId)}/${id}` });
    const put = (assemblyId: number, id: number, payload: object, headers: Record<string, string> = {}) =>
      t.request({ method: 'PUT', url: `${baseOf(assemblyId)}/${id}`, payload, headers });
    const setStatus = (assemblyId: number, id: number, status: string, headers: Record<string, string> = {}) =>
      t.request({ method: 'PUT', url: `${baseOf(assemblyId)}/${id}/status`, payload: { status }, headers });
    const del = (assemblyId: number, id: number, headers: Record<string, string> = {}) => t.request({ method: 'DELETE', url: `${baseOf(assemblyId)}/${id}`, headers });
    /** A fresh assembly with one policy on it. */
    const create = async (body: Record<string, unknown> = {}) => {
      const assemblyId = await insertAssembly(t);
      const res = await post(assemblyId, { name: `policy-${++seq}`, ...INLINE, ...body });
      expect(res.statusCode, res.body).toBe(201);
      return { assemblyId, policy: res.json(), etag: res.headers.etag as string };
    };

    beforeAll(async () => {
      t = await startTestApp(dialect);
      const tpl = await t.request({ method: 'POST', url: `${t.P}/policy-templates`, payload: templateBody({ name: 'shared-template' }) });
      templateId = tpl.json().id;
    });
    afterAll(() => t.close());

    it('binds a template: 201 with the effective schedule, nextRunAt, no lastRunAt, ETag and Location', async () => {
      const assemblyId = await insertAssembly(t);
      const before = Date.now();
      const res = await post(assemblyId, { name: 'Shop-Nightly', description: 'the shop', policyTemplateId: templateId });
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`/api/v1/accounts/${t.accountId}/projects/default/aws/cloud-assemblies/${assemblyId}/protection-policies/${body.id}`);
      expect(body).toEqual({
        accountId: t.accountId, projectId: 'default', id: body.id, cloudAssemblyId: assemblyId, name: 'Shop-Nightly', description: 'the shop',
        policyTemplateId: templateId,
        frequencyType: 'yearly', frequencyDetails: { offset: 17, hours: [3], daysOfMonth: [29], months: ['FEBRUARY'] }, cronExpression: null, timeZone: 'UTC', retentionCount: 14, replicaRetentionCount: 7,
        status: 'enabled', statusMessage: null,
        activation: { type: 'now', startTime: body.createdAt },
        nextRunAt: new Date(nextSlot({ ...QUIET, cronExpression: null }, before)).toISOString(),
        lastRunAt: null, createdAt: body.createdAt, updatedAt: body.createdAt,
      });
      expect((await get(assemblyId, body.id)).json()).toEqual(body);
    });

    it('takes its own schedule, flat in the body, normalised like a template', async () => {
      const assemblyId = await insertAssembly(t);
      const res = await post(assemblyId, {
        name: 'inline-one', frequencyType: 'weekly', frequencyDetails: { daysOfWeek: ['SUNDAY', 'WEDNESDAY'], hours: [23, 1] }, timeZone: 'America/New_York',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        policyTemplateId: null,
        frequencyType: 'weekly', frequencyDetails: { offset: 0, hours: [1, 23], daysOfWeek: ['WEDNESDAY', 'SUNDAY'] }, timeZone: 'America/New_York', retentionCount: 7, replicaRetentionCount: 7,
      });
      const next = Date.parse(res.json().nextRunAt);
      expect(next).toBeGreaterThan(Date.now());
      expect(next - Date.now()).toBeLessThan(5 * 86_400_000);
    });

    it('activation at a start time: nextRunAt is the first slot at or after it', async () => {
      const start = new Date(Date.now() + 3 * 86_400_000);
      start.setUTCMinutes(0, 0, 0);
      const { policy } = await create({ frequencyType: 'hourly', frequencyDetails: undefined, activation: { type: 'at', startTime: start.toISOString() } });
      expect(policy.activation).toEqual({ type: 'at', startTime: start.toISOString() });
      expect(policy.nextRunAt).toBe(start.toISOString());
    });

    const bad: Array<[string, Record<string, unknown>, string[]]> = [
      ['neither policyTemplateId nor a frequency type', { frequencyType: undefined }, ['frequencyType']],
      ['policyTemplateId with schedule fields', { policyTemplateId: 1 }, ['frequencyType', 'frequencyDetails', 'timeZone', 'retentionCount']],
      ['no name', { name: undefined }, ['name']],
      ['a name of 2 characters', { name: 'ab' }, ['name']],
      ['a name with a dot', { name: 'shop.nightly' }, ['name']],
      ['a description of 1001 characters', { description: 'x'.repeat(1001) }, ['description']],
      ['a template id of 0', { ...NO_SCHEDULE, policyTemplateId: 0 }, ['policyTemplateId']],
      ['a template id that is a string', { ...NO_SCHEDULE, policyTemplateId: 'one' }, ['policyTemplateId']],
      ['the old nested schedule', { ...NO_SCHEDULE, schedule: INLINE }, ['schedule']],
      ['the old templateId', { ...NO_SCHEDULE, templateId: 1 }, ['templateId']],
      ['an old frequency type spelling', { frequencyType: 'every-15-minutes', frequencyDetails: undefined }, ['frequencyType']],
      ['an old weekday spelling', { frequencyType: 'weekly', frequencyDetails: { daysOfWeek: ['mon'] } }, ['frequencyDetails.daysOfWeek.0']],
      ['a month by number', { frequencyDetails: { ...QUIET.frequencyDetails, months: [2] } }, ['frequencyDetails.months.0']],
      ['the old offsetMinutes', { frequencyType: 'hourly', frequencyDetails: { offsetMinutes: 5 } }, ['frequencyDetails.offsetMinutes']],
      ['a weekly schedule without days', { frequencyType: 'weekly', frequencyDetails: { daysOfWeek: [] } }, ['frequencyDetails.daysOfWeek']],
      ['a detail the type does not use', { frequencyType: 'hourly', frequencyDetails: { hours: [2] } }, ['frequencyDetails.hours']],
      ['an offset past the period', { frequencyType: 'fifteen-minutes', frequencyDetails: { offset: 15 } }, ['frequencyDetails.offset']],
      ['an offset of 60', { frequencyType: 'daily', frequencyDetails: { offset: 60 } }, ['frequencyDetails.offset']],
      ['an hour of 24', { frequencyType: 'daily', frequencyDetails: { hours: [24] } }, ['frequencyDetails.hours.0']],
      ['an unknown detail', { frequencyType: 'hourly', frequencyDetails: { seconds: 2 } }, ['frequencyDetails.seconds']],
      ['an invalid cron expression', { frequencyType: 'custom', frequencyDetails: undefined, cronExpression: '* * *' }, ['cronExpression']],
      ['an unknown time zone', { frequencyType: 'daily', frequencyDetails: undefined, timeZone: 'Europe/Atlantis' }, ['timeZone']],
      ['a retention of 0', { retentionCount: 0 }, ['retentionCount']],
      ['a replica retention of 1001', { replicaRetentionCount: 1001 }, ['replicaRetentionCount']],
      ['an activation at a time in the past', { activation: { type: 'at', startTime: '2020-01-01T00:00:00Z' } }, ['activation.startTime']],
      ['an activation at a time that is not RFC 3339', { activation: { type: 'at', startTime: 'tomorrow' } }, ['activation.startTime']],
      ['an activation without its start time', { activation: { type: 'at' } }, ['activation.startTime']],
      ['an unknown activation type', { activation: { type: 'later' } }, ['activation.type']],
      ['an unknown status', { status: 'disabled' }, ['status']],
      ['an unknown field', { cloudAssemblyId: 4 }, ['cloudAssemblyId']],
    ];
    for (const [what, overrides, fields] of bad) {
      it(`refuses ${what}: 400 naming ${fields.join(' and ')}, nothing written (create and update)`, async () => {
        const { assemblyId, policy } = await create();
        const before = await policyRowCounts(t);
        const payload = { name: 'will-not-exist', ...INLINE, ...overrides };
        // status exists on create only: on update it is an unknown field, refused all the same.
        for (const res of [await post(assemblyId, payload), await put(assemblyId, policy.id, payload)]) {
          const body = expectFieldError(res, fields[0]!);
          for (const field of fields) expect(body.fieldErrors[field], JSON.stringify(body.fieldErrors)).toBeTruthy();
        }
        expect(await policyRowCounts(t)).toEqual(before);
        expect((await get(assemblyId, policy.id)).json()).toEqual(policy);
      });
    }

    it('404 when the assembly does not exist, is in another project, or is deleted; nothing written', async () => {
      const before = await policyRowCounts(t);
      expectNativeError(await post(999_999, { name: 'orphan', ...INLINE }), 404, 'not-found');
      expect((await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects`, payload: { id: 'elsewhere' } })).statusCode).toBe(201);
      const foreign = await insertAssembly(t, { projectId: 'elsewhere' });
      expectNativeError(await post(foreign, { name: 'foreign', ...INLINE }), 404);
      const gone = await insertAssembly(t, { status: 'deleted' });
      expectNativeError(await post(gone, { name: 'on-deleted', ...INLINE }), 404);
      expectNativeError(await t.request({ method: 'GET', url: baseOf(999_999) }), 404);
      expect(await policyRowCounts(t)).toEqual(before);
      // The policy path of one assembly does not reach another assembly's policy.
      const { policy } = await create();
      const other = await insertAssembly(t);
      expectNativeError(await get(other, policy.id), 404);
      expectNativeError(await put(other, policy.id, { name: policy.name, ...INLINE }), 404);
      expectNativeError(await del(other, policy.id), 404);
      expectNativeError(await get(foreign, policy.id), 404);
    });

    it('409 naming policyTemplateId for a template that is not in the project', async () => {
      const assemblyId = await insertAssembly(t);
      const missing = expectNativeError(await post(assemblyId, { name: 'no-template', policyTemplateId: 999_999 }), 409, 'conflict');
      expect(missing.errors[0].code).toBe('TEMPLATE_NOT_FOUND');
      expect(Object.keys(missing.fieldErrors)).toEqual(['policyTemplateId']);
      const foreignTemplate = await t.request({
        method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects/elsewhere/policy-templates`, payload: templateBody({ name: 'foreign-tpl' }),
      });
      expect(foreignTemplate.statusCode).toBe(201);
      expectNativeError(await post(assemblyId, { name: 'foreign-template', policyTemplateId: foreignTemplate.json().id }), 409);
      const { assemblyId: a2, policy } = await create();
      expectNativeError(await put(a2, policy.id, { name: policy.name, policyTemplateId: 999_999 }), 409);
    });

    it('409 for a name taken in the project, on any assembly', async () => {
      const { policy } = await create();
      const other = await insertAssembly(t);
      const res = expectNativeError(await post(other, { name: policy.name, ...INLINE, status: 'paused' }), 409);
      expect(res.errors[0].code).toBe('NAME_TAKEN');
      expect(res.fieldErrors).toEqual({ name: 'is taken' });
      const { assemblyId, policy: second } = await create();
      expectNativeError(await put(assemblyId, second.id, { name: policy.name, ...INLINE }), 409);
    });

    it('one enabled policy per assembly: a second enabled one is a 409 that says so; a paused one is fine until resumed', async () => {
      const { assemblyId, policy: first } = await create();
      const second = expectNativeError(await post(assemblyId, { name: `second-${seq}`, ...INLINE }), 409, 'conflict');
      expect(second.errors[0].code).toBe('ASSEMBLY_HAS_ENABLED_POLICY');
      expect(second.message).toMatch(/already has an enabled protection policy/);
      expect(second.message).toContain(first.name);
      const paused = await post(assemblyId, { name: `second-${seq}`, ...INLINE, status: 'paused' });
      expect(paused.statusCode).toBe(201);
      expect(paused.json()).toMatchObject({ status: 'paused', nextRunAt: null });
      expectNativeError(await setStatus(assemblyId, paused.json().id, 'enabled'), 409);
      expect((await setStatus(assemblyId, first.id, 'paused')).json().status).toBe('paused');
      expect((await setStatus(assemblyId, paused.json().id, 'enabled')).json().status).toBe('enabled');
      const list = await t.request({ method: 'GET', url: `${baseOf(assemblyId)}?status=enabled` });
      expect(list.json().map((p: { id: number }) => p.id)).toEqual([paused.json().id]);
    });

    it('racing creates: one enabled policy wins, the others are told why; one name wins', async () => {
      const assemblyId = await insertAssembly(t);
      const enabled = await Promise.all([1, 2, 3, 4, 5].map((i) => post(assemblyId, { name: `race-enabled-${i}`, ...INLINE })));
      expect(enabled.filter((r) => r.statusCode === 201)).toHaveLength(1);
      for (const res of enabled.filter((r) => r.statusCode !== 201)) expect(expectNativeError(res, 409).errors[0].code).toBe('ASSEMBLY_HAS_ENABLED_POLICY');
      const other = await insertAssembly(t);
      const named = await Promise.all([1, 2, 3, 4].map(() => post(other, { name: 'race-name', ...INLINE, status: 'paused' })));
      expect(named.filter((r) => r.statusCode === 201)).toHaveLength(1);
      for (const res of named.filter((r) => r.statusCode !== 201)) expect(expectNativeError(res, 409).errors[0].code).toBe('NAME_TAKEN');
    });

    it('pause and resume: paused has no nextRunAt; resuming computes it again; If-Match honoured; repeating is a no-op', async () => {
      const { assemblyId, policy, etag } = await create({ frequencyType: 'fifteen-minutes', frequencyDetails: undefined });
      expect(policy.nextRunAt).not.toBeNull();
      expectNativeError(await setStatus(assemblyId, policy.id, 'paused', { 'if-match': '"9"' }), 412);
      const paused = await setStatus(assemblyId, policy.id, 'paused', { 'if-match': etag });
      expect(paused.statusCode).toBe(200);
      expect(paused.json()).toMatchObject({ status: 'paused', nextRunAt: null });
      expect(paused.headers.etag).not.toBe(etag);
      const again = await setStatus(assemblyId, policy.id, 'paused');
      expect(again.headers.etag).toBe(paused.headers.etag);
      const resumed = await setStatus(assemblyId, policy.id, 'enabled', { 'if-match': paused.headers.etag as string });
      expect(resumed.json().status).toBe('enabled');
      const next = Date.parse(resumed.json().nextRunAt);
      expect(next).toBeGreaterThanOrEqual(Date.now() - 1000);
      expect(next - Date.now()).toBeLessThanOrEqual(15 * 60_000);
      expectFieldError(await setStatus(assemblyId, policy.id, 'error'), 'status');
      expectFieldError(await t.request({ method: 'PUT', url: `${baseOf(assemblyId)}/${policy.id}/status`, payload: {} }), 'status');
    });

    it('PUT replaces the schedule (template ↔ inline), keeps an absent description and activation, honours If-Match', async () => {
      const { assemblyId, policy, etag } = await create({ description: 'keep', activation: { type: 'at', startTime: new Date(Date.now() + 86_400_000).toISOString() } });
      expectNativeError(await put(assemblyId, policy.id, { name: policy.name, policyTemplateId: templateId }, { 'if-match': '"5"' }), 412);
      const res = await put(assemblyId, policy.id, { name: 'renamed-policy', policyTemplateId: templateId }, { 'if-match': etag });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ name: 'renamed-policy', description: 'keep', policyTemplateId: templateId, activation: policy.activation, retentionCount: 14 });
      expect(res.headers.etag).toBe('"2"');
      // Sending back the activation it read (even once its start time is past) changes nothing.
      const back = await put(assemblyId, policy.id, { name: 'renamed-policy', frequencyType: 'daily', activation: policy.activation });
      expect(back.json()).toMatchObject({ policyTemplateId: null, frequencyType: 'daily', frequencyDetails: { offset: 0, hours: [0] }, activation: policy.activation });
      const now = await put(assemblyId, policy.id, { name: 'renamed-policy', frequencyType: 'daily', activation: { type: 'now' } });
      expect(now.json().activation.type).toBe('now');
      expect(Date.parse(now.json().nextRunAt) - Date.now()).toBeLessThanOrEqual(86_400_000);
    });

    it('a template change reaches the policies using it: new schedule and a new ETag', async () => {
      const tpl = (await t.request({ method: 'POST', url: `${t.P}/policy-templates`, payload: templateBody({ name: 'changing-template' }) })).json();
      const { assemblyId, policy, etag } = await create({ ...NO_SCHEDULE, policyTemplateId: tpl.id });
      const changed = await t.request({ method: 'PUT', url: `${t.P}/policy-templates/${tpl.id}`, payload: templateBody({ name: 'changing-template', frequencyType: 'thirty-minutes', frequencyDetails: undefined, retentionCount: 3, replicaRetentionCount: 1 }) });
      expect(changed.statusCode, changed.body).toBe(200);
      const after = await get(assemblyId, policy.id);
      expect(after.headers.etag).not.toBe(etag);
      expect(after.json()).toMatchObject({ frequencyType: 'thirty-minutes', frequencyDetails: { offset: 0 }, cronExpression: null, timeZone: 'UTC', retentionCount: 3, replicaRetentionCount: 1 });
      expect(Date.parse(after.json().nextRunAt) - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    });

    it('DELETE: 204 and gone; If-Match honoured; the name is free again', async () => {
      const { assemblyId, policy } = await create();
      expectNativeError(await del(assemblyId, policy.id, { 'if-match': '"3"' }), 412);
      expect((await del(assemblyId, policy.id, { 'if-match': '"1"' })).statusCode).toBe(204);
      expectNativeError(await get(assemblyId, policy.id), 404);
      expectNativeError(await del(assemblyId, policy.id), 404);
      expect((await post(assemblyId, { name: policy.name, ...INLINE })).statusCode).toBe(201);
    });

    it("a deleted assembly's policy stays readable and deletable but cannot be changed", async () => {
      const { assemblyId, policy } = await create();
      await setAssemblyStatus(t, assemblyId, 'deleted');
      expect((await get(assemblyId, policy.id)).statusCode).toBe(200);
      expect((await t.request({ method: 'GET', url: baseOf(assemblyId) })).json()).toHaveLength(1);
      expectNativeError(await put(assemblyId, policy.id, { name: policy.name, ...INLINE }), 404);
      expectNativeError(await setStatus(assemblyId, policy.id, 'paused'), 404);
      expect((await del(assemblyId, policy.id)).statusCode).toBe(204);
    });

    it('lists an assembly\'s policies with Range, filters and sorts', async () => {
      const assemblyId = await insertAssembly(t);
      for (const [name, status] of [['zulu', 'enabled'], ['Yankee', 'paused'], ['x-ray', 'paused']]) {
        expect((await post(assemblyId, { name, ...INLINE, status })).statusCode).toBe(201);
      }
      const names = async (query = '', headers: Record<string, string> = {}) => {
        const res = await t.request({ method: 'GET', url: `${baseOf(assemblyId)}${query}`, headers });
        expect(res.statusCode, res.body).toBe(200);
        return { names: res.json().map((p: { name: string }) => p.name), range: res.headers['content-range'] };
      };
      expect(await names()).toEqual({ names: ['zulu', 'Yankee', 'x-ray'], range: 'items 1-3/3' });
      expect(await names('', { range: 'items=2-2' })).toEqual({ names: ['Yankee'], range: 'items 2-2/3' });
      expect((await names('?sort_by=name')).names).toEqual(['Yankee', 'x-ray', 'zulu']);
      expect((await names('?sort_by=created-at&sort_order=desc')).names).toEqual(['x-ray', 'Yankee', 'zulu']);
      expect((await names('?status=paused')).names).toEqual(['Yankee', 'x-ray']);
      expect((await names('?name=ZU&status=paused&filter_condition=or')).names).toEqual(['zulu', 'Yankee', 'x-ray']);
      expect((await names('?name=ZU&status=paused')).names).toEqual([]);
      expectFieldError(await t.request({ method: 'GET', url: `${baseOf(assemblyId)}?status=sleeping` }), 'status.0');
      expectFieldError(await t.request({ method: 'GET', url: baseOf(assemblyId), headers: { range: 'items=5-1' } }), 'Range');
    });

    it('Idempotency-Key on create', async () => {
      const assemblyId = await insertAssembly(t);
      const payload = { name: 'idem-policy', ...INLINE };
      const first = await post(assemblyId, payload, { 'idempotency-key': 'policy-key' });
      const again = await post(assemblyId, payload, { 'idempotency-key': 'policy-key' });
      expect(first.statusCode).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.json().id).toBe(first.json().id);
    });

    it('permissions: a viewer reads, an operator writes', async () => {
      const { assemblyId, policy } = await create();
      const tokenOf = async (role: string) =>
        (await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: `policy-${role}`, role } })).json().token as string;
      const viewer = await tokenOf('viewer');
      expect((await t.request({ method: 'GET', url: `${baseOf(assemblyId)}/${policy.id}`, token: viewer })).statusCode).toBe(200);
      expectForbidden(await t.request({ method: 'POST', url: baseOf(assemblyId), payload: { name: 'by-viewer', ...INLINE }, token: viewer }), 'protection-policies:create');
      expectForbidden(await t.request({ method: 'PUT', url: `${baseOf(assemblyId)}/${policy.id}/status`, payload: { status: 'paused' }, token: viewer }), 'protection-policies:update');
      expectForbidden(await t.request({ method: 'DELETE', url: `${baseOf(assemblyId)}/${policy.id}`, token: viewer }), 'protection-policies:delete');
      const operator = await tokenOf('operator');
      expect((await t.request({ method: 'PUT', url: `${baseOf(assemblyId)}/${policy.id}/status`, payload: { status: 'paused' }, token: operator })).statusCode).toBe(200);
    });

    it('the app runs the scheduler: one periodic policies.scheduler-tick job', async () => {
      const jobs = await t.app.store.db.selectFrom('jobs').select(['kind', 'status', 'key']).where('kind', '=', 'policies.scheduler-tick')
        .where('status', 'in', ['pending', 'running']).execute();
      expect(jobs).toEqual([{ kind: 'policies.scheduler-tick', status: expect.any(String), key: 'periodic:policies.scheduler-tick' }]);
    });

    it('every write is in the audit trail with the policy as target', async () => {
      const { policy } = await create();
      const events = await t.request({ method: 'GET', url: `${t.P}/events?target_type=protection-policy&target_id=${policy.id}` });
      expect(events.statusCode, events.body).toBe(200);
      expect(events.json()).toEqual([expect.objectContaining({ action: 'createProtectionPolicy', targetType: 'protection-policy', targetId: String(policy.id), result: 'success', statusCode: 201 })]);
    });
  });
}
