// Scheduled catalog backups: on a cron schedule, the worker writes an archive of the whole catalog to a folder
// and/or an S3 bucket (with the AWS driver), keeps the newest N there, and reports the last outcome as metrics
// and on /readyz.
import fs from 'node:fs';
import path from 'node:path';
import { Cron } from 'croner';
import type { CatalogBackupConfig, AwsConfig } from '../platform/config.ts';
import type { Store } from '../platform/db/database.ts';
import type { Logger } from '../platform/logging.ts';
import type { Metrics } from '../platform/metrics.ts';
import { backupStore, writeArchiveFile } from './catalog-backup.ts';

/** lifeboat-catalog-20261204T170000Z.lbk: names sort by time. */
const ARCHIVE_NAME = /^lifeboat-catalog-\d{8}T\d{6}Z\.lbk$/;

export function archiveName(at: Date): string {
  return `lifeboat-catalog-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')}.lbk`;
}

/** Where archives go: put one, list the names there, delete some. */
export interface BackupTarget {
  readonly describe: string;
  put(name: string, archive: Buffer): Promise<void>;
  list(): Promise<string[]>;
  remove(names: readonly string[]): Promise<void>;
}

export function folderTarget(dir: string): BackupTarget {
  return {
    describe: dir,
    async put(name, archive) {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeArchiveFile(path.join(dir, name), archive);
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
    async put(name, archive) {
      await client.send(new PutObjectCommand({
        Bucket: target.bucket, Key: `${target.prefix}${name}`, Body: archive, ContentType: 'application/octet-stream',
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
  readonly at: number;
  readonly outcome: 'success' | 'failure';
  readonly detail: string;
}

export interface CatalogBackups {
  /** Takes one backup now to every target (what the schedule calls). */
  runOnce(): Promise<CatalogBackupStatus>;
  /** The last backup's time and outcome, undefined before the first. */
  last(): CatalogBackupStatus | undefined;
  /** For /readyz: "ok at <time> to <targets>", "failed at <time>: <why>", or "none yet (next at <time>)". */
  describe(): string;
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
}

const MAX_TIMER_MS = 2 ** 31 - 1;

export function startCatalogBackups(deps: CatalogBackupDeps): CatalogBackups {
  const cron = new Cron(deps.settings.schedule, { timezone: 'UTC', mode: '5-part', paused: true });
  let last: CatalogBackupStatus | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<CatalogBackupStatus> | undefined;

  const nextAt = () => cron.nextRun(new Date(deps.now()))?.getTime();

  async function once(): Promise<CatalogBackupStatus> {
    const at = new Date(deps.now());
    const name = archiveName(at);
    try {
      const reader = deps.openReader?.();
      let made;
      try {
        made = await backupStore(reader ?? deps.store, deps.masterKey, deps.settings.passphrase, at);
      } finally {
        await reader?.close();
      }
      const { archive, summary } = made;
      for (const target of deps.targets) {
        await target.put(name, archive);
        const old = (await target.list()).filter((n) => ARCHIVE_NAME.test(n)).sort();
        if (old.length > deps.settings.keep) await target.remove(old.slice(0, old.length - deps.settings.keep));
      }
      const rows = Object.values(summary.manifest).reduce((sum, n) => sum + n, 0);
      last = { at: deps.now(), outcome: 'success', detail: `${name} (${rows} rows, ${summary.bytes} bytes) to ${deps.targets.map((t) => t.describe).join(', ')}` };
      deps.logger.info({ archive: name, rows, bytes: summary.bytes, targets: deps.targets.map((t) => t.describe) }, 'catalog backed up');
    } catch (error) {
      const reason = (error as Error).message.slice(0, 300);
      last = { at: deps.now(), outcome: 'failure', detail: reason };
      deps.logger.error({ archive: name, reason }, 'catalog backup failed');
    }
    deps.metrics.catalogBackups.inc({ outcome: last.outcome });
    deps.metrics.catalogBackupLastTime.reset();
    deps.metrics.catalogBackupLastTime.set({ outcome: last.outcome }, last.at / 1000);
    deps.metrics.catalogBackupLastSuccess.set(last.outcome === 'success' ? 1 : 0);
    return last;
  }

  function runOnce(): Promise<CatalogBackupStatus> {
    running ??= once().finally(() => { running = undefined; });
    return running;
  }

  function arm(): void {
    if (stopped) return;
    const at = nextAt();
    if (at === undefined) return;
    timer = setTimeout(() => {
      // A timer clamped to its maximum wakes early: only run when the slot has come.
      const due = deps.now() >= at - 1000;
      void (due ? runOnce() : Promise.resolve()).finally(arm);
    }, Math.min(MAX_TIMER_MS, Math.max(0, at - deps.now())));
    timer.unref();
  }
  if (deps.schedule !== false) arm();

  return {
    runOnce,
    last: () => last,
    describe() {
      if (!last) {
        const next = nextAt();
        return `none yet${next ? ` (next at ${new Date(next).toISOString()})` : ''}`;
      }
      const when = new Date(last.at).toISOString();
      return last.outcome === 'success' ? `ok at ${when}: ${last.detail}` : `failed at ${when}: ${last.detail}`;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
