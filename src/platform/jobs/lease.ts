import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import type { JobTables } from './tables.ts';

/** Which claim of which job a worker holds. */
export interface JobLease {
  readonly jobId: number;
  readonly workerId: string;
  /** The job's attempts value set by this claim. */
  readonly attempt: number;
}

/**
 * The row is still held by this claim. locked_by alone is not enough: if this worker's lease expired and
 * the same worker later reclaimed the job, the stale run must not complete the new one, so the attempt
 * number is part of the guard. Every write a run makes goes through it.
 */
export function heldBy(lease: JobLease) {
  return (eb: ExpressionBuilder<JobTables, 'jobs'>): Expression<SqlBool> =>
    eb.and([
      eb('id', '=', lease.jobId),
      eb('status', '=', 'running'),
      eb('locked_by', '=', lease.workerId),
      eb('attempts', '=', lease.attempt),
    ]);
}
