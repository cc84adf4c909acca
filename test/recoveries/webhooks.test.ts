import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { startReceiver, webhooksOf } from '../webhooks/fixture.ts';
import type { Json } from '../protections/fixture.ts';
import { protectedShop, recover, recoveriesUrl, recoveryDetails, simCalls, taggedWith, waitForRecovery, waitForReset } from './fixture.ts';

/** Recoveries and resets call the assembly's pre-/post-recovery and pre-/post-reset webhooks. */
for (const dialect of DIALECTS) {
  describe(`recovery and reset webhooks [${dialect}]`, () => {
    let t: TestApp;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    let shop: { connectionId: number; assemblyId: number; protectionId: string };
    let seq = 0;

    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'true' });
      receiver = await startReceiver();
      shop = await protectedShop(t);
    });
    afterAll(async () => {
      await receiver.close();
      await t.close();
    });

    const hooks = () => webhooksOf(t, shop.assemblyId);
    /** Sets the assembly's hook of that type (replacing an earlier one); its signing secret. */
    const hook = async (webhookType: string, path: string, extra: Json = {}) => {
      await t.request({ method: 'DELETE', url: `${hooks()}/${webhookType}` });
      const res = await t.request({ method: 'POST', url: hooks(), payload: { webhookType, url: receiver.url(path), retryAttempts: 3, ...extra } });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().secret as string;
    };
    const unhook = (webhookType: string) => t.request({ method: 'DELETE', url: `${hooks()}/${webhookType}` });
    const reset = (id: string) => t.request({ method: 'POST', url: `${recoveriesUrl(t, shop.assemblyId)}/${id}/reset` });
    const signed = (secret: string, delivery: { headers: Json; body: string }) =>
      `v1=${createHmac('sha256', secret).update(`${delivery.headers['x-lifeboat-timestamp']}.${delivery.body}`).digest('hex')}`;

    it('post-recovery and post-reset receive the outcome, signed, with the ids, names, timeline point and the resource mapping', async () => {
      const tag = `${dialect}-${++seq}`;
      const recoverySecret = await hook('post-recovery', `/ok?post-recovery-${tag}`);
      const resetSecret = await hook('post-reset', `/ok?post-reset-${tag}`);
      const id = await recover(t, shop.assemblyId, { recoveryName: 'hooked-drill' });
      const done = await waitForRecovery(t, shop.assemblyId, id);
      const delivery = await eventually(async () => receiver.on(`/ok?post-recovery-${tag}`)[0], 15_000, 'post-recovery delivery');
      expect(delivery.headers['x-lifeboat-signature']).toBe(signed(recoverySecret, delivery));
      const body = JSON.parse(delivery.body);
      expect(body.recovery).toMatchObject({ id, name: 'hooked-drill', status: 'completed', scope: 'same-region', targetRegion: 'us-east-1' });
      expect(body.cloudAssembly).toMatchObject({ id: shop.assemblyId, name: 'shop' });
      expect(body.cloudConnection).toMatchObject({ id: shop.connectionId, name: 'shop-aws' });
      expect(body.protection.id).toBe(shop.protectionId);
      expect(typeof body.protection.timestamp).toBe('number');
      expect(body.resources).toHaveLength(done.resources.length);
      const mapping = new Map(done.resources.map((r: Json) => [r.sourceResourceId, r.recoveredResourceId]));
      for (const r of body.resources) expect(r.recoveredResourceId).toBe(mapping.get(r.sourceResourceId));

      expect((await reset(id)).statusCode).toBe(202);
      expect((await waitForReset(t, shop.assemblyId, id)).status).toBe('completed');
      const after = await eventually(async () => receiver.on(`/ok?post-reset-${tag}`)[0], 15_000, 'post-reset delivery');
      expect(after.headers['x-lifeboat-signature']).toBe(signed(resetSecret, after));
      const resetBody = JSON.parse(after.body);
      expect(resetBody.recovery).toMatchObject({ id, resetStatus: 'completed' });
      expect(resetBody.resources.every((r: Json) => r.status === 'deleted')).toBe(true);
      await unhook('post-recovery');
      await unhook('post-reset');
    });

    it('a failing pre-recovery hook with failOnError fails the recovery before anything is made', async () => {
      await hook('pre-recovery', '/fail', { failOnError: true });
      const recreates = await simCalls(t, 'recreate');
      const id = await recover(t, shop.assemblyId, { recoveryName: 'blocked-drill' });
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(done.recoveryStatus).toBe('failed');
      expect(done.statusMessage).toMatch(/^pre-recovery webhook failed after 3 attempt\(s\)/);
      expect(done.resources).toEqual([]);
      expect(await simCalls(t, 'recreate')).toBe(recreates);
      await unhook('pre-recovery');
    });

    it('a failing pre-reset hook fails the reset (reset-status says so) and deletes nothing; without failOnError it goes on', async () => {
      const id = await recover(t, shop.assemblyId, { recoveryName: 'reset-hooked' });
      await waitForRecovery(t, shop.assemblyId, id);
      const made = (await taggedWith(t, id)).length;
      await hook('pre-reset', '/fail', { failOnError: true });
      expect((await reset(id)).statusCode).toBe(202);
      const failed = await waitForReset(t, shop.assemblyId, id);
      expect(failed.status).toBe('failed');
      expect(failed.message).toMatch(/^pre-reset webhook failed after 3 attempt\(s\)/);
      expect((await taggedWith(t, id)).length).toBe(made);
      await hook('pre-reset', '/fail', { failOnError: false });
      expect((await reset(id)).statusCode).toBe(202);
      expect((await waitForReset(t, shop.assemblyId, id)).status).toBe('completed');
      expect((await recoveryDetails(t, shop.assemblyId, id)).resetDeletedCount).toBe(made);
      await unhook('pre-reset');
    });
  });
}
