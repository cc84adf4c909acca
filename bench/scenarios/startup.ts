// Cold start and idle memory of `lifeboat serve` on an existing data dir (issue 19): the compiled server
// (dist/server, what the bin runs after npm install) against the same command running the TypeScript
// sources through tsx (LIFEBOAT_RUN_SOURCE=1, how every start ran before), measured in the same run,
// alternating, so both see the same machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledEntry } from '../../bin/compiled-entry.js';
import { createBenchDatabase, type BenchDatabase } from '../lib/database.ts';
import { freePort, median, mib, readCpuMs, readRss } from '../lib/proc.ts';
import type { BenchContext, BenchRow, Scenario } from '../lib/types.ts';

const NAME = 'startup';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/lifeboat.js');
const TARGET_READY_MS = 500;
const TARGET_RSS_MIB = 120;
const MiB = 2 ** 20;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function settings(): { runs: number; idleMs: number } {
  const runs = process.env.BENCH_STARTUP_RUNS ?? '5';
  const idle = process.env.BENCH_STARTUP_IDLE_S ?? '5';
  if (!/^\d+$/.test(runs) || Number(runs) < 1 || Number(runs) > 100) throw new Error(`BENCH_STARTUP_RUNS must be a whole number from 1 to 100, got "${runs}"`);
  if (!/^\d+$/.test(idle) || Number(idle) > 600) throw new Error(`BENCH_STARTUP_IDLE_S must be a whole number of seconds up to 600, got "${idle}"`);
  return { runs: Number(runs), idleMs: Number(idle) * 1000 };
}

interface Start {
  /** From spawn to the first /readyz 200 (polled every 5 ms). */
  readonly readyMs: number;
  /** CPU the process had used by then (user + system). */
  readonly cpuMs: number;
  /** VmRSS after the idle wait. */
  readonly idleRssBytes: number;
}

type Mode = 'compiled' | 'tsx';

/** One `lifeboat serve` on the data dir: time to /readyz 200, its CPU by then, its RSS after idling; then SIGTERM. */
async function startOnce(database: BenchDatabase, token: string, mode: Mode, idleMs: number): Promise<Start> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('LIFEBOAT_')));
  Object.assign(env, {
    LIFEBOAT_DATA_DIR: database.dataDir,
    ...(database.databaseUrl ? { LIFEBOAT_DATABASE_URL: database.databaseUrl } : {}),
    LIFEBOAT_ADMIN_TOKEN: token,
    LIFEBOAT_DEMO: 'false',
    LIFEBOAT_LOG_LEVEL: 'warn',
    LIFEBOAT_PORT: String(port),
    ...(mode === 'tsx' ? { LIFEBOAT_RUN_SOURCE: '1' } : {}),
  });
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    let readyMs: number | undefined;
    while (readyMs === undefined) {
      if (child.exitCode !== null) throw new Error(`lifeboat serve exited (${child.exitCode}): ${stderr.slice(-500)}`);
      if (performance.now() - started > 120_000) throw new Error('no /readyz 200 within 120 s');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (response.status === 200) readyMs = performance.now() - started;
        await response.arrayBuffer();
      } catch {
        // not listening yet
      }
      if (readyMs === undefined) await sleep(5);
    }
    const cpuMs = readCpuMs(child.pid!) ?? Number.NaN;
    await sleep(idleMs);
    const idleRssBytes = readRss(child.pid!)?.rssBytes ?? Number.NaN;
    return { readyMs, cpuMs, idleRssBytes };
  } finally {
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

export const scenario: Scenario = {
  name: NAME,
  description: 'cold start of lifeboat serve to /readyz 200 on an existing data dir and idle RSS: compiled vs tsx',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const { runs, idleMs } = settings();
    if (!compiledEntry(new URL(`file://${ROOT}/`))) throw new Error('dist/server is missing or older than src/: run npm run build:server first');
    const database = await createBenchDatabase();
    ctx.defer(() => database.drop());
    const token = `bench-${randomBytes(16).toString('hex')}`;
    // The first start migrates the fresh database and issues the keys: the data dir then exists, as on a restart.
    ctx.log(`startup: preparing the data dir (${database.dialect})`);
    await startOnce(database, token, 'compiled', 0);

    const results: Record<Mode, Start[]> = { compiled: [], tsx: [] };
    for (let i = 0; i < runs; i++) {
      for (const mode of (i % 2 ? ['compiled', 'tsx'] : ['tsx', 'compiled']) as Mode[]) {
        const result = await startOnce(database, token, mode, idleMs);
        ctx.log(`startup: ${mode} run ${i + 1}/${runs}: ready in ${Math.round(result.readyMs)} ms (${Math.round(result.cpuMs)} ms CPU), idle RSS ${mib(result.idleRssBytes)} MiB`);
        results[mode].push(result);
      }
    }
    const figures = (mode: Mode) => ({
      readyMs: median(results[mode].map((r) => r.readyMs)),
      cpuMs: median(results[mode].map((r) => r.cpuMs)),
      rssBytes: median(results[mode].map((r) => r.idleRssBytes)),
    });
    const tsx = figures('tsx');
    const compiled = figures('compiled');
    const row = (name: string, mode: Mode, f: ReturnType<typeof figures>, baseline: boolean): BenchRow => ({
      scenario: NAME,
      name,
      ...(Number.isFinite(f.readyMs) && Number.isFinite(f.rssBytes) ? {} : { invalid: 'no figure read from /proc' }),
      cells: {
        runs: `median of ${runs}, ${database.dialect}`,
        'to /readyz 200': `${(f.readyMs / 1000).toFixed(2)} s`,
        'CPU by then': `${(f.cpuMs / 1000).toFixed(2)} s`,
        [`idle RSS (after ${idleMs / 1000} s)`]: `${mib(f.rssBytes)} MiB`,
        'vs tsx': baseline ? '1× (baseline)' : `${(f.readyMs / tsx.readyMs).toFixed(2)}× time, ${(f.rssBytes / tsx.rssBytes).toFixed(2)}× RSS`,
        target: baseline ? '' : `< ${TARGET_READY_MS / 1000} s: ${f.readyMs < TARGET_READY_MS ? 'met' : 'missed'}; < ${TARGET_RSS_MIB} MiB: ${f.rssBytes < TARGET_RSS_MIB * MiB ? 'met' : 'missed'}`,
      },
      extra: {
        mode, runs, readyMs: Math.round(f.readyMs), cpuMs: Math.round(f.cpuMs), idleRssMiB: Math.round(f.rssBytes / MiB),
        readyMsAll: results[mode].map((r) => Math.round(r.readyMs)).join(','),
      },
    });
    return [
      row('tsx (LIFEBOAT_RUN_SOURCE=1, the baseline)', 'tsx', tsx, true),
      row('compiled (dist/server)', 'compiled', compiled, false),
    ];
  },
};
