import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreCatalog } from '../../src/app/catalog-backup.ts';
import { masterKeyId } from '../../src/platform/backup/archive.ts';
import { DEMO_ACCESS_KEY } from '../../src/cloud/sim/index.ts';
import { connectionBody, startTestApp, type TestApp } from '../helpers/app.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../helpers/stores.ts';
import { backupBytes, configFor, startOn, verifies } from './fixture.ts';

const PASSPHRASE = 'correct horse battery staple';
const SOURCE_KEY = 'a'.repeat(64);
const OTHER_KEY = 'b'.repeat(64);

/** What a refused restore must leave: no database file, no tables, no master key written. */
async function written(database: TestDatabase): Promise<string[]> {
  const found = fs.readdirSync(database.dataDir).map((name) => `file ${name}`);
  if (database.databaseUrl) {
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    const { rows } = await client.query(`select table_name from information_schema.tables where table_schema = current_schema()`);
    await client.end();
    found.push(...rows.map((r) => `table ${r.table_name}`));
  }
  return found;
}

/** A connection whose access key secret is sealed under the master key: it verifies only if the secret opened. */
async function keyConnection(t: TestApp, name: string): Promise<number> {
  const res = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody({ name, accessMethod: { type: 'access-key', accessKeyId: DEMO_ACCESS_KEY.accessKeyId, secretAccessKey: DEMO_ACCESS_KEY.secretAccessKey } }) });
  expect(res.statusCode, res.body).toBe(202);
  return res.json().id as number;
}

describe('catalog restore refuses what it cannot trust, writing nothing', () => {
  let source: TestApp;
  let withPassphrase: Buffer;
  let withKey: Buffer;
  let connectionId: number;

  beforeAll(async () => {
    source = await startTestApp('sqlite', { LIFEBOAT_MASTER_KEY: SOURCE_KEY });
    connectionId = await keyConnection(source, 'keyed');
    expect(await verifies(source, connectionId)).toBe('success');
    withPassphrase = (await backupBytes(source.app.config, { passphrase: PASSPHRASE })).archive;
    withKey = (await backupBytes(source.app.config)).archive;
  });
  afterAll(async () => source?.close());

  describe.each(DIALECTS)('onto %s', (dialect) => {
    let target: TestDatabase;
    const fresh = async () => { target = await createTestDatabase(dialect); return target; };
    const restore = (archive: Buffer, options: { passphrase?: string; force?: boolean } = {}, env: Record<string, string> = {}) =>
      restoreCatalog(archive, configFor(target, env), options);

    it('a tampered archive (one byte of the ciphertext changed): "altered", nothing written', async () => {
      await fresh();
      const tampered = Buffer.from(withPassphrase);
      tampered[Math.floor(tampered.length / 2)]! ^= 0x01;
      await expect(restore(tampered, { passphrase: PASSPHRASE })).rejects.toThrow(/altered or damaged after it was made \(nothing was written\)/);
      expect(await written(target)).toEqual([]);
      await target.drop();
    });

    it('a truncated archive: "truncated", nothing written', async () => {
      await fresh();
      await expect(restore(withPassphrase.subarray(0, withPassphrase.length - 100), { passphrase: PASSPHRASE })).rejects.toThrow(/the archive is truncated: \d+ bytes of the \d+ its header announces/);
      await expect(restore(withPassphrase.subarray(0, 20), { passphrase: PASSPHRASE })).rejects.toThrow(/truncated/);
      await expect(restore(Buffer.from('PK\u0003\u0004 not ours'), { passphrase: PASSPHRASE })).rejects.toThrow(/not a Lifeboat catalog backup/);
      expect(await written(target)).toEqual([]);
      await target.drop();
    });

    it('the wrong passphrase, or none: a clear error, nothing written', async () => {
      await fresh();
      await expect(restore(withPassphrase, { passphrase: 'not the passphrase' })).rejects.toThrow('wrong passphrase for this archive (nothing was written)');
      await expect(restore(withPassphrase)).rejects.toThrow(/made with a passphrase: give it with --passphrase-file or LIFEBOAT_BACKUP_PASSPHRASE/);
      expect(await written(target)).toEqual([]);
      await target.drop();
    });

    it('a master-key archive needs that key: without it or with another one, nothing is written; with it, the secrets open', async () => {
      await fresh();
      await expect(restore(withKey)).rejects.toThrow(/sealed with the master key of the instance that made it/);
      await expect(restore(withKey, {}, { LIFEBOAT_MASTER_KEY: OTHER_KEY })).rejects.toThrow(
        `this archive was sealed with master key ${masterKeyId(Buffer.from(SOURCE_KEY, 'hex'))}; the key given is ${masterKeyId(Buffer.from(OTHER_KEY, 'hex'))} (nothing was written)`,
      );
      expect(await written(target)).toEqual([]);
      await restore(withKey, {}, { LIFEBOAT_MASTER_KEY: SOURCE_KEY });
      const restored = await startOn(target, { LIFEBOAT_MASTER_KEY: SOURCE_KEY });
      try {
        expect(await verifies(restored, connectionId)).toBe('success');
      } finally {
        await restored.close();
      }
    });

    it('a passphrase archive onto an instance with its own master key: the secrets are sealed again under that key', async () => {
      await fresh();
      const report = await restore(withPassphrase, { passphrase: PASSPHRASE }, { LIFEBOAT_MASTER_KEY: OTHER_KEY });
      expect(report.resealed).toBeGreaterThanOrEqual(1);
      expect(report.masterKeyFile).toBeUndefined();
      const restored = await startOn(target, { LIFEBOAT_MASTER_KEY: OTHER_KEY });
      try {
        expect(await verifies(restored, connectionId)).toBe('success');
      } finally {
        await restored.close();
      }
    });

    it('a passphrase archive onto a fresh data dir writes the source master key there (owner-only)', async () => {
      await fresh();
      const report = await restore(withPassphrase, { passphrase: PASSPHRASE });
      expect(report.masterKeyFile).toBe(path.join(target.dataDir, 'master.key'));
      expect(fs.readFileSync(report.masterKeyFile!, 'utf8').trim()).toBe(SOURCE_KEY);
      expect(fs.statSync(report.masterKeyFile!).mode & 0o077).toBe(0);
      await target.drop();
    });

    it('a database that holds rows is refused unless --force, and left as it was; --force replaces it', async () => {
      await fresh();
      const other = await startOn(target, { LIFEBOAT_MASTER_KEY: SOURCE_KEY });
      let otherId: number;
      try {
        otherId = await keyConnection(other, 'already-here');
      } finally {
        await other.app.close();
      }
      await expect(restore(withPassphrase, { passphrase: PASSPHRASE }, { LIFEBOAT_MASTER_KEY: SOURCE_KEY }))
        .rejects.toThrow(/the target database is not empty \(.*cloud_connections: 1.*\): restore onto an empty database, or pass --force/);
      const again = await startOn(target, { LIFEBOAT_MASTER_KEY: SOURCE_KEY });
      try {
        const names = (await again.request({ method: 'GET', url: `${again.P}/aws/cloud-connections` })).json();
        expect(JSON.stringify(names)).toContain('already-here');
      } finally {
        await again.app.close();
      }
      const report = await restore(withPassphrase, { passphrase: PASSPHRASE, force: true }, { LIFEBOAT_MASTER_KEY: SOURCE_KEY });
      expect(report.replacedRows).toBeGreaterThan(0);
      const restored = await startOn(target, { LIFEBOAT_MASTER_KEY: SOURCE_KEY });
      try {
        const names = JSON.stringify((await restored.request({ method: 'GET', url: `${restored.P}/aws/cloud-connections` })).json());
        expect(names).toContain('keyed');
        expect(names).not.toContain('already-here');
        expect(otherId!).toBeDefined();
      } finally {
        await restored.close();
      }
    });
  });
});
