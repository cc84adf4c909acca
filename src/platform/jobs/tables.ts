import type { Generated, Selectable } from 'kysely';

/**
 * Where a job is in its life: pending → running → succeeded | failed. A running job goes back to
 * pending when it is retried or when a stopping worker gives it back.
 */
export type JobStatus = 'pending' | 'running' | 'succeeded' | 'failed';

/** The `jobs` table: one row per unit of background work, claimed by one worker at a time under a lease. */
export interface JobsTable {
  /** Auto-assigned int64; breaks run_at ties so claim order is total. */
  id: Generated<number>;
  /** Which handler runs it (JobHandler.kind); a runner only claims kinds it has registered. */
  kind: string;
  /** The handler's input as JSON text. Never logged: it can hold ids of secrets. */
  payload: string;
  /** See JobStatus; only pending and running rows are live. */
  status: JobStatus;
  /** Dedupe key, or null: a partial unique index allows one live (pending or running) job per key. */
  key: string | null;
  /** Epoch ms before which the job is not claimed: its schedule, or a retry's backoff. */
  run_at: number;
  /** Claims so far, the running one included; a dead worker's reclaimed attempt counts too. */
  attempts: number;
  /** Attempts allowed; a failure on the last one (or any PermanentJobError) fails the job for good. */
  max_attempts: number;
  /** The id of the worker holding the job while it runs; null otherwise. */
  locked_by: string | null;
  /** Epoch ms when the holder's lease ends unless a heartbeat extends it; after it the job is reclaimable. */
  locked_until: number | null;
  /** The handler's last checkpoint as JSON text, or null; kept across retries and reclaims so a run resumes. */
  progress: string | null;
  /** The last failure's message, at most 1000 characters; never a stack or a payload. */
  last_error: string | null;
  /** Epoch ms of the insert. */
  created_at: number;
  /** Epoch ms of the last change (claim, heartbeat, checkpoint, completion). */
  updated_at: number;
  /** Epoch ms when it succeeded or failed for good; null while live. */
  finished_at: number | null;
}

/** The tables this folder owns; the application's database type includes them. */
export interface JobTables {
  jobs: JobsTable;
}

/** A job as read from the table. */
export type JobRow = Selectable<JobsTable>;
