// Lifeboat's own disaster recovery: the catalog (every table) backed up as an encrypted, authenticated archive,
// restored onto an empty database of either kind, and the master key rotated under a running instance.
import fs from 'node:fs';
import path from 'node:path';
import { Migrator, sql, type Kysely, type Transaction } from 'kysely';
import {
  BackupError, archiveBuffer, archiveFile, masterKeyId, openArchive, readArchiveHeader, sealArchiveFile, type ArchiveBytes, type KeySource,
} from '../platform/backup/archive.ts';
import { appliedMigrations, CatalogWriter, dropAllTables, rowCounts, tableNames, textColumns, type CatalogValue } from '../platform/backup/catalog.ts';
import {
  catalogLines, isWholePayload, NOT_A_CATALOG, readCatalogRecords, wholeCatalogRecords, type CatalogMeta, type CatalogRecord, type Manifest,
} from '../platform/backup/catalog-records.ts';
import type { Config } from '../platform/config.ts';
import { narrow, openStore, type DialectName, type Store } from '../platform/db/database.ts';
import { migrateToLatest, retryWhileAnotherSchemaDrops } from '../platform/db/migrate.ts';
import { ownerOnlyFile } from '../platform/data-dir.ts';
import { randomId } from '../platform/ids.ts';
import { createSecretBox, resealText } from '../platform/secrets.ts';
import { tenancyRepo } from '../modules/tenancy/repo.ts';
import type { TenancyTables } from '../modules/tenancy/tables.ts';
import { MIGRATIONS } from './migrations.ts';

export { BackupError } from '../platform/backup/archive.ts';

/** The instance setting that names the master key the database's secrets are sealed under (see build.ts). */
const KEY_CHECK = 'master-key-check';
/** Tables whose rows a migration seeds: a database holding only these is still empty. */
const SEEDED_BY_MIGRATIONS = new Set(['sim_config_version']);

export interface BackupSummary {
  readonly createdAt: string;
  readonly schemaVersion: string;
  readonly manifest: Manifest;
  readonly bytes: number;
  readonly sealedWith: 'master-key' | 'passphrase';
  /** The id of the master key the archive's secrets are sealed under (see masterKeyId): not secret. */
  readonly masterKeyId: string;
}

/** The master key this configuration names (LIFEBOAT_MASTER_KEY, else <dataDir>/master.key), or undefined; never creates one. */
export function configuredMasterKey(config: Config): Buffer | undefined {
  if (config.masterKey) return config.masterKey;
  const file = path.join(config.dataDir, 'master.key');
  if (!fs.existsSync(file)) return undefined;
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
}

function requireMasterKey(config: Config, why: string): Buffer {
  const key = configuredMasterKey(config);
  if (!key) throw new BackupError(`no master key: ${why}; set LIFEBOAT_MASTER_KEY (or LIFEBOAT_DATA_DIR to the folder holding master.key)`);
  return key;
}

/** Opens the configured database for a command; on SQLite the file must already exist when `mustExist`. */
function openConfiguredStore(config: Config, mustExist: boolean): Store<any> {
  if (!config.databaseUrl && mustExist && !fs.existsSync(path.join(config.dataDir, 'lifeboat.db'))) {
    throw new BackupError(`no Lifeboat database at ${path.join(config.dataDir, 'lifeboat.db')} (set LIFEBOAT_DATA_DIR or LIFEBOAT_DATABASE_URL)`);
  }
  return openStore<any>({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
}

/**
 * Writes the archive of a store to `file` (whole or not at all, owner-only): sealed with the master key, or with a
 * passphrase (then carrying the master key inside). The catalog is read in one read transaction, so the archive is a
 * consistent snapshot while the server keeps running (SQLite's WAL keeps the reader's snapshot while the server writes;
 * PostgreSQL: REPEATABLE READ, READ ONLY), a page of rows at a time as the archive is written.
 */
export async function backupStore(store: Store<any>, masterKey: Buffer, passphrase: string | undefined, file: string, now: Date = new Date()): Promise<BackupSummary> {
  const manifest: Record<string, number> = {};
  const write = async (trx: Transaction<any>) => {
    const schemaVersion = await appliedMigrations(trx, store.dialect);
    if (schemaVersion.length === 0) throw new BackupError('the database has no Lifeboat schema: nothing to back up');
    const meta: CatalogMeta = {
      format: 'lifeboat-catalog', version: 2, createdAt: now.toISOString(), sourceDialect: store.dialect, schemaVersion,
      ...(passphrase === undefined ? {} : { masterKey: masterKey.toString('hex') }),
    };
    const lines = catalogLines(trx, store.dialect, meta, manifest);
    const bytes = await sealArchiveFile(file, passphrase === undefined ? { masterKey } : { passphrase }, lines, masterKeyId(masterKey));
    return { bytes, schemaVersion };
  };
  const { bytes, schemaVersion } = store.dialect === 'postgres'
    ? await store.db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
      await sql`set transaction read only`.execute(trx);
      return write(trx);
    })
    : await store.transaction(write);
  return {
    createdAt: now.toISOString(), schemaVersion: schemaVersion.at(-1)!, manifest, bytes,
    sealedWith: passphrase === undefined ? 'master-key' : 'passphrase', masterKeyId: masterKeyId(masterKey),
  };
}

/** `lifeboat backup --out <file>`: the configured database's archive. */
export async function backupCatalog(config: Config, options: { out: string; passphrase?: string; now?: Date }): Promise<BackupSummary> {
  const masterKey = requireMasterKey(config, 'the archive carries secrets sealed with it');
  const store = openConfiguredStore(config, true);
  try {
    return await backupStore(store, masterKey, options.passphrase, options.out, options.now);
  } finally {
    await store.close();
  }
}

/** Writes a small file owner-only, whole or not at all (a temporary file renamed into place). */
export function writeArchiveFile(file: string, archive: Buffer): void {
  const partial = `${file}.partial-${process.pid}`;
  fs.writeFileSync(partial, archive, { mode: 0o600 });
  fs.renameSync(partial, file);
}

/** An archive: a file's path (read where it lies, a chunk at a time) or its bytes. */
export type ArchiveSource = string | Buffer;

function openBytes(source: ArchiveSource): ArchiveBytes {
  if (typeof source !== 'string') return archiveBuffer(source);
  try {
    return archiveFile(source);
  } catch (error) {
    throw new BackupError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** What `restore --check` and a restore learn of an archive before they write anything. */
export interface VerifiedArchive {
  /** The archive's catalog description and its manifest (rows per table). */
  readonly payload: CatalogMeta & { readonly manifest: Manifest };
  /** The master key the archive's sealed secrets open with. */
  readonly sourceKey: Buffer;
  readonly sealedWith: 'master-key' | 'passphrase';
  /** The id of sourceKey (what `restore --check` prints). */
  readonly masterKeyId: string;
  /** The archive's records, read again (and authenticated again) from the start. */
  records(order: readonly string[]): AsyncIterable<CatalogRecord> | Iterable<CatalogRecord>;
}

/**
 * Reads a whole archive, authenticating every chunk, and checks it: the payload is a catalog, its manifest matches
 * its rows, and every migration it was made at is known here. Nothing is written and no row is kept in memory.
 * Throws a BackupError saying what is wrong.
 */
async function verifyBytes(bytes: ArchiveBytes, config: Config, passphrase: string | undefined): Promise<VerifiedArchive> {
  const { mode } = readArchiveHeader(bytes);
  let source: KeySource;
  if (mode === 'passphrase') {
    if (passphrase === undefined) throw new BackupError('the archive was made with a passphrase: give it with --passphrase-file or LIFEBOAT_BACKUP_PASSPHRASE');
    source = { passphrase };
  } else {
    source = { masterKey: requireMasterKey(config, 'the archive is sealed with the master key of the instance that made it') };
  }
  const opened = openArchive(bytes, source);
  let payload: VerifiedArchive['payload'];
  let records: VerifiedArchive['records'];
  if (opened.header.version === 3) {
    let meta: CatalogMeta | undefined;
    let manifest: Manifest | undefined;
    for await (const record of readCatalogRecords(opened.payload())) {
      if (record.kind === 'meta') meta = record.meta;
      if (record.kind === 'manifest') manifest = record.manifest;
    }
    payload = { ...meta!, manifest: manifest! };
    records = () => readCatalogRecords(opened.payload());
  } else {
    const whole = opened.whole;
    if (!isWholePayload(whole)) throw new BackupError(NOT_A_CATALOG);
    for (const table of whole.tables) {
      if (whole.manifest[table.name] !== table.rows.length) {
        throw new BackupError(`the archive's manifest says ${whole.manifest[table.name]} rows in ${table.name} but it holds ${table.rows.length} (nothing was written)`);
      }
    }
    const { tables: _tables, ...described } = whole;
    payload = described;
    records = (order) => wholeCatalogRecords(whole, order);
  }
  const known = new Set(MIGRATIONS.map((m) => m.name));
  const unknown = payload.schemaVersion.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new BackupError(`the archive was made by a newer Lifeboat (schema ${unknown.join(', ')} is not known here): restore with that version or later (nothing was written)`);
  }
  const sourceKey = 'masterKey' in source ? source.masterKey : Buffer.from(payload.masterKey ?? '', 'hex');
  if (sourceKey.length !== 32) throw new BackupError('the passphrase archive carries no master key: its secrets could not be restored (nothing was written)');
  return { payload, sourceKey, sealedWith: mode, masterKeyId: masterKeyId(sourceKey), records };
}

/** `lifeboat restore --check`: the archive read whole and checked (see verifyBytes), nothing written. */
export async function verifyArchive(archive: ArchiveSource, config: Config, passphrase: string | undefined): Promise<VerifiedArchive> {
  const bytes = openBytes(archive);
  try {
    return await verifyBytes(bytes, config, passphrase);
  } finally {
    bytes.close();
  }
}

export interface RestoreReport {
  readonly createdAt: string;
  readonly sourceDialect: DialectName;
  readonly targetDialect: DialectName;
  readonly schemaVersion: string;
  readonly manifest: Readonly<Record<string, number>>;
  /** Jobs that were running when the backup was taken: their leases are expired, so a worker resumes them. */
  readonly resumedJobs: ReadonlyArray<{ readonly id: number; readonly kind: string }>;
  /** Sealed values sealed again because the target's master key is not the source's. */
  readonly resealed: number;
  /** Where the master key was written, when the restore wrote one (a passphrase archive onto a fresh data dir). */
  readonly masterKeyFile: string | undefined;
  /** Rows the target held before a --force restore replaced them. */
  readonly replacedRows: number;
}

/** The database's rows besides those migrations seed: zero means empty. */
async function userRows(db: Kysely<any>, dialect: DialectName): Promise<{ total: number; tables: string[] }> {
  const counts = await rowCounts(db, dialect);
  const tables = Object.entries(counts).filter(([name, n]) => n > 0 && !SEEDED_BY_MIGRATIONS.has(name));
  return { total: tables.reduce((sum, [, n]) => sum + n, 0), tables: tables.map(([name, n]) => `${name}: ${n}`) };
}

/** Migrates a database up to (and including) `name` only: the schema the archive's rows were read from. */
async function migrateTo(db: Kysely<any>, dialect: DialectName, name: string): Promise<void> {
  let migrationTableSchema: string | undefined;
  if (dialect === 'postgres') migrationTableSchema = (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema;
  const migrator = new Migrator({
    db, migrationTableSchema,
    provider: { getMigrations: async () => Object.fromEntries(MIGRATIONS.map((m) => [m.name, { up: (k: Kysely<any>) => m.up(k, dialect) }])) },
  });
  await retryWhileAnotherSchemaDrops(async () => {
    const { error } = await migrator.migrateTo(name);
    if (error) throw error instanceof Error ? error : new Error(String(error));
  });
}

/**
 * `lifeboat restore`: verifies the whole archive first (nothing is written for a damaged, truncated or wrongly keyed
 * one), refuses a database that holds rows unless `force`, builds the archive's schema version, writes every row
 * in one transaction (secrets sealed again if this instance's master key is another), expires the leases of the
 * jobs that were running so that a worker resumes them, then applies the newer migrations.
 */
export async function restoreCatalog(archive: ArchiveSource, config: Config, options: { passphrase?: string; force?: boolean } = {}): Promise<RestoreReport> {
  const bytes = openBytes(archive);
  try {
    return await restoreBytes(bytes, config, options);
  } finally {
    bytes.close();
  }
}

async function restoreBytes(bytes: ArchiveBytes, config: Config, options: { passphrase?: string; force?: boolean }): Promise<RestoreReport> {
  // The first reading: every chunk authenticated and every line checked, before anything is written.
  const verified = await verifyBytes(bytes, config, options.passphrase);
  const { payload, sourceKey } = verified;
  const configured = configuredMasterKey(config);
  const targetKey = configured ?? sourceKey;
  let resealed = 0;
  const reseal = targetKey.equals(sourceKey)
    ? (rows: ReadonlyArray<readonly CatalogValue[]>) => rows
    : (rows: ReadonlyArray<readonly CatalogValue[]>) => rows.map((row) => row.map((value) => {
      if (typeof value !== 'string' || !value.includes('v1.')) return value;
      const { text, changed } = resealText(value, [sourceKey], targetKey);
      resealed += changed;
      return text;
    }));
  const store = openConfiguredStore(config, false);
  try {
    let replacedRows = 0;
    if ((await tableNames(store.db, store.dialect)).length > 0) {
      const existing = await userRows(store.db, store.dialect);
      if (existing.total > 0 && !options.force) {
        throw new BackupError(`the target database is not empty (${existing.tables.slice(0, 5).join(', ')}${existing.tables.length > 5 ? ', …' : ''}): restore onto an empty database, or pass --force to replace everything in it`);
      }
      replacedRows = existing.total;
      // Its schema may be newer than the archive's: start from nothing, then build the archive's version.
      await dropAllTables(store.db, store.dialect);
    }
    let masterKeyFile: string | undefined;
    if (!configured) {
      // A passphrase archive restored onto a fresh data dir: the source's key becomes this instance's.
      masterKeyFile = path.join(config.dataDir, 'master.key');
      fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
      ownerOnlyFile(masterKeyFile);
      fs.writeFileSync(masterKeyFile, `${targetKey.toString('hex')}\n`, { mode: 0o600 });
    }
    const sorted = [...payload.schemaVersion].sort();
    await migrateTo(store.db, store.dialect, sorted.at(-1)!);
    const resumedJobs = await store.transaction(async (trx) => {
      // The second reading, inserting a batch at a time in one transaction. Its chunks are authenticated again under
      // the first reading's header and key, so it reads the very archive the first one checked.
      const writer = new CatalogWriter(trx, store.dialect);
      const order = await writer.begin(Object.keys(payload.manifest));
      for await (const record of verified.records(order)) {
        if (record.kind === 'table') await writer.table(record.name, record.columns);
        if (record.kind === 'rows') await writer.rows(reseal(record.rows));
      }
      await writer.finish();
      const running = await sql<{ id: number; kind: string }>`select id, kind from jobs where status = 'running' order by id`.execute(trx);
      // Their worker is gone with the old instance: an expired lease is what a worker reclaims (and resumes from its checkpoint).
      await sql`update jobs set locked_until = 0 where status = 'running'`.execute(trx);
      await tenancyRepo.putSetting(trx, KEY_CHECK, createSecretBox(targetKey).keyCheck);
      return running.rows.map((r) => ({ id: Number(r.id), kind: r.kind }));
    });
    await migrateToLatest(store.db, store.dialect, MIGRATIONS);
    return {
      createdAt: payload.createdAt, sourceDialect: payload.sourceDialect, targetDialect: store.dialect, schemaVersion: sorted.at(-1)!,
      manifest: payload.manifest, resumedJobs, resealed, masterKeyFile, replacedRows,
    };
  } finally {
    await store.close();
  }
}

/** What `lifeboat restore` prints after a restore: the operator's next steps. */
export function restoreNextSteps(report: RestoreReport): string {
  const rows = Object.values(report.manifest).reduce((sum, n) => sum + n, 0);
  return [
    `Restored the catalog backed up at ${report.createdAt} (${report.sourceDialect} -> ${report.targetDialect}, schema ${report.schemaVersion}): ${rows} rows in ${Object.keys(report.manifest).length} tables.`,
    ...(report.replacedRows ? [`  Replaced ${report.replacedRows} rows that were in the target (--force).`] : []),
    ...(report.resealed ? [`  Sealed ${report.resealed} secrets again under this instance's master key.`] : []),
    ...(report.masterKeyFile ? [`  The master key of the backed-up instance was written to ${report.masterKeyFile} (owner-only): keep a copy apart from the backups.`] : []),
    report.resumedJobs.length
      ? `  ${report.resumedJobs.length} jobs were running at backup time (${[...new Set(report.resumedJobs.map((j) => j.kind))].join(', ')}): the first worker resumes them from their last checkpoint.`
      : '  No job was running at backup time.',
    'Next:',
    '  1. Start the server here (lifeboat serve) and check /readyz.',
    '  2. Point DNS (or the load balancer) for the Lifeboat URL at this instance; stop the old one if it still runs.',
    '  3. Rotate tokens: service accounts\' tokens and access keys in the backup are valid here (lifeboat auth …); issue new ones if the backup may have been exposed.',
    '  4. Re-verify connections (lifeboat connections verify <id>) so that each proves its cloud access from this machine.',
    '',
  ].join('\n');
}

export interface RotationReport {
  /** The ids of the keys the secrets were sealed under (the current one first, then LIFEBOAT_MASTER_KEY_PREVIOUS). */
  readonly oldKeyIds: readonly string[];
  readonly newKeyId: string;
  readonly resealed: number;
  readonly passes: number;
  /** Where the new key was written when the old one came from <dataDir>/master.key (the old one kept beside it). */
  readonly keyFile: string | undefined;
}

/**
 * Seals every secret again under a new master key, without stopping the servers: each value is replaced only if it
 * is still the one read (compare-and-set), values already under the new key are left, and passes repeat until one
 * finds nothing left under an old key (servers running with LIFEBOAT_MASTER_KEY=new and LIFEBOAT_MASTER_KEY_PREVIOUS=old
 * seal new secrets under the new key and open both meanwhile). Then the database names the new key and an audit
 * event records the rotation.
 */
export async function rotateStoreMasterKey(store: Store<any>, oldKeys: readonly Buffer[], newKey: Buffer, now: number): Promise<{ resealed: number; passes: number }> {
  const db = store.db;
  const accepted = new Set([newKey, ...oldKeys].map((key) => createSecretBox(key).keyCheck));
  const current = await tenancyRepo.getSetting(narrow<TenancyTables>(store).db, KEY_CHECK);
  if (current !== undefined && !accepted.has(current)) {
    throw new BackupError('neither LIFEBOAT_MASTER_KEY nor LIFEBOAT_MASTER_KEY_PREVIOUS is the key this database is sealed with: nothing was changed');
  }
  let resealed = 0;
  let passes = 0;
  for (;;) {
    passes++;
    let changedThisPass = 0;
    for (const table of await tableNames(db, store.dialect)) {
      for (const column of await textColumns(db, store.dialect, table)) {
        const { rows } = await sql<{ value: string }>`select distinct ${sql.ref(column)} as value from ${sql.table(table)} where ${sql.ref(column)} like ${'%v1.%'}`.execute(db);
        for (const { value } of rows) {
          const { text, changed } = resealText(value, oldKeys, newKey);
          if (changed === 0) continue;
          const result = await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${text} where ${sql.ref(column)} = ${value}`.execute(db);
          if (Number(result.numAffectedRows ?? 0) > 0) {
            changedThisPass += changed;
            resealed += changed;
          }
        }
      }
    }
    if (changedThisPass === 0 || passes >= 20) break;
  }
  await tenancyRepo.putSetting(narrow<TenancyTables>(store).db, KEY_CHECK, createSecretBox(newKey).keyCheck);
  const account = (await sql<{ id: number }>`select min(id) as id from accounts`.execute(db)).rows[0]?.id;
  if (account !== undefined && account !== null) {
    await sql`insert into audit_events (account_id, project_id, actor, actor_name, action, method, path, target_type, target_id, result, status_code, request_id, created_at)
      values (${Number(account)}, ${null}, ${'cli:rotate-master-key'}, ${'lifeboat rotate-master-key'}, ${'rotateMasterKey'}, ${'CLI'}, ${'lifeboat rotate-master-key'},
        ${'instance'}, ${null}, ${'success'}, ${200}, ${randomId('cli', 8)}, ${now})`.execute(db);
  }
  return { resealed, passes };
}

/** `lifeboat rotate-master-key --new-key-file F`: against the configured database. */
export async function rotateMasterKey(config: Config, newKey: Buffer, now = Date.now()): Promise<RotationReport> {
  const current = requireMasterKey(config, 'the secrets are sealed with it');
  const oldKeys = [current, ...(config.masterKeyPrevious ? [config.masterKeyPrevious] : [])].filter((key) => !key.equals(newKey));
  if (oldKeys.length === 0) throw new BackupError('the new key is the current master key and no LIFEBOAT_MASTER_KEY_PREVIOUS is set: nothing to rotate');
  const store = openConfiguredStore(config, true);
  let result;
  try {
    result = await rotateStoreMasterKey(store, oldKeys, newKey, now);
  } finally {
    await store.close();
  }
  let keyFile: string | undefined;
  if (!config.masterKey) {
    keyFile = path.join(config.dataDir, 'master.key');
    fs.writeFileSync(`${keyFile}.previous`, `${current.toString('hex')}\n`, { mode: 0o600 });
    writeArchiveFile(keyFile, Buffer.from(`${newKey.toString('hex')}\n`));
  }
  return { ...result, keyFile, oldKeyIds: oldKeys.map(masterKeyId), newKeyId: masterKeyId(newKey) };
}
