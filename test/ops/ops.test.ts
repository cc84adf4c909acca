import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError, expectNativeError } from '../tenancy/native.ts';

type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Ops endpoints (no auth), the OpenAPI document, request ids, the native 404 and Range parsing. */
for (const dialect of DIALECTS) {
  describe(`ops endpoints [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    let connectionId: number;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      base = `${t.P}/aws/cloud-connections`;
      const created = await t.request({ method: 'POST', url: base, payload: connectionBody() });
      expect(created.statusCode).toBe(202);
      connectionId = created.json().id;
    });
    afterAll(() => t.close());

    const anon = (url: string, headers: Record<string, string> = {}) => t.request({ method: 'GET', url, headers, token: null });

    it('/healthz answers 200 without a token', async () => {
      const res = await anon('/healthz');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'ok' });
      // Ops endpoints ignore credentials, even bad ones.
      expect((await anon('/healthz', { authorization: 'Bearer not-a-token' })).statusCode).toBe(200);
    });

    it('/readyz answers 200 with its checks: database reachable, migrations applied', async () => {
      const res = await anon('/readyz');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok' } });
    });

    it('/metrics is Prometheus text with request durations and connections by status', async () => {
      await anon('/healthz');
      await t.request({ method: 'GET', url: '/api/v1/unmatched-path-q7x9' });
      await anon('/no-such-top-level-path-q7x9');
      await eventually(async () => (await t.request({ method: 'GET', url: `${base}/${connectionId}` })).json().status === 'enabled', 5_000, 'enabled');
      const res = await anon('/metrics');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = res.body;
      expect(text).toMatch(/^# HELP lifeboat_http_request_duration_seconds /m);
      expect(text).toMatch(/^# TYPE lifeboat_http_request_duration_seconds histogram$/m);
      expect(text).toMatch(/^lifeboat_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} [1-9]\d*$/m);
      expect(text).toMatch(/^lifeboat_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/healthz",status="200"\} \d+$/m);
      expect(text).toMatch(/^# TYPE lifeboat_cloud_connections gauge$/m);
      expect(text).toMatch(/^lifeboat_cloud_connections\{status="enabled"\} 1$/m);
      // Routes are labelled by their pattern, not by the raw path (no id in a label).
      expect(text).not.toContain(`/cloud-connections/${connectionId}"`);
      expect(text).not.toContain('q7x9');
      // Every line is a comment, a sample or blank.
      for (const line of text.split('\n')) expect(line).toMatch(/^(#.*|[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})? \S+|)$/);
    });

    it('/metrics counts connections by status as they change', async () => {
      await t.request({ method: 'PUT', url: `${base}/${connectionId}/status`, payload: { status: 'disabled' } });
      const text = (await anon('/metrics')).body;
      expect(text).toMatch(/^lifeboat_cloud_connections\{status="disabled"\} 1$/m);
      expect(text).not.toMatch(/^lifeboat_cloud_connections\{status="enabled"\} [1-9]/m);
      await t.request({ method: 'PUT', url: `${base}/${connectionId}/status`, payload: { status: 'enabled' } });
    });

    describe('/openapi.json', () => {
      let doc: Json;
      const operations: Array<{ path: string; method: string; op: Json }> = [];

      beforeAll(async () => {
        const res = await anon('/openapi.json');
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        doc = res.json();
        for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
          for (const method of METHODS) if (item[method]) operations.push({ path, method, op: item[method] });
        }
      });

      /** Follows a $ref into components. */
      const resolve = (schema: Json | undefined): Json | undefined => {
        if (!schema || typeof schema.$ref !== 'string') return schema;
        const parts = schema.$ref.replace(/^#\//, '').split('/');
        let node: any = doc;
        for (const part of parts) node = node?.[part];
        return resolve(node);
      };

      /** The native error body: errors, fieldErrors, message, requiredPermissions. */
      const isErrorSchema = (response: Json | undefined): boolean => {
        const schema = resolve(resolve(response)?.content?.['application/json']?.schema);
        if (!schema) return false;
        const props = Object.keys(schema.properties ?? {}).sort();
        return JSON.stringify(props) === JSON.stringify(['errors', 'fieldErrors', 'message', 'requiredPermissions'])
          && ['errors', 'fieldErrors', 'message', 'requiredPermissions'].every((p) => (schema.required ?? []).includes(p));
      };

      it('is OpenAPI 3.1 and describes the native surface and the ops endpoints', () => {
        expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
        expect(doc.info.title).toBeTruthy();
        expect(doc.info.version).toBeTruthy();
        const paths = Object.keys(doc.paths);
        expect(paths).toContain('/api/v1/accounts');
        expect(paths).toContain('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/general-information');
        expect(paths).toContain('/api/v1/accounts/{accountId}/projects/{projectId}/events');
        expect(paths).toContain('/healthz');
        expect(operations.filter((o) => o.path.startsWith('/api/v1')).length).toBeGreaterThanOrEqual(20);
      });

      it('gives every operation an operationId, unique across the document', () => {
        const missing = operations.filter((o) => !o.op.operationId).map((o) => `${o.method.toUpperCase()} ${o.path}`);
        expect(missing).toEqual([]);
        const seen = new Map<string, string[]>();
        for (const o of operations) seen.set(o.op.operationId, [...(seen.get(o.op.operationId) ?? []), `${o.method.toUpperCase()} ${o.path}`]);
        expect([...seen].filter(([, where]) => where.length > 1)).toEqual([]);
      });

      it('declares 401 and 500 with the error schema on every /api/v1 operation, and 400 where there is a body', () => {
        const problems: string[] = [];
        for (const { path, method, op } of operations) {
          if (!path.startsWith('/api/v1')) continue;
          const name = `${method.toUpperCase()} ${path}`;
          for (const status of ['401', '500']) if (!isErrorSchema(op.responses?.[status])) problems.push(`${name}: ${status}`);
          if (op.requestBody && !isErrorSchema(op.responses?.['400'])) problems.push(`${name}: 400 (has a body)`);
        }
        expect(problems).toEqual([]);
      });

      it('declares the bearer security scheme', () => {
        expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      });
    });

    it('/docs serves the interactive reference as HTML', async () => {
      let res = await anon('/docs');
      for (let hops = 0; hops < 3 && res.statusCode >= 300 && res.statusCode < 400; hops++) res = await anon(String(res.headers.location));
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toMatch(/<html/i);
      // Lifeboat's name on the tab and its mark in the bar, not the UI library's.
      expect(res.body).toContain('<title>Lifeboat API reference</title>');
      const init = await anon('/docs/static/swagger-initializer.js');
      const logo = /data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/.exec(init.body);
      expect(Buffer.from(logo?.[1] ?? '', 'base64').toString()).toContain('>Lifeboat</text>');
    });

    describe('X-Request-Id', () => {
      it('echoes the one the client sent, on ops, native successes and native errors', async () => {
        expect((await anon('/healthz', { 'x-request-id': 'client-id-1' })).headers['x-request-id']).toBe('client-id-1');
        expect((await t.request({ method: 'GET', url: base, headers: { 'x-request-id': 'client-id-2' } })).headers['x-request-id']).toBe('client-id-2');
        expect((await anon(base, { 'x-request-id': 'client-id-3' })).headers['x-request-id']).toBe('client-id-3');
        expect((await t.request({ method: 'GET', url: `${base}/99999999`, headers: { 'x-request-id': 'client-id-4' } })).headers['x-request-id']).toBe('client-id-4');
      });

      it('generates one, different each time, when none was sent', async () => {
        const a = (await anon('/healthz')).headers['x-request-id'] as string;
        const b = (await t.request({ method: 'GET', url: base })).headers['x-request-id'] as string;
        expect(a).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
        expect(b).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
        expect(a).not.toBe(b);
      });

      it('replaces one that is not a safe id (no header injection, no unbounded echo)', async () => {
        const long = 'x'.repeat(500);
        const res = await anon('/healthz', { 'x-request-id': long });
        expect(res.headers['x-request-id']).toBeTruthy();
        expect(res.headers['x-request-id']).not.toBe(long);
        const odd = await anon('/healthz', { 'x-request-id': 'has spaces <script>' });
        expect(odd.headers['x-request-id']).not.toBe('has spaces <script>');
      });
    });

    it('answers an unknown path under /api/v1 with the native 404 (valid token) or 401 (no token)', async () => {
      for (const url of ['/api/v1/nothing-here', `/api/v1/accounts/${t.accountId}/projects/default/aws/no-such-thing`, `${base}/${connectionId}/no-such-action`]) {
        const res = await t.request({ method: 'GET', url });
        const body = expectNativeError(res, 404, 'not-found');
        expect(body.errors[0].code).toBe('NOT_FOUND');
        expect(body.requiredPermissions).toEqual([]);
        expectNativeError(await t.request({ method: 'GET', url, token: null }), 401, 'unauthenticated');
      }
      const post = await t.request({ method: 'POST', url: '/api/v1/nothing-here', payload: { a: 1 } });
      expectNativeError(post, 404, 'not-found');
    });

    it('answers an id too large for int64 with 404 (or 400 naming it), never a 500', async () => {
      for (const id of ['99999999999999999999', '9223372036854775808']) {
        for (const [method, url] of [['GET', `${base}/${id}`], ['GET', `/api/v1/accounts/${t.accountId}/service-accounts/${id}`]] as const) {
          const res = await t.request({ method, url });
          expect(res.statusCode, `${method} ${url}: ${res.body}`).not.toBe(500);
          if (res.statusCode === 400) expectFieldError(res, 'id');
          else expectNativeError(res, 404, 'not-found');
        }
      }
    });

    describe('Range', () => {
      const lists = () => [base, `${t.P}/events`, `${base}/${connectionId}/resources`];
      const bad: Array<[string, string]> = [
        ['the last before the first', 'items=5-1'],
        ['another unit', 'bytes=0-10'],
        ['more than 1000 items', 'items=1-1001'],
        ['item 0', 'items=0-10'],
        ['no end', 'items=1-'],
        ['garbage', 'lots please'],
      ];
      for (const [what, range] of bad) {
        it(`refuses ${what} (${range}) with 400 naming Range`, async () => {
          for (const url of lists()) {
            const res = await t.request({ method: 'GET', url, headers: { range } });
            const body = expectFieldError(res, 'Range');
            expect(body.errors[0].code).toBe('VALIDATION_FAILED');
          }
        });
      }

      it('answers a page far beyond any int64 with 400 naming Range or an empty page, never a 500', async () => {
        for (const range of ['items=99999999999999999999-99999999999999999999', 'items=9223372036854775807-9223372036854775807']) {
          for (const url of lists()) {
            const res = await t.request({ method: 'GET', url, headers: { range } });
            expect(res.statusCode, `${url} with ${range}: ${res.body}`).not.toBe(500);
            if (res.statusCode === 400) expectFieldError(res, 'Range');
            else {
              expect(res.statusCode).toBe(200);
              expect(res.json()).toEqual([]);
            }
          }
        }
      });

      it('accepts exactly 1000 items, and answers with Content-Range', async () => {
        for (const url of lists()) {
          const res = await t.request({ method: 'GET', url, headers: { range: 'items=1-1000' } });
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-range']).toMatch(/^items (\d+-\d+|\*)\/\d+$/);
        }
        const one = await t.request({ method: 'GET', url: base, headers: { range: 'items=1-1' } });
        expect(one.json()).toHaveLength(1);
        expect(one.headers['content-range']).toBe('items 1-1/1');
      });
    });
  });
}
