import type { Executor } from '../db/database.ts';
import { heldBy, type JobLease } from './lease.ts';
import { boundError } from './error-text.ts';
import { requeueHeld } from './requeue.ts';
import type { JobTables } from './tables.ts';

/** Marks the job succeeded. False when this claim no longer holds it (another worker owns it now). */
export async function markSucceeded(executor: Executor<JobTables>, lease: JobLease, now: number): Promise<boolean> {
  const result = await executor
    .updateTable('jobs')
    .set({ status: 'succeeded', locked_by: null, locked_until: null, finished_at: now, updated_at: now })
    .where(heldBy(lease))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Puts the job back to pending at runAt with the failure's message; progress is kept for the next attempt. A keyed
 * job whose successor (the same key, requested while it ran) is already pending gives way to it instead: it ends
 * failed, and the successor does the work (requeue.ts). False when this claim no longer holds the job.
 */
export async function scheduleRetry(executor: Executor<JobTables>, lease: JobLease, now: number, runAt: number, message: string): Promise<boolean> {
  const patch = { status: 'pending', run_at: runAt, locked_by: null, locked_until: null, last_error: boundError(message), updated_at: now } as const;
  return (await requeueHeld(executor, lease, patch, boundError(message), now)) !== undefined;
}

/** Marks the job failed for good. */
export async function markFailed(executor: Executor<JobTables>, lease: JobLease, now: number, message: string): Promise<boolean> {
  const result = await executor
    .updateTable('jobs')
    .set({ status: 'failed', locked_by: null, locked_until: null, last_error: boundError(message), finished_at: now, updated_at: now })
    .where(heldBy(lease))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
