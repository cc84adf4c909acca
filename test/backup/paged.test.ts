import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCatalog, restoreCatalog, verifyArchive } from '../../src/app/catalog-backup.ts';
import { CHUNK_SIZE } from '../../src/platform/backup/archive.ts';
import { DEMO_ACCESS_KEY } from '../../src/cloud/sim/index.ts';
import { connectionBody, startTestApp, type TestApp } from '../helpers/app.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../helpers/stores.ts';
import { configFor, startOn, verifies } from './fixture.ts';

const KEY = 'c'.repeat(64);
const PASSPHRASE = 'correct horse battery staple';
/** More than a read page (2,000) and an insert batch (1,000) of one table. */
const EVENTS = 4_500;

/** The rows of a table in id order, as one digest: equal digests, equal rows. */
async function digest(t: TestApp, table: string): Promise<{ rows: number; digest: string }> {
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by id`.execute(t.app.store.db);
  const hash = createHash('sha256');
  for (const row of rows) hash.update(JSON.stringify(Object.keys(row).sort().map((k) => (row[k] === null ? null : String(row[k])))));
  return { rows: rows.length, digest: hash.digest('hex') };
}

/**
 * A catalog larger than a page of reading, a batch of inserting and a chunk of the archive: backed up a page at a
 * time, restored a batch at a time onto each kind of database, row for row.
 */
describe.each(DIALECTS)('a catalog of several pages backed up from %s', (from) => {
  let source: TestApp;
  let dir: string;
  let archive: string;
  let before: { rows: number; digest: string };
  let connectionId: number;

  beforeAll(async () => {
    source = await startTestApp(from, { LIFEBOAT_MASTER_KEY: KEY });
    const res = await source.request({ method: 'POST', url: `${source.P}/aws/cloud-connections`, payload: connectionBody({ name: 'keyed', accessMethod: { type: 'access-key', accessKeyId: DEMO_ACCESS_KEY.accessKeyId, secretAccessKey: DEMO_ACCESS_KEY.secretAccessKey } }) });
    expect(res.statusCode, res.body).toBe(202);
    connectionId = res.json().id;
    const db = source.app.store.db;
    for (let i = 0; i < EVENTS; i += 500) {
      const rows = Array.from({ length: Math.min(500, EVENTS - i) }, (_, j) => ({
        account_id: source.accountId, project_id: null, actor: 'test', actor_name: `bulk ${i + j} — ünïcode ${randomBytes(32).toString('hex')}`, action: 'bulkWrite', method: 'POST',
        path: `/bulk/${i + j}`, target_type: 'thing', target_id: String(i + j), result: 'success', status_code: 200, request_id: `req-${i + j}`, created_at: 1_796_400_000_000 + i + j,
      }));
      await db.insertInto('audit_events' as never).values(rows as never).execute();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-paged-'));
    archive = path.join(dir, 'catalog.lbk');
    before = await digest(source, 'audit_events');
    expect(before.rows).toBeGreaterThanOrEqual(EVENTS);
  }, 60_000);
  afterAll(async () => {
    await source?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the archive holds every row, in several chunks, and restore --check counts them without writing', async () => {
    const summary = await backupCatalog(source.app.config, { out: archive, passphrase: PASSPHRASE });
    expect(summary.manifest.audit_events).toBe(before.rows);
    expect(fs.statSync(archive).size).toBeGreaterThan(CHUNK_SIZE * 2);
    const target = await createTestDatabase('sqlite');
    try {
      const { payload } = await verifyArchive(archive, configFor(target), PASSPHRASE);
      expect(payload.manifest).toEqual(summary.manifest);
      expect(fs.readdirSync(target.dataDir)).toEqual([]);
    } finally {
      await target.drop();
    }
  });

  describe.each(DIALECTS)('restored onto %s', (to) => {
    let target: TestDatabase | undefined;
    afterAll(async () => target?.drop());

    it('row for row, and the restored instance opens its secrets', async () => {
      target = await createTestDatabase(to);
      const report = await restoreCatalog(archive, configFor(target), { passphrase: PASSPHRASE });
      expect(report.manifest.audit_events).toBe(before.rows);
      const restored = await startOn(target);
      target = undefined; // restored.close() drops it
      try {
        const after = await digest(restored, 'audit_events');
        expect(after).toEqual(before);
        expect(await verifies(restored, connectionId)).toBe('success');
        // New rows take new ids (PostgreSQL's sequences moved past the restored ones).
        const res = await restored.request({ method: 'POST', url: `${restored.P}/aws/cloud-connections`, payload: connectionBody({ name: 'after-restore' }) });
        expect(res.statusCode, res.body).toBe(202);
        expect(res.json().id).toBeGreaterThan(connectionId);
      } finally {
        await restored.close();
      }
    }, 60_000);
  });
});

describe.each(DIALECTS)('an archive made by the previous Lifeboat (format 2), restored onto %s', (to) => {
  it('is read whole, as it was made, and its catalog is served with its secrets', async () => {
    const target = await createTestDatabase(to);
    const fixture = path.join(import.meta.dirname, 'fixtures', 'v2-catalog-passphrase.lbk');
    const { payload } = await verifyArchive(fixture, configFor(target), PASSPHRASE);
    expect(payload).toMatchObject({ createdAt: '2026-12-05T12:00:00.000Z', sourceDialect: 'sqlite' });
    expect(payload.manifest.cloud_connections).toBe(1);
    const report = await restoreCatalog(fixture, configFor(target), { passphrase: PASSPHRASE });
    expect(report.masterKeyFile).toBe(path.join(target.dataDir, 'master.key'));
    const restored = await startOn(target);
    try {
      const list = (await restored.request({ method: 'GET', url: `${restored.P}/aws/cloud-connections` })).json();
      const connection = JSON.stringify(list).includes('made-by-format-2');
      expect(connection).toBe(true);
      const id = (list.items ?? list.connections ?? list)[0]?.id ?? 1;
      expect(await verifies(restored, id)).toBe('success');
    } finally {
      await restored.close();
    }
  }, 60_000);
});
