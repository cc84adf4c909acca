// Real Lifeboat processes (`node bin/lifeboat.js …`) on one PostgreSQL schema, for the fault tests: an
// API-only process, any number of worker processes, and a store of the test's own on the same schema to
// seed the simulated cloud and to look at the jobs table.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, afterEach, onTestFailed } from 'vitest';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/app/schema.ts';
import { SimCloud } from '../../src/cloud/sim/index.ts';
import { narrow, openStore, type Store } from '../../src/platform/db/database.ts';
import { freePort } from '../helpers/process.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/stores.ts';

export { freePort };
import { pollUntil } from '../helpers/wait.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/lifeboat.js');

export const ADMIN_TOKEN = 'fault-test-admin-token-0123456789';

/** One pino line of a process's output, parsed. */
export type LogLine = Record<string, unknown> & { msg?: string };

/** A spawned `node bin/lifeboat.js …` with its output kept (stdout and stderr, line by line). */
export class LifeboatProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly lines: string[] = [];
  /** Set once the process has exited. */
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  readonly exited: Promise<void>;

  constructor(readonly name: string, args: readonly string[], env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (this.child.pid === undefined) throw new Error(`could not spawn ${name}`);
    this.pid = this.child.pid;
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (partial + chunk).split('\n');
        partial = parts.pop()!;
        this.lines.push(...parts.filter((line) => line !== ''));
      });
      stream.on('end', () => {
        if (partial !== '') this.lines.push(partial);
        partial = '';
      });
    }
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve();
      });
    });
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  /** The JSON (pino) lines of the output. */
  logs(): LogLine[] {
    const parsed: LogLine[] = [];
    for (const line of this.lines) {
      if (!line.startsWith('{')) continue;
      try {
        parsed.push(JSON.parse(line) as LogLine);
      } catch {
        // Not a log line.
      }
    }
    return parsed;
  }

  /** SIGKILL (unless it already exited), then waits for the exit. */
  async kill(timeoutMs = 10_000): Promise<void> {
    if (this.running) this.child.kill('SIGKILL');
    await Promise.race([this.exited, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
    if (this.running) throw new Error(`${this.name} (pid ${this.pid}) did not exit after SIGKILL`);
  }

  describe(tail = 60): string {
    const state = this.exit ? `exited (code ${this.exit.code}, signal ${this.exit.signal})` : 'running';
    return `--- ${this.name} (pid ${this.pid}, ${state}), last ${tail} lines:\n${this.lines.slice(-tail).join('\n')}`;
  }
}

/**
 * Polls `check` until it returns a value other than undefined/null/false. Fails at the deadline with the
 * last error and the last value seen, and at once if one of `watch` exits (with its output).
 */
export function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | null | false>,
  options: { timeoutMs: number; intervalMs?: number; watch?: readonly LifeboatProcess[]; state?: () => unknown },
): Promise<T> {
  return pollUntil(what, check, {
    timeoutMs: options.timeoutMs,
    intervalMs: options.intervalMs,
    failFast: () => {
      const exited = (options.watch ?? []).find((proc) => !proc.running);
      return exited && `${exited.name} exited\n${exited.describe()}`;
    },
    describe: options.state && (() => `last state: ${JSON.stringify(options.state!())}`),
  });
}


export interface ApiAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: any;
}

export interface StartWorkerOptions {
  /** Extra LIFEBOAT_* variables of this worker. */
  readonly env?: Record<string, string>;
}

/** An API-only process, workers, and the test's own store, all on one fresh PostgreSQL schema. */
export class Cluster {
  readonly processes: LifeboatProcess[] = [];
  api!: LifeboatProcess;
  baseUrl!: string;
  store!: Store<Database>;
  sim!: SimCloud;
  /** The default account's id (1 on a fresh database). */
  accountId!: number;
  /** /api/v1/accounts/{accountId}/projects/default */
  P!: string;
  private readonly env: NodeJS.ProcessEnv;
  private closed = false;

  private constructor(readonly database: TestDatabase) {
    const env: NodeJS.ProcessEnv = {};
    // Nothing of the caller's Lifeboat configuration leaks into the processes.
    for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('LIFEBOAT_')) env[key] = value;
    this.env = {
      ...env,
      LIFEBOAT_DATABASE_URL: database.databaseUrl!,
      LIFEBOAT_DATA_DIR: database.dataDir,
      LIFEBOAT_ADMIN_TOKEN: ADMIN_TOKEN,
      // Every process must share one key: each one checks it against the database's key check.
      LIFEBOAT_MASTER_KEY: randomBytes(32).toString('hex'),
      LIFEBOAT_DEMO: 'false',
      LIFEBOAT_LOG_LEVEL: 'warn',
    };
  }

  /** A fresh schema, the API-only process answering /readyz, and the demo estate seeded. */
  static async start(): Promise<Cluster> {
    const cluster = new Cluster(await createTestDatabase('postgres'));
    try {
      await cluster.startApi();
      cluster.store = openStore<Database>({ databaseUrl: cluster.database.databaseUrl, dataDir: cluster.database.dataDir, poolSize: 4 });
      cluster.sim = new SimCloud(narrow(cluster.store), { latencyMs: 0 });
      await cluster.sim.seedDemoEstate();
      const accounts = await cluster.request('GET', '/api/v1/accounts');
      if (accounts.status !== 200 || !Array.isArray(accounts.body) || accounts.body.length !== 1) {
        throw new Error(`expected the one default account, got ${accounts.status} ${JSON.stringify(accounts.body)}`);
      }
      cluster.accountId = accounts.body[0].id;
      cluster.P = `/api/v1/accounts/${cluster.accountId}/projects/default`;
      return cluster;
    } catch (error) {
      await cluster.close();
      throw error;
    }
  }

  private async startApi(): Promise<void> {
    // The free port can be taken between our probe and the server's listen: try another one then.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const api = this.spawn('api', ['serve', '--no-worker'], { LIFEBOAT_PORT: String(port) });
      const baseUrl = `http://127.0.0.1:${port}`;
      try {
        await waitFor('the API process to be ready (/readyz 200)', async () => {
          const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(5_000) });
          return response.status === 200;
        }, { timeoutMs: 60_000, intervalMs: 100, watch: [api] });
        this.api = api;
        this.baseUrl = baseUrl;
        return;
      } catch (error) {
        if (attempt < 3 && !api.running && api.lines.some((line) => line.includes('EADDRINUSE'))) continue;
        throw error;
      }
    }
  }

  /** Spawns `node bin/lifeboat.js <args>` with the cluster's environment plus `env`. */
  spawn(name: string, args: readonly string[], env: Record<string, string> = {}): LifeboatProcess {
    if (this.closed) throw new Error('the cluster is closed');
    const proc = new LifeboatProcess(name, args, { ...this.env, ...env });
    this.processes.push(proc);
    return proc;
  }

  /**
   * Starts `lifeboat worker` and waits for its runner to start (its "job runner started" line, which
   * carries the worker id). Workers log at info so the test can see which worker finished which job.
   */
  async startWorker(name: string, options: StartWorkerOptions = {}): Promise<{ proc: LifeboatProcess; workerId: string }> {
    const proc = this.spawn(name, ['worker'], { LIFEBOAT_LOG_LEVEL: 'info', ...options.env });
    const started = await waitFor(`${name} to start its job runner`, async () =>
      proc.logs().find((line) => line.msg === 'job runner started' && typeof line.workerId === 'string'),
    { timeoutMs: 60_000, intervalMs: 50, watch: [proc] });
    return { proc, workerId: started.workerId as string };
  }

  /** A request to the API process as the instance admin. */
  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer> {
    const response = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Not JSON: keep the text.
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  /** Every process's last output lines (for a failure report). */
  describe(): string {
    return this.processes.map((proc) => proc.describe()).join('\n');
  }

  /** Kills every process still running, closes the store and drops the schema. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const problems: unknown[] = [];
    const settle = async (step: () => Promise<unknown>) => {
      try {
        await step();
      } catch (error) {
        problems.push(error);
      }
    };
    await Promise.all(this.processes.map((proc) => settle(() => proc.kill())));
    if (this.store) await settle(() => this.store.close());
    await settle(() => this.database.drop());
    if (problems.length > 0) throw new AggregateError(problems, 'cleaning up the cluster failed');
  }
}

/**
 * For a describe block: clusters started through `start()` print their processes' output when a test fails,
 * and are all closed after each test and after the block, even when a test throws.
 */
export function useClusters(): { start(): Promise<Cluster> } {
  const clusters: Cluster[] = [];
  async function closeAll(): Promise<void> {
    const open = clusters.splice(0);
    const results = await Promise.allSettled(open.map((cluster) => cluster.close()));
    const failed = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed.length > 0) throw new AggregateError(failed.map((result) => result.reason), 'cleanup failed');
  }
  afterEach(closeAll, 60_000);
  afterAll(closeAll, 60_000);
  return {
    async start() {
      const cluster = await Cluster.start();
      clusters.push(cluster);
      onTestFailed(() => {
        process.stderr.write(`\nprocess output of the failed test:\n${cluster.describe()}\n`);
      });
      return cluster;
    },
  };
}
