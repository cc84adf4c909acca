import { benchEstate, seedDatabase } from '../lib/estate.ts';
import { connectAndSync, startLifeboat, type BenchLifeboat } from '../lib/lifeboat.ts';
import { mib, readCpuMs, sampleRss, type RssFigures } from '../lib/proc.ts';
import type { BenchContext, BenchRow, Scenario } from '../lib/types.ts';

const NAME = 'recover';
const ACCOUNT = '111111111111';
const REGION = 'us-east-1';
const POLL_MS = 100;

const count = (n: number) => n.toLocaleString('en-US');
const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function settings(): { sizes: number[]; timeoutMs: number } {
  const raw = process.env.BENCH_RECOVER_SIZES ?? '10000';
  const sizes = raw.split(',').map((s) => s.trim().replace(/_/g, ''));
  if (!sizes.every((s) => /^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= 1_000_000)) {
    throw new Error(`BENCH_RECOVER_SIZES must be a comma-separated list of whole numbers from 1 to 1000000, got "${raw}"`);
  }
  const timeout = process.env.BENCH_RECOVER_TIMEOUT_S ?? '600';
  if (!/^\d+$/.test(timeout) || Number(timeout) < 1) throw new Error(`BENCH_RECOVER_TIMEOUT_S must be a whole number of seconds, got "${timeout}"`);
  return { sizes: [...new Set(sizes.map(Number))], timeoutMs: Number(timeout) * 1000 };
}

/** One measured operation: from its POST to the first poll that saw it finished. */
interface Phase {
  readonly wallMs: number;
  readonly rss: RssFigures;
  readonly cpuMs: number;
  readonly outcome: string;
  /** Statements the server sent to PostgreSQL during the phase (its status polls included); undefined on SQLite. */
  readonly statements: number | undefined;
}

/** POSTs, then polls `read` until it says done; the wall time, the server's peak RSS and CPU meanwhile. */
async function measurePhase(lifeboat: BenchLifeboat, timeoutMs: number, start: () => Promise<void>, read: () => Promise<string | undefined>): Promise<Phase> {
  const pid = lifeboat.server.pid;
  const cpuBefore = readCpuMs(pid);
  const statementsBefore = (await lifeboat.server.usage()).pgStatements;
  const sampler = sampleRss(pid);
  const started = performance.now();
  let outcome: string | undefined;
  let rss: RssFigures;
  try {
    await start();
    while (outcome === undefined) {
      if (performance.now() - started > timeoutMs) throw new Error(`timed out after ${seconds(timeoutMs)} s`);
      await sleep(POLL_MS);
      outcome = await read();
    }
  } finally {
    rss = sampler.stop();
  }
  const wallMs = performance.now() - started;
  const cpuAfter = readCpuMs(pid);
  const statements = lifeboat.database.dialect === 'postgres' ? (await lifeboat.server.usage()).pgStatements - statementsBefore : undefined;
  return { wallMs, rss, outcome, statements, cpuMs: cpuBefore === undefined || cpuAfter === undefined ? Number.NaN : cpuAfter - cpuBefore };
}

async function recoverOnce(ctx: BenchContext, size: number, timeoutMs: number): Promise<BenchRow> {
  const tag = { key: 'bench', value: String(size) };
  const lifeboat = await startLifeboat({
    log: ctx.log,
    async prepare(database) {
      await seedDatabase(database, async (sim) => {
        for (const chunk of benchEstate(size, { accountId: ACCOUNT, region: REGION, tag })) await sim.putResources(chunk);
        // The recovery rebuilds the whole estate beside the original: AWS's default quotas (40 DB instances,
        // 5 vCPUs) would stop it at pre-flight, so the account's are raised, as a customer would ask AWS to.
        for (const quota of ['vpcs', 'elastic-ips', 'on-demand-vcpus', 'rds-instances'] as const) {
          await sim.putQuota({ accountId: ACCOUNT, region: '*', quota, limit: 1_000_000 });
        }
      });
    },
  });
  ctx.defer(() => lifeboat.close());
  try {
    const connectionId = await connectAndSync(lifeboat, `bench-${size}`, timeoutMs);
    const assemblies = `${lifeboat.projectPath}/aws/cloud-assemblies`;
    const created = await lifeboat.request('POST', assemblies, {
      name: `bench-${size}`, cloudConnectionId: connectionId, sourceRegion: REGION,
      resourceFilterStrategy: { filterType: 'tags', conditions: 'match-all-tags', tags: [tag] },
    });
    if (created.status !== 201) throw new Error(`creating the assembly: ${created.status} ${JSON.stringify(created.body)}`);
    const base = `${assemblies}/${(created.body as { id: number }).id}`;

    // The baseline, measured in the same run on the same estate: the protection the recovery starts from.
    ctx.log(`recover ${count(size)}: protecting (the baseline)`);
    let protectionId = '';
    const protect = await measurePhase(lifeboat, timeoutMs, async () => {
      const posted = await lifeboat.request('POST', `${base}/protections`, {});
      if (posted.status !== 202) throw new Error(`POST protections: ${posted.status} ${JSON.stringify(posted.body)}`);
      protectionId = posted.body.id;
    }, async () => {
      const status = (await lifeboat.request('GET', `${base}/protections/status?protection_id=${protectionId}`)).body.status as string;
      return ['created', 'preparing', 'preparation-completed', 'in-progress'].includes(status) ? undefined : status;
    });
    if (protect.outcome !== 'success') throw new Error(`the protection ended ${protect.outcome}`);

    ctx.log(`recover ${count(size)}: protected in ${seconds(protect.wallMs)} s; recovering`);
    let recoveryId = '';
    let recovered = 0;
    const recover = await measurePhase(lifeboat, timeoutMs, async () => {
      const posted = await lifeboat.request('POST', `${base}/recoveries`, { recoveryName: `bench-${size}`, protectionId });
      if (posted.status !== 202) throw new Error(`POST recoveries: ${posted.status} ${JSON.stringify(posted.body)}`);
      recoveryId = posted.body.id;
    }, async () => {
      // The list carries the counts; the details would carry every resource.
      const rows = (await lifeboat.request('GET', `${base}/recoveries`)).body as Array<{ id: string; recoveryStatus: string; recoveredCount: number }>;
      const row = rows.find((r) => r.id === recoveryId);
      recovered = row?.recoveredCount ?? 0;
      return !row || ['pending', 'in-progress'].includes(row.recoveryStatus) ? undefined : row.recoveryStatus;
    });

    ctx.log(`recover ${count(size)}: ${recover.outcome} in ${seconds(recover.wallMs)} s; resetting`);
    let deleted = 0;
    const reset = await measurePhase(lifeboat, timeoutMs, async () => {
      const posted = await lifeboat.request('POST', `${base}/recoveries/${recoveryId}/reset`);
      if (posted.status !== 202) throw new Error(`POST reset: ${posted.status} ${JSON.stringify(posted.body)}`);
    }, async () => {
      const status = (await lifeboat.request('GET', `${base}/recoveries/${recoveryId}/reset-status`)).body as { status: string; message: string };
      return ['completed', 'failed'].includes(status.status) ? `${status.status}: ${status.message}` : undefined;
    });
    deleted = Number((await lifeboat.request('GET', `${base}/recoveries`)).body.find((r: { id: string }) => r.id === recoveryId)?.resetDeletedCount ?? 0);
    ctx.log(`recover ${count(size)}: reset ${reset.outcome} in ${seconds(reset.wallMs)} s`);

    let invalid: string | undefined;
    if (recover.outcome !== 'completed') invalid = `the recovery ended ${recover.outcome}`;
    else if (recovered !== size) invalid = `${recovered} resources recovered, not ${size}`;
    else if (!reset.outcome.startsWith('completed')) invalid = `the reset ended ${reset.outcome}`;
    else if (deleted !== size) invalid = `the reset deleted ${deleted} resources, not ${size}`;
    const cpu = (phase: Phase) => (Number.isFinite(phase.cpuMs) ? `${Math.round((phase.cpuMs / phase.wallMs) * 100)}%` : '-');
    return {
      scenario: NAME,
      name: `recover + reset ${count(size)}`,
      ...(invalid ? { invalid } : {}),
      cells: {
        resources: count(size),
        'protect s (baseline)': seconds(protect.wallMs),
        'recover s': seconds(recover.wallMs),
        'recover vs protect': `${(recover.wallMs / protect.wallMs).toFixed(2)}×`,
        'recover peak RSS MiB': mib(recover.rss.peakBytes),
        'reset s': seconds(reset.wallMs),
        'reset vs protect': `${(reset.wallMs / protect.wallMs).toFixed(2)}×`,
        'reset peak RSS MiB': mib(reset.rss.peakBytes),
        'server CPU (recover/reset)': `${cpu(recover)} / ${cpu(reset)}`,
        ...(protect.statements === undefined ? {} : { 'PG statements (protect/recover/reset)': [protect, recover, reset].map((p) => count(p.statements!)).join(' / ') }),
      },
      extra: {
        size, protectMs: Math.round(protect.wallMs), recoverMs: Math.round(recover.wallMs), resetMs: Math.round(reset.wallMs),
        recoverPeakRssBytes: recover.rss.peakBytes ?? 0, resetPeakRssBytes: reset.rss.peakBytes ?? 0, protectPeakRssBytes: protect.rss.peakBytes ?? 0,
        recovered, deleted, database: lifeboat.database.dialect,
        ...(protect.statements === undefined ? {} : { protectStatements: protect.statements, recoverStatements: recover.statements!, resetStatements: reset.statements! }),
      },
      notes: [
        `protection (the baseline, same estate, same process): ${seconds(protect.wallMs)} s, peak RSS ${mib(protect.rss.peakBytes)} MiB`,
        `recovery: ${recover.outcome}, ${count(recovered)} resources rebuilt in dependency order (${POLL_MS} ms polls of the list)`,
        `reset: ${reset.outcome}`,
      ],
    };
  } finally {
    await lifeboat.close();
  }
}

/**
 * A recovery and a reset of an assembly of N simulated resources at zero latency (N = 10,000 by default), in a
 * fresh Lifeboat process: each one's wall time and the server's peak RSS, against the protection of the same
 * assembly measured in the same run.
 */
export const scenario: Scenario = {
  name: NAME,
  description: 'recover and reset an assembly of N simulated resources (BENCH_RECOVER_SIZES, default 10000), against its protection',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const { sizes, timeoutMs } = settings();
    const rows: BenchRow[] = [];
    for (const size of sizes.sort((a, b) => a - b)) {
      try {
        rows.push(await recoverOnce(ctx, size, timeoutMs));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        ctx.log(`recover ${count(size)} failed: ${message}`);
        rows.push({ scenario: NAME, name: `recover + reset ${count(size)}`, invalid: message, cells: { status: 'error' } });
      }
    }
    return rows;
  },
};
