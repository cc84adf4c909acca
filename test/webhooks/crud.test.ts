import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError, expectNativeError } from '../tenancy/native.ts';
import { makeAssembly, makeConnection } from '../assemblies/fixture.ts';
import { webhookRows, webhooksOf } from './fixture.ts';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const PUBLIC = 'https://93.184.216.34/hooks/lifeboat';

/** Targets outside the global unicast space that the URL parser or a sloppy prefix list lets through. */
const SPECIAL_TARGETS: Array<[string, string]> = [
  ['IPv4-compatible loopback ([::127.0.0.1] becomes ::7f00:1)', 'https://[::127.0.0.1]/hook'],
  ['IPv4-compatible loopback in hex', 'https://[::7f00:1]/hook'],
  ['IPv4-translated loopback', 'https://[::ffff:0:7f00:1]/hook'],
  ['shared address space 100.64/10', 'https://100.64.0.1/hook'],
  ['the cloud metadata address 100.100.100.200', 'https://100.100.100.200/latest/meta-data'],
  ['benchmarking 198.18/15', 'https://198.18.0.1/hook'],
  ['multicast 224/4', 'https://224.0.0.1/hook'],
  ['limited broadcast', 'https://255.255.255.255/hook'],
  ['reserved 240/4', 'https://240.0.0.1/hook'],
  ['documentation 203.0.113/24', 'https://203.0.113.7/hook'],
  ['NAT64 with a private IPv4 inside', 'https://[64:ff9b::10.0.0.1]/hook'],
  ['NAT64 with loopback inside, in hex', 'https://[64:ff9b::7f00:1]/hook'],
  ['6to4 with a private IPv4 inside', 'https://[2002:a00:1::1]/hook'],
  ['IPv6 site-local (deprecated)', 'https://[fec0::1]/hook'],
  ['IPv6 multicast', 'https://[ff02::1]/hook'],
  ['IPv6 documentation', 'https://[2001:db8::1]/hook'],
  ['an IPv4 address written as one decimal number (2130706433 is 127.0.0.1)', 'https://2130706433/hook'],
];

for (const dialect of DIALECTS) {
  describe(`webhooks: create, read, update, delete, validation [${dialect}]`, () => {
    let t: TestApp;
    let assemblyId: number;
    let base: string;

    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'false' });
      const conn = await makeConnection(t);
      assemblyId = (await makeAssembly(t, conn)).id;
      base = webhooksOf(t, assemblyId);
    });
    afterAll(() => t.close());

    const post = (payload: unknown) => t.request({ method: 'POST', url: base, payload: payload as object });

    it('creates a webhook: 201 with the secret once, defaults, ETag and Location; reads never show the secret', async () => {
      const res = await post({ webhookType: 'pre-protection', url: PUBLIC, failOnError: true });
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body).toEqual({
        accountId: t.accountId, projectId: 'default', cloudAssemblyId: assemblyId, webhookType: 'pre-protection', url: PUBLIC,
        retryAttempts: 3, timeout: 30, failOnError: true, enabled: true, createdAt: expect.stringMatching(ISO), updatedAt: body.createdAt,
        secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/),
      });
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`${base}/pre-protection`);
      const secret = body.secret as string;

      const read = await t.request({ method: 'GET', url: `${base}/pre-protection` });
      expect(read.statusCode).toBe(200);
      expect(read.json()).toEqual({ ...body, secret: undefined });
      expect(read.body).not.toContain(secret);
      const list = await t.request({ method: 'GET', url: base });
      expect(list.statusCode).toBe(200);
      expect(list.json()).toEqual([{ ...body, secret: undefined }]);
      expect(list.body).not.toContain(secret);

      const stored = await t.app.store.db.selectFrom('webhooks').selectAll().executeTakeFirstOrThrow();
      expect(stored.secret_sealed).not.toContain(secret);
      expect(stored.secret_sealed.startsWith('v1.')).toBe(true);
      expect(t.logs.join('\n')).not.toContain(secret);
    });

    it('accepts the boundaries of retryAttempts and timeout', async () => {
      const low = await post({ webhookType: 'post-protection', url: PUBLIC, retryAttempts: 3, timeout: 1 });
      expect(low.statusCode, low.body).toBe(201);
      const high = await post({ webhookType: 'pre-recovery', url: PUBLIC, retryAttempts: 10, timeout: 3600, enabled: false });
      expect(high.statusCode, high.body).toBe(201);
      expect(high.json()).toMatchObject({ retryAttempts: 10, timeout: 3600, enabled: false, failOnError: false });
    });

    it('409 when the assembly already has a webhook of that type, and the first is unchanged', async () => {
      const again = await post({ webhookType: 'pre-protection', url: 'https://93.184.216.35/other' });
      const body = expectNativeError(again, 409, 'conflict');
      expect(body.fieldErrors.webhookType).toBeTruthy();
      expect((await t.request({ method: 'GET', url: `${base}/pre-protection` })).json().url).toBe(PUBLIC);
    });

    const bad: Array<[string, Record<string, unknown>, string]> = [
      ['an unknown type', { webhookType: 'mid-protection' }, 'webhookType'],
      ['no type', { webhookType: undefined }, 'webhookType'],
      ['no url', { url: undefined }, 'url'],
      ['a url that is not a URL', { url: 'not a url' }, 'url'],
      ['a plain http url', { url: 'http://93.184.216.34/hook' }, 'url'],
      ['an ftp url', { url: 'ftp://93.184.216.34/hook' }, 'url'],
      ['a url with credentials', { url: 'https://user:pw@93.184.216.34/hook' }, 'url'],
      ['a loopback address', { url: 'https://127.0.0.1/hook' }, 'url'],
      ['a loopback address elsewhere in 127/8', { url: 'https://127.9.9.9/hook' }, 'url'],
      ['localhost (resolves to loopback)', { url: 'https://localhost:8443/hook' }, 'url'],
      ['a 10/8 address', { url: 'https://10.1.2.3/hook' }, 'url'],
      ['a 172.16/12 address', { url: 'https://172.31.255.1/hook' }, 'url'],
      ['a 192.168/16 address', { url: 'https://192.168.0.10/hook' }, 'url'],
      ['the metadata address (link-local)', { url: 'https://169.254.169.254/latest' }, 'url'],
      ['the unspecified address', { url: 'https://0.0.0.0/hook' }, 'url'],
      ['IPv6 loopback', { url: 'https://[::1]/hook' }, 'url'],
      ['IPv6 unique-local', { url: 'https://[fd12:3456::1]/hook' }, 'url'],
      ['IPv6 link-local', { url: 'https://[fe80::1]/hook' }, 'url'],
      ['IPv4-mapped loopback', { url: 'https://[::ffff:127.0.0.1]/hook' }, 'url'],
      ...SPECIAL_TARGETS.map(([what, url]) => [what, { url }, 'url'] as [string, Record<string, unknown>, string]),
      ['retryAttempts 2', { retryAttempts: 2 }, 'retryAttempts'],
      ['retryAttempts 11', { retryAttempts: 11 }, 'retryAttempts'],
      ['retryAttempts 3.5', { retryAttempts: 3.5 }, 'retryAttempts'],
      ['timeout 0', { timeout: 0 }, 'timeout'],
      ['timeout 3601', { timeout: 3601 }, 'timeout'],
      ['failOnError not a boolean', { failOnError: 'yes' }, 'failOnError'],
      ['failOnError on a post-* hook', { webhookType: 'post-reset', failOnError: true }, 'failOnError'],
      ['enabled not a boolean', { enabled: 'no' }, 'enabled'],
      ['an unknown field', { secret: 'mine' }, 'secret'],
    ];
    for (const [what, overrides, field] of bad) {
      it(`400 naming ${field} for ${what}, nothing written`, async () => {
        const before = await webhookRows(t);
        const res = await post({ webhookType: 'pre-reset', url: PUBLIC, ...overrides });
        expectFieldError(res, field);
        expect(await webhookRows(t)).toBe(before);
      });
    }

    it('404 for an assembly of another project or one that does not exist, nothing written', async () => {
      expect((await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects`, payload: { id: 'staging' } })).statusCode).toBe(201);
      const stagingConn = await makeConnection(t, { name: 'staging-aws' }, 'staging');
      const other = await makeAssembly(t, stagingConn, { name: 'staging-shop' }, 'staging');
      const before = await webhookRows(t);
      expectNativeError(await t.request({ method: 'POST', url: webhooksOf(t, other.id), payload: { webhookType: 'pre-reset', url: PUBLIC } }), 404);
      expectNativeError(await t.request({ method: 'GET', url: webhooksOf(t, other.id) }), 404);
      expectNativeError(await t.request({ method: 'POST', url: webhooksOf(t, 999_999), payload: { webhookType: 'pre-reset', url: PUBLIC } }), 404);
      expect(await webhookRows(t)).toBe(before);
      // A webhook made in its own project is not visible through the other project's path.
      expect((await t.request({ method: 'POST', url: webhooksOf(t, other.id, 'staging'), payload: { webhookType: 'pre-reset', url: PUBLIC } })).statusCode).toBe(201);
      expectNativeError(await t.request({ method: 'GET', url: `${webhooksOf(t, other.id)}/pre-reset` }), 404);
      expectNativeError(await t.request({ method: 'DELETE', url: `${webhooksOf(t, other.id)}/pre-reset` }), 404);
      expect((await t.request({ method: 'GET', url: `${webhooksOf(t, other.id, 'staging')}/pre-reset` })).statusCode).toBe(200);
    });

    it('404 for a type the assembly has no webhook of', async () => {
      expectNativeError(await t.request({ method: 'GET', url: `${base}/post-reset` }), 404);
      expectNativeError(await t.request({ method: 'PUT', url: `${base}/post-reset`, payload: { url: PUBLIC } }), 404);
    });

    it('PUT changes the given settings, keeps the others, honours If-Match, and validates like create', async () => {
      const url = `${base}/post-protection`;
      const etag = (await t.request({ method: 'GET', url })).headers.etag as string;
      const stale = await t.request({ method: 'PUT', url, payload: { url: 'https://93.184.216.36/x' }, headers: { 'if-match': '"99"' } });
      expectNativeError(stale, 412);
      const ok = await t.request({ method: 'PUT', url, payload: { url: 'https://93.184.216.36/x', retryAttempts: 5 }, headers: { 'if-match': etag } });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ url: 'https://93.184.216.36/x', retryAttempts: 5, timeout: 1, enabled: true });
      expect(ok.json().secret).toBeUndefined();
      expect(ok.headers.etag).not.toBe(etag);
      expectNativeError(await t.request({ method: 'PUT', url, payload: { url: 'https://93.184.216.37/y' }, headers: { 'if-match': etag } }), 412);

      for (const [payload, field] of [
        [{ url: 'http://93.184.216.36/x' }, 'url'], [{ url: 'https://10.0.0.1/x' }, 'url'], [{ url: PUBLIC, timeout: 3601 }, 'timeout'],
        [{ url: PUBLIC, retryAttempts: 1 }, 'retryAttempts'], [{ url: PUBLIC, failOnError: true }, 'failOnError'], [{ retryAttempts: 4 }, 'url'],
      ] as const) {
        expectFieldError(await t.request({ method: 'PUT', url, payload }), field);
      }
      expect((await t.request({ method: 'GET', url })).json()).toMatchObject({ url: 'https://93.184.216.36/x', retryAttempts: 5, failOnError: false });
    });

    for (const [what, target] of SPECIAL_TARGETS) {
      it(`PUT refuses ${what} with a 400 naming url, and keeps the webhook as it was`, async () => {
        const url = `${base}/post-protection`;
        const before = (await t.request({ method: 'GET', url })).json();
        expectFieldError(await t.request({ method: 'PUT', url, payload: { url: target } }), 'url');
        expect((await t.request({ method: 'GET', url })).json()).toEqual(before);
      });
    }

    it('lists an empty delivery log with Content-Range, and refuses a bad Range', async () => {
      const res = await t.request({ method: 'GET', url: `${base}/pre-protection/deliveries` });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual([]);
      expect(res.headers['content-range']).toBe('items */0');
      expectFieldError(await t.request({ method: 'GET', url: `${base}/pre-protection/deliveries`, headers: { range: 'items=0-5' } }), 'Range');
    });

    it('DELETE removes the webhook (204), then 404; the type can be created again with a new secret', async () => {
      const url = `${base}/pre-recovery`;
      expectNativeError(await t.request({ method: 'DELETE', url, headers: { 'if-match': '"42"' } }), 412);
      expect((await t.request({ method: 'DELETE', url })).statusCode).toBe(204);
      expectNativeError(await t.request({ method: 'GET', url }), 404);
      expectNativeError(await t.request({ method: 'DELETE', url }), 404);
      const again = await post({ webhookType: 'pre-recovery', url: PUBLIC });
      expect(again.statusCode, again.body).toBe(201);
    });

    it('needs the webhooks permissions', async () => {
      const viewer = await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: 'viewer-bot', role: 'viewer' } });
      expect(viewer.statusCode).toBe(201);
      const token = viewer.json().token as string;
      expect((await t.request({ method: 'GET', url: base, token })).statusCode).toBe(200);
      const denied = await t.request({ method: 'POST', url: base, token, payload: { webhookType: 'post-reset', url: PUBLIC } });
      expect(expectNativeError(denied, 403).requiredPermissions).toEqual(['webhooks:create']);
    });
  });
}
