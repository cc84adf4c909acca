import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createLifeboatClient, ok } from '../../src/client/client.ts';
import { currentOpenApi, GENERATED_TYPES, typesFor } from '../../src/client/generate.ts';
import { startTrap } from '../cli/trap.ts';
import { ADMIN_TOKEN, connectionBody, startTestApp, type TestApp } from '../helpers/app.ts';

describe('the typed client', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    await t.app.http.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(t.app.http.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('is generated from the server as it is: api-types.ts matches GET /openapi.json (run `npm run gen:client` after changing a route)', async () => {
    expect(fs.readFileSync(GENERATED_TYPES, 'utf8') === (await typesFor(await currentOpenApi())), 'src/client/api-types.ts is stale: npm run gen:client').toBe(true);
  }, 60_000);

  it('talks to a real server over HTTP with a bearer token', async () => {
    const client = createLifeboatClient({ baseUrl, token: ADMIN_TOKEN });
    const params = { path: { accountId: t.accountId, projectId: 'default' } };
    const created = await ok(client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections', { params, body: connectionBody({ name: 'typed' }) as never }));
    expect(created.name).toBe('typed');
    const listed = await ok(client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections', { params }));
    expect(listed.map((c) => c.name)).toContain('typed');
  });

  it('reads every error body into an ApiError: status, message, the fields named', async () => {
    const client = createLifeboatClient({ baseUrl, token: ADMIN_TOKEN });
    const params = { path: { accountId: t.accountId, projectId: 'default' } };
    const error = await ok(client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections', { params, body: { name: '1bad' } as never }))
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(Object.keys((error as ApiError).fieldErrors)).toContain('name');
    const anonymous = createLifeboatClient({ baseUrl });
    await expect(ok(anonymous.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections', { params }))).rejects.toMatchObject({ status: 401 });
  });

  it('follows no redirect: a 307 to another host becomes an ApiError and the request, token and all, goes no further', async () => {
    const elsewhere = await startTrap();
    const redirector = await startTrap((p) => ({ status: 307, headers: { location: elsewhere.url(p) } }));
    try {
      const client = createLifeboatClient({ baseUrl: redirector.url(), token: ADMIN_TOKEN });
      client.use({ onRequest: ({ request }) => (request.headers.set('x-auth-token', ADMIN_TOKEN), request) });
      const error = await ok(client.GET('/api/v1/accounts')).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 307, message: expect.stringContaining(`redirected to ${elsewhere.url('/api/v1/accounts')}`) });
      expect(redirector.received).toHaveLength(1);
      expect(elsewhere.received).toEqual([]);
    } finally {
      await Promise.all([redirector.close(), elsewhere.close()]);
    }
  });
});
