import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app/build.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createLogger } from '../../src/platform/logging.ts';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectNativeError } from './native.ts';

/** First start without LIFEBOAT_ADMIN_TOKEN: a default account and a generated instance admin token on disk. */
for (const dialect of DIALECTS) {
  describe(`bootstrap without LIFEBOAT_ADMIN_TOKEN [${dialect}]`, () => {
    let t: TestApp;
    let app: App;
    let tokenFile: string;
    let token: string;
    const logs: string[] = [];

    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_ADMIN_TOKEN: '' });
      app = t.app;
      tokenFile = path.join(t.database.dataDir, 'admin-token');
    });
    afterAll(async () => {
      await app.close().catch(() => undefined);
      await t.database.drop();
    });

    /** The same process configuration as the first start: same data dir, same database. */
    async function restart(): Promise<App> {
      await app.close();
      const sink = new Writable({ write(chunk, _encoding, done) { logs.push(String(chunk)); done(); } });
      const config = loadConfig({
        LIFEBOAT_DATA_DIR: t.database.dataDir,
        ...(t.database.databaseUrl ? { LIFEBOAT_DATABASE_URL: t.database.databaseUrl } : {}),
        LIFEBOAT_ADMIN_TOKEN: '',
        LIFEBOAT_DEMO: 'false',
        LIFEBOAT_JOB_POLL_MS: '20',
        LIFEBOAT_LOG_LEVEL: 'info',
      });
      expect(config.adminToken).toBeUndefined();
      app = await buildApp(config, { api: true, worker: false, logger: createLogger('info', sink) });
      return app;
    }

    const call = (method: 'GET' | 'POST' | 'DELETE', url: string, bearer: string, payload?: object) =>
      app.http.inject({ method, url, payload, headers: { authorization: `Bearer ${bearer}` } });

    it('treats an empty LIFEBOAT_ADMIN_TOKEN as unset', () => {
      expect(app.config.adminToken).toBeUndefined();
    });

    it('writes <dataDir>/admin-token with mode 0600, holding an lb_ token', () => {
      expect(app.adminTokenFile).toBe(tokenFile);
      expect(fs.existsSync(tokenFile)).toBe(true);
      expect(fs.statSync(tokenFile).mode & 0o777).toBe(0o600);
      token = fs.readFileSync(tokenFile, 'utf8').trim();
      expect(token).toMatch(/^lb_[A-Za-z0-9_-]{20,}$/);
      // The token itself is never logged.
      expect(t.logs.join('\n')).not.toContain(token);
    });

    it('the written token is the instance admin: it creates accounts and sees them all', async () => {
      const res = await call('POST', '/api/v1/accounts', token, { name: 'first-tenant' });
      expect(res.statusCode).toBe(201);
      const accounts = (await call('GET', '/api/v1/accounts', token)).json();
      expect(accounts.map((a: { name: string }) => a.name).sort()).toEqual(['default', 'first-tenant']);
      // It administers the new account too.
      const projects = await call('GET', `/api/v1/accounts/${res.json().id}/projects`, token);
      expect(projects.statusCode).toBe(200);
    });

    it('is listed as the default account\'s instance-admin service account, without its token', async () => {
      const list = await call('GET', `/api/v1/accounts/${app.defaultAccountId}/service-accounts`, token);
      expect(list.statusCode).toBe(200);
      const admins = list.json().filter((s: { instanceAdmin: boolean }) => s.instanceAdmin);
      expect(admins).toHaveLength(1);
      expect(admins[0]).toMatchObject({ role: 'admin', accountId: app.defaultAccountId });
      expect(list.body).not.toContain(token);
    });

    it('does not accept some other token as the instance admin (the test default token is not configured)', async () => {
      expectNativeError(await call('GET', '/api/v1/accounts', ADMIN_TOKEN), 401, 'unauthenticated');
    });

    it('after a restart on the same data: the same token still works, and there is no second default account', async () => {
      const defaultAccountId = app.defaultAccountId;
      await restart();
      expect(app.defaultAccountId).toBe(defaultAccountId);
      expect(app.adminTokenFile).toBe(tokenFile);
      expect(fs.readFileSync(tokenFile, 'utf8').trim()).toBe(token);
      expect(fs.statSync(tokenFile).mode & 0o777).toBe(0o600);
      const made = await call('POST', '/api/v1/accounts', token, { name: 'after-restart' });
      expect(made.statusCode).toBe(201);
      const accounts = (await call('GET', '/api/v1/accounts', token)).json();
      expect(accounts.map((a: { name: string }) => a.name).sort()).toEqual(['after-restart', 'default', 'first-tenant']);
      const list = (await call('GET', `/api/v1/accounts/${defaultAccountId}/service-accounts`, token)).json();
      expect(list.filter((s: { instanceAdmin: boolean }) => s.instanceAdmin)).toHaveLength(1);
      const projects = (await call('GET', `/api/v1/accounts/${defaultAccountId}/projects`, token)).json();
      expect(projects.map((p: { id: string }) => p.id)).toEqual(['default']);
    });

    it('a second restart is just as quiet: still one default account, one instance admin', async () => {
      await restart();
      const accounts = (await call('GET', '/api/v1/accounts', token)).json();
      expect(accounts.filter((a: { name: string }) => a.name === 'default')).toHaveLength(1);
      expect(accounts).toHaveLength(3);
    });

    it("an account admin cannot revoke the instance admin's token", async () => {
      const accountId = app.defaultAccountId;
      const admin = (await call('POST', `/api/v1/accounts/${accountId}/service-accounts`, token, { name: 'account-admin', role: 'admin' })).json();
      const list = (await call('GET', `/api/v1/accounts/${accountId}/service-accounts`, token)).json();
      const instanceAdmin = list.find((s: { instanceAdmin: boolean }) => s.instanceAdmin);
      const res = await call('DELETE', `/api/v1/accounts/${accountId}/service-accounts/${instanceAdmin.id}`, admin.token);
      expectNativeError(res, 403, 'forbidden');
      expect((await call('GET', '/api/v1/accounts', token)).statusCode).toBe(200);
    });

    it('with the file gone, a restart mints no second instance admin and says how to get in', async () => {
      fs.rmSync(tokenFile);
      await restart();
      expect(fs.existsSync(tokenFile)).toBe(false);
      expect(app.adminTokenFile).toBeUndefined();
      expect(logs.join('\n')).toMatch(/LIFEBOAT_ADMIN_TOKEN/);
      // The token issued before still works: it lives in the database, not in the file.
      const list = await call('GET', `/api/v1/accounts/${app.defaultAccountId}/service-accounts`, token);
      expect(list.statusCode).toBe(200);
      expect(list.json().filter((s: { instanceAdmin: boolean }) => s.instanceAdmin)).toHaveLength(1);
    });
  });
}

/** Several nodes starting at once on one fresh PostgreSQL database ("whoever loses a race reads what the winner wrote"). */
if (DIALECTS.includes('postgres')) {
  describe('bootstrap: three nodes start at once on a fresh PostgreSQL database', () => {
    it('all three start, there is one default account and one instance admin, and the written token works', async () => {
      const { createTestDatabase } = await import('../helpers/stores.ts');
      const database = await createTestDatabase('postgres');
      const dirs = [0, 1, 2].map((i) => path.join(database.dataDir, `node-${i}`));
      const apps: App[] = [];
      try {
        const results = await Promise.allSettled(dirs.map((dir) => buildApp(loadConfig({
          LIFEBOAT_DATA_DIR: dir, LIFEBOAT_DATABASE_URL: database.databaseUrl!, LIFEBOAT_ADMIN_TOKEN: '',
          // Every node needs the same master key.
          LIFEBOAT_MASTER_KEY: 'ab'.repeat(32), LIFEBOAT_DEMO: 'false', LIFEBOAT_LOG_LEVEL: 'silent',
        }), { api: true, worker: false, logger: createLogger('silent') })));
        for (const result of results) if (result.status === 'fulfilled') apps.push(result.value);
        const failures = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
        expect(failures, 'nodes that failed to start').toEqual([]);
        expect(new Set(apps.map((a) => a.defaultAccountId)).size).toBe(1);
        const files = dirs.map((dir) => path.join(dir, 'admin-token')).filter((file) => fs.existsSync(file));
        expect(files).toHaveLength(1);
        const token = fs.readFileSync(files[0], 'utf8').trim();
        for (const node of apps) {
          const res = await node.http.inject({ method: 'GET', url: '/api/v1/accounts', headers: { authorization: `Bearer ${token}` } });
          expect(res.statusCode).toBe(200);
          expect(res.json().map((a: { name: string }) => a.name)).toEqual(['default']);
        }
        const admins = (await apps[0].http.inject({
          method: 'GET', url: `/api/v1/accounts/${apps[0].defaultAccountId}/service-accounts`, headers: { authorization: `Bearer ${token}` },
        })).json().filter((s: { instanceAdmin: boolean }) => s.instanceAdmin);
        expect(admins).toHaveLength(1);
      } finally {
        for (const node of apps) await node.close().catch(() => undefined);
        await database.drop();
      }
    });
  });
}
