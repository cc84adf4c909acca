import type { DialectName, Executor } from '../db/database.ts';
import { leaseClock } from './claim.ts';
import { heldBy, type JobLease } from './lease.ts';
import type { JobTables } from './tables.ts';

/** Extends the lease to now + leaseMs. False when this claim no longer holds the job: the lease is lost. */
export async function extendLease(executor: Executor<JobTables>, lease: JobLease, now: number, leaseMs: number, dialect: DialectName = 'sqlite'): Promise<boolean> {
  const result = await executor
    .updateTable('jobs')
    // On the database's clock, as the claim compares it (claim.ts).
    .set((eb) => ({ locked_until: eb(leaseClock(dialect, now), '+', leaseMs), updated_at: now }))
    .where(heldBy(lease))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
