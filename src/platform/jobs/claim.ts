import type { DialectName, Executor } from '../db/database.ts';
import type { JobRow, JobTables } from './tables.ts';

export interface ClaimRequest {
  readonly workerId: string;
  /** Only these kinds are claimed (the handlers this worker has); must not be empty. */
  readonly kinds: readonly string[];
  readonly limit: number;
  readonly leaseMs: number;
  readonly now: number;
}

/**
 * Claims up to `limit` due jobs in one statement: pending jobs whose run_at has come, and running jobs
 * whose lease expired (their worker died or hung; the reclaim counts as an attempt). Returns them in
 * claim order (run_at, id).
 *
 * On PostgreSQL the inner SELECT takes row locks with SKIP LOCKED, so concurrent workers each get
 * different rows without waiting on one another; a row another worker claimed and committed meanwhile
 * is re-checked against the WHERE (READ COMMITTED) and dropped, since it is no longer due. SQLite has a
 * single writer and one connection per process, so the statement alone is atomic there.
 *
 * `now` is this worker's clock, compared with locked_until written by other workers' clocks: hosts must
 * keep their clocks in step (NTP) to well within a lease, or a fast clock reclaims live jobs early.
 */
export async function claimJobs(executor: Executor<JobTables>, dialect: DialectName, request: ClaimRequest): Promise<JobRow[]> {
  if (request.kinds.length === 0 || request.limit <= 0) return [];
  const { now } = request;
  let due = executor
    .selectFrom('jobs')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
        eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
      ]),
    )
    .where('kind', 'in', [...request.kinds])
    .orderBy('run_at')
    .orderBy('id')
    .limit(request.limit);
  if (dialect === 'postgres') due = due.forUpdate().skipLocked();

  const rows = await executor
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      locked_by: request.workerId,
      locked_until: now + request.leaseMs,
      attempts: eb('attempts', '+', 1),
      updated_at: now,
    }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
  // RETURNING follows no particular order.
  return rows.sort((a, b) => a.run_at - b.run_at || a.id - b.id);
}
