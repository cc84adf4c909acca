import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { narrow } from '../../src/platform/db/database.ts';
import type { WebhooksDb } from '../../src/modules/webhooks/store-types.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { makeAssembly, makeConnection } from '../assemblies/fixture.ts';
import { startReceiver, webhooksOf } from './fixture.ts';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

for (const dialect of DIALECTS) {
  describe(`webhooks: signed deliveries, retries and the log [${dialect}]`, () => {
    let t: TestApp;
    let receiver: Receiver;
    let connectionId: number;
    let n = 0;
    /** The webhooks module takes a transaction on its own tables (the app's store holds every module's). */
    const webhooksStore = () => narrow<WebhooksDb>(t.app.store);

    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'true' });
      receiver = await startReceiver();
      connectionId = await makeConnection(t);
    });
    afterAll(async () => {
      await receiver.close();
      await t.close();
    });

    /** A fresh assembly with one webhook; returns its id, the webhook URL and the secret. */
    async function hooked(type: string, path: string, extra: Record<string, unknown> = {}) {
      const assembly = await makeAssembly(t, connectionId, { name: `shop-${++n}` });
      const res = await t.request({ method: 'POST', url: webhooksOf(t, assembly.id), payload: { webhookType: type, url: receiver.url(path), ...extra } });
      expect(res.statusCode, res.body).toBe(201);
      return { assemblyId: assembly.id, url: `${webhooksOf(t, assembly.id)}/${type}`, secret: res.json().secret as string };
    }
    const log = async (url: string) => {
      const res = await t.request({ method: 'GET', url: `${url}/deliveries` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Array<{ deliveryId: string; attempt: number; status: string; responseStatus: number | null; error: string | null; event: string; payload: unknown; durationMs: number | null }>;
    };

    it('accepts plain http and loopback targets when the instance allows private addresses', async () => {
      const { url } = await hooked('post-reset', '/ok');
      expect((await t.request({ method: 'GET', url })).json().url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ok$/);
    });

    it('runPreHook is ok when the assembly has no hook, or a disabled one', async () => {
      const assembly = await makeAssembly(t, connectionId, { name: `bare-${++n}` });
      expect(await t.app.webhooks.runPreHook(assembly.id, 'pre-protection', { x: 1 })).toEqual({ ok: true });
      const { assemblyId } = await hooked('pre-protection', '/fail', { enabled: false, failOnError: true });
      const before = receiver.on('/fail').length;
      expect(await t.app.webhooks.runPreHook(assemblyId, 'pre-protection', { x: 1 })).toEqual({ ok: true });
      expect(receiver.on('/fail').length).toBe(before);
    });

    it('delivers a signed POST: headers, body, and an HMAC the receiver can recompute', async () => {
      const { assemblyId, url, secret } = await hooked('pre-protection', '/ok', { failOnError: true });
      const payload = { assembly: { id: assemblyId, name: 'shop' }, protection: { id: 'prot-1' } };
      expect(await t.app.webhooks.runPreHook(assemblyId, 'pre-protection', payload)).toEqual({ ok: true });
      const [got] = receiver.on('/ok').slice(-1);
      expect(got!.headers['content-type']).toBe('application/json');
      expect(got!.headers['x-lifeboat-event']).toBe('pre-protection');
      expect(JSON.parse(got!.body)).toEqual(payload);
      const timestamp = got!.headers['x-lifeboat-timestamp'] as string;
      expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(30);
      const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${got!.body}`).digest('hex')}`;
      expect(got!.headers['x-lifeboat-signature']).toBe(expected);
      const entries = await log(url);
      expect(entries).toEqual([expect.objectContaining({
        deliveryId: got!.headers['x-lifeboat-delivery'], attempt: 1, status: 'succeeded', responseStatus: 200, error: null, event: 'pre-protection', payload,
      })]);
      expect(entries[0]!.durationMs).toBeGreaterThanOrEqual(0);
      expect(JSON.stringify(entries)).not.toContain(secret);
      expect(t.logs.join('\n')).not.toContain(secret);
    });

    it('retries after 500s with the same delivery id, then succeeds; every attempt is logged', async () => {
      const path = `/flaky/2/pre-${n}`;
      const { assemblyId, url } = await hooked('pre-recovery', path, { failOnError: true });
      expect(await t.app.webhooks.runPreHook(assemblyId, 'pre-recovery', { step: 'recover' })).toEqual({ ok: true });
      const calls = receiver.on(path);
      expect(calls).toHaveLength(3);
      expect(new Set(calls.map((c) => c.headers['x-lifeboat-delivery'])).size).toBe(1);
      expect((await log(url)).map((e) => [e.attempt, e.status, e.responseStatus])).toEqual([[1, 'failed', 500], [2, 'failed', 500], [3, 'succeeded', 204]]);
    });

    it('fails after the attempts are used up: failOnError stops the caller, without it the caller goes on', async () => {
      const stop = await hooked('pre-reset', '/fail', { failOnError: true, retryAttempts: 3 });
      const result = await t.app.webhooks.runPreHook(stop.assemblyId, 'pre-reset', { step: 'reset' });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/3 attempt\(s\).*500/);
      const entries = await log(stop.url);
      expect(entries.map((e) => [e.attempt, e.status, e.responseStatus])).toEqual([[1, 'failed', 500], [2, 'failed', 500], [3, 'failed', 500]]);
      expect(entries.every((e) => e.error === 'answered 500')).toBe(true);

      const goOn = await hooked('pre-reset', '/fail', { failOnError: false });
      expect(await t.app.webhooks.runPreHook(goOn.assemblyId, 'pre-reset', {})).toEqual({ ok: true });
      expect(await log(goOn.url)).toHaveLength(3);
    });

    it('times an attempt out after the webhook timeout', async () => {
      const { assemblyId, url } = await hooked('pre-protection', '/hang', { failOnError: true, timeout: 1 });
      const result = await t.app.webhooks.runPreHook(assemblyId, 'pre-protection', {});
      expect(result.ok).toBe(false);
      const entries = await log(url);
      expect(entries).toHaveLength(3);
      expect(entries.every((e) => e.status === 'failed' && e.responseStatus === null && /timed out after 1 s/.test(e.error ?? ''))).toBe(true);
    }, 20_000);

    it('queues post-* hooks as durable jobs in the caller transaction: retried after a 500, then delivered', async () => {
      const path = `/flaky/1/post-${n}`;
      const { assemblyId, url, secret } = await hooked('post-protection', path);
      await webhooksStore().transaction((trx) => t.app.webhooks.queuePostHook(trx, assemblyId, 'post-protection', { protection: { id: 'p-9', status: 'success' } }));
      const entries = await eventually(async () => {
        const e = await log(url);
        return e.some((x) => x.status === 'succeeded') && e;
      }, 15_000, 'the post-protection delivery');
      expect(entries.map((e) => [e.attempt, e.status, e.responseStatus])).toEqual([[1, 'failed', 500], [2, 'succeeded', 204]]);
      const calls = receiver.on(path);
      expect(calls).toHaveLength(2);
      const last = calls[1]!;
      expect(last.headers['x-lifeboat-signature']).toBe(`v1=${createHmac('sha256', secret).update(`${last.headers['x-lifeboat-timestamp']}.${last.body}`).digest('hex')}`);
      const job = await t.app.store.db.selectFrom('jobs').selectAll().where('kind', '=', 'webhooks.deliver').orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(job.payload).not.toContain(secret);
    }, 20_000);

    it('a queued post-* hook fails for good after retryAttempts attempts, each logged', async () => {
      const { assemblyId, url } = await hooked('post-recovery', '/fail', { retryAttempts: 3 });
      await webhooksStore().transaction((trx) => t.app.webhooks.queuePostHook(trx, assemblyId, 'post-recovery', { recovery: { id: 'r-1' } }));
      await eventually(async () => {
        const job = await t.app.store.db.selectFrom('jobs').select(['status', 'attempts']).where('kind', '=', 'webhooks.deliver').orderBy('id', 'desc').executeTakeFirstOrThrow();
        return job.status === 'failed' && job;
      }, 20_000, 'the post-recovery job to fail');
      expect((await log(url)).map((e) => [e.attempt, e.status])).toEqual([[1, 'failed'], [2, 'failed'], [3, 'failed']]);
    }, 25_000);

    it('a rolled-back transaction queues nothing', async () => {
      const path = `/flaky/0/rollback-${n}`;
      const { assemblyId } = await hooked('post-reset', path);
      await expect(webhooksStore().transaction(async (trx) => {
        await t.app.webhooks.queuePostHook(trx, assemblyId, 'post-reset', {});
        throw new Error('rolled back');
      })).rejects.toThrow('rolled back');
      await new Promise((r) => setTimeout(r, 300));
      expect(receiver.on(path)).toHaveLength(0);
    });
  });
}
