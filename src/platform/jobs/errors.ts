/**
 * This worker no longer holds the job: its lease ran out (or another worker reclaimed it). Thrown by
 * ctx.checkpoint and used as ctx.signal's reason. The handler should stop; this worker will not
 * complete the job, because another one owns it now.
 */
export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
  constructor(readonly jobId: number) {
    super(`Job ${jobId} is no longer held by this worker: its lease was lost`);
  }
}

/** Thrown by a handler when retrying cannot help (bad payload, a resource that is gone): the job fails at once. */
export class PermanentJobError extends Error {
  override readonly name = 'PermanentJobError';
}

/** ctx.signal's reason when the runner stops: the job is given back to the queue, not failed. */
export class JobRunnerStoppedError extends Error {
  override readonly name = 'JobRunnerStoppedError';
  constructor() {
    super('The job runner is stopping');
  }
}

/** Anything thrown, as an Error (handlers may throw strings). */
export function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}
