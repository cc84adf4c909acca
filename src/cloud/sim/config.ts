import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { MicroBatcher, roundsOf } from './batches.ts';
import type { SimFault, SimFaultMatch } from './faults.ts';
import type { SimTables } from './tables.ts';

/**
 * The sim's configuration, cached in memory per store: accounts, roles, access keys, faults, settings and
 * quota overrides. Every sim call used to read them afresh (an account, a role, the latency setting and a
 * full `select * from sim_faults`: about five round trips before the call's own work, which on PostgreSQL
 * dominated a protection, recovery or reset, issue 19). Now a call validates the cache with one primary-key
 * read of sim_config_version, a counter that triggers bump on every write to those tables (migration 0038),
 * and reloads only when it moved: a change made by another process or node is seen by the next call.
 * Concurrent calls share each version read and each call-log insert (MicroBatcher, batches.ts), so N calls in flight
 * cost about one round trip each step instead of N.
 *
 * Measured 2026-12-04 on the shared 2-core machine (load average 15-21 from other work, so single runs; compare
 * within a row, not across rows):
 *
 * | `npm run bench -- simcalls` (3,000 calls, 10 at a time) | before: wall / CPU per call | after        |
 * |---------------------------------------------------------|-----------------------------|--------------|
 * | SQLite                                                  | 830-1,155 µs / 134-141 µs   | 266-511 / 48-51 µs |
 * | PostgreSQL                                              | 4,978-5,534 µs / 522-527 µs | 2,406-2,937 / 229-247 µs |
 *
 * | `bench -- recover`, 2,000 resources, old and new run back to back | protect | recover | reset |
 * |---|---|---|---|
 * | before, SQLite / PostgreSQL (ratio) | 5.21 / 14.0 s (2.7×) | 11.8 / 63.4 s (5.4×) | 3.39 / 10.4 s (3.1×) |
 * | after,  SQLite / PostgreSQL (ratio) | 1.81 / 11.2 s (6.2×) | 6.17 / 52.4 s (8.5×) | 1.61 / 9.74 s (6.0×) |
 *
 * Both databases got faster (PostgreSQL by 7-20 %, SQLite by 2-3×, the quota counts included), but the issue's
 * target, PostgreSQL within 2× of SQLite, is not met: what remains on PostgreSQL is mostly commits (WAL flushes)
 * of Lifeboat's own per-resource rows and of the sim's writes, on a database server shared with other work.
 */
export interface SimConfig {
  /** sim_config_version as read before the tables were: the cache is at least this fresh. */
  readonly version: number;
  readonly accounts: ReadonlyMap<string, { readonly reachable: number }>;
  /** Keyed `${accountId}/${roleName}`. */
  readonly roles: ReadonlyMap<string, { readonly external_id: string | null; readonly actions: string | null; readonly regions: string | null }>;
  readonly accessKeys: ReadonlyMap<string, { readonly account_id: string; readonly secret_access_key: string }>;
  /** In id order. */
  readonly faults: readonly SimFault[];
  readonly settings: ReadonlyMap<string, string>;
  /** Keyed `${accountId}/${region}/${quota}`; region may be `*`. */
  readonly quotas: ReadonlyMap<string, number>;
}

/** One call-log row, as simulateCall writes it. */
export interface SimCallRow {
  readonly operation: string;
  readonly account_id: string | null;
  readonly region: string | null;
  readonly service: string | null;
  readonly resource_id?: string;
  readonly at: number;
}

interface StoreState {
  config?: SimConfig;
  loading?: Promise<SimConfig>;
  readonly versions: MicroBatcher<void, number>;
  readonly calls: MicroBatcher<SimCallRow, number>;
}

// Keyed by the executor each SimCloud passes (its store's Kysely instance); a transaction gets its own entry.
const STATES = new WeakMap<object, StoreState>();

function stateOf(executor: Executor<SimTables>): StoreState {
  let state = STATES.get(executor);
  if (!state) {
    state = {
      versions: new MicroBatcher(async (items) => {
        const version = await readVersion(executor);
        return items.map(() => version);
      }, 10_000, roundsOf(executor)),
      // 7 parameters a row: 1,000 rows stay far below SQLite's 32,766 and PostgreSQL's 65,535.
      calls: new MicroBatcher((rows) => insertCalls(executor, rows), 1_000, roundsOf(executor)),
    };
    STATES.set(executor, state);
  }
  return state;
}

async function readVersion(executor: Executor<SimTables>): Promise<number> {
  const row = await executor.selectFrom('sim_config_version').select('version').where('id', '=', 1).executeTakeFirst();
  return row ? Number(row.version) : 0;
}

/**
 * Logs the calls in one statement and returns, for each, the configuration version the same statement saw.
 * resource_id is named only when some row has one: verify and discover work on stores without it.
 */
async function insertCalls(executor: Executor<SimTables>, rows: readonly SimCallRow[]): Promise<number[]> {
  const withResource = rows.some((row) => row.resource_id !== undefined);
  const inserted = await executor
    .insertInto('sim_calls')
    .values(rows.map((row) => ({
      operation: row.operation,
      account_id: row.account_id,
      region: row.region,
      service: row.service,
      ...(withResource && { resource_id: row.resource_id ?? null }),
      at: row.at,
    })))
    .returning(sql<number | string>`(select version from sim_config_version where id = 1)`.as('version'))
    .execute();
  return inserted.map((row) => Number(row.version));
}

/**
 * The configuration as last read, without asking the database (undefined before the first read). For a call whose
 * call-log insert validates it afterwards (enter-call.ts): it must not act on it before that insert has answered.
 */
export function cachedConfig(executor: Executor<SimTables>): SimConfig | undefined {
  return STATES.get(executor)?.config;
}

/** The configuration, validated against sim_config_version by a read that starts after this call. */
export async function currentConfig(executor: Executor<SimTables>): Promise<SimConfig> {
  const state = stateOf(executor);
  const version = await state.versions.add();
  return configAtLeast(executor, state, version);
}

/** The cached configuration if no write has happened since; otherwise, reloaded. For callers that just read a fresh version. */
async function configAtLeast(executor: Executor<SimTables>, state: StoreState, version: number): Promise<SimConfig> {
  for (;;) {
    const cached = state.config;
    if (cached && cached.version >= version) return cached;
    state.loading ??= loadConfig(executor).finally(() => { state.loading = undefined; });
    const loaded = await state.loading;
    if (!state.config || loaded.version > state.config.version) state.config = loaded;
    // A load that began before the change may report an older version: go round and load again.
    if (loaded.version >= version) return loaded;
  }
}

/** Logs a call (sharing one insert with the calls in flight beside it); returns the configuration as of the insert. */
export async function logCall(executor: Executor<SimTables>, row: SimCallRow): Promise<SimConfig> {
  const state = stateOf(executor);
  const version = await state.calls.add(row);
  return configAtLeast(executor, state, version);
}

async function loadConfig(executor: Executor<SimTables>): Promise<SimConfig> {
  // The version first: tables read after it are at least as new, so the cache never claims more than it has.
  const version = await readVersion(executor);
  const [accounts, roles, accessKeys, faults, settings, quotas] = await Promise.all([
    executor.selectFrom('sim_accounts').select(['account_id', 'reachable']).execute(),
    executor.selectFrom('sim_roles').select(['account_id', 'role_name', 'external_id', 'actions', 'regions']).execute(),
    executor.selectFrom('sim_access_keys').select(['access_key_id', 'account_id', 'secret_access_key']).execute(),
    executor.selectFrom('sim_faults').selectAll().orderBy('id').execute(),
    executor.selectFrom('sim_settings').select(['key', 'value']).execute(),
    executor.selectFrom('sim_quotas').select(['account_id', 'region', 'quota', 'limit_value']).execute(),
  ]);
  return {
    version,
    accounts: new Map(accounts.map((a) => [a.account_id, { reachable: Number(a.reachable) }])),
    roles: new Map(roles.map((r) => [`${r.account_id}/${r.role_name}`, { external_id: r.external_id, actions: r.actions, regions: r.regions }])),
    accessKeys: new Map(accessKeys.map((k) => [k.access_key_id, { account_id: k.account_id, secret_access_key: k.secret_access_key }])),
    faults: faults.map((row) => ({
      id: Number(row.id),
      operation: row.operation,
      match: JSON.parse(row.match) as SimFaultMatch,
      errorCode: row.error_code,
      remaining: row.remaining === null ? null : Number(row.remaining),
      latencyMs: Number(row.latency_ms),
      createdAt: Number(row.created_at),
    })),
    settings: new Map(settings.map((s) => [s.key, s.value])),
    quotas: new Map(quotas.map((q) => [`${q.account_id}/${q.region}/${q.quota}`, Number(q.limit_value)])),
  };
}
