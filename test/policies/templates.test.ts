import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError, expectForbidden, expectNativeError } from '../tenancy/native.ts';
import { insertAssembly, policyRowCounts, QUIET, templateBody } from './fixture.ts';

for (const dialect of DIALECTS) {
  describe(`policy templates [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    const post = (payload: object, headers: Record<string, string> = {}) => t.request({ method: 'POST', url: base, payload, headers });
    const get = (id: number) => t.request({ method: 'GET', url: `${base}/${id}` });
    const put = (id: number, payload: object, headers: Record<string, string> = {}) => t.request({ method: 'PUT', url: `${base}/${id}`, payload, headers });
    const del = (id: number, headers: Record<string, string> = {}) => t.request({ method: 'DELETE', url: `${base}/${id}`, headers });
    let seq = 0;
    const create = async (overrides: Record<string, unknown> = {}) => {
      const res = await post(templateBody({ name: `tpl-${++seq}`, ...overrides }));
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };

    beforeAll(async () => {
      t = await startTestApp(dialect);
      base = `${t.P}/policy-templates`;
    });
    afterAll(() => t.close());

    it('creates a template: 201 with ETag, Location and the effective schedule', async () => {
      const res = await post(templateBody({ name: 'Nightly-Prod', frequencyType: 'daily', frequencyDetails: { hours: [22, 2], offset: 15 }, timeZone: 'Europe/Berlin' }));
      expect(res.statusCode).toBe(201);
      expect(res.headers.etag).toBe('"1"');
      const body = res.json();
      expect(res.headers.location).toBe(`/api/v1/accounts/${t.accountId}/projects/default/policy-templates/${body.id}`);
      expect(body).toEqual({
        accountId: t.accountId, projectId: 'default', id: body.id, name: 'Nightly-Prod', description: 'every night',
        frequencyType: 'daily', frequencyDetails: { offset: 15, hours: [2, 22] }, cronExpression: null, timeZone: 'Europe/Berlin',
        retentionCount: 14, replicaRetentionCount: 7, createdAt: body.createdAt, updatedAt: body.createdAt,
      });
      expect(new Date(body.createdAt).toISOString()).toBe(body.createdAt);
      expect((await get(body.id)).json()).toEqual(body);
    });

    it('defaults: UTC, retention 7, replica retention = retention, details filled in', async () => {
      const res = await post({ name: 'bare-hourly', frequencyType: 'hourly' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ frequencyDetails: { offset: 0 }, timeZone: 'UTC', retentionCount: 7, replicaRetentionCount: 7, description: '' });
      const custom = await post({ name: 'bare-custom', frequencyType: 'custom', cronExpression: '0 3 * * 1-5', timeZone: 'America/New_York', retentionCount: 30 });
      expect(custom.json()).toMatchObject({ frequencyDetails: {}, cronExpression: '0 3 * * 1-5', retentionCount: 30, replicaRetentionCount: 30 });
    });

    it('accepts every frequency type', async () => {
      const details: Record<string, object> = { weekly: { daysOfWeek: ['MONDAY'] } };
      for (const type of ['fifteen-minutes', 'thirty-minutes', 'hourly', 'two-hours', 'three-hours', 'four-hours', 'six-hours', 'eight-hours', 'twelve-hours', 'daily', 'weekly', 'monthly', 'yearly']) {
        const res = await post({ name: `type-${type}`, frequencyType: type, ...(details[type] ? { frequencyDetails: details[type] } : {}) });
        expect(res.statusCode, `${type}: ${res.body}`).toBe(201);
      }
    });

    const bad: Array<[string, Record<string, unknown>, string]> = [
      ['no name', { name: undefined }, 'name'],
      ['a name of 2 characters', { name: 'ab' }, 'name'],
      ['a name of 51 characters', { name: 'a'.repeat(51) }, 'name'],
      ['a name starting with a digit', { name: '1st' }, 'name'],
      ['a name with an underscore', { name: 'night_ly' }, 'name'],
      ['a description of 1001 characters', { description: 'd'.repeat(1001) }, 'description'],
      ['no frequency type', { frequencyType: undefined }, 'frequencyType'],
      ['an unknown frequency type', { frequencyType: 'fortnightly' }, 'frequencyType'],
      ['frequency details that are not an object', { frequencyDetails: 'daily' }, 'frequencyDetails'],
      ['an unknown detail', { frequencyType: 'daily', frequencyDetails: { minute: 5 } }, 'frequencyDetails.minute'],
      ['an offset of 60 minutes', { frequencyType: 'daily', frequencyDetails: { offset: 60 } }, 'frequencyDetails.offset'],
      ['a negative offset', { frequencyType: 'hourly', frequencyDetails: { offset: -1 } }, 'frequencyDetails.offset'],
      ['hour 24', { frequencyType: 'daily', frequencyDetails: { hours: [24] } }, 'frequencyDetails.hours.0'],
      ['25 hours', { frequencyType: 'daily', frequencyDetails: { hours: [...Array(25).keys()] } }, 'frequencyDetails.hours'],
      ['a repeated hour', { frequencyType: 'daily', frequencyDetails: { hours: [3, 3] } }, 'frequencyDetails.hours'],
      ['an unknown weekday', { frequencyType: 'weekly', frequencyDetails: { daysOfWeek: ['monday'] } }, 'frequencyDetails.daysOfWeek.0'],
      ['a weekly schedule without days', { frequencyType: 'weekly', frequencyDetails: {} }, 'frequencyDetails.daysOfWeek'],
      ['day 32 of the month', { frequencyType: 'monthly', frequencyDetails: { daysOfMonth: [32] } }, 'frequencyDetails.daysOfMonth.0'],
      ['day 0 of the month', { frequencyType: 'monthly', frequencyDetails: { daysOfMonth: [0] } }, 'frequencyDetails.daysOfMonth.0'],
      ['month 13', { frequencyType: 'yearly', frequencyDetails: { months: [13] } }, 'frequencyDetails.months.0'],
      ['30 February', { frequencyType: 'yearly', frequencyDetails: { months: ['FEBRUARY'], daysOfMonth: [30] } }, 'frequencyDetails.daysOfMonth'],
      ['hours for fifteen-minutes', { frequencyType: 'fifteen-minutes', frequencyDetails: { hours: [1] } }, 'frequencyDetails.hours'],
      ['an offset of a whole period for thirty-minutes', { frequencyType: 'thirty-minutes', frequencyDetails: { offset: 30 } }, 'frequencyDetails.offset'],
      ['a weekday spelled the old way', { frequencyType: 'weekly', frequencyDetails: { daysOfWeek: ['mon'] } }, 'frequencyDetails.daysOfWeek.0'],
      ['an old frequency type', { frequencyType: 'every-2-hours' }, 'frequencyType'],
      ['hours for four-hours', { frequencyType: 'four-hours', frequencyDetails: { hours: [1] } }, 'frequencyDetails.hours'],
      ['days of the week for daily', { frequencyType: 'daily', frequencyDetails: { daysOfWeek: ['MONDAY'] } }, 'frequencyDetails.daysOfWeek'],
      ['months for monthly', { frequencyType: 'monthly', frequencyDetails: { months: ['JANUARY'] } }, 'frequencyDetails.months'],
      ['details for custom', { frequencyType: 'custom', cronExpression: '0 3 * * *', frequencyDetails: { hours: [3] } }, 'frequencyDetails.hours'],
      ['custom without a cron expression', { frequencyType: 'custom', frequencyDetails: undefined }, 'cronExpression'],
      ['a cron expression of six fields', { frequencyType: 'custom', frequencyDetails: undefined, cronExpression: '0 0 3 * * *' }, 'cronExpression'],
      ['an invalid cron expression', { frequencyType: 'custom', frequencyDetails: undefined, cronExpression: '0 25 * * *' }, 'cronExpression'],
      ['a cron expression that never runs', { frequencyType: 'custom', frequencyDetails: undefined, cronExpression: '0 0 30 2 *' }, 'cronExpression'],
      ['a cron expression for daily', { frequencyType: 'daily', frequencyDetails: undefined, cronExpression: '0 3 * * *' }, 'cronExpression'],
      ['a cron expression that is not a string', { frequencyType: 'custom', frequencyDetails: undefined, cronExpression: 5 }, 'cronExpression'],
      ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
      ['an abbreviation for a time zone', { timeZone: 'CEST' }, 'timeZone'],
      ['an empty time zone', { timeZone: '' }, 'timeZone'],
      ['retention 0', { retentionCount: 0 }, 'retentionCount'],
      ['retention 1001', { retentionCount: 1001 }, 'retentionCount'],
      ['retention 1.5', { retentionCount: 1.5 }, 'retentionCount'],
      ['retention as a string', { retentionCount: '7' }, 'retentionCount'],
      ['replica retention -1', { replicaRetentionCount: -1 }, 'replicaRetentionCount'],
      ['replica retention 1001', { replicaRetentionCount: 1001 }, 'replicaRetentionCount'],
      ['an unknown field', { schedule: 'daily' }, 'schedule'],
    ];
    for (const [what, overrides, field] of bad) {
      it(`refuses ${what}: 400 naming ${field}, nothing written (create and update)`, async () => {
        const existing = await create();
        const before = await policyRowCounts(t);
        const payload = templateBody({ name: 'will-not-exist', ...overrides });
        expectFieldError(await post(payload), field);
        expectFieldError(await put(existing.id, payload), field);
        expect(await policyRowCounts(t)).toEqual(before);
        expect((await get(existing.id)).json()).toEqual(existing);
      });
    }

    it('409 for a name taken in the project (any case is another name), on create and rename', async () => {
      const first = await create({ name: 'taken-name' });
      const again = expectNativeError(await post(templateBody({ name: 'taken-name' })), 409, 'conflict');
      expect(again.errors[0].code).toBe('NAME_TAKEN');
      expect(again.fieldErrors).toEqual({ name: 'is taken' });
      expect((await post(templateBody({ name: 'Taken-Name' }))).statusCode).toBe(201);
      const other = await create();
      expectNativeError(await put(other.id, templateBody({ name: 'taken-name' })), 409);
      expect((await put(first.id, templateBody({ name: 'taken-name', description: 'same name is fine' }))).statusCode).toBe(200);
    });

    it('PUT replaces the schedule, keeps an absent description, moves the ETag; If-Match that does not match is 412', async () => {
      const tpl = await create({ description: 'keep me' });
      const stale = await put(tpl.id, templateBody({ name: tpl.name, description: undefined, frequencyType: 'weekly', frequencyDetails: { daysOfWeek: ['SATURDAY'] } }), { 'if-match': '"7"' });
      expectNativeError(stale, 412, 'precondition-failed');
      expect(stale.headers.etag).toBe('"1"');
      const res = await put(tpl.id, templateBody({ name: tpl.name, description: undefined, frequencyType: 'weekly', frequencyDetails: { daysOfWeek: ['SATURDAY'] } }), { 'if-match': '"1"' });
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.json()).toMatchObject({ description: 'keep me', frequencyType: 'weekly', frequencyDetails: { offset: 0, hours: [0], daysOfWeek: ['SATURDAY'] } });
      expect((await get(tpl.id)).headers.etag).toBe('"2"');
      expectNativeError(await put(tpl.id, templateBody({ name: tpl.name }), { 'if-match': 'garbage' }), 412);
      expect((await put(tpl.id, templateBody({ name: tpl.name }), { 'if-match': '*' })).statusCode).toBe(200);
    });

    it('404 for a template that does not exist or is in another project', async () => {
      const tpl = await create();
      expectNativeError(await get(999_999), 404, 'not-found');
      expectNativeError(await put(999_999, templateBody()), 404);
      expectNativeError(await del(999_999), 404);
      expect((await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects`, payload: { id: 'other' } })).statusCode).toBe(201);
      const elsewhere = `/api/v1/accounts/${t.accountId}/projects/other/policy-templates`;
      const res = expectNativeError(await t.request({ method: 'GET', url: `${elsewhere}/${tpl.id}` }), 404);
      expect(JSON.stringify(res)).not.toContain(tpl.name);
      expectNativeError(await t.request({ method: 'PUT', url: `${elsewhere}/${tpl.id}`, payload: templateBody() }), 404);
      expectNativeError(await t.request({ method: 'DELETE', url: `${elsewhere}/${tpl.id}` }), 404);
      expect((await t.request({ method: 'GET', url: elsewhere })).json()).toEqual([]);
      // The same name is free in another project.
      expect((await t.request({ method: 'POST', url: elsewhere, payload: templateBody({ name: tpl.name }) })).statusCode).toBe(201);
      expect((await get(tpl.id)).statusCode).toBe(200);
    });

    it('DELETE: 204, then 404; If-Match honoured', async () => {
      const tpl = await create();
      expectNativeError(await del(tpl.id, { 'if-match': '"2"' }), 412);
      const res = await del(tpl.id, { 'if-match': '"1"' });
      expect(res.statusCode).toBe(204);
      expect(res.body).toBe('');
      expectNativeError(await get(tpl.id), 404);
      expectNativeError(await del(tpl.id), 404);
      expect((await post(templateBody({ name: tpl.name }))).statusCode).toBe(201); // its name is free again
    });

    it('409 deleting a template protection policies use, naming them; deletable once they are gone', async () => {
      const tpl = await create();
      const assemblyId = await insertAssembly(t);
      const policies = `${t.P}/aws/cloud-assemblies/${assemblyId}/protection-policies`;
      const policy = await t.request({ method: 'POST', url: policies, payload: { name: `uses-${tpl.id}`, policyTemplateId: tpl.id } });
      expect(policy.statusCode, policy.body).toBe(201);
      const refused = expectNativeError(await del(tpl.id), 409, 'conflict');
      expect(refused.errors[0].code).toBe('TEMPLATE_IN_USE');
      expect(refused.message).toContain(String(policy.json().id));
      expect((await get(tpl.id)).statusCode).toBe(200);
      expect((await t.request({ method: 'DELETE', url: `${policies}/${policy.json().id}` })).statusCode).toBe(204);
      expect((await del(tpl.id)).statusCode).toBe(204);
    });

    it('Idempotency-Key: a repeat returns the first answer', async () => {
      const payload = templateBody({ name: 'idem-tpl' });
      const first = await post(payload, { 'idempotency-key': 'tpl-key-1' });
      const again = await post(payload, { 'idempotency-key': 'tpl-key-1' });
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.json().id).toBe(first.json().id);
      expectNativeError(await post({ ...payload, retentionCount: 3 }, { 'idempotency-key': 'tpl-key-1' }), 409);
    });

    it('every route is in the OpenAPI document with its operationId and error responses', async () => {
      const doc = (await t.app.http.inject({ method: 'GET', url: '/openapi.json' })).json();
      const operations = new Map<string, { responses: Record<string, unknown> }>();
      for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>)) {
        if (!/policy-templates|protection-policies/.test(path)) continue;
        for (const operation of Object.values(methods)) operations.set(operation.operationId, operation);
      }
      expect([...operations.keys()].sort()).toEqual([
        'createPolicyTemplate', 'createProtectionPolicy', 'deletePolicyTemplate', 'deleteProtectionPolicy', 'getPolicyTemplate', 'getProtectionPolicy',
        'listPolicyTemplates', 'listProtectionPolicies', 'updatePolicyTemplate', 'updateProtectionPolicy', 'updateProtectionPolicyStatus',
      ]);
      for (const [id, operation] of operations) {
        for (const status of ['400', '401', '403', '404', '500']) expect(operation.responses, `${id} ${status}`).toHaveProperty(status);
      }
      expect(operations.get('updatePolicyTemplate')!.responses).toHaveProperty('412');
      expect(operations.get('deletePolicyTemplate')!.responses).toHaveProperty('409');
    });

    it('permissions: a viewer reads but cannot write (403 naming the permission)', async () => {
      const sa = await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: 'tpl-viewer', role: 'viewer' } });
      const token = sa.json().token as string;
      const tpl = await create();
      expect((await t.request({ method: 'GET', url: base, token })).statusCode).toBe(200);
      expect((await t.request({ method: 'GET', url: `${base}/${tpl.id}`, token })).statusCode).toBe(200);
      expectForbidden(await t.request({ method: 'POST', url: base, payload: templateBody({ name: 'by-viewer' }), token }), 'policy-templates:create');
      expectForbidden(await t.request({ method: 'PUT', url: `${base}/${tpl.id}`, payload: templateBody({ name: 'by-viewer' }), token }), 'policy-templates:update');
      expectForbidden(await t.request({ method: 'DELETE', url: `${base}/${tpl.id}`, token }), 'policy-templates:delete');
    });
  });

  describe(`listing policy templates [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    const names = (res: { json(): Array<{ name: string }> }) => res.json().map((x) => x.name);

    beforeAll(async () => {
      t = await startTestApp(dialect);
      base = `${t.P}/policy-templates`;
      for (const [name, frequencyType] of [['charlie', 'daily'], ['alpha', 'hourly'], ['Bravo', 'daily'], ['delta-weekly', 'weekly'], ['echo', 'monthly']]) {
        const res = await t.request({ method: 'POST', url: base, payload: { ...QUIET, name, frequencyType, frequencyDetails: frequencyType === 'weekly' ? { daysOfWeek: ['MONDAY'] } : undefined } });
        expect(res.statusCode, res.body).toBe(201);
      }
    });
    afterAll(() => t.close());

    it('items 1-100 by default, in creation order, with Content-Range', async () => {
      const res = await t.request({ method: 'GET', url: base });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-range']).toBe('items 1-5/5');
      expect(names(res)).toEqual(['charlie', 'alpha', 'Bravo', 'delta-weekly', 'echo']);
    });

    it('pages with Range and refuses a bad one', async () => {
      const res = await t.request({ method: 'GET', url: base, headers: { range: 'items=2-3' } });
      expect(names(res)).toEqual(['alpha', 'Bravo']);
      expect(res.headers['content-range']).toBe('items 2-3/5');
      const past = await t.request({ method: 'GET', url: base, headers: { range: 'items=10-20' } });
      expect(past.json()).toEqual([]);
      expect(past.headers['content-range']).toBe('items */5');
      expectFieldError(await t.request({ method: 'GET', url: base, headers: { range: 'items=0-3' } }), 'Range');
    });

    it('sorts by name and created-at, both ways', async () => {
      expect(names(await t.request({ method: 'GET', url: `${base}?sort_by=name` }))).toEqual(['Bravo', 'alpha', 'charlie', 'delta-weekly', 'echo']);
      expect(names(await t.request({ method: 'GET', url: `${base}?sort_by=created-at&sort_order=desc` }))).toEqual(['echo', 'delta-weekly', 'Bravo', 'alpha', 'charlie']);
      expectFieldError(await t.request({ method: 'GET', url: `${base}?sort_by=status` }), 'sort_by');
    });

    it('filters by name (part, any case) and frequency type, joined by filter_condition', async () => {
      expect(names(await t.request({ method: 'GET', url: `${base}?name=HA` }))).toEqual(['charlie', 'alpha']);
      expect(names(await t.request({ method: 'GET', url: `${base}?frequency_type=daily` }))).toEqual(['charlie', 'Bravo']);
      expect(names(await t.request({ method: 'GET', url: `${base}?name=a&frequency_type=daily` }))).toEqual(['charlie', 'Bravo']);
      expect(names(await t.request({ method: 'GET', url: `${base}?name=echo&frequency_type=hourly&filter_condition=or` }))).toEqual(['alpha', 'echo']);
      const none = await t.request({ method: 'GET', url: `${base}?name=zzz` });
      expect(none.json()).toEqual([]);
      expect(none.headers['content-range']).toBe('items */0');
      expectFieldError(await t.request({ method: 'GET', url: `${base}?colour=red` }), 'colour');
    });
  });
}
