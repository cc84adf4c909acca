import type { DialectName, Executor } from '../db/database.ts';
import { leaseClock } from './claim.ts';
import { heldBy, type JobLease } from './lease.ts';
import type { JobTables } from './tables.ts';

/**
 * Saves the handler's progress and, since it proves the worker is alive, extends the lease too.
 * False when this claim no longer holds the job (nothing is written then).
 */
export async function saveProgress(executor: Executor<JobTables>, lease: JobLease, progress: unknown, now: number, leaseMs: number, dialect: DialectName = 'sqlite'): Promise<boolean> {
  const result = await executor
    .updateTable('jobs')
    .set((eb) => ({ progress: JSON.stringify(progress ?? null), locked_until: eb(leaseClock(dialect, now), '+', leaseMs), updated_at: now }))
    .where(heldBy(lease))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
