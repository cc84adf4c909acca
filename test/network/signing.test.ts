import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GlobalCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectNativeError } from '../tenancy/native.ts';
import { domainOf, rows, serviceToken } from './fixture.ts';

interface Sent { status: number; body: any; headers: http.IncomingHttpHeaders }

/** Sends exactly what the SDK signed (headers as produced, body as JSON.stringify of the data) over real HTTP. */
function send(endpoint: string, signed: any, body?: string): Promise<Sent> {
  const query = new URLSearchParams(Object.entries(signed.queryParams ?? {}).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, String(x)]) : [[k, String(v)]]))).toString();
  const url = new URL(`${endpoint}${signed.url}${query ? `?${query}` : ''}`);
  const payload = body ?? (signed.data === undefined ? undefined : JSON.stringify(signed.data));
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: signed.method, headers: signed.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined, headers: res.headers });
      });
    });
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** Signs with the SDK's own AK/SK signer (GlobalCredentials → AKSKSigner), as a Cloud Connect client does. */
async function sign(endpoint: string, key: { ak: string; sk: string }, domainId: string, request: { method: string; url: string; data?: unknown; queryParams?: Record<string, unknown>; headers?: Record<string, string> }) {
  const credentials = new GlobalCredentials().withAk(key.ak).withSk(key.sk).withDomainId(domainId);
  const headers = { ...(request.data === undefined ? {} : { 'Content-Type': 'application/json' }), ...request.headers };
  return credentials.processAuthRequest({} as any, { endpoint, url: request.url, method: request.method, headers, queryParams: request.queryParams ?? {}, data: request.data } as any);
}

/** X-Sdk-Date's format, for a moment `offsetMs` from now. */
const sdkDate = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

for (const dialect of DIALECTS) {
  describe(`network surface: access keys and SDK-HMAC-SHA256 signing (huaweicloud-sdk-core as the signer) [${dialect}]`, () => {
    let t: TestApp;
    let endpoint: string;
    let domainId: string;
    let key: { ak: string; sk: string };
    let viewerKey: { ak: string; sk: string };
    let serviceAccountId: number;
    const keysUrl = (id: number) => `/api/v1/accounts/${t.accountId}/service-accounts/${id}/access-keys`;
    const create = { method: 'POST', url: '/v3/{domain_id}/ccaas/cloud-connections', data: { cloud_connection: { name: 'signed-cc', description: 'made with an AK/SK' } } };

    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { worker: false });
      await t.app.http.listen({ host: '127.0.0.1', port: 0 });
      endpoint = `http://127.0.0.1:${(t.app.http.server.address() as AddressInfo).port}`;
      domainId = await domainOf(t);
      serviceAccountId = (await serviceToken(t, 'sdk-operator', 'operator')).id;
      const made = await t.request({ method: 'POST', url: keysUrl(serviceAccountId), payload: { description: 'ci' } });
      expect(made.statusCode, made.body).toBe(201);
      key = { ak: made.json().accessKeyId, sk: made.json().secretAccessKey };
      const viewer = await serviceToken(t, 'sdk-viewer', 'viewer');
      const v = (await t.request({ method: 'POST', url: keysUrl(viewer.id) })).json();
      viewerKey = { ak: v.accessKeyId, sk: v.secretAccessKey };
    });
    afterAll(() => t.close());

    it('creates an access key: the AK and the secret once; lists never show the secret; stored sealed; never logged', async () => {
      expect(key.ak).toMatch(/^[A-Z0-9]{20}$/);
      expect(key.sk.length).toBeGreaterThanOrEqual(40);
      const list = await t.request({ method: 'GET', url: keysUrl(serviceAccountId) });
      expect(list.statusCode).toBe(200);
      expect(list.json()).toEqual([{ accessKeyId: key.ak, serviceAccountId, description: 'ci', createdAt: expect.any(String), lastUsedAt: null }]);
      expect(list.body).not.toContain(key.sk);
      const stored = await t.app.store.db.selectFrom('access_keys').selectAll().where('id', '=', key.ak).executeTakeFirstOrThrow();
      expect(stored.secret_sealed.startsWith('v1.')).toBe(true);
      expect(stored.secret_sealed).not.toContain(key.sk);
      expect(t.logs.join('\n')).not.toContain(key.sk);
    });

    it('refuses bad input and a third key, and 404s for a service account of nothing', async () => {
      expectNativeError(await t.request({ method: 'POST', url: keysUrl(serviceAccountId), payload: { secret: 'mine' } }), 400, 'validation');
      expectNativeError(await t.request({ method: 'POST', url: keysUrl(999_999) }), 404);
      expect((await t.request({ method: 'POST', url: keysUrl(serviceAccountId) })).statusCode).toBe(201);
      const third = await t.request({ method: 'POST', url: keysUrl(serviceAccountId) });
      expectNativeError(third, 409);
      expect((await t.request({ method: 'GET', url: keysUrl(serviceAccountId) })).json()).toHaveLength(2);
    });

    it('accepts a request the SDK signed, over HTTP: create, then a list with a signed query', async () => {
      const signed = await sign(endpoint, key, domainId, create);
      expect(signed.headers.Authorization).toMatch(/^SDK-HMAC-SHA256 Access=[A-Z0-9]{20}, SignedHeaders=[a-z;-]+, Signature=[0-9a-f]{64}$/);
      const res = await send(endpoint, signed);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.cloud_connection).toMatchObject({ name: 'signed-cc', domain_id: domainId });
      expect(res.body.request_id).toBe(res.headers['x-request-id']);

      const list = await send(endpoint, await sign(endpoint, key, domainId, {
        method: 'GET', url: '/v3/{domain_id}/ccaas/cloud-connections', queryParams: { limit: 10, name: ['signed-cc', 'other'] },
      }));
      expect(list.status, JSON.stringify(list.body)).toBe(200);
      expect(list.body.cloud_connections.map((c: any) => c.name)).toEqual(['signed-cc']);
      const audited = await t.request({ method: 'GET', url: `/api/v1/accounts/${t.accountId}/events` });
      expect(audited.body).toContain('ccCreateCloudConnection');
    });

    it('401s a tampered body, and writes nothing', async () => {
      const before = await rows(t, 'cc_cloud_connections');
      const signed = await sign(endpoint, key, domainId, create);
      const res = await send(endpoint, signed, JSON.stringify({ cloud_connection: { name: 'tampered-cc', description: 'made with an AK/SK' } }));
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error_code: 'CC.1004', error_msg: expect.any(String), request_id: res.headers['x-request-id'] });
      expect(await rows(t, 'cc_cloud_connections')).toBe(before);
    });

    it('401s a tampered query or path', async () => {
      const signed: any = await sign(endpoint, key, domainId, { method: 'GET', url: '/v3/{domain_id}/ccaas/cloud-connections', queryParams: { limit: 10 } });
      expect((await send(endpoint, { ...signed, queryParams: { limit: 11 } })).body.error_code).toBe('CC.1004');
      expect((await send(endpoint, { ...signed, url: signed.url.replace('cloud-connections', 'network-instances') })).status).toBe(401);
    });

    it('401s a signature made with the wrong secret, an unknown AK, and a deleted key', async () => {
      const wrong = await send(endpoint, await sign(endpoint, { ak: key.ak, sk: `${key.sk}x` }, domainId, create));
      expect(wrong.status).toBe(401);
      expect(wrong.body.error_code).toBe('CC.1004');
      const unknown = await send(endpoint, await sign(endpoint, { ak: 'AAAAAAAAAAAAAAAAAAAA', sk: key.sk }, domainId, create));
      expect(unknown.status).toBe(401);
      expect(unknown.body.error_code).toBe('CC.1003');

      const extra = (await t.request({ method: 'GET', url: keysUrl(serviceAccountId) })).json().find((k: any) => k.accessKeyId !== key.ak);
      const other = await t.request({ method: 'DELETE', url: `${keysUrl(serviceAccountId)}/${extra.accessKeyId}` });
      expect(other.statusCode).toBe(204);
      expectNativeError(await t.request({ method: 'DELETE', url: `${keysUrl(serviceAccountId)}/${extra.accessKeyId}` }), 404);
    });

    it('401s an X-Sdk-Date more than 15 minutes off, either way, even when correctly signed', async () => {
      for (const offset of [-16 * 60_000, 16 * 60_000]) {
        const res = await send(endpoint, await sign(endpoint, key, domainId, { ...create, headers: { 'X-Sdk-Date': sdkDate(offset) } }));
        expect(res.status).toBe(401);
        expect(res.body.error_code).toBe('CC.1005');
      }
      const fresh = await send(endpoint, await sign(endpoint, key, domainId, { method: 'GET', url: '/v3/{domain_id}/ccaas/cloud-connections', headers: { 'X-Sdk-Date': sdkDate(-5 * 60_000) } }));
      expect(fresh.status).toBe(200);
    });

    it("holds a signed caller to its role and its own domain", async () => {
      const viewer = await send(endpoint, await sign(endpoint, viewerKey, domainId, create));
      expect(viewer.status).toBe(403);
      expect(viewer.body.error_code).toBe('CC.1006');
      const otherAccount = await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'other-co' } });
      const otherDomain = otherAccount.json().domainId as string;
      const res = await send(endpoint, await sign(endpoint, key, otherDomain, create));
      expect(res.status).toBe(404);
      expect(res.body.error_code).toBe('CC.1007');
    });

    it('no credentials, or a bad X-Auth-Token: 401', async () => {
      const none = await t.app.http.inject({ method: 'GET', url: `/v3/${domainId}/ccaas/cloud-connections` });
      expect(none.statusCode).toBe(401);
      expect(none.json().error_code).toBe('CC.1003');
      const bad = await t.app.http.inject({ method: 'GET', url: `/v3/${domainId}/ccaas/cloud-connections`, headers: { 'x-auth-token': 'lb_nope' } });
      expect(bad.statusCode).toBe(401);
    });

    it('a deleted service account takes its keys with it', async () => {
      const sa = await serviceToken(t, 'short-lived', 'operator');
      const made = (await t.request({ method: 'POST', url: keysUrl(sa.id) })).json();
      expect((await t.request({ method: 'DELETE', url: `/api/v1/accounts/${t.accountId}/service-accounts/${sa.id}` })).statusCode).toBe(204);
      const res = await send(endpoint, await sign(endpoint, { ak: made.accessKeyId, sk: made.secretAccessKey }, domainId, create));
      expect(res.status).toBe(401);
    });
  });
}
