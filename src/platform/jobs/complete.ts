import type { Executor } from '../db/database.ts';
import { heldBy, type JobLease } from './lease.ts';
import { requeueHeld } from './requeue.ts';
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

/**
 * Puts the job back to pending at runAt with the failure's message; progress is kept for the next attempt. A keyed
 * job whose successor (the same key, requested while it ran) is already pending gives way to it instead: it ends
 * failed, and the successor does the work (requeue.ts). False when this claim no longer holds the job.
 */
export async function scheduleRetry(executor: Executor<JobTables>, lease: JobLease, now: number, runAt: number, message: string): Promise<boolean> {
  const patch = { status: 'pending', run_at: runAt, locked_by: null, locked_until: null, last_error: truncate(message), updated_at: now } as const;
  return (await requeueHeld(executor, lease, patch, truncate(message), now)) !== undefined;
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
