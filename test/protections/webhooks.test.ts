import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { startReceiver } from '../webhooks/fixture.ts';

/** Protections call the assembly's pre- and post-protection webhooks. */
for (const dialect of DIALECTS) {
  describe(`protection webhooks [${dialect}]`, () => {
    let t: TestApp;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    let connectionId: number;
    let seq = 0;

    const assembly = async () => {
      const a = (await t.request({
        method: 'POST', url: `${t.P}/aws/cloud-assemblies`,
        payload: { name: `hooked-${++seq}`, cloudConnectionId: connectionId, sourceRegion: 'us-east-1', resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] } },
      })).json();
      return `${t.P}/aws/cloud-assemblies/${a.id}`;
    };
    const hook = async (base: string, webhookType: string, path: string, extra: Record<string, unknown> = {}) => {
      const res = await t.request({ method: 'POST', url: `${base}/webhooks`, payload: { webhookType, url: receiver.url(path), retryAttempts: 3, ...extra } });
      expect(res.statusCode).toBe(201);
      return res.json().secret as string;
    };
    const protect = async (base: string) => {
      const id = (await t.request({ method: 'POST', url: `${base}/protections` })).json().id as string;
      const status = await eventually(async () => {
        const s = (await t.request({ method: 'GET', url: `${base}/protections/status?protection_id=${id}` })).json().status;
        return ['success', 'failed', 'partially-protected', 'skipped'].includes(s) && s;
      }, 20_000, 'protection outcome');
      return { id, status };
    };

    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'true' });
      receiver = await startReceiver();
      connectionId = (await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody() })).json().id;
      await eventually(async () => (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${connectionId}` })).json().connectivityStatus === 'success');
    });
    afterAll(async () => {
      await receiver.close();
      await t.close();
    });

    it('a post-protection hook receives the outcome, signed, with the ids and names', async () => {
      const base = await assembly();
      const secret = await hook(base, 'post-protection', `/ok?post-${dialect}`);
      const { id, status } = await protect(base);
      expect(status).toBe('success');
      const delivery = await eventually(async () => receiver.on(`/ok?post-${dialect}`)[0], 15_000, 'post-protection delivery');
      const body = JSON.parse(delivery.body);
      expect(body.protection).toMatchObject({ id, status: 'success' });
      expect(body.cloudAssembly.name).toMatch(/^hooked-/);
      expect(body.cloudConnection).toMatchObject({ id: connectionId, name: 'prod-aws' });
      const expected = createHmac('sha256', secret).update(`${delivery.headers['x-lifeboat-timestamp']}.${delivery.body}`).digest('hex');
      expect(delivery.headers['x-lifeboat-signature']).toBe(`v1=${expected}`);
    });

    it('a pre-protection hook that fails with failOnError fails the protection, saying why, before anything is snapshotted', async () => {
      const base = await assembly();
      await hook(base, 'pre-protection', '/fail', { failOnError: true });
      const { id, status } = await protect(base);
      expect(status).toBe('failed');
      const details = (await t.request({ method: 'GET', url: `${base}/protections/${id}` })).json();
      expect(details.statusMessage).toMatch(/pre-protection webhook failed/);
      expect(details.resourceCount).toBe(0);
      expect(await t.app.sim!.countSnapshots({ protectionId: id })).toBe(0);
    });

    it('a pre-protection hook that fails without failOnError lets the protection go on', async () => {
      const base = await assembly();
      await hook(base, 'pre-protection', '/fail', { failOnError: false });
      expect((await protect(base)).status).toBe('success');
    });
  });
}
