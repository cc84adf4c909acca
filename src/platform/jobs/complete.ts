import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import { heldBy, type JobLease } from './lease.ts';
import type { JobTables } from './tables.ts';

/** Longest last_error kept: enough for a provider's message, bounded so a huge one cannot bloat the row. */
export const MAX_ERROR_LENGTH = 1000;

/** Marks the job succeeded. False when this claim no longer holds it (another worker owns it now). */
export async function markSucceeded(executor: Executor<JobTables>, lease: JobLease, now: number): Promise<boolean> {
  const result = await executor
    .updateTable('jobs')
    .set({ status: 'succeeded', locked_by: null, locked_until: null, finished_at: now, updated_at: now })
    .where(heldBy(lease))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Puts the job back to pending at runAt with the failure's message; progress is kept for the next attempt. */
export async function scheduleRetry(executor: Executor<JobTables>, lease: JobLease, now: number, runAt: number, message: string): Promise<boolean> {
  const result = await executor
    .updateTable('jobs')
    .set({ status: 'pending', run_at: runAt, locked_by: null, locked_until: null, last_error: truncate(message), updated_at: now })
    .where(heldBy(lease))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Marks the job failed for good. */
export async function markFailed(executor: Executor<JobTables>, lease: JobLease, now: number, message: string): Promise<boolean> {
  const result = await executor
    .updateTable('jobs')
    .set({ status: 'failed', locked_by: null, locked_until: null, last_error: truncate(message), finished_at: now, updated_at: now })
    .where(heldBy(lease))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

function truncate(message: string): string {
  return message.length > MAX_ERROR_LENGTH ? message.slice(0, MAX_ERROR_LENGTH) : message;
}

/**
 * Marks several jobs succeeded in one statement, each only if its claim still holds it (heldBy's guard, row
 * by row). Returns the ids it marked. One statement instead of one per job: a trivial job's success was
 * half its cost on SQLite (a commit each) and a round trip each on PostgreSQL (issue 19).
 */
export async function markSucceededMany(executor: Executor<JobTables>, leases: readonly JobLease[], now: number): Promise<Set<number>> {
  if (leases.length === 0) return new Set();
  // Typed, so PostgreSQL does not take the VALUES columns for text.
  const held = sql.join(leases.map((lease) => sql`(cast(${lease.jobId} as bigint), cast(${lease.workerId} as text), cast(${lease.attempt} as integer))`));
  const result = await sql<{ id: number }>`
    update jobs set status = 'succeeded', locked_by = null, locked_until = null, finished_at = ${now}, updated_at = ${now}
    where status = 'running' and (id, locked_by, attempts) in (values ${held})
    returning id`.execute(executor);
  return new Set(result.rows.map((row) => Number(row.id)));
}
