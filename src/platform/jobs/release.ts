import type { Executor } from '../db/database.ts';
import { heldBy, type JobLease } from './lease.ts';
import type { JobTables } from './tables.ts';

// Giving a job back undoes its claim's attempt: a rolling restart interrupts the job, it did not fail,
// and counting it would let enough deploys exhaust a long job. run_at is left as it was (already due),
// so another worker takes it on its next poll instead of waiting a lease out.

/** Gives one held job back to the queue. False when this claim no longer holds it. */
export async function releaseJob(executor: Executor<JobTables>, lease: JobLease, now: number): Promise<boolean> {
  const result = await executor
    .updateTable('jobs')
    .set((eb) => ({ status: 'pending', locked_by: null, locked_until: null, attempts: eb('attempts', '-', 1), updated_at: now }))
    .where(heldBy(lease))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Gives back every job a worker still holds (a stopping worker's safety net). Returns how many. */
export async function releaseWorkerJobs(executor: Executor<JobTables>, workerId: string, now: number): Promise<number> {
  const result = await executor
    .updateTable('jobs')
    .set((eb) => ({ status: 'pending', locked_by: null, locked_until: null, attempts: eb('attempts', '-', 1), updated_at: now }))
    .where('status', '=', 'running')
    .where('locked_by', '=', workerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
