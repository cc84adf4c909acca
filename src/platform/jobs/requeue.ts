import { sql, type SqlBool, type UpdateObject } from 'kysely';
import type { Executor } from '../db/database.ts';
import { boundError, MAX_ERROR_LENGTH } from './error-text.ts';
import { heldBy, type JobLease } from './lease.ts';
import type { JobTables } from './tables.ts';

type JobPatch = UpdateObject<JobTables, 'jobs'>;

/** No other pending job has this row's key (one pending job per key: key-migration.ts). */
const noPendingTwin = sql<SqlBool>`(key is null or not exists (select 1 from jobs as twin where twin.key = jobs.key and twin.status = 'pending'))`;

/** PostgreSQL's unique_violation: a pending job with the key committed after this statement's snapshot. */
const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * Puts a held job back to pending with `patch` (a retry, or a give-back). When a pending job with its key is
 * already waiting (requested while this one ran), that job does the same work next: this one gives way to it,
 * failed with `why` and the successor's id, rather than queueing a second pending job the key does not allow.
 * Returns 'pending', 'superseded', or undefined when this claim no longer holds the job.
 */
export async function requeueHeld(executor: Executor<JobTables>, lease: JobLease, patch: JobPatch, why: string, now: number): Promise<'pending' | 'superseded' | undefined> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const back = await executor.updateTable('jobs').set(patch).where(heldBy(lease)).where(noPendingTwin).executeTakeFirst();
      if (back.numUpdatedRows > 0n) return 'pending';
      const twin = await executor
        .selectFrom('jobs as held')
        .innerJoin('jobs as twin', 'twin.key', 'held.key')
        .select('twin.id')
        .where('held.id', '=', lease.jobId)
        .where('twin.status', '=', 'pending')
        .executeTakeFirst();
      // No successor: the claim is gone (or the successor was claimed meanwhile; then try again).
      if (!twin) {
        const held = await executor.selectFrom('jobs').select('id').where(heldBy(lease)).executeTakeFirst();
        if (!held || attempt >= 3) return undefined;
        continue;
      }
      const yielded = await executor
        .updateTable('jobs')
        .set({ status: 'failed', locked_by: null, locked_until: null, finished_at: now, updated_at: now, last_error: supersededBy(why, twin.id) })
        .where(heldBy(lease))
        .executeTakeFirst();
      return yielded.numUpdatedRows > 0n ? 'superseded' : undefined;
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/**
 * Gives back every job a worker still holds, as requeueHeld does for one: pending again, or failed in favour of
 * the pending job with its key. Returns how many.
 */
export async function requeueWorkerJobs(executor: Executor<JobTables>, workerId: string, patch: JobPatch, why: string, now: number): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const back = await executor.updateTable('jobs').set(patch).where('status', '=', 'running').where('locked_by', '=', workerId).where(noPendingTwin).executeTakeFirst();
      // What is still held has a successor waiting.
      const yielded = await executor
        .updateTable('jobs')
        .set({ status: 'failed', locked_by: null, locked_until: null, finished_at: now, updated_at: now, last_error: boundError(`${why}; a pending job with the same key runs instead`) })
        .where('status', '=', 'running')
        .where('locked_by', '=', workerId)
        .executeTakeFirst();
      return Number(back.numUpdatedRows) + Number(yielded.numUpdatedRows);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

function supersededBy(why: string, twinId: number): string {
  const tail = `; job ${twinId} with the same key runs instead`;
  return why.length + tail.length > MAX_ERROR_LENGTH ? `${why.slice(0, MAX_ERROR_LENGTH - tail.length)}${tail}` : `${why}${tail}`;
}
