import { sql, type RawBuilder } from 'kysely';
import type { DialectName, Executor, Store } from '../db/database.ts';
import type { JobLease } from './lease.ts';
import type { JobRow, JobTables } from './tables.ts';

export interface ClaimRequest {
  readonly workerId: string;
  /** Only these kinds are claimed (the handlers this worker has); must not be empty. */
  readonly kinds: readonly string[];
  readonly limit: number;
  readonly leaseMs: number;
  /** This worker's clock: when a pending job is due (run_at is written by the enqueuing process's clock). */
  readonly now: number;
}

/**
 * Epoch ms on the database's clock (PostgreSQL), for leases: locked_until is written and compared by the
 * same clock, so a worker whose host clock runs fast cannot take live jobs early, nor a slow one keep dead
 * jobs late. SQLite has one process on one host: its clock is the worker's.
 */
export function leaseClock(dialect: DialectName, now: number): RawBuilder<number> {
  return dialect === 'postgres' ? sql<number>`(extract(epoch from clock_timestamp()) * 1000)::bigint` : sql<number>`${now}`;
}

/**
 * Claims up to `limit` due jobs in one statement: pending jobs whose run_at has come, and running jobs
 * whose lease expired (their worker died or hung; the reclaim counts as an attempt). Returns them in
 * claim order (run_at, id).
 *
 * Each of the two kinds of due job is read by its own index range ((status, run_at, id), in claim order,
 * so a claim reads `limit` rows however long the backlog); the two lists are merged and cut to `limit`.
 * An OR of the two in one WHERE read and sorted the whole backlog on every claim (4.4 ms per claim at
 * 6,000 pending jobs on SQLite, issue 19).
 *
 * On PostgreSQL the inner SELECTs take row locks with SKIP LOCKED, so concurrent workers each get
 * different rows without waiting on one another; a row another worker claimed and committed meanwhile
 * is re-checked against the WHERE (READ COMMITTED) and dropped, since it is no longer due. SQLite has a
 * single writer and one connection per process, so the statement alone is atomic there.
 */
export async function claimJobs(executor: Executor<JobTables>, dialect: DialectName, request: ClaimRequest): Promise<JobRow[]> {
  if (request.kinds.length === 0 || request.limit <= 0) return [];
  const result = await claimStatement(dialect, request, []).execute(executor);
  // RETURNING follows no particular order.
  return result.rows.sort(claimOrder);
}

const claimOrder = (a: JobRow, b: JobRow): number => a.run_at - b.run_at || a.id - b.id;

/** The claim's UPDATE … RETURNING *; `finishing` are ids the same statement marks succeeded, never reclaimed by it. */
function claimStatement(dialect: DialectName, request: ClaimRequest, finishing: readonly number[]): RawBuilder<JobRow> {
  const { now, limit } = request;
  const clock = leaseClock(dialect, now);
  const kinds = sql.join(request.kinds.map((kind) => sql`${kind}`));
  const lock = dialect === 'postgres' ? sql` for update skip locked` : sql``;
  // A job being marked succeeded by this statement may have outlived its lease: the other CTE updates it, and a
  // row updated twice by one PostgreSQL statement keeps one of the two changes, unpredictably.
  const notFinishing = finishing.length > 0 ? sql` and id not in (${sql.join(finishing.map((id) => sql`${id}`))})` : sql``;
  // A keyed job waits while the job of its key that came before it still runs (one running job per key,
  // key-migration.ts). A job that is running now stays running in every snapshot this statement can see, so the
  // running-key index is never violated; a keyless job skips the probe.
  const keyFree = sql`(key is null or not exists (select 1 from jobs as live where live.key = jobs.key and live.status = 'running'))`;
  const pending = sql`select id, run_at from jobs where status = 'pending' and run_at <= ${now} and kind in (${kinds}) and ${keyFree} order by run_at, id limit ${limit}${lock}`;
  const expired = sql`select id, run_at from jobs where status = 'running' and locked_until < ${clock} and kind in (${kinds})${notFinishing} order by run_at, id limit ${limit}${lock}`;
  return sql<JobRow>`
    update jobs set status = 'running', locked_by = ${request.workerId}, locked_until = ${clock} + ${request.leaseMs},
      attempts = attempts + 1, updated_at = ${now}
    where id in (
      select id from (select * from (${pending}) as p union all select * from (${expired}) as e) as due
      order by run_at, id limit ${limit}
    )
    returning *`;
}

/** The held-by guard of markSucceeded (lease.ts), for many leases at once: (id, locked_by, attempts) in (…). */
function heldByAny(leases: readonly JobLease[]): RawBuilder<unknown> {
  // Typed, so PostgreSQL does not take the VALUES columns for text.
  const held = sql.join(leases.map((lease) => sql`(cast(${lease.jobId} as bigint), cast(${lease.workerId} as text), cast(${lease.attempt} as integer))`));
  return sql`status = 'running' and (id, locked_by, attempts) in (values ${held})`;
}

/** What finishAndClaim did: the ids it marked succeeded (a lease not among them was lost) and the jobs it claimed. */
export interface FinishAndClaim {
  readonly succeeded: ReadonlySet<number>;
  readonly claimed: JobRow[];
}

/**
 * Marks the `succeeded` leases' jobs succeeded (each only while its claim still holds it: heldBy's guard, row
 * by row) and claims up to request.limit due jobs, in one round trip: on PostgreSQL one statement (two
 * data-modifying CTEs, on disjoint rows), on SQLite one transaction (one commit). A trivial job used to cost
 * a statement of its own for its success plus its share of a claim: on PostgreSQL a round trip and a commit
 * per job (issue 19). Claiming follows claimJobs exactly.
 */
export async function finishAndClaim(store: Store<JobTables>, succeeded: readonly JobLease[], request: ClaimRequest): Promise<FinishAndClaim> {
  const claiming = request.kinds.length > 0 && request.limit > 0;
  if (succeeded.length === 0) return { succeeded: new Set(), claimed: claiming ? await claimJobs(store.db, store.dialect, request) : [] };
  const { now } = request;
  const mark = sql`update jobs set status = 'succeeded', locked_by = null, locked_until = null, finished_at = ${now}, updated_at = ${now}
    where ${heldByAny(succeeded)} returning id`;
  if (store.dialect === 'postgres') {
    const ids = succeeded.map((lease) => lease.jobId);
    const claim = claiming ? claimStatement('postgres', request, ids) : sql`select * from jobs where false`;
    const result = await sql<{ done: number[]; claimed: JobRow[] }>`
      with done as (${mark}), claimed as (${claim})
      select (select coalesce(json_agg(id), '[]'::json) from done) as done,
             (select coalesce(json_agg(claimed), '[]'::json) from claimed) as claimed`.execute(store.db);
    const row = result.rows[0]!;
    return { succeeded: new Set(row.done.map(Number)), claimed: row.claimed.sort(claimOrder) };
  }
  return store.transaction(async (trx) => {
    const done = await sql<{ id: number }>`${mark}`.execute(trx);
    const claimed = claiming ? (await claimStatement('sqlite', request, []).execute(trx)).rows.sort(claimOrder) : [];
    return { succeeded: new Set(done.rows.map((row) => Number(row.id))), claimed };
  });
}
