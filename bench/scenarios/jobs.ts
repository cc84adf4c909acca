import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIGRATIONS } from '../../src/app/migrations.ts';
import { openStore } from '../../src/platform/db/database.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import type { JobTables } from '../../src/platform/jobs/index.ts';
import { createBenchDatabase, type BenchDatabase } from '../lib/database.ts';
import { NOOP_KIND, type WorkerMessage, type WorkerParentMessage } from '../lib/job-worker-child.ts';
import { machineCpu } from '../lib/load.ts';
import type { BenchContext, BenchRow, Scenario } from '../lib/types.ts';

const NAME = 'jobs';
const CHILD = fileURLToPath(new URL('../lib/job-worker-child.ts', import.meta.url));
const START_TIMEOUT_MS = 60_000;
/** Issue 19's targets, printed next to the figures (a missed target is reported; it does not fail the run). */
const TARGET_SQLITE = 5000;
const TARGET_PG_4 = 3000;
const TARGET_SCALING = 2.5;

/** A job worker process (lib/job-worker-child.ts) and its latest report. */
interface Worker {
  readonly child: ChildProcess;
  count: number;
  cpuMs: number;
  readonly exited: Promise<void>;
}

/** LIFEBOAT_JOB_* of this process, for the workers' configuration. */
function jobSettings(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[0].startsWith('LIFEBOAT_JOB_') && entry[1] !== undefined));
}

function forkWorker(database: BenchDatabase, log: (message: string) => void): Worker {
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const execArgv = [...process.execArgv, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, 'jobs')}`] : [])];
  const child = fork(CHILD, [], { execArgv, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  child.stdout!.on('data', (chunk: Buffer) => log(`worker ${child.pid}: ${chunk.toString().trimEnd()}`));
  const worker: Worker = {
    child, count: 0, cpuMs: 0,
    exited: new Promise((resolve) => child.once('exit', () => resolve())),
  };
  child.on('message', (message: WorkerMessage) => {
    if (message.type === 'done' || message.type === 'stopped') {
      worker.count = message.count;
      worker.cpuMs = message.cpuMs;
    }
  });
  const start: WorkerParentMessage = { type: 'start', databaseUrl: database.databaseUrl, dataDir: database.dataDir, env: jobSettings() };
  child.send(start);
  return worker;
}

function answer(worker: Worker, type: 'ready' | 'stopped', timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`job worker ${worker.child.pid} did not answer "${type}" within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: WorkerMessage) => {
      if (message.type === type) finish();
      else if (message.type === 'failed') finish(new Error(`job worker ${worker.child.pid}: ${message.message}`));
    };
    const onExit = () => finish(new Error(`job worker ${worker.child.pid} exited before "${type}"`));
    function finish(error?: Error) {
      clearTimeout(timer);
      worker.child.off('message', onMessage);
      worker.child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    worker.child.on('message', onMessage);
    worker.child.once('exit', onExit);
  });
}

/** Puts `count` pending bench.noop jobs in the fresh database (all due now), a transaction per 1,000. */
async function enqueueBacklog(database: BenchDatabase, count: number): Promise<void> {
  const store = openStore<JobTables>({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, poolSize: 1 });
  try {
    await migrateToLatest(store.db, store.dialect, MIGRATIONS);
    const now = Date.now();
    for (let first = 0; first < count; first += 1000) {
      const rows = Array.from({ length: Math.min(1000, count - first) }, () => ({
        kind: NOOP_KIND, payload: 'null', status: 'pending' as const, key: null, run_at: now, attempts: 0, max_attempts: 10,
        created_at: now, updated_at: now,
      }));
      // 1,000 rows × 9 columns stays under both databases' bound-parameter limits (SQLite 32,766, pg 65,535).
      await store.transaction((trx) => trx.insertInto('jobs').values(rows).execute());
    }
  } finally {
    await store.close();
  }
}

/** What the jobs table says after a run: every job succeeded exactly once? */
async function verify(database: BenchDatabase): Promise<{ succeeded: number; retried: number; other: number }> {
  const store = openStore<JobTables>({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, poolSize: 1 });
  try {
    const rows = await store.db
      .selectFrom('jobs')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('attempts').as('attempts')])
      .groupBy('status')
      .execute();
    const succeeded = rows.find((row) => row.status === 'succeeded');
    return {
      succeeded: Number(succeeded?.n ?? 0),
      retried: Number(succeeded?.attempts ?? 0) - Number(succeeded?.n ?? 0),
      other: rows.filter((row) => row.status !== 'succeeded').reduce((sum, row) => sum + Number(row.n), 0),
    };
  } finally {
    await store.close();
  }
}

interface RunFigures {
  readonly jobs: number;
  readonly seconds: number;
  readonly jobsPerSec: number;
  readonly workerCpuUsPerJob: number;
  readonly machineCpuPercent: number | undefined;
  readonly invalid?: string;
}

/** One run: a fresh database with `jobs` pending, `workers` processes started together, timed until all are done. */
async function runOnce(ctx: BenchContext, serverUrl: string | undefined, workers: number, jobs: number): Promise<RunFigures> {
  const database = await createBenchDatabase(serverUrl ?? '');
  try {
    await enqueueBacklog(database, jobs);
    const pool = Array.from({ length: workers }, () => forkWorker(database, ctx.log));
    try {
      await Promise.all(pool.map((worker) => answer(worker, 'ready', START_TIMEOUT_MS)));
      const timeoutMs = Math.max(120_000, jobs * 50); // 20 jobs/s at the very least
      const machineBefore = machineCpu();
      const started = performance.now();
      for (const worker of pool) worker.child.send({ type: 'go' } satisfies WorkerParentMessage);
      const finished = await new Promise<number | undefined>((resolve) => {
        const check = setInterval(() => {
          const done = pool.reduce((sum, worker) => sum + worker.count, 0);
          if (done >= jobs) finish(performance.now());
          else if (performance.now() - started > timeoutMs || pool.some((worker) => worker.child.exitCode !== null)) finish(undefined);
        }, 2);
        function finish(at: number | undefined) {
          clearInterval(check);
          resolve(at);
        }
      });
      const machineAfter = machineCpu();
      const elapsedMs = (finished ?? performance.now()) - started;
      await Promise.all(pool.map(async (worker) => {
        const stopped = answer(worker, 'stopped', 15_000);
        worker.child.send({ type: 'stop' } satisfies WorkerParentMessage);
        await stopped.catch(() => worker.child.kill('SIGKILL'));
        await worker.exited;
      }));
      const cpuMs = pool.reduce((sum, worker) => sum + worker.cpuMs, 0);
      const check = await verify(database);
      const problems: string[] = [];
      if (finished === undefined) problems.push(`timed out after ${(elapsedMs / 1000).toFixed(0)} s with ${pool.reduce((sum, w) => sum + w.count, 0)} of ${jobs} done`);
      if (check.succeeded !== jobs) problems.push(`${check.succeeded} of ${jobs} jobs succeeded (${check.other} in another status)`);
      if (check.retried !== 0) problems.push(`${check.retried} extra attempts (a job ran twice)`);
      return {
        jobs, seconds: elapsedMs / 1000, jobsPerSec: jobs / (elapsedMs / 1000), workerCpuUsPerJob: (cpuMs * 1000) / jobs,
        machineCpuPercent: machineBefore && machineAfter ? ((machineAfter.busyMs - machineBefore.busyMs) / elapsedMs) * 100 : undefined,
        ...(problems.length ? { invalid: problems.join('; ') } : {}),
      };
    } finally {
      for (const worker of pool) if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
    }
  } finally {
    await database.drop();
  }
}

function row(name: string, workers: number, figures: RunFigures, notes: { target?: string; scaling?: number }): BenchRow {
  return {
    scenario: NAME,
    name,
    cells: {
      workers: String(workers),
      jobs: String(figures.jobs),
      seconds: figures.seconds.toFixed(2),
      'jobs/s': figures.jobsPerSec.toFixed(0),
      'worker CPU µs/job': figures.workerCpuUsPerJob.toFixed(0),
      'machine CPU': figures.machineCpuPercent === undefined ? '-' : `${figures.machineCpuPercent.toFixed(0)}%`,
      'vs 1 worker': notes.scaling === undefined ? '-' : `${notes.scaling.toFixed(2)}×`,
      target: notes.target ?? '-',
    },
    extra: {
      workers, jobs: figures.jobs, seconds: figures.seconds, jobsPerSec: figures.jobsPerSec, workerCpuUsPerJob: figures.workerCpuUsPerJob,
      ...(figures.machineCpuPercent === undefined ? {} : { machineCpuPercent: figures.machineCpuPercent }),
      ...(notes.scaling === undefined ? {} : { scalingFrom1: notes.scaling }),
    },
    ...(figures.invalid ? { invalid: figures.invalid } : {}),
  };
}

const met = (ok: boolean, what: string) => `${what} ${ok ? 'met' : 'MISSED'}`;

/**
 * Job throughput: a backlog of trivial jobs (a handler that returns at once) drained by worker processes
 * with the default configuration (LIFEBOAT_JOB_CONCURRENCY, LIFEBOAT_JOB_POLL_MS), timed from the workers'
 * start to the last success. SQLite with one worker process (its deployment); PostgreSQL with 1 and with 4
 * worker processes when LIFEBOAT_DATABASE_URL is set. BENCH_JOBS sets the backlog (default 2,000 per
 * BENCH_SECONDS).
 */
export const scenario: Scenario = {
  name: NAME,
  description: 'trivial jobs/s: SQLite with one worker process; PostgreSQL with 1 and 4 (LIFEBOAT_DATABASE_URL)',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const raw = process.env.BENCH_JOBS;
    if (raw !== undefined && raw !== '' && !(/^\d+$/.test(raw) && Number(raw) >= 100 && Number(raw) <= 10_000_000)) {
      throw new Error(`BENCH_JOBS must be a whole number from 100 to 10000000, got "${raw}"`);
    }
    const jobs = raw ? Number(raw) : 2000 * ctx.settings.seconds;
    const rows: BenchRow[] = [];

    ctx.log(`jobs: ${jobs} trivial jobs on SQLite, one worker process`);
    const sqlite = await runOnce(ctx, undefined, 1, jobs);
    rows.push(row('SQLite, 1 worker process', 1, sqlite, { target: met(sqlite.jobsPerSec >= TARGET_SQLITE, `≥ ${TARGET_SQLITE}/s`) }));

    const pgUrl = process.env.LIFEBOAT_DATABASE_URL || undefined;
    if (pgUrl) {
      ctx.log(`jobs: ${jobs} trivial jobs on PostgreSQL, one worker process`);
      const one = await runOnce(ctx, pgUrl, 1, jobs);
      rows.push(row('PostgreSQL, 1 worker process', 1, one, {}));
      ctx.log(`jobs: ${jobs} trivial jobs on PostgreSQL, four worker processes`);
      const four = await runOnce(ctx, pgUrl, 4, jobs);
      const scaling = four.jobsPerSec / one.jobsPerSec;
      rows.push(row('PostgreSQL, 4 worker processes', 4, four, {
        scaling,
        target: `${met(four.jobsPerSec >= TARGET_PG_4, `≥ ${TARGET_PG_4}/s`)}, ${met(scaling >= TARGET_SCALING, `≥ ${TARGET_SCALING}× from 1`)}`,
      }));
    }
    rows[0] = { ...rows[0]!, notes: [`each worker process runs the default configuration (concurrency ${process.env.LIFEBOAT_JOB_CONCURRENCY || 4}, poll ${process.env.LIFEBOAT_JOB_POLL_MS || 500} ms); worker CPU is the sum over the worker processes (PostgreSQL's own CPU is in machine CPU)`] };
    return rows;
  },
};
