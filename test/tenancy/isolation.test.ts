import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectForbidden, expectNativeError } from './native.ts';

type Res = Awaited<ReturnType<TestApp['request']>>;
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * A 404 body less what only echoes the request: every number (the path's ids) becomes `#`, and each named
 * echo (a project id of the path) its placeholder.
 */
function normalized(res: Res, echoes: Array<[string, string]> = []): string {
  let text = res.body;
  for (const [value, placeholder] of echoes) text = text.split(value).join(placeholder);
  return text.replace(/\d+/g, '#');
}

/** Tenant isolation: another account's token sees nothing of this one, and changes nothing. */
for (const dialect of DIALECTS) {
  describe(`tenant isolation [${dialect}]`, () => {
    let t: TestApp;
    let A: number;
    let B: number;
    let tokenB: string;
    let actorB: string;
    let connA: Record<string, unknown> & { id: number; name: string; externalId: string };
    let saA: { id: number; name: string; token: string };
    const baseOf = (account: number, project = 'default') => `/api/v1/accounts/${account}/projects/${project}/aws/cloud-connections`;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      A = t.accountId;
      const b = await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'tenant-b' } });
      expect(b.statusCode).toBe(201);
      B = b.json().id;
      const bAdmin = await t.request({ method: 'POST', url: `/api/v1/accounts/${B}/service-accounts`, payload: { name: 'b-admin', role: 'admin' } });
      expect(bAdmin.statusCode).toBe(201);
      tokenB = bAdmin.json().token;
      actorB = `service-account:${bAdmin.json().id}`;

      const created = await t.request({ method: 'POST', url: baseOf(A), payload: connectionBody({ name: 'a-secret-estate', description: 'only for tenant A' }) });
      expect(created.statusCode).toBe(202);
      await eventually(async () => {
        const now = (await t.request({ method: 'GET', url: `${baseOf(A)}/${created.json().id}` })).json();
        return now.lastSync !== null ? now : undefined;
      }, 10_000, 'first sync of A');
      connA = (await t.request({ method: 'GET', url: `${baseOf(A)}/${created.json().id}` })).json();
      saA = (await t.request({ method: 'POST', url: `/api/v1/accounts/${A}/service-accounts`, payload: { name: 'a-bot', role: 'operator' } })).json();
      expect((await t.request({ method: 'POST', url: `/api/v1/accounts/${A}/projects`, payload: { id: 'staging' } })).statusCode).toBe(201);
    });
    afterAll(() => t.close());

    const asB = (method: Method, url: string, payload?: object) => t.request({ method, url, payload, token: tokenB });

    /** Every native route of account A, with `{id}` standing for a connection or service account id. */
    const routes = (): Array<[Method, string, object?]> => {
      const base = baseOf(A);
      return [
        ['GET', base],
        ['POST', base, connectionBody({ name: 'b-in-a' })],
        ['GET', `${base}/{cid}`],
        ['PUT', `${base}/{cid}/general-information`, { name: 'hijacked' }],
        ['PUT', `${base}/{cid}/regions-and-services`, { operationalRegions: ['us-east-1'], services: ['EC2'] }],
        ['PUT', `${base}/{cid}/credentials`, { accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::222222222222:role/Evil' } }],
        ['PUT', `${base}/{cid}/status`, { status: 'disabled' }],
        ['PUT', `${base}/{cid}/deletion-protection`, { enabled: true }],
        ['DELETE', `${base}/{cid}`],
        ['POST', `${base}/{cid}/verify`],
        ['POST', `${base}/{cid}/sync`],
        ['GET', `${base}/{cid}/resources`],
        ['GET', `${base}/{cid}/cloudformation-template`],
        ['GET', `/api/v1/accounts/${A}`],
        ['GET', `/api/v1/accounts/${A}/projects`],
        ['POST', `/api/v1/accounts/${A}/projects`, { id: 'b-made' }],
        ['GET', `/api/v1/accounts/${A}/service-accounts`],
        ['POST', `/api/v1/accounts/${A}/service-accounts`, { name: 'b-backdoor', role: 'admin' }],
        ['GET', `/api/v1/accounts/${A}/service-accounts/{said}`],
        ['DELETE', `/api/v1/accounts/${A}/service-accounts/{said}`],
        ['GET', `/api/v1/accounts/${A}/projects/default/events`],
        ['GET', `/api/v1/accounts/${A}/events`],
        ['GET', `/api/v1/accounts/${A}/projects/staging/aws/cloud-connections`],
      ];
    };

    /** What account A looks like to its instance admin: everything B must leave untouched. */
    async function snapshotA() {
      const get = async (url: string) => (await t.request({ method: 'GET', url, headers: { range: 'items=1-1000' } })).json();
      const connection = await get(`${baseOf(A)}/${connA.id}`);
      return {
        connection: { ...connection, lastVerifiedAt: undefined, connectivityStatus: undefined, updatedAt: undefined },
        version: (await t.request({ method: 'GET', url: `${baseOf(A)}/${connA.id}` })).headers.etag,
        connections: (await get(baseOf(A))).map((c: { id: number; name: string }) => [c.id, c.name]),
        projects: (await get(`/api/v1/accounts/${A}/projects`)).map((p: { id: string }) => p.id),
        serviceAccounts: (await get(`/api/v1/accounts/${A}/service-accounts`)).map((s: { id: number; name: string; role: string }) => [s.id, s.name, s.role]),
        eventIds: (await get(`/api/v1/accounts/${A}/events`)).map((e: { id: number }) => e.id),
        accounts: (await get('/api/v1/accounts')).map((a: { id: number; name: string }) => [a.id, a.name]),
      };
    }

    it('answers 404 to every native route of account A, with the body of a resource that does not exist, and no byte of A', async () => {
      const secrets = [connA.name, connA.externalId, 'only for tenant A', saA.name, saA.token.slice(0, 12), 'staging'];
      for (const [method, template, payload] of routes()) {
        const existing = template.replace('{cid}', String(connA.id)).replace('{said}', String(saA.id));
        const missing = template.replace('{cid}', '987654321').replace('{said}', '987654321');
        const real = await asB(method, existing, payload);
        const body = expectNativeError(real, 404, 'not-found');
        expect(body.errors[0].code, `${method} ${existing}`).toBe('NOT_FOUND');
        expect(body.requiredPermissions).toEqual([]);
        expect(body.fieldErrors).toEqual({});
        expect(real.headers.etag).toBeUndefined();
        for (const secret of secrets) expect(real.body, `${method} ${existing} leaks ${secret}`).not.toContain(secret);
        const fake = await asB(method, missing, payload);
        expect(fake.statusCode).toBe(404);
        expect(normalized(real), `${method} ${existing}`).toBe(normalized(fake));
        // And an account that does not exist at all looks the same.
        const nowhere = await asB(method, existing.replace(`/accounts/${A}`, '/accounts/987654320'), payload);
        expect(nowhere.statusCode).toBe(404);
        expect(normalized(nowhere), `${method} ${existing}`).toBe(normalized(real));
      }
    });

    it('answers 404, not 400, to a bad body aimed at account A (nothing about A is validated for B)', async () => {
      expectNativeError(await asB('PUT', `${baseOf(A)}/${connA.id}/general-information`, { name: 1 }), 404, 'not-found');
      expectNativeError(await asB('POST', baseOf(A), { bogus: true }), 404, 'not-found');
    });

    it('changes nothing of A, and A\'s audit trail does not show B\'s attempts', async () => {
      const before = await snapshotA();
      for (const [method, template, payload] of routes()) {
        await asB(method, template.replace('{cid}', String(connA.id)).replace('{said}', String(saA.id)), payload);
      }
      // Give any background work a moment, then compare.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const after = await snapshotA();
      expect(after).toEqual(before);
      expect(after.connection.name).toBe('a-secret-estate');
      expect(after.connection.status).toBe('enabled');
      expect(after.connection.deletionProtection).toBe(false);
      expect(after.projects).not.toContain('b-made');
      // A's token still works.
      expect((await t.request({ method: 'GET', url: baseOf(A), token: saA.token })).statusCode).toBe(200);
      const events = (await t.request({ method: 'GET', url: `/api/v1/accounts/${A}/events`, headers: { range: 'items=1-1000' } })).json();
      expect(events.filter((e: { actor: string; actorName: string }) => e.actor === actorB || e.actorName === 'b-admin')).toEqual([]);
    });

    it('B\'s lists hold only B\'s data', async () => {
      const accounts = (await asB('GET', '/api/v1/accounts')).json();
      expect(accounts.map((a: { id: number }) => a.id)).toEqual([B]);
      const projects = (await asB('GET', `/api/v1/accounts/${B}/projects`)).json();
      expect(projects.map((p: { accountId: number; id: string }) => [p.accountId, p.id])).toEqual([[B, 'default']]);
      const empty = await asB('GET', baseOf(B));
      expect(empty.statusCode).toBe(200);
      expect(empty.json()).toEqual([]);
      expect(empty.headers['content-range']).toBe('items */0');
      // The same connection name is free in B's project.
      const mine = await asB('POST', baseOf(B), connectionBody({ name: connA.name }));
      expect(mine.statusCode).toBe(202);
      expect(mine.json()).toMatchObject({ accountId: B, projectId: 'default', name: connA.name });
      expect(mine.json().id).not.toBe(connA.id);
      expect(mine.json().externalId).not.toBe(connA.externalId);
      const list = (await asB('GET', baseOf(B))).json();
      expect(list.map((c: { id: number; accountId: number }) => [c.id, c.accountId])).toEqual([[mine.json().id, B]]);
      const sas = (await asB('GET', `/api/v1/accounts/${B}/service-accounts`)).json();
      expect(sas.map((s: { name: string }) => s.name)).toEqual(['b-admin']);
      const events = (await asB('GET', `/api/v1/accounts/${B}/events`, undefined)).json();
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) expect(event.accountId).toBe(B);
      // A's connection is not reachable through B's account path either.
      expectNativeError(await asB('GET', `${baseOf(B)}/${connA.id}`), 404, 'not-found');
      // And A does not see B's connection.
      expect((await t.request({ method: 'GET', url: baseOf(A), token: saA.token })).json().map((c: { accountId: number }) => c.accountId)).not.toContain(B);
    });

    describe('a token limited to the default project', () => {
      let limited: string;
      let stagingConn: number;

      beforeAll(async () => {
        const res = await t.request({ method: 'POST', url: `/api/v1/accounts/${A}/service-accounts`, payload: { name: 'default-only', role: 'admin', projects: ['default'] } });
        expect(res.statusCode).toBe(201);
        limited = res.json().token;
        const made = await t.request({ method: 'POST', url: baseOf(A, 'staging'), payload: connectionBody({ name: 'staging-estate' }) });
        expect(made.statusCode).toBe(202);
        stagingConn = made.json().id;
      });

      const asLimited = (method: Method, url: string, payload?: object) => t.request({ method, url, payload, token: limited });

      it('gets 404 on another project of its own account, like on a project that does not exist', async () => {
        for (const [method, suffix, payload] of [
          ['GET', ''], ['GET', `/${stagingConn}`], ['POST', '', connectionBody({ name: 'sneaked-in' })],
          ['PUT', `/${stagingConn}/general-information`, { name: 'renamed-by-limited' }], ['DELETE', `/${stagingConn}`],
        ] as Array<[Method, string, object?]>) {
          const real = await asLimited(method, baseOf(A, 'staging') + suffix, payload);
          expectNativeError(real, 404, 'not-found');
          expect(real.body).not.toContain('staging-estate');
          const fake = await asLimited(method, baseOf(A, 'nowhere') + suffix, payload);
          expect(normalized(real, [['staging', '{project}']])).toBe(normalized(fake, [['nowhere', '{project}']]));
        }
        expectNativeError(await asLimited('GET', `/api/v1/accounts/${A}/projects/staging/events`), 404, 'not-found');
        const staging = (await t.request({ method: 'GET', url: baseOf(A, 'staging') })).json();
        expect(staging.map((c: { name: string }) => c.name)).toEqual(['staging-estate']);
      });

      it('works in its own project', async () => {
        const list = await asLimited('GET', baseOf(A));
        expect(list.statusCode).toBe(200);
        expect(list.json().map((c: { id: number }) => c.id)).toContain(connA.id);
        expect((await asLimited('GET', `/api/v1/accounts/${A}/projects/default/events`)).statusCode).toBe(200);
      });

      it('sees only default in the project list', async () => {
        const res = await asLimited('GET', `/api/v1/accounts/${A}/projects`);
        expect(res.statusCode).toBe(200);
        expect(res.json().map((p: { id: string }) => p.id)).toEqual(['default']);
      });

      it('gets 403 account-events:read on the account-wide events', async () => {
        expectForbidden(await asLimited('GET', `/api/v1/accounts/${A}/events`), 'account-events:read');
      });

      it('cannot mint itself a token that reaches the projects it cannot', async () => {
        const res = await asLimited('POST', `/api/v1/accounts/${A}/service-accounts`, { name: 'escalated', role: 'admin' });
        expect([201, 403]).toContain(res.statusCode);
        if (res.statusCode === 201) {
          const minted = res.json().token as string;
          const reach = await t.request({ method: 'GET', url: baseOf(A, 'staging'), token: minted });
          expect(reach.statusCode, 'a token minted by a default-only token reads the staging project').toBe(404);
        }
      });
    });
  });
}
