import { createRequire } from 'node:module';
import path from 'node:path';
import type SQLite from 'better-sqlite3';
import type pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import { makeDataDir, ownerOnlyFile, tightenFile } from '../data-dir.ts';

export type DialectName = 'sqlite' | 'postgres';

/** A connection to the store: Kysely over better-sqlite3 or pg, with the dialect it runs on. */
export interface Store<DB> {
  readonly db: Kysely<DB>;
  readonly dialect: DialectName;
  /** Runs fn in one transaction. */
  transaction<T>(fn: (trx: Transaction<DB>) => Promise<T>): Promise<T>;
  /**
   * PostgreSQL only: calls onNotify for each NOTIFY on the channel (`pg_notify`), on a connection of its own
   * outside the pool, reconnecting after a loss (and calling onNotify then, since notifications sent meanwhile
   * are gone). Returns the function that stops listening. Undefined on SQLite (one process: nothing to hear).
   */
  readonly listen?: (channel: string, onNotify: () => void) => Promise<() => Promise<void>>;
  /**
   * PostgreSQL only: the same database through a pool of its own whose commits do not wait for their WAL flush
   * (`synchronous_commit = off`). Only for writes whose loss is harmless: a commit returned here is visible at once
   * and survives a crash of Lifeboat's process; only a crash of PostgreSQL itself can lose the last ≈0.6 s of them,
   * and then only those no later ordinary commit followed (WAL is flushed in order, so a synchronous commit makes
   * every earlier one durable too). The simulated cloud's own tables use it, and re-derivable records (a resource
   * seen ready). Undefined on SQLite, whose WAL commits (synchronous = NORMAL) do not wait for a flush anyway.
   */
  readonly relaxed?: Kysely<DB>;
  close(): Promise<void>;
}

/**
 * The store with its relaxed commits (Store.relaxed) for everything: what the simulated cloud runs on. On PostgreSQL
 * a commit waiting for the WAL flush was most of a simulated call's cost; on SQLite it is the store itself.
 * `npm run bench -- recover`, 2026-12-04, 2,000 resources, load 1.4, before: SQLite 0.82 / 2.12 / 0.74 s (protect /
 * recover / reset), PostgreSQL 3.19 / 12.7 / 4.42 s, the server at 40% CPU and most busy backends in IO:WALSync
 * (sampled from pg_stat_activity), 28,369 commits. After, only a pair at load 26 (1,000 resources, PostgreSQL):
 * protect 51.9 → 42.4 s, recover 222.7 → 182.2 s. On a quiet machine (2026-12-05, load 0.4–1.5), with the relaxed
 * commits and before the round trips were cut further (issue 19): SQLite 0.78–0.81 / 1.99–2.14 / 0.74–0.78 s,
 * PostgreSQL 2.53–2.54 / 8.13–9.30 / 2.81–3.05 s (3.1–3.2× / 3.8–4.7× / 3.8–3.9×): the commits no longer dominate,
 * the round trips do (README, "Benchmarks").
 */
export function relaxedStore<DB>(store: Store<DB>): Store<DB> {
  const relaxed = store.relaxed;
  if (!relaxed) return store;
  return { db: relaxed, dialect: store.dialect, relaxed, listen: store.listen, transaction: (fn) => relaxed.transaction().execute(fn), close: store.close };
}

/** Either the store's connection or a transaction on it: repositories take whichever the service holds. */
export type Executor<DB> = Kysely<DB> | Transaction<DB>;

const require = createRequire(import.meta.url);
let pgModule: typeof pg | undefined;

/**
 * pg, loaded on the first PostgreSQL store: on SQLite it (and the undici it reaches for at load) was ≈9 % of
 * the compiled server's start-up CPU (profiled 2026-12-04), and better-sqlite3 is likewise loaded only for SQLite.
 */
function loadPg(): typeof pg {
  if (!pgModule) {
    pgModule = require('pg') as typeof pg;
    // int8 and numeric come back from pg as strings; every int8 Lifeboat stores (ids, epoch ms, counters)
    // fits in 2^53, so they are read as numbers.
    pgModule.types.setTypeParser(20, (value) => Number(value));
  }
  return pgModule;
}

export interface StoreOptions {
  /** postgres://… or undefined for SQLite. */
  readonly databaseUrl: string | undefined;
  /** SQLite's folder (the file is lifeboat.db inside it); ignored on PostgreSQL. */
  readonly dataDir: string;
  /** Pool size on PostgreSQL. */
  readonly poolSize?: number;
}

export function openStore<DB>(options: StoreOptions): Store<DB> {
  if (options.databaseUrl) {
    const pg = loadPg();
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle client's error (the server restarted) must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    // Connections open on first use, so a process that never writes through it opens none.
    const relaxedPool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    relaxedPool.on('error', () => undefined);
    // A client runs its queries in order, so this SET precedes every statement the pool hands it out for. (Not the
    // URL's `options`: a URL that carries its own, such as a search_path, would override it.)
    relaxedPool.on('connect', (client) => void client.query('set synchronous_commit = off').catch(() => undefined));
    const relaxed = new Kysely<DB>({ dialect: new PostgresDialect({ pool: relaxedPool }) });
    const databaseUrl = options.databaseUrl;
    return {
      db,
      dialect: 'postgres',
      transaction: (fn) => db.transaction().execute(fn),
      listen: (channel, onNotify) => listenOn(databaseUrl, channel, onNotify),
      relaxed,
      close: async () => {
        await Promise.all([db.destroy(), relaxed.destroy()]);
      },
    };
  }
  makeDataDir(options.dataDir);
  const file = path.join(options.dataDir, 'lifeboat.db');
  // SQLite makes -wal and -shm (lazily, at the first write) with the database file's own mode and fchmods
  // them past the umask, so a database file created 0600 before the open keeps all three owner-only; no
  // process-wide umask change is needed. Files an older version left 0644 are tightened.
  ownerOnlyFile(file);
  tightenFile(`${file}-wal`);
  tightenFile(`${file}-shm`);
  const SQLiteDatabase = require('better-sqlite3') as typeof SQLite;
  const database = new SQLiteDatabase(file);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  // Kysely's SQLite driver holds one connection behind a mutex, so transactions are serialised
  // in-process; SQLite is the single-process mode (API and runner in one process).
  return {
    db,
    dialect: 'sqlite',
    transaction: (fn) => db.transaction().execute(fn),
    close: () => db.destroy(),
  };
}

/** LISTEN on a dedicated connection; see Store.listen. */
async function listenOn(databaseUrl: string, channel: string, onNotify: () => void): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new RangeError(`Not a channel name: ${channel}`);
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const lost = (from: pg.Client) => {
    if (client !== from) return;
    client = undefined;
    from.end().catch(() => undefined);
    if (stopped) return;
    onNotify(); // whatever was sent while no one listened
    retry = setTimeout(() => void connect(), 1000);
    retry.unref();
  };
  async function connect(): Promise<void> {
    const candidate = new (loadPg().Client)({ connectionString: databaseUrl });
    client = candidate;
    candidate.on('notification', (message) => { if (message.channel === channel) onNotify(); });
    candidate.on('error', () => lost(candidate));
    candidate.on('end', () => lost(candidate));
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${channel}`);
    } catch {
      lost(candidate);
    }
  }
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const current = client;
    client = undefined;
    await current?.end().catch(() => undefined);
  };
}

/**
 * Kysely's SQLite driver prepares every query anew; preparing was 15% of the server's CPU on a GET (profiled
 * in bench/). Statements are reused by SQL text instead. Safe because the driver runs each statement to
 * completion synchronously (all/run) on its one connection; Lifeboat never streams (iterate would hold one).
 */
function withStatementCache(database: SQLite.Database, size = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql); // refresh its place: the map's order is the eviction order
      } else {
        statement = database.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

/**
 * The same store, typed with only the tables a module owns. Kysely's types are invariant in the schema, so
 * the composition root narrows the whole database once per module here instead of casting in each one.
 */
export function narrow<DB>(store: Store<any>): Store<DB> {
  return store as Store<DB>;
}
