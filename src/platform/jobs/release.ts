import type { Executor } from '../db/database.ts';
import { sql } from 'kysely';
import type { JobLease } from './lease.ts';
import { requeueHeld, requeueWorkerJobs } from './requeue.ts';
import type { JobTables } from './tables.ts';

// Giving a job back undoes its claim's attempt: a rolling restart interrupts the job, it did not fail,
// and counting it would let enough deploys exhaust a long job. run_at is left as it was (already due),
// so another worker takes it on its next poll instead of waiting a lease out.

/** Gives one held job back to the queue. False when this claim no longer holds it. */
export async function releaseJob(executor: Executor<JobTables>, lease: JobLease, now: number): Promise<boolean> {
  return (await requeueHeld(executor, lease, giveBack(now), GIVEN_BACK, now)) !== undefined;
}

/** Gives back every job a worker still holds (a stopping worker's safety net). Returns how many. */
export async function releaseWorkerJobs(executor: Executor<JobTables>, workerId: string, now: number): Promise<number> {
  return requeueWorkerJobs(executor, workerId, giveBack(now), GIVEN_BACK, now);
}

// A keyed job whose successor is already pending gives way to it instead (requeue.ts): the successor runs next.
const GIVEN_BACK = 'Given back by a stopping worker';
const giveBack = (now: number) => ({ status: 'pending', locked_by: null, locked_until: null, attempts: sql<number>`attempts - 1`, updated_at: now }) as const;
