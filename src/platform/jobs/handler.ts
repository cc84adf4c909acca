import type { Logger } from '../logging.ts';

/** What a handler sees while it runs one attempt of a job. */
export interface JobContext {
  readonly jobId: number;
  /** 1 on the first attempt; a reclaimed or retried job counts up. */
  readonly attempt: number;
  readonly workerId: string;
  /** A child logger carrying jobId and kind. Log messages, never the payload. */
  readonly logger: Logger;
  /** Aborted when the lease is lost (reason LeaseLostError) or the runner stops (JobRunnerStoppedError). */
  readonly signal: AbortSignal;
  /** The last checkpoint, from this attempt or an earlier one; null before the first. */
  readonly progress: unknown;
  /** Persists progress (JSON) so a retry or another worker resumes from it. Throws LeaseLostError when
   * this worker no longer holds the job; the handler must then stop without further side effects. */
  checkpoint(progress: unknown): Promise<void>;
}

/**
 * Runs one kind of job. Delivery is at least once (a worker that loses its lease may still be running when
 * another picks the job up), so run must be idempotent: checkpoint after each side effect and skip the
 * steps the checkpoint says are done.
 */
export interface JobHandler<P = unknown> {
  readonly kind: string;
  run(payload: P, ctx: JobContext): Promise<void>;
  /** Called once the job has failed for good (attempts used up or a PermanentJobError), before it is
   * marked failed and while this worker still holds it: if the worker dies here, the job is reclaimed and
   * onExhausted runs again, so it is at least once too. */
  onExhausted?(payload: P, error: Error, ctx: JobContext): Promise<void>;
}
