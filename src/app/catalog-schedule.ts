// Scheduled catalog backups: on a cron schedule, the worker writes an archive of the whole catalog to a folder
// and/or an S3 bucket (with the AWS driver), keeps the newest N there, and reports the last outcome as metrics
// and on /readyz.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Cron } from 'croner';
import type { Kysely } from 'kysely';
import type { CatalogBackupConfig, AwsConfig } from '../platform/config.ts';
import type { Store } from '../platform/db/database.ts';
import type { Logger } from '../platform/logging.ts';
import type { Metrics } from '../platform/metrics.ts';
import { backupStore } from './catalog-backup.ts';

/** lifeboat-catalog-20261204T170000Z.lbk: names sort by time. */
const ARCHIVE_NAME = /^lifeboat-catalog-\d{8}T\d{6}Z\.lbk$/;

export function archiveName(at: Date): string {
  return `lifeboat-catalog-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')}.lbk`;
}

/** Where archives go: put one (from the file it was written to), list the names there, delete some. */
export interface BackupTarget {
  readonly describe: string;
  put(name: string, file: string): Promise<void>;
  list(): Promise<string[]>;
  remove(names: readonly string[]): Promise<void>;
}

export function folderTarget(dir: string): BackupTarget {
  return {
    describe: dir,
    async put(name, file) {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      // Whole or not at all: copied beside its name, then renamed into place.
      const partial = path.join(dir, `${name}.partial-${process.pid}`);
      try {
        await fs.promises.copyFile(file, partial);
        await fs.promises.chmod(partial, 0o600);
        await fs.promises.rename(partial, path.join(dir, name));
      } catch (error) {
        await fs.promises.rm(partial, { force: true });
        throw error;
      }
    },
    async list() {
      return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
    },
    async remove(names) {
      for (const name of names) fs.rmSync(path.join(dir, name), { force: true });
    },
  };
}

/** An S3 bucket (another region or account: the bucket policy grants Lifeboat's principal PutObject, ListBucket, DeleteObject). */
export async function s3Target(target: NonNullable<CatalogBackupConfig['s3']>, aws: Pick<AwsConfig, 'endpoints'>): Promise<BackupTarget & { close(): void }> {
  const { S3Client, PutObjectCommand, ListObjectsV2Command, DeleteObjectsCommand } = await import('@aws-sdk/client-s3');
  const endpoint = aws.endpoints.s3;
  const client = new S3Client({ region: target.region, ...(endpoint ? { endpoint, forcePathStyle: true } : {}) });
  return {
    describe: `s3://${target.bucket}/${target.prefix}`,
    async put(name, file) {
      // Streamed from the file: its length is known, so the SDK sends it as one PUT without holding it in memory.
      await client.send(new PutObjectCommand({
        Bucket: target.bucket, Key: `${target.prefix}${name}`, Body: fs.createReadStream(file), ContentLength: fs.statSync(file).size,
        ContentType: 'application/octet-stream',
        ServerSideEncryption: 'AES256', ACL: 'bucket-owner-full-control',
      }));
    },
    async list() {
      const names: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: target.bucket, Prefix: target.prefix, ContinuationToken: token }));
        for (const object of page.Contents ?? []) if (object.Key) names.push(object.Key.slice(target.prefix.length));
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return names;
    },
    async remove(names) {
      for (let i = 0; i < names.length; i += 1000) {
        await client.send(new DeleteObjectsCommand({
          Bucket: target.bucket, Delete: { Objects: names.slice(i, i + 1000).map((name) => ({ Key: `${target.prefix}${name}` })), Quiet: true },
        }));
      }
    },
    close: () => client.destroy(),
  };
}

export interface CatalogBackupStatus {
  /** When the backup ended. */
  readonly at: number;
  readonly outcome: 'success' | 'failure';
  readonly detail: string;
  /** The node that took it (this process or another on the same database). */
  readonly node?: string;
}

export interface CatalogBackups {
  /**
   * The backup of one schedule slot (default: now, to the second): the first node to claim the slot in the database
   * takes it; the others wait for its outcome and report that. What the schedule calls.
   */
  runOnce(slotAt?: number): Promise<CatalogBackupStatus>;
  /** The last backup (of any node) as recorded in the database, undefined before the first. */
  last(): CatalogBackupStatus | undefined;
  /** For /readyz: "ok at <time> to <targets>", "failed at <time>: <why>", or "none yet (next at <time>)". */
  describe(): string;
  /** Reads the last recorded backup from the database now (describe() does so in the background, at most every few seconds). */
  refresh(): Promise<CatalogBackupStatus | undefined>;
  /** This process's name in the claims. */
  readonly node: string;
  stop(): void;
}

export interface CatalogBackupDeps {
  readonly settings: CatalogBackupConfig;
  readonly store: Store<any>;
  /**
   * SQLite: a connection of the backup's own for each run, so that its read transaction does not hold the server's one
   * connection (WAL gives it a snapshot while the server writes). Undefined: read through `store` (PostgreSQL's pool).
   */
  readonly openReader?: () => Store<any>;
  readonly masterKey: Buffer;
  readonly targets: readonly BackupTarget[];
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly now: () => number;
  /** Start the timer (false in tests that call runOnce themselves). */
  readonly schedule?: boolean;
  /** This process's name in the claims (default host:pid:random). */
  readonly node?: string;
  /** A claim not finished this long after it was made is taken to be a dead node's: another node takes the slot over (default 30 min). */
  readonly claimTimeoutMs?: number;
  /** How often a node that lost the claim looks for the outcome (default 500 ms). */
  readonly pollMs?: number;
}

const MAX_TIMER_MS = 2 ** 31 - 1;
const CLAIM_TIMEOUT_MS = 30 * 60_000;
const REFRESH_EVERY_MS = 5_000;

interface ClaimRow {
  slot_at: number | string;
  node: string;
  claimed_at: number | string;
  finished_at: number | string | null;
  outcome: string | null;
  detail: string | null;
}

function statusOf(row: ClaimRow): CatalogBackupStatus | undefined {
  if (row.finished_at === null || (row.outcome !== 'success' && row.outcome !== 'failure')) return undefined;
  return { at: Number(row.finished_at), outcome: row.outcome, detail: row.detail ?? '', node: row.node };
}

export function startCatalogBackups(deps: CatalogBackupDeps): CatalogBackups {
  const cron = new Cron(deps.settings.schedule, { timezone: 'UTC', mode: '5-part', paused: true });
  const node = deps.node ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const claimTimeoutMs = deps.claimTimeoutMs ?? CLAIM_TIMEOUT_MS;
  const pollMs = deps.pollMs ?? 500;
  const db = deps.store.db as Kysely<any>;
  let last: CatalogBackupStatus | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const running = new Map<number, Promise<CatalogBackupStatus>>();
  let refreshedAt = 0;
  let refreshing: Promise<CatalogBackupStatus | undefined> | undefined;

  const nextAt = () => cron.nextRun(new Date(deps.now()))?.getTime();

  /** Takes `last` and the gauges from a recorded outcome, if it is newer than the one known. */
  function learn(status: CatalogBackupStatus): void {
    if (last && last.at > status.at) return;
    last = status;
    deps.metrics.catalogBackupLastTime.reset();
    deps.metrics.catalogBackupLastTime.set({ outcome: status.outcome }, status.at / 1000);
    deps.metrics.catalogBackupLastSuccess.set(status.outcome === 'success' ? 1 : 0);
  }

  async function readSlot(slotAt: number): Promise<ClaimRow | undefined> {
    return await db.selectFrom('catalog_backups').selectAll().where('slot_at', '=', slotAt).executeTakeFirst() as ClaimRow | undefined;
  }

  /** Claims the slot: insert-if-absent, or take over a claim left unfinished longer than the timeout. True when this node has it. */
  async function claim(slotAt: number): Promise<boolean> {
    await db.insertInto('catalog_backups').values({ slot_at: slotAt, node, claimed_at: deps.now() })
      .onConflict((oc) => oc.column('slot_at').doNothing()).execute();
    const row = await readSlot(slotAt);
    if (!row) return false;
    if (row.node === node) return true;
    if (row.finished_at !== null || deps.now() - Number(row.claimed_at) < claimTimeoutMs) return false;
    // Compare-and-set: of several nodes taking over the same dead claim, one wins.
    const result = await db.updateTable('catalog_backups').set({ node, claimed_at: deps.now() })
      .where('slot_at', '=', slotAt).where('node', '=', row.node).where('claimed_at', '=', row.claimed_at).where('finished_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    deps.logger.warn({ slot: new Date(slotAt).toISOString(), deadNode: row.node }, 'catalog backup: took over a slot whose node did not finish it');
    return true;
  }

  /** This node's backup of a slot it claimed; the outcome is recorded on the claim. */
  async function backUp(slotAt: number): Promise<CatalogBackupStatus> {
    const name = archiveName(new Date(slotAt));
    let status: CatalogBackupStatus;
    let rows: number | null = null;
    let bytes: number | null = null;
    try {
      // Written once to a private temporary folder (a page of the catalog at a time), then copied or streamed to each target.
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-catalog-backup-'));
      let summary;
      try {
        const file = path.join(scratch, name);
        const reader = deps.openReader?.();
        try {
          summary = await backupStore(reader ?? deps.store, deps.masterKey, deps.settings.passphrase, file, new Date(deps.now()));
        } finally {
          await reader?.close();
        }
        for (const target of deps.targets) {
          await target.put(name, file);
          const old = (await target.list()).filter((n) => ARCHIVE_NAME.test(n)).sort();
          if (old.length > deps.settings.keep) await target.remove(old.slice(0, old.length - deps.settings.keep));
        }
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
      }
      rows = Object.values(summary.manifest).reduce((sum, n) => sum + n, 0);
      bytes = summary.bytes;
      status = { at: deps.now(), outcome: 'success', detail: `${name} (${rows} rows, ${bytes} bytes) to ${deps.targets.map((t) => t.describe).join(', ')}`, node };
      deps.logger.info({ archive: name, rows, bytes, targets: deps.targets.map((t) => t.describe) }, 'catalog backed up');
    } catch (error) {
      const reason = (error as Error).message.slice(0, 300);
      status = { at: deps.now(), outcome: 'failure', detail: reason, node };
      deps.logger.error({ archive: name, reason }, 'catalog backup failed');
    }
    try {
      await db.updateTable('catalog_backups')
        .set({ finished_at: status.at, outcome: status.outcome, detail: status.detail, archive: status.outcome === 'success' ? name : null, rows, bytes })
        .where('slot_at', '=', slotAt).where('node', '=', node).execute();
    } catch (error) {
      deps.logger.error({ archive: name, reason: (error as Error).message }, 'catalog backup: could not record the outcome in the database');
    }
    deps.metrics.catalogBackups.inc({ outcome: status.outcome });
    learn(status);
    return status;
  }

  async function once(slotAt: number): Promise<CatalogBackupStatus> {
    try {
      for (;;) {
        if (await claim(slotAt)) return await backUp(slotAt);
        const row = await readSlot(slotAt);
        const done = row && statusOf(row);
        if (done) {
          learn(done);
          return done;
        }
        if (stopped) return last ?? { at: deps.now(), outcome: 'failure', detail: `stopped while node ${row?.node} took the backup`, node: row?.node };
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    } catch (error) {
      // The database could not be asked: no node's outcome can be known, so this node reports its own failure.
      const status: CatalogBackupStatus = { at: deps.now(), outcome: 'failure', detail: (error as Error).message.slice(0, 300), node };
      deps.logger.error({ slot: new Date(slotAt).toISOString(), reason: status.detail }, 'catalog backup failed');
      deps.metrics.catalogBackups.inc({ outcome: status.outcome });
      learn(status);
      return status;
    }
  }

  function runOnce(slotAt = Math.floor(deps.now() / 1000) * 1000): Promise<CatalogBackupStatus> {
    let run = running.get(slotAt);
    if (!run) {
      run = once(slotAt).finally(() => running.delete(slotAt));
      running.set(slotAt, run);
    }
    return run;
  }

  async function readLast(): Promise<CatalogBackupStatus | undefined> {
    const row = await db.selectFrom('catalog_backups').selectAll().where('finished_at', 'is not', null)
      .orderBy('finished_at', 'desc').limit(1).executeTakeFirst() as ClaimRow | undefined;
    const status = row && statusOf(row);
    if (status) learn(status);
    return last;
  }

  function refresh(): Promise<CatalogBackupStatus | undefined> {
    refreshedAt = performance.now();
    refreshing ??= readLast().finally(() => { refreshing = undefined; });
    return refreshing;
  }

  function arm(): void {
    if (stopped) return;
    const at = nextAt();
    if (at === undefined) return;
    timer = setTimeout(() => {
      // A timer clamped to its maximum wakes early: only run when the slot has come.
      const due = deps.now() >= at - 1000;
      void (due ? runOnce(at) : Promise.resolve()).finally(arm);
    }, Math.min(MAX_TIMER_MS, Math.max(0, at - deps.now())));
    timer.unref();
  }
  if (deps.schedule !== false) arm();
  // What the other nodes recorded before this one started.
  refresh().catch((error: unknown) => deps.logger.warn({ reason: (error as Error).message }, 'catalog backup: could not read the last outcome'));

  return {
    node,
    runOnce,
    refresh,
    last: () => last,
    describe() {
      if (!stopped && performance.now() - refreshedAt > REFRESH_EVERY_MS) {
        refresh().catch((error: unknown) => deps.logger.warn({ reason: (error as Error).message }, 'catalog backup: could not read the last outcome'));
      }
      if (!last) {
        const next = nextAt();
        return `none yet${next ? ` (next at ${new Date(next).toISOString()})` : ''}`;
      }
      const when = new Date(last.at).toISOString();
      const by = last.node ? ` (by ${last.node})` : '';
      return last.outcome === 'success' ? `ok at ${when}: ${last.detail}${by}` : `failed at ${when}: ${last.detail}${by}`;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
