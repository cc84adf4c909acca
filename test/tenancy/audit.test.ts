import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError } from './native.ts';
import { ccClient, domainOf } from '../network/fixture.ts';

interface AuditEvent {
  id: number; accountId: number; projectId: string | null; actor: string; actorName: string; action: string; method: string; path: string;
  targetType: string | null; targetId: string | null; result: 'success' | 'failure'; statusCode: number; requestId: string; createdAt: string;
  reason: { code: string | null; message: string | null } | null;
}

type Res = Awaited<ReturnType<TestApp['request']>>;

/** The audit trail: one event per write, failures included, reads never; listed newest first with Range and filters. */
for (const dialect of DIALECTS) {
  describe(`audit trail [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    let accountBase: string;
    let viewer: { id: number; token: string };
    let seq = 0;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      base = `${t.P}/aws/cloud-connections`;
      accountBase = `/api/v1/accounts/${t.accountId}`;
      viewer = (await t.request({ method: 'POST', url: `${accountBase}/service-accounts`, payload: { name: 'audit-viewer', role: 'viewer' } })).json();
    });
    afterAll(() => t.close());

    /** A write with a request id of our own, so its event can be found. */
    const write = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, token?: string) =>
      t.request({ method, url, payload, token, headers: { 'x-request-id': `audit-${dialect}-${++seq}` } });

    const allEvents = async (): Promise<AuditEvent[]> =>
      (await t.request({ method: 'GET', url: `${accountBase}/events`, headers: { range: 'items=1-1000' } })).json();

    /** The events recorded for one response (the event is written as the response completes, so poll briefly). */
    async function eventsOf(res: Res, count = 1): Promise<AuditEvent[]> {
      const requestId = res.headers['x-request-id'] as string;
      expect(requestId).toBeTruthy();
      return eventually(async () => {
        const found = (await allEvents()).filter((e) => e.requestId === requestId);
        return found.length >= count ? found : undefined;
      }, 5_000, `audit event of ${requestId}`);
    }

    function expectEvent(event: AuditEvent, res: Res, expected: Partial<AuditEvent>) {
      expect(event).toMatchObject({ accountId: t.accountId, requestId: res.headers['x-request-id'], statusCode: res.statusCode, ...expected });
      expect(event.result).toBe(res.statusCode < 400 ? 'success' : 'failure');
      expect(new Date(event.createdAt).toISOString()).toBe(event.createdAt);
      expect(Date.now() - Date.parse(event.createdAt)).toBeLessThan(60_000);
      expect(typeof event.actorName).toBe('string');
      expect(event.actorName.length).toBeGreaterThan(0);
    }

    let connectionId: number;

    it('records creating a connection: who, the operationId, the target, the result and the request id', async () => {
      const res = await write('POST', base, connectionBody());
      expect(res.statusCode).toBe(202);
      connectionId = res.json().id;
      const [event, ...more] = await eventsOf(res);
      expect(more).toEqual([]);
      expectEvent(event, res, {
        actor: 'instance-admin', action: 'createAwsCloudConnection', targetType: 'cloud-connection', targetId: String(connectionId),
        result: 'success', statusCode: 202, projectId: 'default', method: 'POST', path: base,
      });
      expect(event.requestId).toBe(`audit-${dialect}-${seq}`);
    });

    it('records a write without an X-Request-Id under the id the response carried', async () => {
      const res = await t.request({ method: 'PUT', url: `${base}/${connectionId}/general-information`, payload: { name: 'no-request-id' } });
      expect(res.statusCode).toBe(200);
      const generated = res.headers['x-request-id'] as string;
      expect(generated).toBeTruthy();
      const [event] = await eventsOf(res);
      expect(event.requestId).toBe(generated);
      expect(event.action).toBe('updateAwsCloudConnectionGeneralInformation');
    });

    it('records updating and deleting a connection', async () => {
      const update = await write('PUT', `${base}/${connectionId}/general-information`, { name: 'audited-name' });
      expect(update.statusCode).toBe(200);
      expectEvent((await eventsOf(update))[0], update, {
        actor: 'instance-admin', action: 'updateAwsCloudConnectionGeneralInformation', targetType: 'cloud-connection', targetId: String(connectionId), result: 'success',
      });
      const regions = await write('PUT', `${base}/${connectionId}/regions-and-services`, { operationalRegions: ['us-east-1'], services: ['EC2'] });
      expect(regions.statusCode).toBe(200);
      expectEvent((await eventsOf(regions))[0], regions, { action: 'updateAwsCloudConnectionRegionsAndServices', targetId: String(connectionId) });
      const del = await write('DELETE', `${base}/${connectionId}`);
      expect(del.statusCode).toBe(202);
      expectEvent((await eventsOf(del))[0], del, {
        actor: 'instance-admin', action: 'deleteAwsCloudConnection', targetType: 'cloud-connection', targetId: String(connectionId), result: 'success', statusCode: 202,
      });
    });

    it('records creating and deleting a service account (account-level: no project)', async () => {
      const created = await write('POST', `${accountBase}/service-accounts`, { name: 'audited-bot', role: 'operator' });
      expect(created.statusCode).toBe(201);
      const id = created.json().id;
      expectEvent((await eventsOf(created))[0], created, {
        actor: 'instance-admin', action: 'createServiceAccount', targetType: 'service-account', targetId: String(id), result: 'success', statusCode: 201, projectId: null,
      });
      // The event never holds the token.
      expect(JSON.stringify(await allEvents())).not.toContain(created.json().token);
      const deleted = await write('DELETE', `${accountBase}/service-accounts/${id}`);
      expect(deleted.statusCode).toBe(204);
      expectEvent((await eventsOf(deleted))[0], deleted, {
        action: 'deleteServiceAccount', targetType: 'service-account', targetId: String(id), result: 'success', statusCode: 204,
      });
    });

    it('records creating a project', async () => {
      const res = await write('POST', `${accountBase}/projects`, { id: 'audited-proj' });
      expect(res.statusCode).toBe(201);
      expectEvent((await eventsOf(res))[0], res, {
        actor: 'instance-admin', action: 'createProject', targetType: 'project', targetId: 'audited-proj', result: 'success', statusCode: 201,
      });
    });

    it('records an account created by the configured instance admin in the new account', async () => {
      const res = await write('POST', '/api/v1/accounts', { name: `audited-account-${dialect}` });
      expect(res.statusCode).toBe(201);
      const events = (await t.request({ method: 'GET', url: `/api/v1/accounts/${res.json().id}/events` })).json();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actor: 'instance-admin', action: 'createAccount', targetType: 'account', targetId: String(res.json().id), result: 'success' });
    });

    it('records a refused write (400) as a failure, and writes nothing else', async () => {
      const res = await write('POST', base, connectionBody({ name: '1-bad' }));
      expectFieldError(res, 'name');
      const events = await eventsOf(res);
      expect(events).toHaveLength(1);
      expectEvent(events[0], res, { action: 'createAwsCloudConnection', result: 'failure', statusCode: 400, actor: 'instance-admin' });
    });

    it('records a forbidden write (403) as a failure of the service account that tried it', async () => {
      const res = await write('POST', base, connectionBody({ name: 'viewer-try' }), viewer.token);
      expect(res.statusCode).toBe(403);
      expectEvent((await eventsOf(res))[0], res, {
        actor: `service-account:${viewer.id}`, actorName: 'audit-viewer', action: 'createAwsCloudConnection', result: 'failure', statusCode: 403,
      });
    });

    it('records a conflicting write (409) as a failure', async () => {
      await write('POST', base, connectionBody({ name: 'taken-once' }));
      const res = await write('POST', base, connectionBody({ name: 'taken-once' }));
      expect(res.statusCode).toBe(409);
      expectEvent((await eventsOf(res))[0], res, { action: 'createAwsCloudConnection', result: 'failure', statusCode: 409 });
      const dup = await write('POST', `${accountBase}/service-accounts`, { name: 'audit-viewer', role: 'admin' });
      expect(dup.statusCode).toBe(409);
      expectEvent((await eventsOf(dup))[0], dup, { action: 'createServiceAccount', result: 'failure', statusCode: 409 });
    });

    it('keeps why a write was refused: the code and message the caller was answered, never a secret', async () => {
      const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY01';
      const invalid = await write('POST', base, connectionBody({ name: '1-bad', accessMethod: { type: 'access-key', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: secret } }));
      expectFieldError(invalid, 'name');
      const [invalidEvent] = await eventsOf(invalid);
      expect(invalidEvent.reason).toEqual({ code: invalid.json().errors[0].code, message: invalid.json().message });
      expect(invalidEvent.reason!.message).toMatch(/name/);
      expect(JSON.stringify(await allEvents())).not.toContain(secret);

      const forbidden = await write('POST', base, connectionBody({ name: 'viewer-reason' }), viewer.token);
      expect(forbidden.statusCode).toBe(403);
      const [forbiddenEvent] = await eventsOf(forbidden);
      expect(forbiddenEvent.reason).toEqual({ code: 'FORBIDDEN', message: forbidden.json().message });

      const missing = await write('DELETE', `${base}/999999`);
      expect(missing.statusCode).toBe(404);
      expect((await eventsOf(missing))[0].reason).toEqual({ code: missing.json().errors[0].code, message: missing.json().message });

      // The network surface's dialect ({error_code, error_msg}) is read too.
      const operator = (await t.request({ method: 'POST', url: `${accountBase}/service-accounts`, payload: { name: 'audit-network-operator', role: 'admin' } })).json() as { token: string };
      const cc = ccClient(t, await domainOf(t));
      const ccRefused = await cc.call('POST', '/cloud-connections', { cloud_connection: { name: '' } }, operator.token, { 'x-request-id': `audit-${dialect}-${++seq}` });
      expect(ccRefused.statusCode).toBe(400);
      const [ccEvent] = await eventsOf(ccRefused);
      expect(ccEvent.reason).toEqual({ code: ccRefused.json().error_code, message: ccRefused.json().error_msg });

      // A success has no reason.
      const fine = await write('POST', base, connectionBody({ name: 'reason-none' }));
      expect(fine.statusCode).toBe(202);
      expect((await eventsOf(fine))[0].reason).toBeNull();
    });

    it('does not record reads, nor requests that never authenticated', async () => {
      const probe = await write('POST', `${accountBase}/projects`, { id: 'read-probe' });
      await eventsOf(probe);
      const before = await allEvents();
      const reads = [
        base, `${base}?name=taken`, `${accountBase}/projects`, `${accountBase}/service-accounts`, `${t.P}/events`, `${accountBase}/events`, '/api/v1/accounts',
      ];
      for (const url of reads) expect((await t.request({ method: 'GET', url })).statusCode).toBe(200);
      expect((await t.request({ method: 'GET', url: base, token: viewer.token })).statusCode).toBe(200);
      const anon = await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'anon-try' }), token: null });
      expect(anon.statusCode).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const after = await allEvents();
      expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
    });

    describe('listing', () => {
      let all: AuditEvent[];

      beforeAll(async () => {
        all = (await t.request({ method: 'GET', url: `${t.P}/events`, headers: { range: 'items=1-1000' } })).json();
      });

      it('lists the project trail newest first with Content-Range', async () => {
        const res = await t.request({ method: 'GET', url: `${t.P}/events` });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-range']).toBe(`items 1-${all.length}/${all.length}`);
        const ids = all.map((e) => e.id);
        expect(ids).toEqual([...ids].sort((a, b) => b - a));
        for (const event of all) expect(event.projectId).toBe('default');
        expect(all.length).toBeGreaterThanOrEqual(8);
      });

      it('pages with Range', async () => {
        const first = await t.request({ method: 'GET', url: `${t.P}/events`, headers: { range: 'items=1-2' } });
        expect(first.statusCode).toBe(200);
        expect(first.json()).toEqual(all.slice(0, 2));
        expect(first.headers['content-range']).toBe(`items 1-2/${all.length}`);
        const second = await t.request({ method: 'GET', url: `${t.P}/events`, headers: { range: 'items=3-5' } });
        expect(second.json()).toEqual(all.slice(2, 5));
        expect(second.headers['content-range']).toBe(`items 3-5/${all.length}`);
        const tail = await t.request({ method: 'GET', url: `${t.P}/events`, headers: { range: `items=${all.length}-${all.length + 10}` } });
        expect(tail.json()).toEqual(all.slice(-1));
        expect(tail.headers['content-range']).toBe(`items ${all.length}-${all.length}/${all.length}`);
        const beyond = await t.request({ method: 'GET', url: `${t.P}/events`, headers: { range: `items=${all.length + 1}-${all.length + 10}` } });
        expect(beyond.statusCode).toBe(200);
        expect(beyond.json()).toEqual([]);
        expect(beyond.headers['content-range']).toBe(`items */${all.length}`);
      });

      it('filters by action and by result, and both at once', async () => {
        const byAction = await t.request({ method: 'GET', url: `${t.P}/events?action=createAwsCloudConnection` });
        const expected = all.filter((e) => e.action === 'createAwsCloudConnection');
        expect(byAction.json()).toEqual(expected);
        expect(byAction.headers['content-range']).toBe(`items 1-${expected.length}/${expected.length}`);
        const failures = (await t.request({ method: 'GET', url: `${t.P}/events?result=failure` })).json();
        expect(failures).toEqual(all.filter((e) => e.result === 'failure'));
        expect(failures.length).toBeGreaterThanOrEqual(3);
        const both = (await t.request({ method: 'GET', url: `${t.P}/events?action=createAwsCloudConnection&result=success` })).json();
        expect(both).toEqual(all.filter((e) => e.action === 'createAwsCloudConnection' && e.result === 'success'));
        const none = await t.request({ method: 'GET', url: `${t.P}/events?action=noSuchOperation` });
        expect(none.json()).toEqual([]);
        expect(none.headers['content-range']).toBe('items */0');
        const paged = await t.request({ method: 'GET', url: `${t.P}/events?result=failure`, headers: { range: 'items=2-2' } });
        expect(paged.json()).toEqual(failures.slice(1, 2));
        expect(paged.headers['content-range']).toBe(`items 2-2/${failures.length}`);
      });

      it('refuses a bad filter or Range with 400 naming it', async () => {
        expectFieldError(await t.request({ method: 'GET', url: `${t.P}/events?result=maybe` }), 'result');
        expectFieldError(await t.request({ method: 'GET', url: `${t.P}/events`, headers: { range: 'items=3-1' } }), 'Range');
      });

      it('the account trail holds the project events and the account-level ones', async () => {
        const account = await allEvents();
        const ids = new Set(account.map((e) => e.id));
        for (const event of all) expect(ids.has(event.id)).toBe(true);
        expect(account.some((e) => e.projectId === null && e.action === 'createServiceAccount')).toBe(true);
      });
    });
  });
}
