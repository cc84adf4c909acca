import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError, expectForbidden, expectNativeError } from './native.ts';

/** Authentication (401) on the native surface, and who may create accounts. */
for (const dialect of DIALECTS) {
  describe(`authentication and accounts [${dialect}]`, () => {
    let t: TestApp;
    let projectsUrl: string;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      projectsUrl = `/api/v1/accounts/${t.accountId}/projects`;
    });
    afterAll(() => t.close());

    const raw = (url: string, headers: Record<string, string>) => t.request({ method: 'GET', url, headers, token: null });
    const accountNames = async (): Promise<string[]> =>
      (await t.request({ method: 'GET', url: '/api/v1/accounts' })).json().map((a: { name: string }) => a.name);

    function expect401(res: Awaited<ReturnType<TestApp['request']>>) {
      const body = expectNativeError(res, 401, 'unauthenticated');
      expect(body.errors[0].code).toBe('UNAUTHENTICATED');
      expect(body.requiredPermissions).toEqual([]);
      expect(body.fieldErrors).toEqual({});
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(res.headers['x-request-id']).toBeTruthy();
      return body;
    }

    it('answers 401 with the native error body when there is no Authorization header', async () => {
      expect401(await raw(projectsUrl, {}));
      expect401(await raw(`${t.P}/aws/cloud-connections`, {}));
      expect401(await raw('/api/v1/accounts', {}));
    });

    const malformed: Array<[string, string]> = [
      ['a Basic credential', `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}`],
      ['the scheme alone', 'Bearer'],
      ['the scheme and blanks', 'Bearer    '],
      ['the token without a scheme', ADMIN_TOKEN],
      ['another scheme', `Token ${ADMIN_TOKEN}`],
      ['two tokens', `Bearer ${ADMIN_TOKEN} ${ADMIN_TOKEN}`],
      ['an empty header', ''],
    ];
    for (const [what, header] of malformed) {
      it(`answers 401 for a malformed Authorization header: ${what}`, async () => {
        expect401(await raw(projectsUrl, { authorization: header }));
      });
    }

    it('answers 401 for a well-formed token nobody holds, and the message does not echo it', async () => {
      const unknown = 'lb_' + 'x'.repeat(43);
      const body = expect401(await raw(projectsUrl, { authorization: `Bearer ${unknown}` }));
      expect(JSON.stringify(body)).not.toContain(unknown);
      // The admin token with a character changed is just as unknown.
      expect401(await raw(projectsUrl, { authorization: `Bearer ${ADMIN_TOKEN.slice(0, -1)}X` }));
    });

    it('checks the token before the body: a write with no token and a bad body is 401, and writes nothing', async () => {
      const before = await accountNames();
      expect401(await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'x' }, token: null }));
      expect401(await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'anon-account' }, token: null }));
      expect(await accountNames()).toEqual(before);
    });

    it('accepts the scheme in any case and the instance admin token', async () => {
      expect((await raw(projectsUrl, { authorization: `bearer ${ADMIN_TOKEN}` })).statusCode).toBe(200);
      expect((await raw(projectsUrl, { authorization: `Bearer ${ADMIN_TOKEN}` })).statusCode).toBe(200);
    });

    it('answers 401 for a token once its service account is deleted (revoked at once)', async () => {
      const created = await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: 'short-lived', role: 'viewer' } });
      expect(created.statusCode).toBe(201);
      const { id, token } = created.json();
      expect((await t.request({ method: 'GET', url: projectsUrl, token })).statusCode).toBe(200);
      const del = await t.request({ method: 'DELETE', url: `/api/v1/accounts/${t.accountId}/service-accounts/${id}` });
      expect(del.statusCode).toBe(204);
      expect401(await t.request({ method: 'GET', url: projectsUrl, token }));
      expect401(await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: {}, token }));
      const gone = await t.request({ method: 'GET', url: `/api/v1/accounts/${t.accountId}/service-accounts/${id}` });
      expectNativeError(gone, 404, 'not-found');
    });

    it('lets the instance admin create accounts: 201, an int64 id, a unique 32-hex domainId, a default project', async () => {
      const made = [];
      for (const name of ['acme', 'globex', 'Initech-2']) {
        const res = await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name } });
        expect(res.statusCode).toBe(201);
        const body = res.json();
        expect(body).toMatchObject({ name });
        expect(Number.isSafeInteger(body.id)).toBe(true);
        expect(body.id).not.toBe(t.accountId);
        expect(body.domainId).toMatch(/^[0-9a-f]{32}$/);
        expect(new Date(body.createdAt).toISOString()).toBe(body.createdAt);
        made.push(body);
      }
      expect(new Set(made.map((a) => a.domainId)).size).toBe(3);
      expect(new Set(made.map((a) => a.id)).size).toBe(3);
      const list = (await t.request({ method: 'GET', url: '/api/v1/accounts' })).json();
      for (const account of made) expect(list).toContainEqual(account);
      const read = await t.request({ method: 'GET', url: `/api/v1/accounts/${made[0].id}` });
      expect(read.json()).toEqual(made[0]);
      const projects = (await t.request({ method: 'GET', url: `/api/v1/accounts/${made[0].id}/projects` })).json();
      expect(projects.map((p: { id: string }) => p.id)).toEqual(['default']);
    });

    it('answers 403 naming accounts:create to an account admin that is not the instance admin, and creates nothing', async () => {
      const admin = (await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: 'account-admin', role: 'admin' } })).json();
      expect(admin.instanceAdmin).toBe(false);
      const before = await accountNames();
      const res = await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'sneaky' }, token: admin.token });
      const body = expectForbidden(res, 'accounts:create');
      expect(body.errors[0].code).toBe('FORBIDDEN');
      expect(await accountNames()).toEqual(before);
      expect(before).not.toContain('sneaky');
      // Even with a body that would not validate, the answer is the 403 (permission before validation).
      expectForbidden(await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 1 }, token: admin.token }), 'accounts:create');
      // The account admin sees only its own account in the list.
      const own = (await t.request({ method: 'GET', url: '/api/v1/accounts', token: admin.token })).json();
      expect(own.map((a: { id: number }) => a.id)).toEqual([t.accountId]);
    });

    const badNames: Array<[string, unknown]> = [
      ['an empty name', ''],
      ['a name of 2 characters', 'ab'],
      ['a name of 51 characters', 'a'.repeat(51)],
      ['a name that starts with a digit', '1acme'],
      ['a name with a space', 'ac me'],
      ['a name with an underscore', 'ac_me'],
      ['a name that is a number', 12345],
      ['a null name', null],
    ];
    for (const [what, name] of badNames) {
      it(`refuses an account with ${what}: 400 naming name, nothing created`, async () => {
        const before = await accountNames();
        const res = await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name } });
        const body = expectFieldError(res, 'name');
        expect(body.errors[0].code).toBe('VALIDATION_FAILED');
        expect(await accountNames()).toEqual(before);
      });
    }

    it('refuses an account without a name, or with an unknown field: 400 naming the field', async () => {
      const before = await accountNames();
      expectFieldError(await t.request({ method: 'POST', url: '/api/v1/accounts', payload: {} }), 'name');
      expectFieldError(await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'extra-field', domainId: 'f'.repeat(32) } }), 'domainId');
      expect(await accountNames()).toEqual(before);
    });

    it('answers 409 for a name that is taken, and creates nothing', async () => {
      expect((await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'taken-name' } })).statusCode).toBe(201);
      const before = await accountNames();
      const res = await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'taken-name' } });
      const body = expectNativeError(res, 409, 'conflict');
      expect(body.errors[0].code).toBe('NAME_TAKEN');
      expect(body.fieldErrors.name).toBeTruthy();
      expect(await accountNames()).toEqual(before);
      // The default account's name is taken too.
      expectNativeError(await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'default' } }), 409, 'conflict');
    });

    it('five creates of one free name at once: one 201, four 409 (never a 500)', async () => {
      const results = await Promise.all([0, 1, 2, 3, 4].map(() => t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'race-name' } })));
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
      expect((await accountNames()).filter((n) => n === 'race-name')).toHaveLength(1);
    });

    it('answers 404 for an account that does not exist, even to the instance admin', async () => {
      expectNativeError(await t.request({ method: 'GET', url: '/api/v1/accounts/987654321' }), 404, 'not-found');
      expectNativeError(await t.request({ method: 'GET', url: '/api/v1/accounts/987654321/projects' }), 404, 'not-found');
      expectNativeError(await t.request({ method: 'GET', url: '/api/v1/accounts/not-a-number/projects' }), 404, 'not-found');
    });
  });
}
