import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectForbidden, expectNativeError } from '../tenancy/native.ts';
import {
  TEN_STATUSES, createAssembly, createConnection, dbOf, details, protectNow, protectionsUrl, startProtection, waitForProtection,
} from './fixture.ts';

type Res = Awaited<ReturnType<TestApp['request']>>;

/**
 * Seed 002: GET …/cloud-assemblies/{cloudAssemblyId}/protections/status?protection_id= answers `{status}` with
 * one of ten values; 400 without protection_id; 404 for a protection of another assembly, another project or
 * account, or none; every error in the seed's body.
 */
for (const dialect of DIALECTS) {
  describe(`seed 002: protection status [${dialect}]`, () => {
    let t: TestApp;
    let shop: number;
    let other: number;
    let shopProtection: string;
    let otherProtection: string;
    let staging: { assembly: number; protection: string };
    let accountB: number;
    let tokenB: string;
    let viewer: string;

    const statusUrl = (assemblyId: number, query: string, P = t.P) => `${protectionsUrl(t, assemblyId, P)}/status${query}`;
    const get = (url: string, token?: string | null) => t.request({ method: 'GET', url, token });
    /** A 404 body less what only echoes the request (numbers and the protection id asked for). */
    const normalized = (res: Res, id: string) => res.body.split(id).join('{protection}').replace(/\d+/g, '#');

    beforeAll(async () => {
      t = await startTestApp(dialect);
      const connection = await createConnection(t);
      shop = await createAssembly(t, connection, 'shop');
      other = await createAssembly(t, connection, 'shop-too');
      shopProtection = await startProtection(t, shop);
      otherProtection = await startProtection(t, other);
      await waitForProtection(t, shop, shopProtection);
      await waitForProtection(t, other, otherProtection);

      // The same application in another project of the account.
      expect((await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects`, payload: { id: 'staging' } })).statusCode).toBe(201);
      const SP = `/api/v1/accounts/${t.accountId}/projects/staging`;
      const made = await t.request({ method: 'POST', url: `${SP}/aws/cloud-connections`, payload: connectionBody({ name: 'staging-aws', services: ['EBS', 'RDS', 'DynamoDB', 'S3'] }) });
      expect(made.statusCode).toBe(202);
      await eventually(async () => (await get(`${SP}/aws/cloud-connections/${made.json().id}`)).json().connectivityStatus === 'success', 10_000, 'staging verified');
      const stagingAssembly = await createAssembly(t, made.json().id, 'shop', {}, SP);
      const started = await t.request({ method: 'POST', url: protectionsUrl(t, stagingAssembly, SP) });
      expect(started.statusCode).toBe(202);
      staging = { assembly: stagingAssembly, protection: started.json().id };

      // Another account, with an admin of its own.
      const b = await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'tenant-b' } });
      expect(b.statusCode).toBe(201);
      accountB = b.json().id;
      const bAdmin = await t.request({ method: 'POST', url: `/api/v1/accounts/${accountB}/service-accounts`, payload: { name: 'b-admin', role: 'admin' } });
      tokenB = bAdmin.json().token;
      const v = await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: 'viewer-bot', role: 'viewer' } });
      viewer = v.json().token;
    });
    afterAll(() => t.close());

    it('200: a JSON object with exactly one field, status, one of the ten values, the protection\'s own status', async () => {
      const res = await get(statusUrl(shop, `?protection_id=${shopProtection}`));
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(Object.keys(res.json())).toEqual(['status']);
      expect(TEN_STATUSES).toContain(res.json().status);
      expect(res.json()).toEqual({ status: 'success' });
      expect(res.json().status).toBe((await details(t, shop, shopProtection)).status);
      // Any role that reads the project may ask.
      const asViewer = await get(statusUrl(shop, `?protection_id=${shopProtection}`), viewer);
      expect(asViewer.statusCode).toBe(200);
      expect(asViewer.json()).toEqual({ status: 'success' });
    });

    it('follows a protection from created to its outcome, every answer one of the ten values', async () => {
      await t.app.sim!.setLatency(100);
      try {
        const id = await startProtection(t, shop);
        const seen: string[] = [];
        await eventually(async () => {
          const res = await get(statusUrl(shop, `?protection_id=${id}`));
          expect(res.statusCode).toBe(200);
          expect(Object.keys(res.json())).toEqual(['status']);
          const { status } = res.json();
          if (seen[seen.length - 1] !== status) seen.push(status);
          return status === 'success';
        }, 20_000, 'the protection to succeed');
        for (const status of seen) expect(TEN_STATUSES).toContain(status);
        // Seen in the state machine's order (polling may miss a short-lived one).
        const order = ['created', 'preparing', 'preparation-completed', 'in-progress', 'success'];
        expect(seen.map((s) => order.indexOf(s))).toEqual([...seen.map((s) => order.indexOf(s))].sort((a, b) => a - b));
        expect(seen).toContain('in-progress');
        expect(seen[seen.length - 1]).toBe('success');
      } finally {
        await t.app.sim!.setLatency(0);
      }
    });

    it('answers each of the ten statuses as it is stored', async () => {
      const db = dbOf(t);
      const original = await db.selectFrom('protections').select(['status', 'version']).where('id', '=', otherProtection).executeTakeFirstOrThrow();
      try {
        for (const status of TEN_STATUSES) {
          await db.updateTable('protections').set({ status }).where('id', '=', otherProtection).execute();
          const res = await get(statusUrl(other, `?protection_id=${otherProtection}`));
          expect(res.statusCode).toBe(200);
          expect(res.json()).toEqual({ status });
        }
      } finally {
        await db.updateTable('protections').set({ status: original.status }).where('id', '=', otherProtection).execute();
      }
    });

    it('400 without protection_id, naming it in fieldErrors', async () => {
      for (const query of ['', '?', '?protectionId=' + shopProtection, '?id=' + shopProtection]) {
        const res = await get(statusUrl(shop, query));
        const body = expectNativeError(res, 400, 'validation');
        expect(body.fieldErrors.protection_id, `${query}: ${res.body}`).toBeTruthy();
        expect(body.requiredPermissions).toEqual([]);
        expect(res.body).not.toContain('success');
      }
    });

    it('400 for an empty protection_id, naming it', async () => {
      const body = expectNativeError(await get(statusUrl(shop, '?protection_id=')), 400, 'validation');
      expect(Object.keys(body.fieldErrors)).toEqual(['protection_id']);
      expect(body.message).toMatch(/protection_id/);
    });

    it('404 for a protection of another assembly of the same project, the same answer as for an id nobody has', async () => {
      const foreign = await get(statusUrl(shop, `?protection_id=${otherProtection}`));
      const body = expectNativeError(foreign, 404, 'not-found');
      expect(body.errors[0].code).toBe('NOT_FOUND');
      expect(foreign.body).not.toContain('success');
      const unknownId = 'prot-00000000000000000000';
      const unknown = await get(statusUrl(shop, `?protection_id=${unknownId}`));
      expectNativeError(unknown, 404, 'not-found');
      expect(normalized(foreign, otherProtection)).toBe(normalized(unknown, unknownId));
      // And the other way round; the right pairs still answer.
      expectNativeError(await get(statusUrl(other, `?protection_id=${shopProtection}`)), 404, 'not-found');
      expect((await get(statusUrl(other, `?protection_id=${otherProtection}`))).statusCode).toBe(200);
    });

    it('404 for an assembly that does not exist, and for one that is not a number', async () => {
      expectNativeError(await get(statusUrl(987654321, `?protection_id=${shopProtection}`)), 404, 'not-found');
      const bad = await get(`${t.P}/aws/cloud-assemblies/not-a-number/protections/status?protection_id=${shopProtection}`);
      expect([400, 404]).toContain(bad.statusCode);
      expectNativeError(bad, bad.statusCode);
    });

    it('404 for a protection of another project of the account, either way round', async () => {
      const SP = `/api/v1/accounts/${t.accountId}/projects/staging`;
      // The staging protection, asked for through the default project (with staging's assembly id or ours)…
      expectNativeError(await get(statusUrl(staging.assembly, `?protection_id=${staging.protection}`)), 404, 'not-found');
      expectNativeError(await get(statusUrl(shop, `?protection_id=${staging.protection}`)), 404, 'not-found');
      // …and ours through staging.
      expectNativeError(await get(statusUrl(shop, `?protection_id=${shopProtection}`, SP)), 404, 'not-found');
      // In its own project it answers.
      const own = await get(statusUrl(staging.assembly, `?protection_id=${staging.protection}`, SP));
      expect(own.statusCode).toBe(200);
      expect(TEN_STATUSES).toContain(own.json().status);
      // A project that does not exist.
      expectNativeError(await get(statusUrl(shop, `?protection_id=${shopProtection}`, `/api/v1/accounts/${t.accountId}/projects/nowhere`)), 404, 'not-found');
    });

    it('404 for another account: through its path, with its token, and for an account that does not exist; nothing leaks', async () => {
      const inB = `/api/v1/accounts/${accountB}/projects/default`;
      const viaB = await get(statusUrl(shop, `?protection_id=${shopProtection}`, inB));
      expectNativeError(viaB, 404, 'not-found');
      const byB = await get(statusUrl(shop, `?protection_id=${shopProtection}`), tokenB);
      expectNativeError(byB, 404, 'not-found');
      const nowhere = await get(statusUrl(shop, `?protection_id=${shopProtection}`, '/api/v1/accounts/987654320/projects/default'));
      expectNativeError(nowhere, 404, 'not-found');
      for (const res of [viaB, byB, nowhere]) {
        expect(res.body).not.toContain('success');
        expect(res.body).not.toContain('shop');
      }
      expect(normalized(byB, shopProtection)).toBe(normalized(nowhere, shopProtection));
    });

    it('401 without a token or with a bad one, in the seed\'s error body', async () => {
      for (const token of [null, 'lb_' + 'x'.repeat(43)]) {
        const res = await get(statusUrl(shop, `?protection_id=${shopProtection}`), token);
        const body = expectNativeError(res, 401, 'unauthenticated');
        expect(body.errors[0].code).toBe('UNAUTHENTICATED');
        expect(body.fieldErrors).toEqual({});
        expect(body.requiredPermissions).toEqual([]);
        expect(res.body).not.toContain('success');
      }
      // 401 comes before validation: a bad query does not tell an anonymous caller anything either.
      expectNativeError(await get(statusUrl(shop, ''), null), 401, 'unauthenticated');
    });

    it('403 in the seed\'s error body, with requiredPermissions (every role reads, so shown on the protections writes)', async () => {
      const before = (await t.request({ method: 'GET', url: protectionsUrl(t, shop), headers: { range: 'items=1-1000' } })).json().length;
      const res = await protectNow(t, shop, { token: viewer });
      const body = expectForbidden(res, 'protections:protect');
      expect(body.errors[0].code).toBeTruthy();
      expect(body.fieldErrors).toEqual({});
      expect((await t.request({ method: 'GET', url: protectionsUrl(t, shop), headers: { range: 'items=1-1000' } })).json()).toHaveLength(before);
    });
  });
}
