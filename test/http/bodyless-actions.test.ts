// Actions that take no body (verify, sync, cancel, reset, every DELETE …) refuse one as every other route
// refuses an unknown field: 400 naming it, and nothing happens. No body, an empty body or {} is accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { domainOf } from '../network/fixture.ts';
import { bearer, count, expectNative, expectNetwork, footprint, json } from './fixture.ts';

const WRITES = ['post', 'put', 'patch', 'delete'];

for (const dialect of DIALECTS) {
  describe(`body-less actions refuse a body [${dialect}]`, () => {
    let t: TestApp;
    let domainId: string;
    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { worker: false });
      domainId = await domainOf(t);
    });
    afterAll(() => t.close());

    /** Every write in the API reference that documents no request body. */
    async function bodylessActions(): Promise<Array<{ method: string; url: string }>> {
      const doc = (await t.request({ url: '/openapi.json' })).json() as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
      const actions: Array<{ method: string; url: string }> = [];
      for (const [path, operations] of Object.entries(doc.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          if (!WRITES.includes(method) || operation.requestBody) continue;
          const url = path.replace('{accountId}', String(t.accountId)).replace('{projectId}', 'default').replace('{domain_id}', domainId).replace(/\{[^}]+\}/g, '1');
          actions.push({ method: method.toUpperCase(), url });
        }
      }
      return actions;
    }

    it('every one of them, on both surfaces that have them, answers 400 naming the unknown field and enqueues nothing', async () => {
      const actions = await bodylessActions();
      expect(actions.map((a) => a.url)).toEqual(expect.arrayContaining([expect.stringMatching(/\/verify$/), expect.stringMatching(/\/sync$/), expect.stringMatching(/\/reset$/), expect.stringMatching(/\/cancel$/), expect.stringMatching(/^\/v3\//)]));
      const before = await footprint(t);
      for (const action of actions) {
        for (const payload of ['{"unexpected":1}', 'null', '[]', '"text"', '0']) {
          const res = await t.app.http.inject({ method: action.method as 'POST', url: action.url, headers: { ...bearer, 'x-auth-token': bearer.authorization.slice(7), ...json }, payload });
          const where = `${action.method} ${action.url} ${payload}`;
          expect(res.statusCode, `${where}: ${res.body.slice(0, 300)}`).toBe(400);
          const field = payload.startsWith('{') ? 'unexpected' : 'body';
          if (action.url.startsWith('/v3/')) expect(expectNetwork(res, 400, 'CC.1002'), where).toContain(field);
          else expectNative(res, 400, 'VALIDATION_FAILED', field);
        }
      }
      expect(await footprint(t)).toEqual(before);
    });

    it('verify and sync: no body, an empty JSON body and {} are accepted; a body with a field starts nothing', async () => {
      const created = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody() });
      expect(created.statusCode, created.body).toBe(202);
      const url = `${t.P}/aws/cloud-connections/${created.json().id}`;
      for (const action of ['verify', 'sync']) {
        const before = await footprint(t);
        const refused = await t.request({ method: 'POST', url: `${url}/${action}`, headers: json, payload: '{"force":true}' });
        expectNative(refused, 400, 'VALIDATION_FAILED', 'force');
        expect(await footprint(t)).toEqual(before);
      }
      const before = await footprint(t);
      for (const request of [{}, { headers: json, payload: '' }, { headers: json, payload: '{}' }, { headers: { 'content-type': 'application/json; charset=utf-8' }, payload: ' {} ' }]) {
        const res = await t.request({ method: 'POST', url: `${url}/verify`, ...request });
        expect(res.statusCode, res.body).toBe(202);
      }
      // Each is a verification accepted (and audited as such); the queued one is shared, so no job count here.
      expect((await footprint(t)).successes).toBe(before.successes + 4);
    });
  });
}
