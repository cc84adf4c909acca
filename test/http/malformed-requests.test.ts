// The fuzzer's malformed requests, on each surface: every answer is in that surface's error dialect with its
// own codes, never Fastify's, never an echo of a long path, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { domainOf } from '../network/fixture.ts';
import {
  BIG, bearer, count, expectGroups, expectNative, expectNetwork, footprint, invalidUtf8, json, LONG, type MalformedCase,
} from './fixture.ts';

const GROUPS = '/connections/aws/connection-groups';
const CLUMIO = { 'content-type': 'application/api.clumio.aws-connection-groups=v1+json' };

function nativeCases(P: string): MalformedCase[] {
  const create = `${P}/aws/cloud-connections`;
  const verify = `${create}/1/verify`;
  return [
    { name: 'a 10 KB path parameter', request: { url: `${create}/${LONG}` }, status: 400, code: 'INVALID_URL', field: 'url' },
    { name: 'a path that is not UTF-8 (%ff%fe)', request: { url: `${create}/%ff%fe` }, status: 400, code: 'INVALID_URL', field: 'url' },
    { name: 'malformed JSON', request: { method: 'POST', url: create, headers: json, payload: '{"name":' }, status: 400, code: 'INVALID_BODY', field: 'body' },
    { name: 'a body that is not UTF-8', request: { method: 'POST', url: create, headers: json, payload: invalidUtf8(connectionBody({ description: '@@' })) }, status: 400, code: 'INVALID_BODY', field: 'body' },
    { name: 'a media type other than JSON', request: { method: 'POST', url: create, headers: { 'content-type': 'text/plain' }, payload: JSON.stringify(connectionBody()) }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'a form body', request: { method: 'POST', url: create, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'name=x' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'a 2 MB body', request: { method: 'POST', url: create, headers: json, payload: BIG }, status: 413, code: 'BODY_TOO_LARGE' },
    { name: 'an unknown path under /api/v1', request: { url: `/api/v1/nowhere/${LONG}` }, status: 404, code: 'NOT_FOUND' },
    { name: 'an unknown path outside every surface', request: { url: `/nowhere/${LONG}` }, status: 404, code: 'NOT_FOUND' },
    { name: 'a path that is not UTF-8 outside every surface', request: { url: '/nowhere/%ff%fe' }, status: 400, code: 'INVALID_URL', field: 'url' },
    { name: 'a field on an action (verify)', request: { method: 'POST', url: verify, headers: json, payload: '{"force":true}' }, status: 400, code: 'VALIDATION_FAILED', field: 'force' },
    // PostgreSQL refuses a NUL in text (a 500 the fuzzer found): it is refused at the door on both databases.
    { name: 'a NUL in a path parameter', request: { url: `${P}/aws/cloud-assemblies/1/protections/prot-%00` }, status: 400, code: 'INVALID_URL', field: 'url' },
    { name: 'a NUL in a project id', request: { method: 'PUT', url: `/api/v1/accounts/1/projects/%00/aws/cloud-connections/1/general-information`, headers: json, payload: '{"name":"ok-name"}' }, status: 400, code: 'INVALID_URL', field: 'url' },
    { name: 'a NUL in a query parameter', request: { url: `${create}?name=a%00b` }, status: 400, code: 'INVALID_URL', field: 'url' },
    { name: 'a NUL in a body string', request: { method: 'POST', url: create, headers: json, payload: JSON.stringify(connectionBody({ description: 'a\u0000b' })) }, status: 400, code: 'INVALID_BODY', field: 'body' },
    { name: 'null on an action (verify)', request: { method: 'POST', url: verify, headers: json, payload: 'null' }, status: 400, code: 'VALIDATION_FAILED', field: 'body' },
    { name: 'a body that is not UTF-8 on an action (verify)', request: { method: 'POST', url: verify, headers: json, payload: invalidUtf8({ '@@': 1 }) }, status: 400, code: 'INVALID_BODY', field: 'body' },
  ];
}

function groupsCases(): MalformedCase[] {
  return [
    { name: 'a 10 KB path parameter', request: { url: `${GROUPS}/${LONG}` }, status: 400, code: 4001 },
    { name: 'a path that is not UTF-8 (%ff%fe)', request: { url: `${GROUPS}/%ff%fe` }, status: 400, code: 4001 },
    { name: 'malformed JSON', request: { method: 'POST', url: GROUPS, headers: CLUMIO, payload: '{"aws_regions":' }, status: 400, code: 4001 },
    { name: 'a body that is not UTF-8', request: { method: 'POST', url: GROUPS, headers: CLUMIO, payload: invalidUtf8({ account_native_id: '333333333333', asset_types: ['S3'], aws_regions: ['us-east-1'], description: '@@' }) }, status: 400, code: 4001 },
    // JSON is JSON here whatever its label (clumio-go-sdk sends text/plain): only a body that is not JSON is 415.
    { name: 'a text/plain body that is not JSON', request: { method: 'POST', url: GROUPS, headers: { 'content-type': 'text/plain' }, payload: 'account=1' }, status: 415, code: 4151 },
    { name: 'a 2 MB body', request: { method: 'POST', url: GROUPS, headers: CLUMIO, payload: BIG }, status: 413, code: 4131 },
    { name: 'an unknown path', request: { url: `/connections/aws/nowhere/${LONG}` }, status: 404, code: 4041 },
    { name: 'null as the body', request: { method: 'POST', url: GROUPS, headers: CLUMIO, payload: 'null' }, status: 400, code: 4001 },
    { name: 'a NUL in a path parameter', request: { url: `${GROUPS}/a%00b` }, status: 400, code: 4001 },
    { name: 'a NUL in a body string', request: { method: 'POST', url: GROUPS, headers: CLUMIO, payload: '{"account_native_id":"3333\\u000033333333","asset_types":["S3"],"aws_regions":["us-east-1"]}' }, status: 400, code: 4001 },
  ];
}

function networkCases(base: string): MalformedCase[] {
  const create = `${base}/cloud-connections`;
  return [
    { name: 'a 10 KB path parameter', request: { url: `${create}/${LONG}` }, status: 400, code: 'CC.1001' },
    { name: 'a 10 KB domain id', request: { url: `/v3/${LONG}/ccaas/cloud-connections` }, status: 400, code: 'CC.1001' },
    { name: 'a path that is not UTF-8 (%ff%fe)', request: { url: `${create}/%ff%fe` }, status: 400, code: 'CC.1001' },
    { name: 'malformed JSON', request: { method: 'POST', url: create, headers: json, payload: '{"cloud_connection":' }, status: 400, code: 'CC.1001' },
    { name: 'a body that is not UTF-8', request: { method: 'POST', url: create, headers: json, payload: invalidUtf8({ cloud_connection: { name: 'ok', description: '@@' } }) }, status: 400, code: 'CC.1001' },
    { name: 'a media type other than JSON', request: { method: 'POST', url: create, headers: { 'content-type': 'text/plain' }, payload: '{}' }, status: 415, code: 'CC.1010' },
    { name: 'a 2 MB body', request: { method: 'POST', url: create, headers: json, payload: BIG }, status: 413, code: 'CC.1012' },
    { name: 'an unknown path', request: { url: `${base}/nowhere/${LONG}` }, status: 404, code: 'CC.1007' },
    { name: 'a field on an action (delete)', request: { method: 'DELETE', url: `${create}/0123456789abcdef0123456789abcdef`, headers: json, payload: '{"force":true}' }, status: 400, code: 'CC.1002' },
    { name: 'a NUL in a path parameter', request: { url: `${base}/inter-region-bandwidths/%00` }, status: 400, code: 'CC.1001' },
    { name: 'a NUL in a body string', request: { method: 'POST', url: create, headers: json, payload: '{"cloud_connection":{"name":"ok","description":"a\\u0000"}}' }, status: 400, code: 'CC.1001' },
    { name: 'null on an action (delete)', request: { method: 'DELETE', url: `${create}/0123456789abcdef0123456789abcdef`, headers: json, payload: 'null' }, status: 400, code: 'CC.1002' },
  ];
}

for (const dialect of DIALECTS) {
  describe(`malformed requests answer in their surface's dialect [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    let connectionId: number;
    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { worker: false });
      base = `/v3/${await domainOf(t)}/ccaas`;
      const res = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody() });
      expect(res.statusCode, res.body).toBe(202);
      connectionId = res.json().id;
      expect(connectionId).toBe(1);
    });
    afterAll(() => t.close());

    async function unchanged<T>(run: () => Promise<T>): Promise<T> {
      const tables = ['cloud_connections', 'connection_groups', 'cc_cloud_connections'];
      const before = { ...(await footprint(t)), rows: await Promise.all(tables.map((table) => count(t, table))) };
      const result = await run();
      expect({ ...(await footprint(t)), rows: await Promise.all(tables.map((table) => count(t, table))) }).toEqual(before);
      return result;
    }

    it('native /api/v1 (and the root): its errors body and codes', async () => {
      for (const c of nativeCases(t.P)) {
        const res = await unchanged(() => t.app.http.inject({ ...c.request, headers: { ...bearer, ...c.request.headers } }));
        expectNative(res, c.status, c.code as string, c.field);
      }
    });

    it('connection groups /connections/aws: errors[].error_code', async () => {
      for (const c of groupsCases()) {
        const res = await unchanged(() => t.app.http.inject({ ...c.request, headers: { ...bearer, ...c.request.headers } }));
        expectGroups(res, c.status, c.code as number);
      }
    });

    it('network /v3: error_code, error_msg, request_id', async () => {
      for (const c of networkCases(base)) {
        const res = await unchanged(() => t.app.http.inject({ ...c.request, headers: { 'x-auth-token': bearer.authorization.slice(7), ...c.request.headers } }));
        expectNetwork(res, c.status, c.code as string);
      }
    });

    it('an unknown field name is named, but a 10 KB one is not echoed whole', async () => {
      const res = await unchanged(() => t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections/${connectionId}/sync`, headers: json, payload: JSON.stringify({ [LONG]: 1 }) }));
      expectNative(res, 400, 'VALIDATION_FAILED');
    });

    it('the console and the API reference still answer HTML navigations', async () => {
      expect((await t.app.http.inject({ url: '/', headers: { accept: 'text/html' } })).statusCode).toBe(200);
      expect((await t.app.http.inject({ url: '/openapi.json' })).statusCode).toBe(200);
    });
  });
}
