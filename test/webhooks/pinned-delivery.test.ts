import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookDelivery, type DeliveryDeps } from '../../src/modules/webhooks/deliver.ts';
import { webhooksRepo } from '../../src/modules/webhooks/repo.ts';
import type { WebhooksDb } from '../../src/modules/webhooks/store-types.ts';
import { narrow } from '../../src/platform/db/database.ts';
import type { Lookup } from '../../src/platform/net/target-check.ts';
import { createSecretBox, loadOrCreateMasterKey } from '../../src/platform/secrets.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { makeAssembly, makeConnection } from '../assemblies/fixture.ts';
import { startConnectionCounter, startReceiver, startTlsReceiver, webhooksOf } from './fixture.ts';

for (const dialect of DIALECTS) {
  describe(`webhooks: a delivery connects to the address it checked [${dialect}]`, () => {
    let t: TestApp;
    let connectionId: number;
    let n = 0;

    // The app allows private targets so that rows naming local test servers can be created through the API;
    // each test then delivers through its own webhookDelivery, with its own resolver and policy.
    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'true' });
      connectionId = await makeConnection(t);
    });
    afterAll(() => t.close());

    async function rowFor(url: string, extra: Record<string, unknown> = {}) {
      const assembly = await makeAssembly(t, connectionId, { name: `pinned-${++n}` });
      const res = await t.request({ method: 'POST', url: webhooksOf(t, assembly.id), payload: { webhookType: 'pre-reset', url, ...extra } });
      expect(res.statusCode, res.body).toBe(201);
      return (await webhooksRepo.find(narrow<WebhooksDb>(t.app.store).db, assembly.id, 'pre-reset'))!;
    }

    function deliveryWith(lookup: Lookup, allowPrivate: boolean) {
      const secrets = createSecretBox(loadOrCreateMasterKey(t.app.config.masterKey, t.app.config.dataDir));
      const deps: DeliveryDeps = { store: narrow<WebhooksDb>(t.app.store), secrets, allowPrivate, now: Date.now, lookup };
      return webhookDelivery(deps);
    }

    it('a name that rebinds to 127.0.0.1 after passing the check never reaches 127.0.0.1', async () => {
      const loopback = await startConnectionCounter();
      try {
        const asked: string[] = [];
        // The first answer is public; every later one is loopback (what a rebinding DNS server does).
        const rebinding: Lookup = async (host) => {
          asked.push(host);
          return asked.length === 1 ? ['93.184.216.34'] : ['127.0.0.1'];
        };
        const row = await rowFor(`https://localhost:${loopback.port}/hook`, { timeout: 1 });
        const result = await deliveryWith(rebinding, false).deliver(row, 'pre-reset', { x: 1 }, { backoffMs: () => 0 });
        expect(result.ok).toBe(false);
        expect(loopback.connections()).toBe(0);
        expect(asked).toEqual(['localhost', 'localhost', 'localhost']); // once per attempt, never again behind the check
        const log = await webhooksRepo.deliveries(narrow<WebhooksDb>(t.app.store).db, row.id, { offset: 0, limit: 10 });
        // Attempts 2 and 3 see the loopback answer at their own check and stop there.
        expect(log.rows.slice(1).map((r) => r.error)).toEqual(Array(2).fill('target refused: url must resolve only to globally routable unicast addresses'));
      } finally {
        await loopback.close();
      }
    }, 20_000);

    it('connects to the resolved address and keeps the URL name in the Host header', async () => {
      const receiver = await startReceiver();
      try {
        const port = new URL(receiver.url('/')).port;
        const asked: string[] = [];
        const lookup: Lookup = async (host) => { asked.push(host); return ['127.0.0.1']; };
        const row = await rowFor(`http://hooks.example:${port}/ok`);
        const result = await deliveryWith(lookup, true).deliver(row, 'pre-reset', { x: 1 });
        expect(result).toMatchObject({ ok: true, attempts: 1 });
        expect(asked).toEqual(['hooks.example']);
        expect(receiver.on('/ok').map((r) => r.headers.host)).toEqual([`hooks.example:${port}`]);
      } finally {
        await receiver.close();
      }
    });

    it('over https it sends the URL name as SNI and verifies the certificate (a self-signed one is refused)', async () => {
      const server = await startTlsReceiver('hooks.example');
      try {
        const lookup: Lookup = async () => ['127.0.0.1'];
        const row = await rowFor(`https://hooks.example:${server.port}/ok`, { timeout: 5 });
        const result = await deliveryWith(lookup, true).deliver(row, 'pre-reset', {}, { backoffMs: () => 0 });
        expect(result.ok).toBe(false);
        expect(result.error).toMatch(/certificate/i);
        expect(server.serverNames).toEqual(['hooks.example', 'hooks.example', 'hooks.example']);
        expect(server.requests).toEqual([]);
      } finally {
        await server.close();
      }
    }, 20_000);
  });
}
