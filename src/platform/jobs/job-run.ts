import type { Executor, Store } from '../db/database.ts';
import { lazyChildLogger, type Logger } from '../logging.ts';
import { retryDelayMs } from './backoff.ts';
import { saveProgress } from './checkpoint.ts';
import { markFailed, markSucceeded, scheduleRetry } from './complete.ts';
import { enqueue } from './enqueue.ts';
import { asError, JobRunnerStoppedError, LeaseLostError, PermanentJobError } from './errors.ts';
import type { JobContext, JobHandler } from './handler.ts';
import { extendLease } from './heartbeat.ts';
import type { JobLease } from './lease.ts';
import { releaseJob } from './release.ts';
import type { JobRow, JobTables } from './tables.ts';

export type JobOutcome = 'succeeded' | 'retried' | 'failed';

/** A job that re-enqueues itself after it finishes (JobRunner.every). */
export interface PeriodicSchedule {
  readonly intervalMs: number;
  readonly payload: unknown;
}

export const periodicKey = (kind: string): string => `periodic:${kind}`;

/** What a run needs from its runner. */
export interface RunEnvironment {
  readonly store: Store<JobTables>;
  readonly workerId: string;
  readonly leaseMs: number;
  readonly logger: Logger;
  readonly periodic: ReadonlyMap<string, PeriodicSchedule>;
  readonly onOutcome?: (kind: string, outcome: JobOutcome, durationMs: number) => void;
  /** Records a success (not of a periodic job): true when this claim still held the job. The runner batches these. */
  readonly markSucceeded?: (lease: JobLease) => Promise<boolean>;
}

/** One claimed attempt of one job: runs the handler under a heartbeat and records the outcome. */
export class JobRun {
  /** Made on first use (a handler reading ctx.signal, or an abort): most trivial jobs never need one, and it
   * was the largest allocation of a trivial job after the logger (issue 19). */
  private controller: AbortController | undefined;
  private readonly lease: JobLease;
  private readonly logger: Logger;
  private heartbeat: NodeJS.Timeout | undefined;
  /** Local view of the lease's end, to give up when heartbeats cannot reach the database. */
  private leaseUntil: number;
  private leaseLost = false;
  private stopRequested = false;
  /** Set once the run writes its outcome; a heartbeat answer arriving later is then ignored. */
  private settled = false;
  private progress: unknown;

  constructor(
    private readonly env: RunEnvironment,
    private readonly handler: JobHandler<any>,
    private readonly job: JobRow,
    claimedAt: number,
  ) {
    this.lease = { jobId: job.id, workerId: env.workerId, attempt: job.attempts };
    this.leaseUntil = claimedAt + env.leaseMs;
    // Built only when the run logs at an enabled level: a pino child with redaction per job was a tenth of a
    // trivial job's CPU.
    this.logger = lazyChildLogger(env.logger, { jobId: job.id, kind: job.kind, attempt: job.attempts }, {});
    this.progress = job.progress === null ? null : JSON.parse(job.progress);
  }

  /** The runner is stopping and its grace ran out: ask the handler to stop; the job will be given back. */
  abortForStop(): void {
    this.stopRequested = true;
    this.abortController().abort(new JobRunnerStoppedError());
  }

  async execute(): Promise<void> {
    const started = Date.now();
    this.heartbeat = setInterval(() => void this.beat(), Math.max(1, Math.floor(this.env.leaseMs / 3)));
    try {
      const ctx = this.context();
      let payload: unknown;
      let failure: Error | undefined;
      try {
        payload = JSON.parse(this.job.payload);
      } catch {
        failure = new PermanentJobError('The payload is not valid JSON');
      }
      if (!failure && this.job.attempts > this.job.max_attempts) {
        // Reclaimed after its worker died during the last attempt: nothing left to try.
        failure = new PermanentJobError('The worker running its last attempt stopped responding');
      }
      if (!failure) {
        try {
          await this.handler.run(payload, ctx);
        } catch (thrown) {
          failure = asError(thrown);
        }
      }
      if (this.leaseLost) {
        this.logger.warn('lease lost: another worker owns the job now; not recording this attempt');
      } else if (!failure) {
        await this.succeed(started);
      } else if (this.stopRequested) {
        await this.giveBack();
      } else {
        await this.fail(failure, payload, ctx, started);
      }
    } finally {
      this.stopHeartbeat();
    }
  }

  private context(): JobContext {
    const run = this;
    return {
      jobId: this.job.id,
      attempt: this.job.attempts,
      workerId: this.env.workerId,
      logger: this.logger,
      get signal() {
        return run.abortController().signal;
      },
      get progress() {
        return run.progress;
      },
      checkpoint: (progress) => this.checkpoint(progress),
    };
  }

  private abortController(): AbortController {
    return (this.controller ??= new AbortController());
  }

  private async checkpoint(progress: unknown): Promise<void> {
    if (this.leaseLost) throw new LeaseLostError(this.job.id);
    const now = Date.now();
    if (!(await saveProgress(this.env.store.db, this.lease, progress, now, this.env.leaseMs, this.env.store.dialect))) {
      this.loseLease();
      throw new LeaseLostError(this.job.id);
    }
    this.leaseUntil = Math.max(this.leaseUntil, now + this.env.leaseMs);
    // Read back through JSON so the handler sees what a resumed attempt would see.
    this.progress = JSON.parse(JSON.stringify(progress ?? null));
  }

  private async beat(): Promise<void> {
    if (this.settled || this.leaseLost) return;
    const now = Date.now();
    try {
      const held = await extendLease(this.env.store.db, this.lease, now, this.env.leaseMs, this.env.store.dialect);
      if (this.settled) return;
      if (held) this.leaseUntil = Math.max(this.leaseUntil, now + this.env.leaseMs);
      else this.loseLease();
    } catch (thrown) {
      if (this.settled) return;
      this.logger.warn({ error: asError(thrown).message }, 'heartbeat failed');
      // Past our own lease end another worker may already have the job; stop rather than race it.
      if (Date.now() >= this.leaseUntil) this.loseLease();
    }
  }

  private loseLease(): void {
    if (this.leaseLost) return;
    this.leaseLost = true;
    this.stopHeartbeat();
    this.abortController().abort(new LeaseLostError(this.job.id));
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  private async succeed(started: number): Promise<void> {
    this.settle();
    // One statement needs no transaction (three round trips fewer on PostgreSQL); a periodic job's next run
    // is enqueued in the same transaction as the success.
    const finished = this.isPeriodic()
      ? await this.env.store.transaction(async (trx) => {
        const now = Date.now();
        const held = await markSucceeded(trx, this.lease, now);
        if (held) await this.enqueueNextPeriodic(trx, now);
        return held;
      })
      : await (this.env.markSucceeded?.(this.lease) ?? markSucceeded(this.env.store.db, this.lease, Date.now()));
    if (!finished) return this.logger.warn('lease lost before the job could be marked succeeded');
    this.logger.info({ durationMs: Date.now() - started }, 'job succeeded');
    this.env.onOutcome?.(this.job.kind, 'succeeded', Date.now() - started);
  }

  private async fail(error: Error, payload: unknown, ctx: JobContext, started: number): Promise<void> {
    const permanent = error instanceof PermanentJobError || this.job.attempts >= this.job.max_attempts;
    if (!permanent) {
      this.settle();
      const now = Date.now();
      const runAt = now + retryDelayMs(this.job.attempts);
      if (!(await scheduleRetry(this.env.store.db, this.lease, now, runAt, error.message))) {
        return this.logger.warn('lease lost before the failure could be recorded');
      }
      // The message only: payloads and stacks can carry ids of secrets.
      this.logger.warn({ error: error.message, retryAt: runAt }, 'job failed; will retry');
      this.env.onOutcome?.(this.job.kind, 'retried', Date.now() - started);
      return;
    }
    this.logger.error({ error: error.message }, 'job failed for good');
    if (this.handler.onExhausted) {
      try {
        await this.handler.onExhausted(payload, error, ctx);
      } catch (thrown) {
        this.logger.error({ error: asError(thrown).message }, 'onExhausted failed');
      }
      if (this.leaseLost) return this.logger.warn('lease lost during onExhausted; another worker owns the job now');
    }
    this.settle();
    const finished = await this.env.store.transaction(async (trx) => {
      const now = Date.now();
      const held = await markFailed(trx, this.lease, now, error.message);
      if (held) await this.enqueueNextPeriodic(trx, now);
      return held;
    });
    if (!finished) return this.logger.warn('lease lost before the job could be marked failed');
    this.env.onOutcome?.(this.job.kind, 'failed', Date.now() - started);
  }

  private async giveBack(): Promise<void> {
    this.settle();
    if (await releaseJob(this.env.store.db, this.lease, Date.now())) this.logger.info('runner stopping: job given back');
  }

  private isPeriodic(): boolean {
    return this.env.periodic.has(this.job.kind) && this.job.key === periodicKey(this.job.kind);
  }

  /** In the transaction that finishes the job, so the chain can never break between the two. */
  private async enqueueNextPeriodic(trx: Executor<JobTables>, now: number): Promise<void> {
    const schedule = this.env.periodic.get(this.job.kind);
    if (!schedule || !this.isPeriodic()) return;
    await enqueue(trx, { kind: this.job.kind, payload: schedule.payload, key: periodicKey(this.job.kind), runAt: now + schedule.intervalMs });
  }

  private settle(): void {
    this.settled = true;
    this.stopHeartbeat();
  }
}
