import type { Store } from '../db/database.ts';
import type { Logger } from '../logging.ts';
import { finishAndClaim } from './claim.ts';
import type { JobLease } from './lease.ts';
import { enqueue, JOBS_CHANNEL } from './enqueue.ts';
import { asError } from './errors.ts';
import type { JobHandler } from './handler.ts';
import { JobRun, periodicKey, type JobOutcome, type PeriodicSchedule, type RunEnvironment } from './job-run.ts';
import { releaseJob, releaseWorkerJobs } from './release.ts';
import type { JobRow, JobTables } from './tables.ts';

export interface JobRunnerOptions {
  /** Unique per process (e.g. randomId('worker')): leases are held in its name. */
  readonly workerId: string;
  /** How long a claim lasts without a heartbeat; heartbeats run every leaseMs / 3. A dead worker's jobs
   * wait this long before another worker reclaims them. */
  readonly leaseMs: number;
  /** How often to look for due jobs when nothing wakes the runner. */
  readonly pollMs: number;
  /** Most jobs run at once by this runner. */
  readonly concurrency: number;
  readonly logger: Logger;
  /** For metrics: called once per attempt that reached an outcome. */
  readonly onOutcome?: (kind: string, outcome: JobOutcome, durationMs: number) => void;
}

/**
 * Claims due jobs of the kinds it has handlers for and runs them, up to `concurrency` at a time. Any
 * number of runners may share a PostgreSQL database; with SQLite there is one, in the API's process.
 */
export class JobRunner {
  private readonly store: Store<JobTables>;
  private readonly logger: Logger;
  private readonly handlers = new Map<string, JobHandler<any>>();
  private readonly periodic = new Map<string, PeriodicSchedule>();
  private readonly runs = new Map<JobRun, Promise<void>>();
  private state: 'idle' | 'running' | 'stopping' | 'stopped' = 'idle';
  private loop: Promise<void> | undefined;
  private stopping: Promise<void> | undefined;
  private endNap: (() => void) | undefined;
  /** wake() arrived while the loop was claiming: skip the next nap. */
  private wakeRequested = false;
  /** Stops the LISTEN for other processes' enqueues (PostgreSQL). */
  private unlisten: (() => Promise<void>) | undefined;
  /**
   * Successes of keyless jobs waiting to be recorded with the loop's next claim (finishAndClaim). Keyed jobs
   * record theirs at once: until its success is written a job holds its key, and an enqueue with that key in
   * the meantime inserts nothing (a later connection sync was lost that way, issue 19).
   */
  private successes: Array<{ lease: JobLease; done: (held: boolean) => void; failed: (error: unknown) => void }> = [];
  /** The runs' environments, built once (a keyless job's records its success in a batch). */
  private environments: { single: RunEnvironment; batched: RunEnvironment } | undefined;

  constructor(store: Store<any>, private readonly options: JobRunnerOptions) {
    if (!(options.leaseMs > 0 && options.pollMs > 0 && Number.isInteger(options.concurrency) && options.concurrency >= 1)) {
      throw new RangeError('leaseMs and pollMs must be positive and concurrency a positive integer');
    }
    this.store = store;
    this.logger = options.logger.child({ workerId: options.workerId });
  }

  register<P>(handler: JobHandler<P>): this {
    if (this.handlers.has(handler.kind)) throw new Error(`A handler for job kind ${handler.kind} is already registered`);
    this.handlers.set(handler.kind, handler);
    return this;
  }

  /**
   * Runs `kind` every intervalMs, measured from the end of one run to the start of the next (so a slow run
   * never overlaps the next one). The live job has the key `periodic:<kind>`, so however many runners
   * declare the same schedule there is one chain.
   */
  every(kind: string, intervalMs: number, payload: unknown = null): this {
    if (!(intervalMs > 0)) throw new RangeError('intervalMs must be positive');
    if (this.state !== 'idle') throw new Error('every() must be called before start()');
    this.periodic.set(kind, { intervalMs, payload });
    return this;
  }

  /** Ensures each periodic job exists, then claims and runs jobs until stop(). */
  async start(): Promise<void> {
    if (this.state !== 'idle') throw new Error('The job runner has already been started');
    for (const kind of this.periodic.keys()) {
      if (!this.handlers.has(kind)) throw new Error(`every('${kind}') has no registered handler`);
    }
    // A chain that already exists keeps its schedule: while its next run waits or while it runs (the run enqueues
    // its own successor with its success), nothing is enqueued. Asking only for a running job let a pending one be
    // claimed between the question and the enqueue, which then added a second, immediate run: another node's
    // runner started a moment later ran the job again 11 ms after the first (seen in CI, PostgreSQL).
    for (const [kind, schedule] of this.periodic) {
      const key = periodicKey(kind);
      const live = await this.store.db.selectFrom('jobs').select('id').where('key', '=', key).where('status', 'in', ['pending', 'running']).executeTakeFirst();
      if (!live) await enqueue(this.store.db, { kind, payload: schedule.payload, key });
    }
    // On PostgreSQL an enqueue on any node wakes every runner at once (enqueue.ts notifies); polling stays, for
    // notifications lost while the listening connection was down. Failing to listen only costs the poll delay.
    if (this.store.listen) {
      try {
        this.unlisten = await this.store.listen(JOBS_CHANNEL, () => this.wake());
      } catch (thrown) {
        this.logger.warn({ error: asError(thrown).message }, 'could not listen for new jobs; polling only');
      }
    }
    this.state = 'running';
    this.loop = this.claimLoop();
    this.logger.info({ kinds: [...this.handlers.keys()], concurrency: this.options.concurrency }, 'job runner started');
  }

  /** Looks for due jobs now instead of at the next poll (call it after committing an enqueue). */
  wake(): void {
    if (this.endNap) this.endNap();
    else this.wakeRequested = true;
  }

  /**
   * Stops claiming, lets running jobs finish for up to graceMs, then aborts their signals and waits for
   * them to return. Jobs interrupted that way are given back (pending, unlocked, the attempt not counted)
   * so another worker takes them at once rather than after a lease.
   */
  stop(graceMs = 10_000): Promise<void> {
    this.stopping ??= this.shutdown(graceMs);
    return this.stopping;
  }

  private async shutdown(graceMs: number): Promise<void> {
    if (this.state === 'idle') {
      this.state = 'stopped';
      return;
    }
    this.state = 'stopping';
    this.wake();
    await this.unlisten?.();
    await this.loop;
    if (this.runs.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
      await Promise.race([Promise.allSettled(this.runs.values()), grace]);
      clearTimeout(timer);
      for (const run of this.runs.keys()) run.abortForStop();
      // A handler that ignores its signal delays shutdown; its lease stays alive meanwhile, so giving the
      // job back early could let another worker run it alongside this one.
      await Promise.allSettled(this.runs.values());
    }
    try {
      // Normally nothing is left; this catches a run whose outcome could not be written.
      const released = await releaseWorkerJobs(this.store.db, this.options.workerId, Date.now());
      if (released > 0) this.logger.warn({ released }, 'gave back jobs still held at shutdown');
    } catch (thrown) {
      this.logger.error({ error: asError(thrown).message }, 'could not give back held jobs; their leases will expire');
    }
    this.state = 'stopped';
    this.logger.info('job runner stopped');
  }

  /**
   * Each turn records the successes waiting (keyless jobs that finished since the last turn) and fills the free
   * slots, theirs included, in one round trip (finishAndClaim). Before issue 19 a trivial job cost a statement
   * for its success and its share of a claim (on PostgreSQL a round trip and a commit each). Measured with
   * `npm run bench -- jobs` (BENCH_SECONDS=3, 6,000 jobs), before and after in alternation on 2026-12-04 while
   * other work kept the 2-core machine 200% busy (load average 15–23), so only the pairs compare:
   *   SQLite, 1 worker process:       773–1,167 → 1,678–2,809 jobs/s; worker CPU 184–206 → 115–117 µs/job
   *   PostgreSQL, 1 worker process:   172–187 → 360–369 jobs/s;       443–497 → 192–197 µs/job
   *   PostgreSQL, 4 worker processes: 228–306 → 604–763 jobs/s (1.32–1.64× → 1.68–2.07× of one); 803–899 → 274–327 µs/job
   */
  private async claimLoop(): Promise<void> {
    while (this.state === 'running') {
      const batch = this.successes;
      const free = this.options.concurrency - this.runs.size + batch.length;
      // Each waiting success is a run still counted in this.runs, so free > 0 whenever the batch is not empty.
      if (free > 0 || batch.length > 0) {
        this.successes = [];
        try {
          const now = Date.now();
          const { succeeded, claimed } = await finishAndClaim(this.store, batch.map((entry) => entry.lease), {
            workerId: this.options.workerId,
            kinds: [...this.handlers.keys()],
            limit: Math.max(0, free),
            leaseMs: this.options.leaseMs,
            now,
          });
          for (const entry of batch) entry.done(succeeded.has(entry.lease.jobId));
          if (this.state !== 'running') {
            await this.giveBack(claimed);
            break;
          }
          for (const job of claimed) this.launch(job, now);
        } catch (thrown) {
          for (const entry of batch) entry.failed(thrown);
          this.logger.error({ error: asError(thrown).message }, 'claiming jobs failed');
        }
      }
      await this.nap();
    }
    // Stopping: successes recorded since the last turn still need writing (runs wait for them).
    await this.flushSuccesses();
  }

  /** Records the waiting successes without claiming (the loop has stopped). */
  private async flushSuccesses(): Promise<void> {
    while (this.successes.length > 0) {
      const batch = this.successes;
      this.successes = [];
      try {
        const { succeeded } = await finishAndClaim(this.store, batch.map((entry) => entry.lease), {
          workerId: this.options.workerId, kinds: [], limit: 0, leaseMs: this.options.leaseMs, now: Date.now(),
        });
        for (const entry of batch) entry.done(succeeded.has(entry.lease.jobId));
      } catch (thrown) {
        for (const entry of batch) entry.failed(thrown);
      }
    }
  }

  /**
   * A keyless job's success, recorded by the loop's next turn together with its claim. Until then the job is
   * still running and leased to this worker: a crash in between runs it again, which delivery at least once
   * allows (handlers are idempotent).
   */
  private recordSuccess(lease: JobLease): Promise<boolean> {
    return new Promise((done, failed) => {
      this.successes.push({ lease, done, failed });
      if (this.state === 'running') this.wake();
      else if (this.successes.length === 1) void this.loop?.then(() => this.flushSuccesses());
    });
  }

  private launch(job: JobRow, claimedAt: number): void {
    this.environments ??= this.buildEnvironments();
    const environment = job.key === null ? this.environments.batched : this.environments.single;
    const run = new JobRun(environment, this.handlers.get(job.kind)!, job, claimedAt);
    const done = run
      .execute()
      .catch((thrown) => this.logger.error({ jobId: job.id, kind: job.kind, error: asError(thrown).message }, 'recording the job outcome failed'))
      .finally(() => {
        this.runs.delete(run);
        // A slot is free: look for more work now rather than at the next poll.
        this.wake();
      });
    this.runs.set(run, done);
  }

  private buildEnvironments(): { single: RunEnvironment; batched: RunEnvironment } {
    const single: RunEnvironment = {
      store: this.store,
      workerId: this.options.workerId,
      leaseMs: this.options.leaseMs,
      logger: this.logger,
      periodic: this.periodic,
      onOutcome: this.options.onOutcome,
    };
    return { single, batched: { ...single, markSucceeded: (lease) => this.recordSuccess(lease) } };
  }

  /** Claimed while stop() began: hand them straight back. */
  private async giveBack(jobs: readonly JobRow[]): Promise<void> {
    for (const job of jobs) {
      await releaseJob(this.store.db, { jobId: job.id, workerId: this.options.workerId, attempt: job.attempts }, Date.now()).catch(() => false);
    }
  }

  private nap(): Promise<void> {
    if (this.state !== 'running') return Promise.resolve();
    if (this.wakeRequested) {
      this.wakeRequested = false;
      // One turn of the event loop first: the runs finishing in this turn free their slots, and one claim
      // fills them all (a claim per finished job was most of a trivial job's cost, issue 19).
      return new Promise((resolve) => setImmediate(resolve));
    }
    return new Promise((resolve) => {
      const timer = setTimeout(finish, this.options.pollMs);
      const runner = this;
      function finish(): void {
        clearTimeout(timer);
        runner.endNap = undefined;
        resolve();
      }
      this.endNap = finish;
    });
  }
}
