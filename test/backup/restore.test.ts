import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupCatalog, restoreCatalog } from '../../src/app/catalog-backup.ts';
import type { DialectName } from '../../src/platform/db/database.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createTestDatabase, TEST_PG_URL, type TestDatabase } from '../helpers/stores.ts';
import { assemblyUrl, startProtection, TERMINAL, waitForProtection } from '../protections/fixture.ts';
import { protectedShop, recover, recoveriesUrl, waitForRecovery, waitForReset } from '../recoveries/fixture.ts';
import { configFor, startOn } from './fixture.ts';

const PASSPHRASE = 'correct horse battery staple';

const PAIRS: Array<[DialectName, DialectName]> = [
  ['sqlite', 'sqlite'],
  ...(TEST_PG_URL ? [['sqlite', 'postgres'], ['postgres', 'sqlite']] as Array<[DialectName, DialectName]> : []),
];

/**
 * Lifeboat survives its own disaster: a server is backed up while a protection runs, the old instance is lost, the
 * archive is restored onto a fresh database (another data dir, or the other kind of database), and the restored
 * instance finishes that protection, serves what the old one served, recovers from a recovery point taken before the
 * backup and resets that recovery.
 */
describe.each(PAIRS)('catalog backup on %s, restored onto %s', (from, to) => {
  it('backed up mid-protection; the restored instance finishes it, recovers from an earlier point and resets it', async () => {
    const source = await startTestApp(from);
    let target: TestDatabase | undefined;
    let restored: TestApp | undefined;
    const archive = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-backup-')), 'catalog.lbk');
    try {
      const shop = await protectedShop(source);
      const webhook = await source.request({
        method: 'POST', url: `${assemblyUrl(source, shop.assemblyId)}/webhooks`, payload: { webhookType: 'post-reset', url: 'https://hooks.example.com/lifeboat' },
      });
      expect(webhook.statusCode, webhook.body).toBe(201);
      const serviceAccount = await source.request({ method: 'POST', url: `/api/v1/accounts/${source.accountId}/service-accounts`, payload: { name: 'ci-bot', role: 'operator' } });
      expect(serviceAccount.statusCode, serviceAccount.body).toBe(201);
      // Snapshots take 1.5 s each from now on: the next protection is still running when the backup is taken.
      await source.app.sim!.addFault({ operation: 'snapshot', latencyMs: 1500 });
      const running = await startProtection(source, shop.assemblyId);
      await waitForProtection(source, shop.assemblyId, running, ['in-progress']);
      const seen = async (t: TestApp) => ({
        connection: (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${shop.connectionId}` })).json(),
        assembly: (await t.request({ method: 'GET', url: assemblyUrl(t, shop.assemblyId) })).json().name,
        timeline: (await t.request({ method: 'GET', url: `${assemblyUrl(t, shop.assemblyId)}/protections` })).json(),
        webhooks: (await t.request({ method: 'GET', url: `${assemblyUrl(t, shop.assemblyId)}/webhooks` })).json(),
        serviceAccounts: (await t.request({ method: 'GET', url: `/api/v1/accounts/${t.accountId}/service-accounts` })).json(),
      });
      const summary = await backupCatalog(source.app.config, { out: archive, passphrase: PASSPHRASE });
      const before = await seen(source);
      expect(summary.sealedWith).toBe('passphrase');
      expect(summary.manifest.protections).toBe(2);
      expect(summary.manifest.cloud_connections).toBe(1);
      expect(summary.manifest.webhooks).toBe(1);
      await source.close(); // the old instance is gone, with its database

      target = await createTestDatabase(to);
      const report = await restoreCatalog(archive, configFor(target), { passphrase: PASSPHRASE });
      expect(report.targetDialect).toBe(to);
      expect(report.resumedJobs.map((job) => job.kind)).toContain('protections.run');
      restored = await startOn(target);
      target = undefined; // restored.close() drops it

      const after = await seen(restored);
      expect(after.connection.name).toBe(before.connection.name);
      expect(after.assembly).toBe(before.assembly);
      expect(after.webhooks).toEqual(before.webhooks);
      expect(after.serviceAccounts).toEqual(before.serviceAccounts);
      expect(JSON.stringify(after.timeline)).toContain(running);

      // The protection that was running at backup time is finished by the restored instance's worker.
      const finished = await waitForProtection(restored, shop.assemblyId, running, TERMINAL, 40_000);
      expect(['success', 'partially-protected']).toContain(finished.status);
      await restored.app.sim!.clearFaults();

      // A recovery from the recovery point taken before the backup, then its reset.
      const id = await recover(restored, shop.assemblyId, {
        recoveryName: 'after-restore', protectionId: shop.protectionId, recoveryScope: 'same-region', recoveryMode: 'rebuild', resourceFilterStrategy: { type: 'all' },
      });
      expect((await waitForRecovery(restored, shop.assemblyId, id)).recoveryStatus).toBe('completed');
      expect((await restored.request({ method: 'POST', url: `${recoveriesUrl(restored, shop.assemblyId)}/${id}/reset` })).statusCode).toBe(202);
      expect((await waitForReset(restored, shop.assemblyId, id)).status).toBe('completed');
    } finally {
      await restored?.close();
      await target?.drop();
      fs.rmSync(path.dirname(archive), { recursive: true, force: true });
      await source.close().catch(() => undefined);
    }
  }, 120_000);
});
