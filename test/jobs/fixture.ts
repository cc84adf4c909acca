import { afterEach, beforeEach } from 'vitest';
import type { DialectName, Store } from '../../src/platform/db/database.ts';
import { randomId } from '../../src/platform/ids.ts';
import { createLogger, type Logger } from '../../src/platform/logging.ts';
import { jobsClaimIndexMigration, jobsKeyMigration, jobsMigration, JobRunner, type JobRunnerOptions, type JobTables } from '../../src/platform/jobs/index.ts';
import { createTestDatabase, openTestStore, type TestDatabase } from '../helpers/stores.ts';
import { pollUntil } from '../helpers/wait.ts';

/** A migrated database per test, plus the runners and extra stores a test opens, all cleaned up after it. */
export interface JobsFixture {
  readonly dialect: DialectName;
  readonly store: Store<JobTables>;
  /** A runner on `store` (or on the store given), stopped after the test. */
  runner(options?: Partial<JobRunnerOptions>, store?: Store<JobTables>): JobRunner;
  /** Another connection to the same database: what a second process would have. */
  openStore(): Store<JobTables>;
  /** What a second worker process uses: its own pool on PostgreSQL. On SQLite, the same store: SQLite's
   * deployment is one process with one connection, and two connections in one process would make
   * better-sqlite3's synchronous busy-wait block the event loop the other writer needs. */
  peerStore(): Store<JobTables>;
}

export const silentLogger: Logger = createLogger('silent');

export function useJobsFixture(dialect: DialectName): JobsFixture {
  let database: TestDatabase;
  let store: Store<JobTables>;
  let runners: JobRunner[] = [];
  let stores: Store<JobTables>[] = [];

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    store = openTestStore<JobTables>(database);
    // The migration's own up(), not migrateToLatest: Kysely's Migrator (without migrationTableSchema)
    // takes a kysely_migration table in *any* schema for its own, so test schemas created in parallel on
    // one PostgreSQL database race ("relation kysely_migration_lock does not exist").
    await jobsMigration.up(store.db, dialect);
    await jobsClaimIndexMigration.up(store.db, dialect);
    await jobsKeyMigration.up(store.db, dialect);
  });

  afterEach(async () => {
    await Promise.all(runners.map((runner) => runner.stop(0)));
    for (const extra of stores) await extra.close().catch(() => undefined);
    await store.close();
    await database.drop();
    runners = [];
    stores = [];
  });

  const fixture: JobsFixture = {
    dialect,
    get store() {
      return store;
    },
    runner(options = {}, on = store) {
      const runner = new JobRunner(on, { workerId: randomId('worker'), leaseMs: 500, pollMs: 20, concurrency: 1, logger: silentLogger, ...options });
      runners.push(runner);
      return runner;
    },
    openStore() {
      const extra = openTestStore<JobTables>(database);
      stores.push(extra);
      return extra;
    },
    peerStore() {
      return dialect === 'postgres' ? fixture.openStore() : store;
    },
  };
  return fixture;
}

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/** Polls until probe returns something truthy, failing with `what` after timeoutMs. */
export async function waitFor<T>(what: string, probe: () => Promise<T> | T, timeoutMs = 5_000): Promise<Truthy<T>> {
  return pollUntil(what, async () => ((await probe()) || undefined) as Truthy<T> | undefined, { timeoutMs, intervalMs: 10 });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the signal aborts, rejecting with its reason: a handler that honours its signal. */
export function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
