import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError, expectForbidden, expectNativeError } from './native.ts';

type Res = Awaited<ReturnType<TestApp['request']>>;

/** What admin, operator and viewer tokens may do on cloud connections and service accounts. */
for (const dialect of DIALECTS) {
  describe(`roles [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    let saBase: string;
    let connectionId: number;
    const tokens: Record<'admin' | 'operator' | 'viewer', string> = { admin: '', operator: '', viewer: '' };

    beforeAll(async () => {
      t = await startTestApp(dialect);
      base = `${t.P}/aws/cloud-connections`;
      saBase = `/api/v1/accounts/${t.accountId}/service-accounts`;
      for (const role of ['admin', 'operator', 'viewer'] as const) {
        const res = await t.request({ method: 'POST', url: saBase, payload: { name: `${role}-bot`, role } });
        expect(res.statusCode).toBe(201);
        tokens[role] = res.json().token;
      }
      const created = await t.request({ method: 'POST', url: base, payload: connectionBody() });
      expect(created.statusCode).toBe(202);
      connectionId = created.json().id;
      // Verified, and the sync that follows a creation finished: the "nothing changed" tests compare updatedAt, which
      // a sync still running would move (a CI run on a loaded machine saw exactly that).
      await eventually(async () => {
        const c = (await t.request({ method: 'GET', url: `${base}/${connectionId}` })).json();
        return c.connectivityStatus === 'success' && c.lastSync !== null && c.syncStatus === 'idle';
      }, 30_000, 'verified and synced');
    });
    afterAll(() => t.close());

    const as = (role: keyof typeof tokens, method: string, url: string, payload?: object): Promise<Res> =>
      t.request({ method: method as 'GET', url, payload, token: tokens[role] });
    const read = async (id = connectionId) => (await t.request({ method: 'GET', url: `${base}/${id}` })).json();
    const connectionNames = async (): Promise<string[]> =>
      (await t.request({ method: 'GET', url: base, headers: { range: 'items=1-1000' } })).json().map((c: { name: string }) => c.name);
    const serviceAccountNames = async (): Promise<string[]> =>
      (await t.request({ method: 'GET', url: saBase })).json().map((s: { name: string }) => s.name);

    describe('viewer', () => {
      it('reads connections, their inventory and template, projects, service accounts and events', async () => {
        const list = await as('viewer', 'GET', base);
        expect(list.statusCode).toBe(200);
        expect(list.json().map((c: { id: number }) => c.id)).toContain(connectionId);
        const one = await as('viewer', 'GET', `${base}/${connectionId}`);
        expect(one.statusCode).toBe(200);
        expect(one.json().name).toBe((await read()).name);
        expect((await as('viewer', 'GET', `${base}/${connectionId}/resources`)).statusCode).toBe(200);
        expect((await as('viewer', 'GET', `${base}/${connectionId}/cloudformation-template`)).statusCode).toBe(200);
        expect((await as('viewer', 'GET', `/api/v1/accounts/${t.accountId}/projects`)).statusCode).toBe(200);
        expect((await as('viewer', 'GET', saBase)).statusCode).toBe(200);
        expect((await as('viewer', 'GET', `${t.P}/events`)).statusCode).toBe(200);
      });

      it('cannot create a connection: 403 cloud-connections:create, nothing created (even with a bad body)', async () => {
        const before = await connectionNames();
        expectForbidden(await as('viewer', 'POST', base, connectionBody({ name: 'viewer-made' })), 'cloud-connections:create');
        expectForbidden(await as('viewer', 'POST', base, { name: 1 }), 'cloud-connections:create');
        expect(await connectionNames()).toEqual(before);
      });

      it('cannot update a connection: 403 cloud-connections:update on every update route, nothing changed', async () => {
        const before = await read();
        expectForbidden(await as('viewer', 'PUT', `${base}/${connectionId}/general-information`, { name: 'viewer-renamed' }), 'cloud-connections:update');
        expectForbidden(await as('viewer', 'PUT', `${base}/${connectionId}/regions-and-services`, { operationalRegions: ['us-east-1'], services: ['EC2'] }), 'cloud-connections:update');
        expectForbidden(await as('viewer', 'PUT', `${base}/${connectionId}/status`, { status: 'disabled' }), 'cloud-connections:update');
        expectForbidden(await as('viewer', 'PUT', `${base}/${connectionId}/deletion-protection`, { enabled: true }), 'cloud-connections:update');
        const after = await read();
        expect(after.name).toBe(before.name);
        expect(after.status).toBe(before.status);
        expect(after.operationalRegions).toEqual(before.operationalRegions);
        expect(after.updatedAt).toBe(before.updatedAt);
      });

      it('cannot verify, sync or delete: 403 with the exact permission, nothing changed', async () => {
        const before = await read();
        expectForbidden(await as('viewer', 'POST', `${base}/${connectionId}/verify`), 'cloud-connections:verify');
        expectForbidden(await as('viewer', 'POST', `${base}/${connectionId}/sync`), 'cloud-connections:sync');
        expectForbidden(await as('viewer', 'DELETE', `${base}/${connectionId}`), 'cloud-connections:delete');
        const after = await read();
        expect(after.status).toBe('enabled');
        expect(after.connectivityStatus).toBe(before.connectivityStatus);
        expect(after.updatedAt).toBe(before.updatedAt);
      });

      it('cannot manage service accounts or projects', async () => {
        const before = await serviceAccountNames();
        expectForbidden(await as('viewer', 'POST', saBase, { name: 'viewer-minted', role: 'admin' }), 'service-accounts:create');
        const victim = (await t.request({ method: 'GET', url: saBase })).json().find((s: { name: string }) => s.name === 'operator-bot');
        expectForbidden(await as('viewer', 'DELETE', `${saBase}/${victim.id}`), 'service-accounts:delete');
        expect(await serviceAccountNames()).toEqual(before);
        expectForbidden(await as('viewer', 'POST', `/api/v1/accounts/${t.accountId}/projects`, { id: 'viewer-proj' }), 'projects:create');
        const projects = (await t.request({ method: 'GET', url: `/api/v1/accounts/${t.accountId}/projects` })).json();
        expect(projects.map((p: { id: string }) => p.id)).not.toContain('viewer-proj');
      });
    });

    describe('operator', () => {
      let own: number;

      it('creates a connection (202, pending)', async () => {
        const res = await as('operator', 'POST', base, connectionBody({ name: 'operator-made' }));
        expect(res.statusCode).toBe(202);
        expect(res.json().connectivityStatus).toBe('pending');
        own = res.json().id;
        expect(await connectionNames()).toContain('operator-made');
      });

      it('updates general information, regions and services, and status', async () => {
        const renamed = await as('operator', 'PUT', `${base}/${connectionId}/general-information`, { name: 'operator-renamed', description: 'by operator' });
        expect(renamed.statusCode).toBe(200);
        expect((await read()).name).toBe('operator-renamed');
        const regions = await as('operator', 'PUT', `${base}/${connectionId}/regions-and-services`, { operationalRegions: ['us-east-1'], services: ['EC2', 'EBS'] });
        expect(regions.statusCode).toBe(200);
        expect((await read()).operationalRegions).toEqual(['us-east-1']);
      });

      it('verifies and syncs (202), and the sync sets lastSync', async () => {
        await eventually(async () => (await read()).connectivityStatus === 'success', 10_000, 'verified');
        const verify = await as('operator', 'POST', `${base}/${connectionId}/verify`);
        expect(verify.statusCode).toBe(202);
        await eventually(async () => (await read()).connectivityStatus === 'success', 10_000, 're-verified');
        const before = (await read()).lastSync;
        const sync = await as('operator', 'POST', `${base}/${connectionId}/sync`);
        expect(sync.statusCode).toBe(202);
        await eventually(async () => {
          const now = await read();
          return now.lastSync !== null && now.lastSync !== before;
        }, 10_000, 'synced');
      });

      it('cannot delete a connection: 403 cloud-connections:delete, the connection stays', async () => {
        expectForbidden(await as('operator', 'DELETE', `${base}/${own}`), 'cloud-connections:delete');
        expect((await read(own)).status).not.toMatch(/^delete/);
      });

      it('cannot create or delete service accounts, nor create projects', async () => {
        const before = await serviceAccountNames();
        expectForbidden(await as('operator', 'POST', saBase, { name: 'operator-minted', role: 'viewer' }), 'service-accounts:create');
        const victim = (await t.request({ method: 'GET', url: saBase })).json().find((s: { name: string }) => s.name === 'viewer-bot');
        expectForbidden(await as('operator', 'DELETE', `${saBase}/${victim.id}`), 'service-accounts:delete');
        expect(await serviceAccountNames()).toEqual(before);
        expectForbidden(await as('operator', 'POST', `/api/v1/accounts/${t.accountId}/projects`, { id: 'operator-proj' }), 'projects:create');
      });

      it('cannot create accounts', async () => {
        expectForbidden(await as('operator', 'POST', '/api/v1/accounts', { name: 'operator-account' }), 'accounts:create');
      });
    });

    describe('admin (of the account)', () => {
      it('creates and deletes connections', async () => {
        const res = await as('admin', 'POST', base, connectionBody({ name: 'admin-made' }));
        expect(res.statusCode).toBe(202);
        const del = await as('admin', 'DELETE', `${base}/${res.json().id}`);
        expect(del.statusCode).toBe(202);
        expect(del.json().status).toMatch(/^delete-/);
      });

      it('creates and deletes service accounts, and creates projects', async () => {
        const made = await as('admin', 'POST', saBase, { name: 'admin-minted', role: 'operator' });
        expect(made.statusCode).toBe(201);
        expect(made.json()).toMatchObject({ name: 'admin-minted', role: 'operator', accountId: t.accountId, instanceAdmin: false, projects: null });
        expect((await as('admin', 'DELETE', `${saBase}/${made.json().id}`)).statusCode).toBe(204);
        expect(await serviceAccountNames()).not.toContain('admin-minted');
        const project = await as('admin', 'POST', `/api/v1/accounts/${t.accountId}/projects`, { id: 'admin-proj' });
        expect(project.statusCode).toBe(201);
        expect(project.json()).toMatchObject({ accountId: t.accountId, id: 'admin-proj' });
      });

      it('cannot create accounts (that is the instance admin\'s)', async () => {
        expectForbidden(await as('admin', 'POST', '/api/v1/accounts', { name: 'admin-account' }), 'accounts:create');
      });
    });

    describe('service accounts', () => {
      it('shows the token once: in the create answer, never in list or get; the token works and its hint matches', async () => {
        const res = await t.request({ method: 'POST', url: saBase, payload: { name: 'ci-bot', role: 'viewer', projects: ['default'] } });
        expect(res.statusCode).toBe(201);
        const created = res.json();
        expect(created).toMatchObject({ name: 'ci-bot', role: 'viewer', projects: ['default'], accountId: t.accountId, instanceAdmin: false, lastUsedAt: null });
        expect(created.token).toMatch(/^lb_[A-Za-z0-9_-]{20,}$/);
        expect(created.token.startsWith(created.tokenHint)).toBe(true);
        expect(created.tokenHint.length).toBeLessThan(created.token.length / 2);

        const list = await t.request({ method: 'GET', url: saBase });
        expect(list.body).not.toContain(created.token);
        const listed = list.json().find((s: { id: number }) => s.id === created.id);
        expect(listed).not.toHaveProperty('token');
        const { token: _token, ...withoutToken } = created;
        expect(listed).toEqual(withoutToken);
        const get = await t.request({ method: 'GET', url: `${saBase}/${created.id}` });
        expect(get.statusCode).toBe(200);
        expect(get.body).not.toContain(created.token);
        expect(get.json()).not.toHaveProperty('token');

        const used = await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections`, token: created.token });
        expect(used.statusCode).toBe(200);
        const after = (await t.request({ method: 'GET', url: `${saBase}/${created.id}` })).json();
        expect(after.lastUsedAt).not.toBeNull();
        // Nothing the server logged holds the token.
        expect(t.logs.join('\n')).not.toContain(created.token);
      });

      it('answers 409 naming projects.N for a project that does not exist, and creates nothing', async () => {
        const before = await serviceAccountNames();
        const res = await t.request({ method: 'POST', url: saBase, payload: { name: 'lost-bot', role: 'viewer', projects: ['nowhere'] } });
        const body = expectNativeError(res, 409, 'conflict');
        expect(body.fieldErrors['projects.0']).toBeTruthy();
        const second = await t.request({ method: 'POST', url: saBase, payload: { name: 'lost-bot', role: 'viewer', projects: ['default', 'nowhere'] } });
        expect(expectNativeError(second, 409, 'conflict').fieldErrors['projects.1']).toBeTruthy();
        expect(await serviceAccountNames()).toEqual(before);
      });

      it('answers 409 NAME_TAKEN for a name that is taken in the account, and creates nothing', async () => {
        const before = await serviceAccountNames();
        const res = await t.request({ method: 'POST', url: saBase, payload: { name: 'viewer-bot', role: 'admin' } });
        const body = expectNativeError(res, 409, 'conflict');
        expect(body.errors[0].code).toBe('NAME_TAKEN');
        expect(body.fieldErrors.name).toBeTruthy();
        expect(await serviceAccountNames()).toEqual(before);
        // The old holder of the name keeps its role.
        const viewer = (await t.request({ method: 'GET', url: saBase })).json().find((s: { name: string }) => s.name === 'viewer-bot');
        expect(viewer.role).toBe('viewer');
      });

      it('five creates of one free name at once: one 201, four 409 (never a 500)', async () => {
        const results = await Promise.all([0, 1, 2, 3, 4].map(() => t.request({ method: 'POST', url: saBase, payload: { name: 'twin-bot', role: 'viewer' } })));
        expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
        expect((await serviceAccountNames()).filter((n) => n === 'twin-bot')).toHaveLength(1);
      });

      const bad: Array<[string, unknown, string]> = [
        ['an unknown role', { name: 'odd-bot', role: 'superuser' }, 'role'],
        ['no role', { name: 'odd-bot' }, 'role'],
        ['a short name', { name: 'ab', role: 'viewer' }, 'name'],
        ['a name with a space', { name: 'odd bot', role: 'viewer' }, 'name'],
        ['a malformed project id', { name: 'odd-bot', role: 'viewer', projects: ['Bad_Project'] }, 'projects.0'],
        ['an empty project list', { name: 'odd-bot', role: 'viewer', projects: [] }, 'projects'],
        ['an unknown field', { name: 'odd-bot', role: 'viewer', instanceAdmin: true }, 'instanceAdmin'],
      ];
      for (const [what, payload, field] of bad) {
        it(`refuses ${what}: 400 naming ${field}, nothing created`, async () => {
          const before = await serviceAccountNames();
          expectFieldError(await t.request({ method: 'POST', url: saBase, payload: payload as object }), field);
          expect(await serviceAccountNames()).toEqual(before);
        });
      }

      it('answers 404 for a service account that does not exist', async () => {
        expectNativeError(await t.request({ method: 'GET', url: `${saBase}/987654` }), 404, 'not-found');
        expectNativeError(await t.request({ method: 'DELETE', url: `${saBase}/987654` }), 404, 'not-found');
      });
    });
  });
}
