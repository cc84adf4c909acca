import { PostgresAdapter, sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { JobTables } from './tables.ts';

export interface JobSpec {
  readonly kind: string;
  /** Serialised as JSON; undefined becomes null. */
  readonly payload: unknown;
  /** Epoch ms; defaults to now. */
  readonly runAt?: number;
  /** Defaults to 10. */
  readonly maxAttempts?: number;
  /** Dedupe key: while a pending job has it, enqueue inserts nothing. While a running job has it, the new job
   * waits as the key's pending job and runs once that one has ended (one pending and one running job per key). */
  readonly key?: string;
}

export const DEFAULT_MAX_ATTEMPTS = 10;

/** The PostgreSQL channel an enqueue notifies and runners listen on. */
export const JOBS_CHANNEL = 'lifeboat_jobs';

/**
 * Inserts a pending job through the caller's executor, so a service's state change and the job that
 * advances it commit (or roll back) together. Returns the new id, or undefined when `key` already has a
 * pending job. After the caller's transaction commits, JobRunner.wake() saves a local runner its poll delay.
 */
export async function enqueue<DB extends JobTables>(executor: Executor<DB>, spec: JobSpec): Promise<number | undefined> {
  const maxAttempts = spec.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  const now = Date.now();
  const db = executor as unknown as Executor<JobTables>;
  // No conflict target: the only unique index a new (pending) row can conflict with is the partial one on key
  // among pending jobs (key-migration.ts), and naming it
  // would need its predicate repeated (PostgreSQL) — DO NOTHING without a target works on both databases.
  const row = await db
    .insertInto('jobs')
    .values({
      kind: spec.kind,
      payload: JSON.stringify(spec.payload ?? null),
      status: 'pending',
      key: spec.key ?? null,
      run_at: spec.runAt ?? now,
      attempts: 0,
      max_attempts: maxAttempts,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  // Workers on other nodes LISTEN for this (runner.ts): PostgreSQL delivers it when the caller's transaction
  // commits, and not at all if it rolls back; identical notifications of one transaction arrive once.
  if (row && db.getExecutor().adapter instanceof PostgresAdapter) await sql`select pg_notify(${JOBS_CHANNEL}, '')`.execute(db);
  return row?.id;
}
