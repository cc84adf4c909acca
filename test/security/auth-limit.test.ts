import { randomBytes } from 'node:crypto';
import { GlobalCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { TooManyRequestsError, UnauthenticatedError } from '../../src/platform/errors.ts';
import { createAuthLimiter, type AuthLimiter, type AuthRefusal, type AuthRequest } from '../../src/platform/http/auth-limit.ts';
import { cg, createBody, expectGroupError, GROUPS, report } from '../connection-groups/fixture.ts';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { domainOf, expectCcError, serviceToken } from '../network/fixture.ts';
import { expectNativeError } from '../tenancy/native.ts';

const WINDOW_MS = 60_000;

describe('the authentication failure limiter (injected clock)', () => {
  let clock: number;
  let refusals: AuthRefusal[];
  let limiter: AuthLimiter;
  const from = (ip: string): AuthRequest => ({ ip, method: 'GET', url: '/x', id: `req-${ip}` });
  const wrong = async (): Promise<never> => { throw new UnauthenticatedError(); };
  const outcome = (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof TooManyRequestsError ? `429 ${e.retryAfterSeconds}` : e instanceof UnauthenticatedError ? '401' : String(e)));

  function fresh(maxEntries?: number) {
    clock = 1_000_000;
    refusals = [];
    limiter = createAuthLimiter({ keyLimit: 10, sourceLimit: 30, windowMs: WINDOW_MS }, {
      now: () => clock, onLimited: async (r) => { refusals.push(r); }, ...(maxEntries ? { maxEntries } : {}),
    });
  }

  it('the 11th failure of one credential is 429 with Retry-After, unchecked; after the window it is checked again', async () => {
    fresh();
    const seen: string[] = [];
    for (let n = 1; n <= 10; n++) seen.push(await outcome(limiter.authenticate(from('10.0.0.1'), { kind: 'token', value: 'lb_wrong' }, wrong)));
    expect(seen).toEqual(Array(10).fill('401'));
    let checked = false;
    const eleventh = await outcome(limiter.authenticate(from('10.0.0.2'), { kind: 'token', value: 'lb_wrong' }, async () => { checked = true; return 'principal'; }));
    expect(eleventh).toBe('429 6'); // one more try per window/limit = 6 s
    expect(checked).toBe(false);
    clock += WINDOW_MS;
    expect(await outcome(limiter.authenticate(from('10.0.0.1'), { kind: 'token', value: 'lb_wrong' }, async () => 'principal'))).toBe('ok');
  });

  it('a valid credential from a limited source still passes; its failures are 429; other sources are untouched', async () => {
    fresh();
    for (let n = 0; n < 30; n++) await outcome(limiter.authenticate(from('10.0.0.9'), { kind: 'token', value: `guess-${n}` }, wrong));
    expect(await outcome(limiter.authenticate(from('10.0.0.9'), { kind: 'token', value: 'guess-30' }, wrong))).toBe('429 2');
    expect(await outcome(limiter.authenticate(from('10.0.0.9'), { kind: 'token', value: 'the-real-one' }, async () => 'principal'))).toBe('ok');
    expect(await outcome(limiter.authenticate(from('10.0.0.10'), { kind: 'token', value: 'guess-31' }, wrong))).toBe('401');
  });

  it('audits one refusal per limited key per window, however many are refused', async () => {
    fresh();
    const ak = { kind: 'access-key', value: 'AKAKAKAKAKAKAKAKAKAK' };
    for (let n = 0; n < 25; n++) await outcome(limiter.authenticate(from('10.0.1.1'), ak, wrong));
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ limited: 'key', kind: 'access-key', retryAfterSeconds: 6 });
    expect(JSON.stringify(refusals)).not.toContain(ak.value);
    clock += WINDOW_MS;
    for (let n = 0; n < 12; n++) await outcome(limiter.authenticate(from('10.0.1.1'), ak, wrong));
    expect(refusals).toHaveLength(2);
  });

  it('a misuse (a device code polled too fast) counts like a failure: the 11th of one code is 429, and a limited address turns the next into 429', async () => {
    fresh();
    const code = { kind: 'device-code', value: 'device-code-1' };
    const seen: string[] = [];
    for (let n = 0; n < 11; n++) seen.push(await outcome(limiter.misused(from('10.0.2.1'), code)));
    expect(seen).toEqual([...Array(10).fill('ok'), '429 6']);
    for (let n = 0; n < 20; n++) await outcome(limiter.misused(from('10.0.2.1'), { kind: 'device-code', value: `other-${n}` }));
    expect(await outcome(limiter.misused(from('10.0.2.1'), { kind: 'device-code', value: 'fresh' }))).toBe('429 2');
    expect(await outcome(limiter.misused(from('10.0.2.2'), { kind: 'device-code', value: 'fresh' }))).toBe('ok');
  });

  it('sign-ins started are counted per address apart from failures: the 31st in a window is 429, and failures still have their own budget', async () => {
    fresh();
    const seen: string[] = [];
    for (let n = 0; n < 31; n++) seen.push(await outcome(limiter.started(from('10.0.3.1'), 'sso-login')));
    expect(seen).toEqual([...Array(30).fill('ok'), '429 2']);
    expect(refusals).toEqual([expect.objectContaining({ limited: 'source', kind: 'sso-login' })]);
    expect(await outcome(limiter.authenticate(from('10.0.3.1'), { kind: 'token', value: 'wrong' }, wrong))).toBe('401');
    expect(await outcome(limiter.started(from('10.0.3.2'), 'sso-device'))).toBe('ok');
    clock += WINDOW_MS;
    expect(await outcome(limiter.started(from('10.0.3.1'), 'sso-login'))).toBe('ok');
  });

  it('stays under its cap when flooded with 100,000 random credentials from random addresses', async () => {
    fresh(5_000);
    for (let n = 0; n < 100_000; n++) {
      const ip = `10.${n % 256}.${(n >> 8) % 256}.${(n >> 16) % 256}`;
      await outcome(limiter.authenticate(from(ip), { kind: 'token', value: randomBytes(12).toString('hex') }, wrong));
    }
    const size = limiter.size();
    expect(size.keys).toBeLessThanOrEqual(5_000);
    expect(size.sources).toBeLessThanOrEqual(5_000);
  });
});

describe('the limits are configured and validated at start-up', () => {
  it('defaults to 10 per credential and 30 per address per minute; a bad value names its variable', () => {
    expect(loadConfig({}).authLimit).toEqual({ keyLimit: 10, sourceLimit: 30, windowMs: 60_000 });
    expect(loadConfig({ LIFEBOAT_AUTH_FAILURE_LIMIT: '3', LIFEBOAT_AUTH_FAILURE_WINDOW_SECONDS: '900' }).authLimit).toMatchObject({ keyLimit: 3, windowMs: 900_000 });
    expect(() => loadConfig({ LIFEBOAT_AUTH_FAILURE_LIMIT: 'ten' })).toThrow(/^LIFEBOAT_AUTH_FAILURE_LIMIT: must be a whole number/);
    expect(() => loadConfig({ LIFEBOAT_AUTH_SOURCE_FAILURE_LIMIT: '0' })).toThrow(/^LIFEBOAT_AUTH_SOURCE_FAILURE_LIMIT: must be between 1/);
    expect(() => loadConfig({ LIFEBOAT_AUTH_FAILURE_WINDOW_SECONDS: '-5' })).toThrow(/^LIFEBOAT_AUTH_FAILURE_WINDOW_SECONDS/);
  });
});

for (const dialect of DIALECTS) {
  describe(`brute-force limits on every surface [${dialect}]`, () => {
    let t: TestApp;
    let domainId: string;
    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { worker: false });
      domainId = await domainOf(t);
    });
    afterAll(() => t.close());

    const inject = (ip: string, options: InjectOptions) => t.app.http.inject({ ...options, remoteAddress: ip });
    const limitedEvents = async () => (await t.app.store.db.selectFrom('audit_events').selectAll().where('action', '=', 'authenticationLimited').execute());

    it('/api/v1: 10 wrong bearer tokens are 401, the 11th is 429 with Retry-After; the admin token works meanwhile; one audit event', async () => {
      const url = `/api/v1/accounts/${t.accountId}/projects`;
      const headers = { authorization: 'Bearer lb_not-a-token-anyone-holds' };
      for (let n = 1; n <= 10; n++) expectNativeError(await inject('10.1.0.1', { method: 'GET', url, headers }), 401);
      for (let n = 1; n <= 3; n++) {
        const limited = await inject('10.1.0.1', { method: 'GET', url, headers });
        expect(expectNativeError(limited, 429).errors[0].code).toBe('TOO_MANY_REQUESTS');
        expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect((await inject('10.1.0.1', { method: 'GET', url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).statusCode).toBe(200);
      }
      const events = await limitedEvents();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ account_id: t.accountId, actor: 'address:10.1.0.1', status_code: 429, result: 'failure', target_type: 'token' });
      expect(JSON.stringify(events)).not.toContain('lb_not-a-token');
      expect(t.logs.join('\n')).not.toContain('lb_not-a-token');
    });

    it('/connections/aws: bearer failures and wrong post-process external ids are 429 in the Clumio dialect', async () => {
      const headers = { authorization: 'Bearer lb_wrong-for-groups', accept: 'application/json' };
      for (let n = 1; n <= 10; n++) expect((await inject('10.2.0.1', { method: 'GET', url: GROUPS, headers })).statusCode).toBe(401);
      const limited = await inject('10.2.0.1', { method: 'GET', url: GROUPS, headers });
      expect(expectGroupError(limited, 429)).toHaveLength(1);
      expect(limited.json().errors[0].error_code).toBe(4291);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);

      const group = (await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '600000000001' }) })).json();
      const post = (body: Record<string, unknown>) => inject('10.2.0.2', { method: 'POST', url: '/connections/aws/post-process', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
      const guess = report(group, { role_external_id: 'lifeboat-guess', account_native_id: '600000000001', role_arn: 'arn:aws:iam::600000000001:role/x' });
      for (let n = 1; n <= 10; n++) expectGroupError(await post(guess), 401);
      const refused = await post(guess);
      expectGroupError(refused, 429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // The group's token is the limited credential: its right external id waits out the window too.
      expectGroupError(await post({ ...guess, role_external_id: group.external_id }), 429);
    });

    it('/v3: a wrong X-Auth-Token and a wrong AK/SK signature are limited in the Cloud Connect dialect; another key still works', async () => {
      const url = `/v3/${domainId}/ccaas/cloud-connections`;
      for (let n = 1; n <= 10; n++) expectCcError(await inject('10.3.0.1', { method: 'GET', url, headers: { 'x-auth-token': 'lb_wrong-for-v3' } }), 401);
      const limited = await inject('10.3.0.1', { method: 'GET', url, headers: { 'x-auth-token': 'lb_wrong-for-v3' } });
      expectCcError(limited, 429, 'CC.1011');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect((await inject('10.3.0.1', { method: 'GET', url, headers: { 'x-auth-token': ADMIN_TOKEN } })).statusCode).toBe(200);

      const sa = await serviceToken(t, 'limited-signer', 'operator');
      const keysUrl = `/api/v1/accounts/${t.accountId}/service-accounts/${sa.id}/access-keys`;
      const [key, spare] = [(await t.request({ method: 'POST', url: keysUrl })).json(), (await t.request({ method: 'POST', url: keysUrl })).json()];
      const signed = async (ak: string, sk: string) => {
        const credentials = new GlobalCredentials().withAk(ak).withSk(sk).withDomainId(domainId);
        const request = await credentials.processAuthRequest({} as any, { endpoint: 'http://localhost:80', url: '/v3/{domain_id}/ccaas/cloud-connections', method: 'GET', headers: {}, queryParams: {} } as any) as any;
        return inject('10.3.0.2', { method: 'GET', url: request.url, headers: request.headers });
      };
      expect((await signed(key.accessKeyId, key.secretAccessKey)).statusCode).toBe(200);
      for (let n = 1; n <= 10; n++) expectCcError(await signed(key.accessKeyId, `${key.secretAccessKey}x`), 401, 'CC.1004');
      expectCcError(await signed(key.accessKeyId, `${key.secretAccessKey}x`), 429, 'CC.1011');
      expectCcError(await signed(key.accessKeyId, key.secretAccessKey), 429, 'CC.1011');
      expect((await signed(spare.accessKeyId, spare.secretAccessKey)).statusCode).toBe(200);
    });

    it('an address that fails with many tokens is limited, while its valid token still passes', async () => {
      const url = `/api/v1/accounts/${t.accountId}/projects`;
      const guess = (n: number) => inject('10.4.0.1', { method: 'GET', url, headers: { authorization: `Bearer lb_guess-${n}` } });
      for (let n = 1; n <= 30; n++) expectNativeError(await guess(n), 401);
      expectNativeError(await guess(31), 429);
      expect((await inject('10.4.0.1', { method: 'GET', url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).statusCode).toBe(200);
      expectNativeError(await inject('10.4.0.2', { method: 'GET', url, headers: { authorization: 'Bearer lb_guess-32' } }), 401);
    });
  });
}
