import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';

/** Seed 000: PUT …/aws/cloud-connections/{id}/general-information, exactly as the reference page says. */
for (const dialect of DIALECTS) {
  describe(`seed 000 general information [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    let id: number;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      base = `${t.P}/aws/cloud-connections`;
      const created = await t.request({ method: 'POST', url: base, payload: connectionBody() });
      expect(created.statusCode).toBe(202);
      id = created.json().id;
      await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'other-aws' }) });
      // Background verification and the first sync change the connection (and its ETag): let them finish.
      await eventually(async () => {
        const c = (await t.request({ method: 'GET', url: `${base}/${id}` })).json();
        return c.lastSync !== null && c.syncStatus === 'idle';
      }, 10_000, 'first sync');
    });
    afterAll(() => t.close());

    const put = (payload: unknown, headers: Record<string, string> = {}, url = `${base}/${id}/general-information`) =>
      t.request({ method: 'PUT', url, payload: payload as object, headers });
    const read = async () => (await t.request({ method: 'GET', url: `${base}/${id}` })).json();

    it('updates name and description and answers 200 with every field of the seed', async () => {
      const res = await put({ name: 'Prod-East-1', description: 'primary estate' });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ accountId: t.accountId, projectId: 'default', id, name: 'Prod-East-1', description: 'primary estate' });
      for (const field of ['status', 'connectivityStatus', 'operationalRegions', 'services', 'createdAt', 'updatedAt', 'lastSync']) expect(body).toHaveProperty(field);
      expect(['enabled', 'suspended', 'critical-suspended', 'disabled', 'delete-pending', 'delete-in-progress', 'delete-locked', 'delete-failed', 'deleted']).toContain(body.status);
      expect(['pending', 'success', 'authentication-failed', 'failed']).toContain(body.connectivityStatus);
      expect(new Date(body.updatedAt).toISOString()).toBe(body.updatedAt);
      expect(res.headers.etag).toMatch(/^"\d+"$/);
      expect((await read()).name).toBe('Prod-East-1');
    });

    it('accepts the boundaries: 3 and 50 characters, a 1000-character description', async () => {
      expect((await put({ name: 'abc' })).statusCode).toBe(200);
      expect((await put({ name: 'a'.repeat(50), description: 'd'.repeat(1000) })).statusCode).toBe(200);
      expect((await read()).description).toHaveLength(1000);
    });

    it('leaves the description as it is when the body has none', async () => {
      await put({ name: 'keep-desc', description: 'kept' });
      await put({ name: 'keep-desc-2' });
      expect((await read()).description).toBe('kept');
    });

    const bad: Array<[string, unknown, string]> = [
      ['a name of 2 characters', { name: 'ab' }, 'name'],
      ['a name of 51 characters', { name: 'a'.repeat(51) }, 'name'],
      ['a name that starts with a digit', { name: '1prod' }, 'name'],
      ['a name with an underscore', { name: 'prod_aws' }, 'name'],
      ['a name with a space', { name: 'prod aws' }, 'name'],
      ['a name that is not a string', { name: 12345 }, 'name'],
      ['no name', { description: 'x' }, 'name'],
      ['a description of 1001 characters', { name: 'valid-name', description: 'd'.repeat(1001) }, 'description'],
      ['an unknown field', { name: 'valid-name', status: 'disabled' }, 'status'],
    ];
    for (const [what, payload, field] of bad) {
      it(`refuses ${what}: 400 naming ${field}, nothing written`, async () => {
        const before = await read();
        const res = await put(payload);
        expect(res.statusCode).toBe(400);
        const body = res.json();
        expect(body.fieldErrors[field]).toBeTruthy();
        expect(body.errors[0]).toMatchObject({ code: 'VALIDATION_FAILED', type: 'validation' });
        expect(typeof body.message).toBe('string');
        expect(body.requiredPermissions).toEqual([]);
        const after = await read();
        expect(after.name).toBe(before.name);
        expect(after.updatedAt).toBe(before.updatedAt);
      });
    }

    it('names every bad field at once', async () => {
      const res = await put({ name: '9', description: 'd'.repeat(1001) });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().fieldErrors).sort()).toEqual(['description', 'name']);
    });

    it('refuses a body that is not JSON with 400', async () => {
      const res = await t.request({ method: 'PUT', url: `${base}/${id}/general-information`, payload: '{"name": ', headers: { 'content-type': 'application/json' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toHaveLength(1);
    });

    it('answers 404 with the seed body for a connection that does not exist, or of another project', async () => {
      const res = await put({ name: 'whatever' }, {}, `${base}/999999/general-information`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ errors: [{ code: 'NOT_FOUND', type: 'not-found' }], fieldErrors: {}, requiredPermissions: [] });
      await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects`, payload: { id: 'staging' } });
      const other = await put({ name: 'whatever' }, {}, `/api/v1/accounts/${t.accountId}/projects/staging/aws/cloud-connections/${id}/general-information`);
      expect(other.statusCode).toBe(404);
    });

    it('answers 409 when the name is taken in the project, and writes nothing', async () => {
      const res = await put({ name: 'other-aws' });
      expect(res.statusCode).toBe(409);
      expect(res.json().errors[0].code).toBe('NAME_TAKEN');
      expect(res.json().fieldErrors.name).toBe('is taken');
      expect((await read()).name).not.toBe('other-aws');
    });

    it('allows the same name in another project', async () => {
      await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects`, payload: { id: 'sandbox' } });
      const res = await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects/sandbox/aws/cloud-connections`, payload: connectionBody({ name: 'other-aws' }) });
      expect(res.statusCode).toBe(202);
    });

    it('answers 412 when If-Match does not match the current ETag, and changes nothing', async () => {
      const current = await t.request({ method: 'GET', url: `${base}/${id}` });
      const etag = current.headers.etag as string;
      const stale = `"${Number(etag.replace(/"/g, '')) - 1}"`;
      const res = await put({ name: 'stale-write' }, { 'if-match': stale });
      expect(res.statusCode).toBe(412);
      expect(res.json().errors[0].code).toBe('VERSION_MISMATCH');
      expect((await read()).name).not.toBe('stale-write');
      const ok = await put({ name: 'fresh-write' }, { 'if-match': etag });
      expect(ok.statusCode).toBe(200);
      expect(ok.headers.etag).not.toBe(etag);
      expect((await put({ name: 'garbage-etag' }, { 'if-match': 'not-an-etag' })).statusCode).toBe(412);
    });

    it('two writers with the same If-Match: exactly one wins', async () => {
      const etag = (await t.request({ method: 'GET', url: `${base}/${id}` })).headers.etag as string;
      const results = await Promise.all([put({ name: 'writer-one' }, { 'if-match': etag }), put({ name: 'writer-two' }, { 'if-match': etag })]);
      const codes = results.map((r) => r.statusCode).sort();
      expect(codes).toEqual([200, 412]);
      const winner = results.find((r) => r.statusCode === 200)!.json().name;
      expect((await read()).name).toBe(winner);
    });

    it('two renames to one free name at once: one wins, the other is 409', async () => {
      const second = (await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'racer-b' }) })).json().id;
      const results = await Promise.all([put({ name: 'contested' }), put({ name: 'contested' }, {}, `${base}/${second}/general-information`)]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    });

    it('answers 409 while the connection is being deleted, and once deleted', async () => {
      const victim = (await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'to-delete', deletionProtection: true }) })).json().id;
      const del = await t.request({ method: 'DELETE', url: `${base}/${victim}` });
      expect(del.statusCode).toBe(202);
      expect(del.json().status).toBe('delete-locked');
      const locked = await put({ name: 'renamed' }, {}, `${base}/${victim}/general-information`);
      expect(locked.statusCode).toBe(409);
      expect(locked.json().errors[0].code).toBe('CONNECTION_BEING_DELETED');
      await t.request({ method: 'PUT', url: `${base}/${victim}/deletion-protection`, payload: { enabled: false } });
      await eventually(async () => (await t.request({ method: 'GET', url: `${base}/${victim}` })).json().status === 'deleted', 10_000, 'deleted');
      const gone = await put({ name: 'renamed' }, {}, `${base}/${victim}/general-information`);
      expect(gone.statusCode).toBe(409);
      expect(gone.json().errors[0].code).toBe('CONNECTION_DELETED');
    });

    it('answers 401 without a token and 403 naming the permission for a viewer', async () => {
      const anon = await t.request({ method: 'PUT', url: `${base}/${id}/general-information`, payload: { name: 'anon-write' }, token: null });
      expect(anon.statusCode).toBe(401);
      expect(anon.json().errors[0].type).toBe('unauthenticated');
      const viewer = (await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: 'viewer-bot', role: 'viewer' } })).json();
      const res = await t.request({ method: 'PUT', url: `${base}/${id}/general-information`, payload: { name: 'viewer-write' }, token: viewer.token });
      expect(res.statusCode).toBe(403);
      expect(res.json().requiredPermissions).toEqual(['cloud-connections:update']);
      expect((await read()).name).not.toBe('viewer-write');
    });

    it('records an audit event for the update, with who and the result', async () => {
      const events = (await t.request({ method: 'GET', url: `${t.P}/events?action=updateAwsCloudConnectionGeneralInformation` })).json();
      expect(events.length).toBeGreaterThan(0);
      type Event = { actor: string; result: string; statusCode: number; targetType: string; targetId: string };
      // Newest first: the viewer's refused attempt comes before the admin's successful writes.
      expect(events[0]).toMatchObject({ actor: 'service-account:1', actorName: 'viewer-bot', result: 'failure', statusCode: 403 });
      expect(events.some((e: Event) => e.actor === 'instance-admin' && e.result === 'success' && e.targetType === 'cloud-connection' && e.targetId === String(id))).toBe(true);
      expect(events.some((e: Event) => e.result === 'failure' && e.statusCode === 412)).toBe(true);
    });
  });
}
