import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';

/** All nine statuses of seed 000, each reached through documented behaviour. */
for (const dialect of DIALECTS) {
  describe(`connection statuses [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    const get = (id: number) => t.request({ method: 'GET', url: `${base}/${id}` }).then((r) => r.json());
    const create = async (name: string, extra: Record<string, unknown> = {}) => {
      const res = await t.request({ method: 'POST', url: base, payload: connectionBody({ name, ...extra }) });
      expect(res.statusCode).toBe(202);
      const id = res.json().id as number;
      // Verification, then (when it succeeds) the first sync: both change the connection and its ETag.
      await eventually(async () => {
        const c = await get(id);
        return c.connectivityStatus !== 'pending' && c.syncStatus !== 'queued' && c.syncStatus !== 'running';
      }, 10_000, 'verification and first sync');
      return id;
    };
    const status = (id: number, value: string, headers: Record<string, string> = {}) =>
      t.request({ method: 'PUT', url: `${base}/${id}/status`, payload: { status: value }, headers });
    const waitFor = (id: number, value: string) => eventually(async () => (await get(id)).status === value && get(id), 10_000, value);

    beforeAll(async () => {
      // A 1 s connectivity schedule so critical-suspended is reached within the test.
      t = await startTestApp(dialect, { LIFEBOAT_CONNECTIVITY_CHECK_SECONDS: '1' });
      base = `${t.P}/aws/cloud-connections`;
    });
    afterAll(() => t.close());

    it('enabled → disabled → suspended → enabled through PUT …/status', async () => {
      const id = await create('toggle');
      expect((await get(id)).status).toBe('enabled');
      expect((await status(id, 'disabled')).json().status).toBe('disabled');
      const sync = await t.request({ method: 'POST', url: `${base}/${id}/sync` });
      expect(sync.statusCode).toBe(409);
      expect(sync.json().errors[0].code).toBe('CONNECTION_NOT_ENABLED');
      expect((await status(id, 'suspended')).json().status).toBe('suspended');
      expect((await status(id, 'enabled')).json().status).toBe('enabled');
      const bad = await status(id, 'deleted');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fieldErrors.status).toMatch(/enabled, disabled, suspended/);
    });

    it('critical-suspended after 3 scheduled checks fail in a row; a successful verify re-enables it', async () => {
      const id = await create('flaky');
      const fault = await t.app.sim!.addFault({ operation: 'verify', match: { accountId: '111111111111' }, errorCode: 'AccessDenied' });
      try {
        const critical = await waitFor(id, 'critical-suspended');
        expect(critical.statusMessage).toMatch(/3 scheduled connectivity checks failed/);
        expect(critical.connectivityStatus).toBe('authentication-failed');
      } finally {
        await t.app.sim!.removeFault(fault);
      }
      const verify = await t.request({ method: 'POST', url: `${base}/${id}/verify` });
      expect(verify.statusCode).toBe(202);
      expect(verify.json().connectivityStatus).toBe('pending');
      const back = await waitFor(id, 'enabled');
      expect(back.connectivityStatus).toBe('success');
    });

    it('a manual verification that fails does not suspend the connection', async () => {
      const id = await create('manual-fail');
      await status(id, 'disabled'); // out of the schedule's way
      await status(id, 'enabled');
      const fault = await t.app.sim!.addFault({ operation: 'verify', match: { accountId: '111111111111' }, errorCode: 'AccessDenied', count: 1 });
      await t.request({ method: 'POST', url: `${base}/${id}/verify` });
      await eventually(async () => (await get(id)).connectivityStatus === 'authentication-failed', 10_000, 'failed verify');
      expect((await get(id)).status).toBe('enabled');
      await t.app.sim!.removeFault(fault);
    });

    it('delete-pending → delete-in-progress → deleted: readable as deleted, the name is free, lists leave it out', async () => {
      const id = await create('doomed');
      // A slow clean-up, so delete-in-progress can be seen.
      const slow = await t.app.sim!.addFault({ operation: 'releaseConnection', latencyMs: 1500, count: 1 });
      const del = await t.request({ method: 'DELETE', url: `${base}/${id}` });
      expect(del.statusCode).toBe(202);
      expect(del.json().status).toBe('delete-pending');
      await waitFor(id, 'delete-in-progress');
      const again = await t.request({ method: 'DELETE', url: `${base}/${id}` });
      expect(again.statusCode).toBe(202); // repeating a deletion under way changes nothing
      const deleted = await waitFor(id, 'deleted');
      expect(deleted.deletedAt).not.toBeNull();
      await t.app.sim!.removeFault(slow);
      const inventory = await t.request({ method: 'GET', url: `${base}/${id}/resources` });
      expect(inventory.headers['content-range']).toBe('items */0');
      const list = await t.request({ method: 'GET', url: base });
      expect(list.json().map((c: { id: number }) => c.id)).not.toContain(id);
      const listed = await t.request({ method: 'GET', url: `${base}?status=deleted` });
      expect(listed.json().map((c: { id: number }) => c.id)).toContain(id);
      expect((await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'doomed' }) })).statusCode).toBe(202);
      const twice = await t.request({ method: 'DELETE', url: `${base}/${id}` });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().errors[0].code).toBe('CONNECTION_DELETED');
      const row = await t.app.store.db.selectFrom('cloud_connections').select('secret_sealed').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.secret_sealed).toBeNull();
    });

    it('delete-locked while deletion protection is on; cancelling returns it to enabled; lifting protection deletes it', async () => {
      const id = await create('guarded', { deletionProtection: true });
      const del = await t.request({ method: 'DELETE', url: `${base}/${id}` });
      expect(del.json()).toMatchObject({ status: 'delete-locked', deletionProtection: true });
      expect(del.json().statusMessage).toMatch(/Deletion protection is on/);
      await new Promise((r) => setTimeout(r, 200));
      expect((await get(id)).status).toBe('delete-locked'); // nothing proceeds by itself
      expect((await status(id, 'enabled')).json().status).toBe('enabled');
      await t.request({ method: 'DELETE', url: `${base}/${id}` });
      const lifted = await t.request({ method: 'PUT', url: `${base}/${id}/deletion-protection`, payload: { enabled: false } });
      expect(lifted.statusCode).toBe(200);
      expect(['delete-pending', 'delete-in-progress', 'deleted']).toContain(lifted.json().status);
      await waitFor(id, 'deleted');
    });

    it('delete-failed when the cloud refuses the clean-up; DELETE again retries it', async () => {
      const id = await create('stubborn');
      const fault = await t.app.sim!.addFault({ operation: 'releaseConnection', errorCode: 'InternalError' });
      await t.request({ method: 'DELETE', url: `${base}/${id}` });
      const failed = await waitFor(id, 'delete-failed');
      expect(failed.statusMessage).toMatch(/InternalError/);
      const rename = await t.request({ method: 'PUT', url: `${base}/${id}/general-information`, payload: { name: 'renamed' } });
      expect(rename.statusCode).toBe(409);
      await t.app.sim!.removeFault(fault);
      expect((await t.request({ method: 'DELETE', url: `${base}/${id}` })).json().status).toBe('delete-pending');
      await waitFor(id, 'deleted');
    });

    it('PUT …/status honours If-Match and refuses a deletion under way', async () => {
      const id = await create('versioned');
      await status(id, 'disabled'); // out of the 1 s connectivity schedule, whose checks also move the ETag
      const res = await t.request({ method: 'GET', url: `${base}/${id}` });
      const etag = res.headers.etag as string;
      expect((await status(id, 'suspended', { 'if-match': '"1"' })).statusCode).toBe(412);
      expect((await get(id)).status).toBe('disabled');
      expect((await status(id, 'suspended', { 'if-match': etag })).statusCode).toBe(200);
      await t.app.sim!.addFault({ operation: 'releaseConnection', latencyMs: 1000, count: 1 });
      await t.request({ method: 'DELETE', url: `${base}/${id}` });
      await waitFor(id, 'delete-in-progress');
      const refused = await status(id, 'enabled');
      expect(refused.statusCode).toBe(409);
      await waitFor(id, 'deleted');
    });
  });
}
