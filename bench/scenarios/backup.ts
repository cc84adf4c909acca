// Lifeboat's own backup at scale (issue 23): `lifeboat backup`, `restore --check` and `restore` as real processes on a
// catalog grown by N audit events, with each process's peak RSS and time. The baseline, measured in the same run, is
// the same three commands on the catalog before it grew: a format that streams keeps the peak near it, whatever N.
//
//   BENCH_BACKUP_ROWS   audit events added, comma-separated steps (default 20000,200000)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openStore } from '../../src/platform/db/database.ts';
import { createBenchDatabase, type BenchDatabase } from '../lib/database.ts';
import { freePort, mib, readRss } from '../lib/proc.ts';
import type { BenchContext, BenchRow, Scenario } from '../lib/types.ts';

const NAME = 'backup';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/lifeboat.js');
/** The growth of the peak RSS over the baseline allowed at the largest step. */
const TARGET_GROWTH_MIB = 64;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function steps(): number[] {
  const raw = process.env.BENCH_BACKUP_ROWS ?? '20000,200000';
  const values = raw.split(',').map((s) => s.trim());
  if (values.some((v) => !/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 10_000_000)) {
    throw new Error(`BENCH_BACKUP_ROWS must be whole numbers from 1 to 10000000, comma-separated, got "${raw}"`);
  }
  return values.map(Number).sort((a, b) => a - b);
}

function environment(database: BenchDatabase, key: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LIFEBOAT_')));
  return Object.assign(env, {
    LIFEBOAT_DATA_DIR: database.dataDir,
    ...(database.databaseUrl ? { LIFEBOAT_DATABASE_URL: database.databaseUrl } : {}),
    LIFEBOAT_MASTER_KEY: key,
    LIFEBOAT_DEMO: 'false',
    LIFEBOAT_LOG_LEVEL: 'warn',
    ...extra,
  });
}

interface Run {
  readonly ms: number;
  /** The highest VmHWM read (every 20 ms) before the process ended. */
  readonly peakBytes: number;
  readonly stdout: string;
}

/** Runs a lifeboat command to its end, reading its peak resident set as it runs. */
async function lifeboat(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  let peakBytes = 0;
  const sampler = setInterval(() => {
    const reading = readRss(child.pid!);
    if (reading) peakBytes = Math.max(peakBytes, reading.hwmBytes);
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`lifeboat ${args[0]} exited ${code}: ${stderr.slice(-500)}`);
  return { ms: performance.now() - started, peakBytes, stdout };
}

/** The first start: migrations, the default account. */
async function prepare(database: BenchDatabase, key: string): Promise<void> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve'], { cwd: ROOT, env: environment(database, key, { LIFEBOAT_PORT: String(port), LIFEBOAT_ADMIN_TOKEN: `bench-${randomBytes(8).toString('hex')}` }), stdio: 'ignore' });
  try {
    for (const started = Date.now(); ;) {
      if (Date.now() - started > 120_000) throw new Error('lifeboat serve: no /readyz 200 within 120 s');
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200, () => false);
      if (ok) break;
      await sleep(50);
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** Adds audit events until the catalog holds `total` more than at the start (what a busy year leaves). */
async function grow(database: BenchDatabase, added: number, total: number): Promise<void> {
  const store = openStore<any>({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, poolSize: 2 });
  try {
    const account = Number((await sql<{ id: number }>`select min(id) as id from accounts`.execute(store.db)).rows[0]!.id);
    for (let i = added; i < total; i += 1000) {
      const rows = Array.from({ length: Math.min(1000, total - i) }, (_, j) => ({
        account_id: account, project_id: null, actor: 'sa:ci-bot', actor_name: 'ci-bot', action: 'updateCloudAssembly', method: 'PUT',
        path: `/api/v1/accounts/${account}/projects/default/cloud-assemblies/${(i + j) % 500}`, target_type: 'cloudAssembly', target_id: String((i + j) % 500),
        result: 'success', status_code: 200, request_id: randomBytes(8).toString('hex'), created_at: 1_796_000_000_000 + (i + j) * 1000,
      }));
      await store.db.insertInto('audit_events').values(rows).execute();
    }
  } finally {
    await store.close();
  }
}

interface Step {
  readonly rows: number;
  readonly backup: Run;
  readonly check: Run;
  readonly restore: Run;
  readonly archiveBytes: number;
}

async function measureStep(source: BenchDatabase, key: string, rows: number, ctx: BenchContext): Promise<Step> {
  const archive = path.join(source.dataDir, `catalog-${rows}.lbk`);
  const backup = await lifeboat(['backup', '--out', archive], environment(source, key));
  const archiveBytes = fs.statSync(archive).size;
  const target = await createBenchDatabase(source.databaseUrl ? process.env.LIFEBOAT_DATABASE_URL : undefined);
  try {
    const check = await lifeboat(['restore', '--from', archive, '--check'], environment(target, key));
    const restore = await lifeboat(['restore', '--from', archive], environment(target, key));
    ctx.log(`backup: +${rows} rows: backup ${Math.round(backup.ms)} ms / ${mib(backup.peakBytes)} MiB, check ${Math.round(check.ms)} ms / ${mib(check.peakBytes)} MiB, restore ${Math.round(restore.ms)} ms / ${mib(restore.peakBytes)} MiB, archive ${mib(archiveBytes)} MiB`);
    return { rows, backup, check, restore, archiveBytes };
  } finally {
    fs.rmSync(archive, { force: true });
    await target.drop();
  }
}

export const scenario: Scenario = {
  name: NAME,
  description: 'lifeboat backup, restore --check and restore of a catalog grown by N audit events: peak RSS and time against the ungrown catalog',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const sizes = steps();
    const source = await createBenchDatabase();
    ctx.defer(() => source.drop());
    const key = randomBytes(32).toString('hex');
    ctx.log(`backup: preparing the catalog (${source.dialect})`);
    await prepare(source, key);
    const results: Step[] = [await measureStep(source, key, 0, ctx)];
    let added = 0;
    for (const rows of sizes) {
      ctx.log(`backup: adding audit events up to +${rows}`);
      await grow(source, added, rows);
      added = rows;
      results.push(await measureStep(source, key, rows, ctx));
    }
    const base = results[0]!;
    const largest = results.at(-1)!;
    return results.map((step): BenchRow => {
      const cell = (run: Run, baseline: Run) => `${(run.ms / 1000).toFixed(1)} s, ${mib(run.peakBytes)} MiB (${(run.peakBytes / baseline.peakBytes).toFixed(2)}×)`;
      const growth = Math.max(step.backup.peakBytes - base.backup.peakBytes, step.check.peakBytes - base.check.peakBytes, step.restore.peakBytes - base.restore.peakBytes);
      return {
        scenario: NAME,
        name: step.rows === 0 ? 'the catalog as made (the baseline)' : `+${step.rows.toLocaleString('en')} audit events`,
        ...(step.backup.peakBytes > 0 && step.restore.peakBytes > 0 ? {} : { invalid: 'no peak RSS read from /proc' }),
        cells: {
          database: source.dialect,
          archive: `${mib(step.archiveBytes)} MiB`,
          backup: cell(step.backup, base.backup),
          'restore --check': cell(step.check, base.check),
          restore: cell(step.restore, base.restore),
          target: step === largest && step !== base
            ? `peak growth ≤ ${TARGET_GROWTH_MIB} MiB: ${growth <= TARGET_GROWTH_MIB * 2 ** 20 ? 'met' : 'missed'} (${mib(growth)} MiB)`
            : '',
        },
        extra: {
          rows: step.rows, archiveBytes: step.archiveBytes,
          backupMs: Math.round(step.backup.ms), backupPeakMiB: Math.round(step.backup.peakBytes / 2 ** 20),
          checkMs: Math.round(step.check.ms), checkPeakMiB: Math.round(step.check.peakBytes / 2 ** 20),
          restoreMs: Math.round(step.restore.ms), restorePeakMiB: Math.round(step.restore.peakBytes / 2 ** 20),
        },
      };
    });
  },
};
