import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError } from '../tenancy/native.ts';
import { assemblyUrl, createAssembly, createConnection, dbOf, getAssembly, shopFilter, startProtection, waitForProtection, type Json } from '../protections/fixture.ts';
import { recover, recoveriesUrl, waitForRecovery, waitForReset } from './fixture.ts';

const SECRET = 'wv-secret-0123456789-abcdefghij';
const OTHER_SECRET = 'wv-other-secret-9876543210-zyx';

interface Call { readonly path: string; readonly headers: http.IncomingHttpHeaders; readonly body: Json; readonly signed: boolean }

/**
 * A receiver a user would write: it checks X-Lifeboat-Signature against the secret it knows (401 when it does not
 * match) and answers by path: /pass and /fail a verdict with details, /slow too late, /garbage not JSON, /no-verdict JSON
 * without passed, /error a 500, /huge more than 64 KiB, /long-details a verdict whose details are 40,000 characters.
 */
async function startValidatorReceiver(secretOf: () => string) {
  const calls: Call[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const expected = `v1=${createHmac('sha256', secretOf()).update(`${String(req.headers['x-lifeboat-timestamp'])}.${raw}`).digest('hex')}`;
      const given = String(req.headers['x-lifeboat-signature'] ?? '');
      const signed = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
      const path = req.url ?? '/';
      calls.push({ path, headers: req.headers, body: JSON.parse(raw) as Json, signed });
      const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (!signed) return json(401, { error: 'bad signature' });
      switch (path) {
        case '/pass': return json(200, { passed: true, details: { orders: 42, checkout: 'ok' } });
        case '/fail': return json(200, { passed: false, details: 'checkout answered 500' });
        case '/slow': return void setTimeout(() => json(200, { passed: true }), 3_000);
        case '/garbage': return res.writeHead(200).end('<html>all good</html>');
        case '/no-verdict': return json(200, { details: 'forgot the verdict' });
        case '/error': return json(500, { passed: true });
        case '/huge': return json(200, { passed: true, details: 'x'.repeat(70 * 1024) });
        case '/long-details': return json(200, { passed: true, details: 'y'.repeat(40_000) });
        default: return json(404, {});
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    calls,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** An assembly's webhook validators: a signed POST of the recovery's mapping, whose receiver passes or fails the drill. */
for (const dialect of DIALECTS) {
  describe(`recoveries: webhook validators [${dialect}]`, () => {
    let t: TestApp;
    let connectionId: number;
    let receiver: Awaited<ReturnType<typeof startValidatorReceiver>>;
    let receiverSecret = SECRET;

    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'true' });
      connectionId = await createConnection(t, 'wv-aws');
      receiver = await startValidatorReceiver(() => receiverSecret);
    });
    afterAll(async () => {
      await receiver.close();
      await t.close();
    });

    const webhook = (name: string, path: string, extra: Json = {}) => ({ type: 'webhook', name, url: receiver.url(path), secret: SECRET, ...extra });
    const check = (done: Json, name: string) => done.validation.checks.find((c: Json) => c.name === name);
    const createBody = (name: string, validators: Json[]) =>
      ({ name, cloudConnectionId: connectionId, sourceRegion: 'us-east-1', resourceFilterStrategy: shopFilter(), validators });

    async function protectedShop(name: string, validators: Json[]): Promise<number> {
      const assemblyId = await createAssembly(t, connectionId, name, { validators });
      const protectionId = await startProtection(t, assemblyId);
      expect((await waitForProtection(t, assemblyId, protectionId)).status).toBe('success');
      return assemblyId;
    }
    async function drill(assemblyId: number, name: string): Promise<Json> {
      const id = await recover(t, assemblyId, { recoveryName: name });
      const done = await waitForRecovery(t, assemblyId, id, undefined, 40_000);
      await t.request({ method: 'POST', url: `${recoveriesUrl(t, assemblyId)}/${id}/reset` });
      await waitForReset(t, assemblyId, id);
      return done;
    }

    it("a receiver's verdict passes or fails the drill, its details kept; every other answer fails it saying which; the secret is never shown", async () => {
      const assemblyId = await protectedShop('wv-verdicts', [
        webhook('passes', '/pass'),
        webhook('fails', '/fail'),
        webhook('slow', '/slow', { timeoutSeconds: 1 }),
        webhook('garbage', '/garbage'),
        webhook('no-verdict', '/no-verdict'),
        webhook('errors', '/error'),
        webhook('huge', '/huge'),
        webhook('long-details', '/long-details'),
      ]);
      const assembly = await getAssembly(t, assemblyId);
      expect(assembly.validators[0]).toEqual({ type: 'webhook', name: 'passes', url: receiver.url('/pass'), secretSet: true });
      expect(assembly.validators[2]).toMatchObject({ name: 'slow', timeoutSeconds: 1, secretSet: true });

      const done = await drill(assemblyId, 'wv-verdicts');
      expect(done.validation.status).toBe('failed');
      expect(done.recoveryStatus).toBe('partially-completed');
      expect(check(done, 'validator:passes')).toMatchObject({ status: 'passed', details: { orders: 42, checkout: 'ok' } });
      expect(check(done, 'validator:passes').message).toContain('the receiver passed the recovery');
      expect(check(done, 'validator:fails')).toMatchObject({ status: 'failed', details: 'checkout answered 500', message: expect.stringContaining('the receiver failed the recovery') });
      expect(check(done, 'validator:slow')).toMatchObject({ status: 'failed', message: `POST ${receiver.url('/slow')} had no answer within 1 s` });
      expect(check(done, 'validator:garbage')).toMatchObject({ status: 'failed', message: expect.stringContaining('its body is not JSON') });
      expect(check(done, 'validator:no-verdict')).toMatchObject({ status: 'failed', message: expect.stringContaining('no boolean "passed"') });
      expect(check(done, 'validator:errors')).toMatchObject({ status: 'failed', message: expect.stringContaining('answered 500') });
      expect(check(done, 'validator:huge')).toMatchObject({ status: 'failed', message: expect.stringContaining('more than 64 KiB') });
      const long = check(done, 'validator:long-details');
      expect(long.status).toBe('passed');
      expect(long.details).toEqual(expect.stringContaining('(cut: the receiver\'s details were 40002 characters of JSON)'));
      expect(long.details.length).toBeLessThan(17_000);
      for (const name of ['garbage', 'no-verdict', 'errors', 'slow']) expect(check(done, `validator:${name}`)).not.toHaveProperty('details');

      // What the receiver got: signed, the event and a delivery id per check, the whole mapping.
      const passes = receiver.calls.filter((c) => c.path === '/pass');
      expect(passes).toHaveLength(1);
      const call = passes[0]!;
      expect(call.signed).toBe(true);
      expect(call.headers['x-lifeboat-event']).toBe('recovery-validation');
      expect(call.headers['x-lifeboat-delivery']).toBe(`${done.id}-check-3`);
      expect(receiver.calls.find((c) => c.path === '/fail')!.headers['x-lifeboat-delivery']).toBe(`${done.id}-check-4`);
      expect(call.body).toMatchObject({
        event: 'recovery-validation', validator: { name: 'passes' },
        cloudAssembly: { id: assemblyId, name: 'wv-verdicts' }, protection: { id: done.protectionId },
        recovery: { id: done.id, name: 'wv-verdicts', targetRegion: done.targetRegion },
        targetCloudConnection: { id: connectionId, name: 'wv-aws' },
      });
      expect(call.body.resources).toHaveLength(done.resources.length);
      const bucket = call.body.resources.find((r: Json) => r.sourceResourceId === 'lifeboat-demo-shop-assets');
      const recovered = done.resources.find((r: Json) => r.sourceResourceId === 'lifeboat-demo-shop-assets');
      expect(bucket).toMatchObject({
        name: 'lifeboat-demo-shop-assets', type: 's3:bucket', sourceArn: expect.stringContaining('lifeboat-demo-shop-assets'),
        recoveredResourceId: recovered.recoveredResourceId, recoveredArn: recovered.recoveredArn, status: 'recovered',
      });

      // The report carries the details too, in JSON and on the page.
      const report = await t.request({ method: 'GET', url: `${recoveriesUrl(t, assemblyId)}/${done.id}/report` });
      expect(report.statusCode, report.body).toBe(200);
      expect(report.json().validation.checks.find((c: Json) => c.name === 'validator:passes').details).toEqual({ orders: 42, checkout: 'ok' });
      const page = await t.request({ method: 'GET', url: `${recoveriesUrl(t, assemblyId)}/${done.id}/report`, headers: { accept: 'text/html' } });
      expect(page.body).toContain('checkout answered 500');

      // Nowhere to be read: answers, the audit trail, the logs, the store (sealed).
      const list = await t.request({ method: 'GET', url: `${t.P}/cloud-assemblies` });
      const events = await t.request({ method: 'GET', url: `${t.P}/events` });
      const stored = await dbOf(t).selectFrom('cloud_assemblies').select('validators').where('id', '=', assemblyId).executeTakeFirstOrThrow();
      expect(JSON.parse(stored.validators)[0].secretSealed).toMatch(/^v1\./);
      for (const text of [JSON.stringify(assembly), list.body, events.body, report.body, page.body, t.logs.join('\n'), stored.validators]) {
        expect(text).not.toContain(SECRET);
      }
    }, 90_000);

    it('replacing the validators without the secret keeps it (the receiver still verifies the signature); a new one without a secret is refused', async () => {
      const assemblyId = await protectedShop('wv-replace', [webhook('receiver', '/pass')]);
      const put = (validators: Json[]) => t.request({ method: 'PUT', url: `${assemblyUrl(t, assemblyId)}/resources`, payload: { resourceFilterStrategy: shopFilter(), validators } });
      const { secret: _, ...withoutSecret } = webhook('receiver', '/pass', { timeoutSeconds: 20 });
      const kept = await put([withoutSecret]);
      expect(kept.statusCode, kept.body).toBe(200);
      expect(kept.json().validators).toEqual([{ type: 'webhook', name: 'receiver', url: receiver.url('/pass'), timeoutSeconds: 20, secretSet: true }]);

      const renamed = await put([{ ...withoutSecret, name: 'renamed' }]);
      expectFieldError(renamed, 'validators.0.secret');
      expect((await getAssembly(t, assemblyId)).validators[0].name).toBe('receiver');

      const done = await drill(assemblyId, 'wv-kept');
      expect(check(done, 'validator:receiver')).toMatchObject({ status: 'passed', details: { orders: 42, checkout: 'ok' } });
      expect(receiver.calls.filter((c) => c.body.recovery?.id === done.id).every((c) => c.signed)).toBe(true);

      // A new secret replaces it: the receiver that still expects the old one answers 401, and the drill fails.
      expect((await put([{ ...withoutSecret, secret: OTHER_SECRET }])).statusCode).toBe(200);
      const stale = await drill(assemblyId, 'wv-stale');
      expect(check(stale, 'validator:receiver')).toMatchObject({ status: 'failed', message: expect.stringContaining('answered 401') });
      receiverSecret = OTHER_SECRET;
      try {
        const fresh = await drill(assemblyId, 'wv-fresh');
        expect(check(fresh, 'validator:receiver').status).toBe('passed');
      } finally {
        receiverSecret = SECRET;
      }
      expect(t.logs.join('\n')).not.toContain(OTHER_SECRET);
    }, 90_000);

    it('bad webhook validators are a 400 naming the field, on create and on replace; nothing is written and no error echoes the secret', async () => {
      const cases: Array<[Json, string]> = [
        [{ ...webhook('w', '/pass'), secret: undefined }, 'validators.0.secret'],
        [{ ...webhook('w', '/pass'), secret: 'too-short' }, 'validators.0.secret'],
        [{ ...webhook('w', '/pass'), secret: 's'.repeat(257) }, 'validators.0.secret'],
        [{ ...webhook('w', '/pass'), url: 'ftp://example.com/hook' }, 'validators.0.url'],
        [{ ...webhook('w', '/pass'), url: 'https://user:pw@example.com/hook' }, 'validators.0.url'],
        [{ ...webhook('w', '/pass'), url: 'not a url at all' }, 'validators.0.url'],
        [{ ...webhook('w', '/pass'), timeoutSeconds: 0 }, 'validators.0.timeoutSeconds'],
        [{ ...webhook('w', '/pass'), timeoutSeconds: 301 }, 'validators.0.timeoutSeconds'],
        [{ ...webhook('w', '/pass'), expectedStatus: 200 }, 'validators.0.expectedStatus'],
      ];
      for (const [validator, field] of cases) {
        const res = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-assemblies`, payload: createBody('wv-refused', [JSON.parse(JSON.stringify(validator))]) });
        expect(Object.keys(expectFieldError(res, field).fieldErrors), JSON.stringify(validator)).toContain(field);
        expect(res.body).not.toContain(SECRET);
      }
      expect(await dbOf(t).selectFrom('cloud_assemblies').select('id').where('name', '=', 'wv-refused').execute()).toEqual([]);

      const assemblyId = await createAssembly(t, connectionId, 'wv-refused-update', { validators: [webhook('w', '/pass')] });
      const before = await dbOf(t).selectFrom('cloud_assemblies').select(['validators', 'version']).where('id', '=', assemblyId).executeTakeFirstOrThrow();
      const res = await t.request({
        method: 'PUT', url: `${assemblyUrl(t, assemblyId)}/resources`,
        payload: { resourceFilterStrategy: shopFilter(), validators: [webhook('w', '/pass', { url: 'gopher://x' }), webhook('v', '/pass', { secret: undefined })] },
      });
      const errors = expectFieldError(res, 'validators.0.url').fieldErrors;
      expect(Object.keys(errors)).toEqual(expect.arrayContaining(['validators.0.url', 'validators.1.secret']));
      expect(await dbOf(t).selectFrom('cloud_assemblies').select(['validators', 'version']).where('id', '=', assemblyId).executeTakeFirstOrThrow()).toEqual(before);
    });

    it('a recovered bucket short of its snapshot\'s objects fails resources-ready, naming the bucket and both counts', async () => {
      const assemblyId = await protectedShop('wv-bucket', []);
      const protection = await dbOf(t).selectFrom('protection_resources').innerJoin('protections', 'protections.id', 'protection_resources.protection_id')
        .select('snapshot_object_count').where('protections.assembly_id', '=', assemblyId).where('resource_id', '=', 'lifeboat-demo-shop-assets').executeTakeFirstOrThrow();
      const count = Number(protection.snapshot_object_count);
      expect(count).toBeGreaterThan(1);

      const whole = await drill(assemblyId, 'wv-bucket-whole');
      expect(check(whole, 'resources-ready').status).toBe('passed');

      await t.app.sim!.addFault({ operation: 'restoreObjects', match: { resourceId: 'lifeboat-demo-shop-assets' }, errorCode: 'InternalError', count: 1 });
      const short = await drill(assemblyId, 'wv-bucket-short');
      const bucket = short.resources.find((r: Json) => r.sourceResourceId === 'lifeboat-demo-shop-assets');
      expect(short.validation.status).toBe('failed');
      expect(check(short, 'resources-ready')).toMatchObject({
        status: 'failed', resourceIds: ['lifeboat-demo-shop-assets'],
        message: expect.stringContaining(`lifeboat-demo-shop-assets (${bucket.recoveredResourceId}): holds ${Math.floor(count / 2)} objects; its snapshot held ${count}`),
      });
      expect(bucket.readyAt).toBeNull();
      expect(short.rtoSeconds).toBeNull();
    }, 90_000);
  });
}
