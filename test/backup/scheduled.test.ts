import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyArchive } from '../../src/app/catalog-backup.ts';
import { folderTarget, s3Target, startCatalogBackups } from '../../src/app/catalog-schedule.ts';
import { ConfigError, loadConfig } from '../../src/platform/config.ts';
import { createLogger } from '../../src/platform/logging.ts';
import { createMetrics } from '../../src/platform/metrics.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { ARCHIVE_MAGIC } from '../../src/platform/backup/archive.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { configFor, startOn } from './fixture.ts';

const START = Date.parse('2026-12-04T06:00:00Z');

describe('scheduled catalog backups', () => {
  let t: TestApp | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('write archives to LIFEBOAT_CATALOG_BACKUP_DIR, keep the newest N, and report the last outcome on /readyz and /metrics', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-backups-'));
    let clock = START;
    t = await startTestApp('sqlite', { LIFEBOAT_CATALOG_BACKUP_DIR: dir, LIFEBOAT_CATALOG_BACKUP_KEEP: '2' }, { now: () => clock });
    const ready = async () => (await t!.request({ method: 'GET', url: '/readyz', token: null })).json();
    expect((await ready()).checks.catalogBackup).toBe('none yet (next at 2026-12-04T12:00:00.000Z)'); // default: every 6 hours

    for (let i = 0; i < 3; i++) {
      expect((await t.app.catalogBackups!.runOnce()).outcome).toBe('success');
      clock += 6 * 3600_000;
    }
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['lifeboat-catalog-20261204T120000Z.lbk', 'lifeboat-catalog-20261204T180000Z.lbk']);
    expect(fs.statSync(path.join(dir, files[1]!)).mode & 0o077).toBe(0);
    // Sealed with the instance's master key: it verifies with that key.
    const { payload } = await verifyArchive(path.join(dir, files[1]!), configFor(t.database), undefined);
    expect(payload.manifest.accounts).toBe(1);
    expect((await ready()).status).toBe('ok');
    expect((await ready()).checks.catalogBackup).toMatch(/^ok at 2026-12-04T18:00:00.000Z: lifeboat-catalog-20261204T180000Z.lbk \(\d+ rows, \d+ bytes\) to /);
    let metrics = (await t.request({ method: 'GET', url: '/metrics', token: null })).body;
    expect(metrics).toContain('lifeboat_catalog_backup_last_success 1');
    expect(metrics).toContain('lifeboat_catalog_backups_total{outcome="success"} 3');
    expect(metrics).toMatch(/lifeboat_catalog_backup_last_timestamp_seconds\{outcome="success"\} 1796407200/);

    // The folder became a file: the backup fails, readiness stays ok and says so.
    fs.rmSync(dir, { recursive: true });
    fs.writeFileSync(dir, 'in the way');
    const failed = await t.app.catalogBackups!.runOnce();
    expect(failed.outcome).toBe('failure');
    expect((await ready()).status).toBe('ok');
    expect((await ready()).checks.catalogBackup).toMatch(/^failed at 2026-12-05T00:00:00.000Z: /);
    metrics = (await t.request({ method: 'GET', url: '/metrics', token: null })).body;
    expect(metrics).toContain('lifeboat_catalog_backup_last_success 0');
    expect(metrics).toContain('lifeboat_catalog_backups_total{outcome="failure"} 1');
    expect(t.logs.join('')).toContain('catalog backup failed');
  }, 60_000);

  it('its settings are checked at start-up, naming the variable', () => {
    expect(() => loadConfig({ LIFEBOAT_CATALOG_BACKUP_DIR: '/b', LIFEBOAT_CATALOG_BACKUP_SCHEDULE: 'hourly' })).toThrow(ConfigError);
    expect(() => loadConfig({ LIFEBOAT_CATALOG_BACKUP_DIR: '/b', LIFEBOAT_CATALOG_BACKUP_SCHEDULE: 'hourly' })).toThrow(/LIFEBOAT_CATALOG_BACKUP_SCHEDULE: must be a 5-field cron/);
    expect(() => loadConfig({ LIFEBOAT_CATALOG_BACKUP_DIR: '/b', LIFEBOAT_CATALOG_BACKUP_KEEP: '0' })).toThrow(/LIFEBOAT_CATALOG_BACKUP_KEEP: must be between 1/);
    expect(() => loadConfig({ LIFEBOAT_CATALOG_BACKUP_S3: 's3://dr-bucket/lifeboat' })).toThrow(/LIFEBOAT_CATALOG_BACKUP_S3: needs the AWS driver/);
    expect(() => loadConfig({ LIFEBOAT_CLOUD: 'aws', LIFEBOAT_CATALOG_BACKUP_S3: 'https://dr-bucket' })).toThrow(/LIFEBOAT_CATALOG_BACKUP_S3: must be s3:\/\/bucket\/prefix/);
    expect(() => loadConfig({ LIFEBOAT_CATALOG_BACKUP_DIR: '/b', LIFEBOAT_BACKUP_PASSPHRASE: 'short' })).toThrow(/LIFEBOAT_BACKUP_PASSPHRASE: must be at least 8/);
    expect(loadConfig({}).catalogBackup).toBeUndefined();
    expect(loadConfig({ LIFEBOAT_CLOUD: 'aws', LIFEBOAT_CATALOG_BACKUP_S3: 's3://dr-bucket/lifeboat/', LIFEBOAT_CATALOG_BACKUP_S3_REGION: 'eu-west-1' }).catalogBackup)
      .toEqual({ dir: undefined, s3: { bucket: 'dr-bucket', prefix: 'lifeboat/', region: 'eu-west-1' }, schedule: '0 */6 * * *', keep: 14, passphrase: undefined });
  });

  it('to an S3 bucket in another region: PutObject of the archive under the prefix, then the oldest beyond N deleted (request shapes, SDK mocked)', async () => {
    const s3 = mockClient(S3Client);
    try {
      t = await startTestApp('sqlite');
      // The archive is streamed from a file, with its length: what the bucket receives is read from the stream.
      const received: Buffer[] = [];
      s3.on(PutObjectCommand).callsFake(async (input: { Body: AsyncIterable<Buffer> }) => {
        const pieces: Buffer[] = [];
        for await (const piece of input.Body) pieces.push(piece);
        received.push(Buffer.concat(pieces));
        return {};
      });
      s3.on(ListObjectsV2Command).resolves({
        Contents: ['lifeboat-catalog-20261201T000000Z.lbk', 'lifeboat-catalog-20261202T000000Z.lbk', 'lifeboat-catalog-20261204T060000Z.lbk', 'notes.txt']
          .map((name) => ({ Key: `lifeboat/${name}` })),
      });
      s3.on(DeleteObjectsCommand).resolves({});
      const target = await s3Target({ bucket: 'dr-bucket', prefix: 'lifeboat/', region: 'eu-west-1' }, { endpoints: {} });
      const backups = startCatalogBackups({
        settings: { dir: undefined, s3: { bucket: 'dr-bucket', prefix: 'lifeboat/', region: 'eu-west-1' }, schedule: '0 */6 * * *', keep: 2, passphrase: 'correct horse battery staple' },
        store: t.app.store, masterKey: Buffer.alloc(32, 7), targets: [target], logger: createLogger('silent'), metrics: createMetrics(),
        now: () => START, schedule: false,
      });
      expect((await backups.runOnce()).outcome).toBe('success');
      const put = s3.commandCalls(PutObjectCommand)[0]!.args[0].input;
      expect(put).toMatchObject({ Bucket: 'dr-bucket', Key: 'lifeboat/lifeboat-catalog-20261204T060000Z.lbk', ServerSideEncryption: 'AES256', ACL: 'bucket-owner-full-control' });
      expect(received).toHaveLength(1);
      expect(received[0]!.subarray(0, ARCHIVE_MAGIC.length)).toEqual(ARCHIVE_MAGIC);
      expect(put.ContentLength).toBe(received[0]!.length);
      // The whole archive arrived: it verifies with the passphrase.
      const { payload } = await verifyArchive(received[0]!, configFor(t.database), 'correct horse battery staple');
      expect(payload.manifest.accounts).toBe(1);
      expect(s3.commandCalls(ListObjectsV2Command)[0]!.args[0].input).toMatchObject({ Bucket: 'dr-bucket', Prefix: 'lifeboat/' });
      expect(s3.commandCalls(DeleteObjectsCommand)[0]!.args[0].input).toEqual({
        Bucket: 'dr-bucket', Delete: { Objects: [{ Key: 'lifeboat/lifeboat-catalog-20261201T000000Z.lbk' }], Quiet: true },
      });
      const client = s3.commandCalls(PutObjectCommand)[0]!.thisValue as S3Client;
      expect(await client.config.region()).toBe('eu-west-1');
      target.close();
    } finally {
      s3.restore();
    }
  }, 60_000);
});

describe.each(DIALECTS)('scheduled catalog backups on several nodes [%s]', (dialect) => {
  const KEY = '3'.repeat(64);
  const SLOT = Date.parse('2026-12-04T12:00:00Z');
  let a: TestApp | undefined;
  let b: TestApp | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await b?.app.close();
    await a?.close();
    a = b = undefined;
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('two nodes on one database running the same slot at once: one archive, one claim, both report the same outcome', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-backups-'));
    const env = { LIFEBOAT_CATALOG_BACKUP_DIR: dir, LIFEBOAT_MASTER_KEY: KEY };
    a = await startTestApp(dialect, env);
    b = await startOn(a.database, env);
    const [fromA, fromB] = await Promise.all([a.app.catalogBackups!.runOnce(SLOT), b.app.catalogBackups!.runOnce(SLOT)]);
    expect(fromA.outcome).toBe('success');
    expect(fromB).toEqual(fromA);
    expect(fs.readdirSync(dir)).toEqual(['lifeboat-catalog-20261204T120000Z.lbk']);
    const claims = await a.app.store.db.selectFrom('catalog_backups' as never).selectAll().execute() as Array<Record<string, unknown>>;
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ outcome: 'success', archive: 'lifeboat-catalog-20261204T120000Z.lbk', node: fromA.node });
    expect([a.app.catalogBackups!.node, b.app.catalogBackups!.node]).toContain(fromA.node);
    expect(Number(claims[0]!.bytes)).toBe(fs.statSync(path.join(dir, 'lifeboat-catalog-20261204T120000Z.lbk')).size);

    // Both nodes say the same on /readyz and in /metrics; only the node that took it counts it.
    const readyA = (await a.request({ method: 'GET', url: '/readyz', token: null })).json().checks.catalogBackup;
    const readyB = (await b.request({ method: 'GET', url: '/readyz', token: null })).json().checks.catalogBackup;
    expect(readyA).toMatch(/^ok at .*: lifeboat-catalog-20261204T120000Z.lbk \(\d+ rows, \d+ bytes\) to .* \(by .+\)$/);
    expect(readyB).toBe(readyA);
    const metricsA = (await a.request({ method: 'GET', url: '/metrics', token: null })).body;
    const metricsB = (await b.request({ method: 'GET', url: '/metrics', token: null })).body;
    const lastTime = (m: string) => /lifeboat_catalog_backup_last_timestamp_seconds\{outcome="success"\} (\S+)/.exec(m)?.[1];
    expect(lastTime(metricsA)).toBeDefined();
    expect(lastTime(metricsB)).toBe(lastTime(metricsA));
    for (const m of [metricsA, metricsB]) expect(m).toContain('lifeboat_catalog_backup_last_success 1');
    const taken = (m: string) => Number(/lifeboat_catalog_backups_total\{outcome="success"\} (\d+)/.exec(m)?.[1] ?? 0);
    expect(taken(metricsA) + taken(metricsB)).toBe(1);

    // The claims are the instance's bookkeeping: not in the archive.
    const { payload } = await verifyArchive(path.join(dir, 'lifeboat-catalog-20261204T120000Z.lbk'), configFor(a.database, { LIFEBOAT_MASTER_KEY: KEY }), undefined);
    expect(payload.manifest.catalog_backups).toBeUndefined();
    expect(payload.manifest.accounts).toBe(1);

    // A node started afterwards reports the last backup from the database before it takes any.
    await b.app.close();
    b = await startOn(a.database, env);
    await b.app.catalogBackups!.refresh();
    expect((await b.request({ method: 'GET', url: '/readyz', token: null })).json().checks.catalogBackup).toBe(readyA);
  }, 90_000);

  it('a node waits for the claimed slot\'s outcome, and takes over a claim whose node died', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-backups-'));
    a = await startTestApp(dialect);
    const clock = Date.parse('2026-12-04T13:00:00Z');
    const backups = startCatalogBackups({
      settings: { dir, s3: undefined, schedule: '0 */6 * * *', keep: 5, passphrase: undefined },
      store: a.app.store, masterKey: Buffer.alloc(32, 7), targets: [folderTarget(dir)], logger: createLogger('silent'), metrics: createMetrics(),
      now: () => clock, schedule: false, node: 'this-node', pollMs: 20, claimTimeoutMs: 30 * 60_000,
    });
    const claims = () => a!.app.store.db.selectFrom('catalog_backups' as never).selectAll().orderBy('slot_at' as never).execute() as Promise<Array<Record<string, unknown>>>;
    try {
      // Another node holds the 12:00 slot (claimed 5 minutes ago): this one waits and reports that node's outcome.
      await a.app.store.db.insertInto('catalog_backups' as never).values({ slot_at: SLOT, node: 'other-node', claimed_at: clock - 5 * 60_000 } as never).execute();
      const waiting = backups.runOnce(SLOT);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(fs.readdirSync(dir)).toEqual([]);
      await a.app.store.db.updateTable('catalog_backups' as never)
        .set({ finished_at: clock - 60_000, outcome: 'failure', detail: 'the bucket refused the put' } as never).execute();
      expect(await waiting).toEqual({ at: clock - 60_000, outcome: 'failure', detail: 'the bucket refused the put', node: 'other-node' });
      expect(backups.describe()).toBe('failed at 2026-12-04T12:59:00.000Z: the bucket refused the put (by other-node)');
      expect(fs.readdirSync(dir)).toEqual([]);

      // A dead node's claim of the 06:00 slot, an hour old and never finished: this node takes it over.
      const early = Date.parse('2026-12-04T06:00:00Z');
      await a.app.store.db.insertInto('catalog_backups' as never).values({ slot_at: early, node: 'dead-node', claimed_at: clock - 60 * 60_000 } as never).execute();
      const taken = await backups.runOnce(early);
      expect(taken).toMatchObject({ outcome: 'success', node: 'this-node' });
      expect(fs.readdirSync(dir)).toEqual(['lifeboat-catalog-20261204T060000Z.lbk']);
      expect((await claims())[0]).toMatchObject({ node: 'this-node', outcome: 'success', archive: 'lifeboat-catalog-20261204T060000Z.lbk' });
    } finally {
      backups.stop();
    }
  }, 60_000);
});
