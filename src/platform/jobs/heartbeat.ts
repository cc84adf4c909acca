import type { Executor } from '../db/database.ts';
import { heldBy, type JobLease } from './lease.ts';
import type { JobTables } from './tables.ts';

/** Extends the lease to now + leaseMs. False when this claim no longer holds the job: the lease is lost. */
export async function extendLease(executor: Executor<JobTables>, lease: JobLease, now: number, leaseMs: number): Promise<boolean> {
  const result = await executor
    .updateTable('jobs')
    .set({ locked_until: now + leaseMs, updated_at: now })
    .where(heldBy(lease))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
