import { benchEstate, benchEstateMix, seedDatabase } from '../lib/estate.ts';
import { connectAndSync, startLifeboat } from '../lib/lifeboat.ts';
import { mib, readCpuMs, sampleRss, type RssFigures } from '../lib/proc.ts';
import type { BenchContext, BenchRow, Scenario } from '../lib/types.ts';

const NAME = 'protect';
const ACCOUNT = '111111111111';
const REGION = 'us-east-1';
const REPLICA_REGION = 'us-west-2';
/** The issue's target (issue 3, Benchmarks): 10,000 resources in under 15 s with under 400 MB. */
const TARGET = { size: 10_000, seconds: 15, rssMiB: 400 } as const;
/** The statuses of a protection that is still working (src/modules/protections/state-machine.ts RUNNING_STATUSES). */
const RUNNING = new Set(['created', 'preparing', 'preparation-completed', 'in-progress']);
const POLL_MS = 50;

interface Settings {
  readonly sizes: readonly number[];
  /** Sizes run once more with one replica region, reported separately. */
  readonly replicaSizes: readonly number[];
  readonly timeoutMs: number;
}

function sizeList(name: string, fallback: readonly number[]): readonly number[] {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  if (raw.trim() === '' || raw.trim() === 'none' || raw.trim() === '0') return [];
  const sizes = raw.split(',').map((part) => part.trim().replace(/_/g, ''));
  if (!sizes.every((size) => /^\d+$/.test(size) && Number(size) >= 1 && Number(size) <= 1_000_000)) {
    throw new Error(`${name} must be a comma-separated list of whole numbers from 1 to 1000000 (or "none"), got "${raw}"`);
  }
  return [...new Set(sizes.map(Number))];
}

function settings(): Settings {
  const rawTimeout = process.env.BENCH_PROTECT_TIMEOUT_S;
  let timeoutS = 600;
  if (rawTimeout !== undefined && rawTimeout !== '') {
    if (!/^\d+$/.test(rawTimeout) || Number(rawTimeout) < 1 || Number(rawTimeout) > 86_400) {
      throw new Error(`BENCH_PROTECT_TIMEOUT_S must be a whole number of seconds from 1 to 86400, got "${rawTimeout}"`);
    }
    timeoutS = Number(rawTimeout);
  }
  return {
    sizes: sizeList('BENCH_PROTECT_SIZES', [1_000, 10_000, 100_000]),
    replicaSizes: sizeList('BENCH_PROTECT_REPLICA_SIZES', [10_000]),
    timeoutMs: timeoutS * 1000,
  };
}

const count = (n: number) => n.toLocaleString('en-US');
const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const rate = (n: number, ms: number) => (ms > 0 ? Math.round((n * 1000) / ms) : Number.NaN);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What one protection run measured. */
interface RunResult {
  readonly size: number;
  readonly replicaRegions: readonly string[];
  readonly status: string;
  readonly timedOut: boolean;
  /** From the POST to the first poll that saw a final status (or to the time limit). */
  readonly wallMs: number;
  /** From the POST to the first poll that saw each status. */
  readonly phases: Readonly<Record<string, number>>;
  /** Response times of the status polls during the protection, ms, in order. */
  readonly pollMs: readonly number[];
  readonly resourceCount: number;
  readonly dataResourceCount: number;
  readonly snapshotsCompleted: number;
  readonly snapshotsFailed: number;
  readonly statusMessage: string | null;
  readonly rss: RssFigures;
  /** Server CPU (user + system) during the protection, ms. */
  readonly serverCpuMs: number;
  readonly seedMs: number;
  readonly syncMs: number;
  readonly pid: number;
  readonly database: string;
}

async function protectOnce(ctx: BenchContext, size: number, replicaRegions: readonly string[], timeoutMs: number): Promise<RunResult> {
  const label = `${count(size)} resources${replicaRegions.length ? `, replica ${replicaRegions.join(', ')}` : ''}`;
  const tag = { key: 'bench', value: String(size) };
  let seedMs = 0;
  ctx.log(`protect ${label}: seeding the simulated estate`);
  const lifeboat = await startLifeboat({
    log: ctx.log,
    async prepare(database) {
      const started = performance.now();
      await seedDatabase(database, async (sim) => {
        for (const chunk of benchEstate(size, { accountId: ACCOUNT, region: REGION, tag })) await sim.putResources(chunk);
      });
      seedMs = performance.now() - started;
    },
  });
  ctx.defer(() => lifeboat.close());
  try {
    ctx.log(`protect ${label}: seeded in ${seconds(seedMs)} s; server pid ${lifeboat.server.pid}; connecting (verify, then sync the inventory)`);
    const syncStarted = performance.now();
    const connectionId = await connectAndSync(lifeboat, `bench-${size}`, timeoutMs);
    const syncMs = performance.now() - syncStarted;

    const assemblies = `${lifeboat.projectPath}/aws/cloud-assemblies`;
    const created = await lifeboat.request('POST', assemblies, {
      name: `bench-${size}${replicaRegions.length ? '-replica' : ''}`,
      description: `benchmark: ${label}`,
      cloudConnectionId: connectionId,
      sourceRegion: REGION,
      resourceFilterStrategy: { filterType: 'tags', conditions: 'match-all-tags', tags: [tag] },
      replicaRegions,
    });
    if (created.status !== 201) throw new Error(`creating the assembly: ${created.status} ${JSON.stringify(created.body)}`);
    const assemblyId = (created.body as { id: number }).id;
    const protections = `${assemblies}/${assemblyId}/protections`;
    ctx.log(`protect ${label}: connection synced in ${seconds(syncMs)} s; assembly ${assemblyId}; protecting (time limit ${timeoutMs / 1000} s)`);

    const cpuBefore = readCpuMs(lifeboat.server.pid);
    const sampler = sampleRss(lifeboat.server.pid);
    const started = performance.now();
    const phases: Record<string, number> = {};
    const pollMs: number[] = [];
    let status = 'created';
    let protectionId = '';
    let timedOut = false;
    try {
      const posted = await lifeboat.request('POST', protections, {});
      if (posted.status !== 202) {
        throw new Error(`POST protections: ${posted.status} ${JSON.stringify(posted.body)}`);
      }
      protectionId = (posted.body as { id: string }).id;
      status = (posted.body as { status: string }).status;
      let lastLog = started;
      for (;;) {
        const at = performance.now();
        phases[status] ??= at - started;
        if (!RUNNING.has(status)) break;
        if (at - started > timeoutMs) {
          timedOut = true;
          break;
        }
        if (at - lastLog > 10_000) {
          ctx.log(`protect ${label}: ${status} after ${seconds(at - started)} s`);
          lastLog = at;
        }
        await sleep(POLL_MS);
        const sent = performance.now();
        // On SQLite one poll can be held for the whole job (see the README): the deadline must cut it short too.
        const remaining = Math.max(1, Math.ceil(timeoutMs - (sent - started)));
        let response;
        try {
          response = await lifeboat.request('GET', `${protections}/status?protection_id=${encodeURIComponent(protectionId)}`, undefined, {}, { signal: AbortSignal.timeout(remaining) });
        } catch (error) {
          if ((error as Error).name !== 'TimeoutError') throw error;
          pollMs.push(performance.now() - sent);
          continue; // the loop sees the deadline
        }
        pollMs.push(performance.now() - sent);
        if (response.status !== 200) {
          throw new Error(`GET protection status: ${response.status} ${JSON.stringify(response.body)}`);
        }
        status = (response.body as { status: string }).status;
      }
    } catch (error) {
      sampler.stop();
      throw error;
    }
    const wallMs = timedOut ? timeoutMs : (phases[status] ?? performance.now() - started);
    const rss = sampler.stop();
    const cpuAfter = readCpuMs(lifeboat.server.pid);
    const serverCpuMs = cpuBefore === undefined || cpuAfter === undefined ? Number.NaN : cpuAfter - cpuBefore;

    // The timeline entry has the counts (the details would carry every resource: not what to fetch at 100,000).
    // After a time-out the server may still be busy: do not wait for it long.
    let row: Record<string, unknown> = {};
    try {
      const timeline = await lifeboat.request('GET', protections, undefined, {}, { signal: AbortSignal.timeout(timedOut ? 2000 : 60_000) });
      row = (Array.isArray(timeline.body) ? (timeline.body as Array<Record<string, unknown>>) : []).find((p) => p.id === protectionId) ?? {};
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
    }
    ctx.log(`protect ${label}: ${timedOut ? `timed out (${status})` : status} after ${seconds(wallMs)} s, peak RSS ${mib(rss.peakBytes)} MiB`);
    return {
      size, replicaRegions, status, timedOut, wallMs, phases, pollMs,
      resourceCount: Number(row.resourceCount ?? 0), dataResourceCount: Number(row.dataResourceCount ?? 0),
      snapshotsCompleted: Number(row.snapshotsCompleted ?? 0), snapshotsFailed: Number(row.snapshotsFailed ?? 0),
      statusMessage: (row.statusMessage as string | null | undefined) ?? null,
      rss, serverCpuMs, seedMs, syncMs, pid: lifeboat.server.pid, database: lifeboat.database.dialect,
    };
  } finally {
    await lifeboat.close();
  }
}

/** The sample nearest to each tenth of the run (0 %, 10 %, … 100 %), MiB: where the memory went up, and whether it came down. */
function rssTenths(rss: RssFigures, wallMs: number): string {
  if (!rss.timeline.length) return '-';
  const at = (ms: number) => rss.timeline.reduce((best, sample) => (Math.abs(sample[0] - ms) < Math.abs(best[0] - ms) ? sample : best));
  return Array.from({ length: 11 }, (_, i) => mib(at((wallMs * i) / 10)[1])).join(' ');
}

function median(values: readonly number[]): string {
  if (!values.length) return '-';
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(1);
}

/** Phase durations from the first sighting of each status, e.g. "preparing 1.20 s, in-progress 9.80 s". */
function phaseText(result: RunResult): string {
  const order = ['created', 'preparing', 'preparation-completed', 'in-progress'];
  const seen = order.filter((status) => result.phases[status] !== undefined);
  const parts = seen.map((status, i) => {
    const from = result.phases[status]!;
    const next = seen[i + 1];
    const to = next !== undefined ? result.phases[next]! : result.wallMs;
    return `${status} ${seconds(to - from)} s`;
  });
  return parts.join(', ');
}

function toRow(result: RunResult, reference: RunResult | undefined, plainOfSameSize: RunResult | undefined): BenchRow {
  const mix = benchEstateMix(result.size);
  const expectedData = mix['ebs:volume'] + mix['s3:bucket'] + mix['dynamodb:table'] + mix['rds:db-instance'];
  const copies = result.replicaRegions.length * result.snapshotsCompleted;
  const finished = !result.timedOut;
  const peakMiB = result.rss.peakBytes === undefined ? undefined : result.rss.peakBytes / 2 ** 20;
  const isTargetRow = result.size === TARGET.size && result.replicaRegions.length === 0;
  const timeMet = finished && result.wallMs < TARGET.seconds * 1000;
  const memoryMet = peakMiB !== undefined && peakMiB < TARGET.rssMiB;
  const target = !isTargetRow
    ? '-'
    : `<${TARGET.seconds} s ${timeMet ? 'met' : 'MISSED'}, <${TARGET.rssMiB} MB ${peakMiB === undefined ? 'unknown' : memoryMet ? 'met' : 'MISSED'}`;
  const ratio = reference && finished && reference !== result ? result.wallMs / reference.wallMs : reference === result ? 1 : undefined;
  const linear = reference ? result.size / reference.size : undefined;

  let invalid: string | undefined;
  if (result.timedOut) invalid = `timed out after ${seconds(result.wallMs)} s (BENCH_PROTECT_TIMEOUT_S), status ${result.status}`;
  else if (result.status !== 'success') invalid = `final status ${result.status}${result.statusMessage ? `: ${result.statusMessage}` : ''}`;
  else if (result.resourceCount !== result.size) invalid = `the protection covered ${result.resourceCount} resources, not ${result.size}`;
  else if (result.snapshotsCompleted !== expectedData) invalid = `${result.snapshotsCompleted} snapshots, expected ${expectedData}`;

  const notes = [
    `phases, from the first poll that saw each status (${POLL_MS} ms polls; a poll the server holds sees fewer): ${phaseText(result)}`,
    `status polls during the protection: ${result.pollMs.length}, median ${median(result.pollMs)} ms, longest ${result.pollMs.length ? Math.round(Math.max(...result.pollMs)) : '-'} ms (the API's responsiveness while the job runs)`,
    `server pid ${result.pid} (its CPU profile, with BENCH_PROFILE_DIR, is the file with this pid); estate seeded in ${seconds(result.seedMs)} s; connection verified and synced in ${seconds(result.syncMs)} s (before the POST, not timed)`,
    `RSS: ${mib(result.rss.startBytes)} MiB at the POST, peak ${mib(result.rss.peakBytes)} MiB (largest ${POLL_MS} ms sample ${mib(result.rss.sampledPeakBytes)} MiB at ${result.rss.sampledPeakAtMs === undefined ? '-' : seconds(result.rss.sampledPeakAtMs)} s, VmHWM ${mib(result.rss.hwmBytes)} MiB${result.rss.hwmReset ? ' since the POST' : ' since the process started: clear_refs reset failed'})`,
    `RSS MiB at each tenth of the wall time: ${rssTenths(result.rss, result.wallMs)}`,
  ];
  if (result.replicaRegions.length && plainOfSameSize && finished) {
    notes.push(`${(result.wallMs / plainOfSameSize.wallMs).toFixed(1)}× the time of the ${count(result.size)} run without replicas (${seconds(plainOfSameSize.wallMs)} s), for ${count(result.snapshotsCompleted + copies)} snapshots and copies instead of ${count(plainOfSameSize.snapshotsCompleted)}`);
  }
  if (isTargetRow && !(timeMet && memoryMet)) {
    notes.push(`issue 3 target missed: 10,000 resources in under ${TARGET.seconds} s with under ${TARGET.rssMiB} MB (took ${seconds(result.wallMs)} s, ${mib(result.rss.peakBytes)} MiB)`);
  }
  return {
    scenario: NAME,
    name: `protect ${count(result.size)}${result.replicaRegions.length ? ` + replica ${result.replicaRegions.join(', ')}` : ''}`,
    ...(invalid ? { invalid } : {}),
    cells: {
      resources: count(result.resourceCount || result.size),
      snapshots: count(result.snapshotsCompleted) + (copies ? ` + ${count(copies)} copies` : ''),
      'wall s': result.timedOut ? `>${seconds(result.wallMs)} timed out` : seconds(result.wallMs),
      'resources/s': finished ? count(rate(result.size, result.wallMs)) : '-',
      'snapshots/s': finished ? count(rate(result.snapshotsCompleted + copies, result.wallMs)) : '-',
      'peak RSS MiB': mib(result.rss.peakBytes),
      'server CPU': Number.isFinite(result.serverCpuMs) ? `${Math.round((result.serverCpuMs / result.wallMs) * 100)}%` : '-',
      'status GET max ms': result.pollMs.length ? count(Math.round(Math.max(...result.pollMs))) : '-',
      [`vs ${reference ? count(reference.size) : '-'} run`]: ratio === undefined ? '-' : `${ratio.toFixed(1)}× (linear ${linear!.toLocaleString('en-US')}×)`,
      'target (issue 3)': target,
      status: result.timedOut ? `timed out (${result.status})` : result.status,
    },
    extra: {
      size: result.size,
      replicaRegions: result.replicaRegions.join(',') || 'none',
      status: result.status,
      timedOut: result.timedOut ? 1 : 0,
      wallMs: Math.round(result.wallMs),
      resourceCount: result.resourceCount,
      dataResourceCount: result.dataResourceCount,
      snapshotsCompleted: result.snapshotsCompleted,
      replicaCopies: copies,
      resourcesPerSec: finished ? rate(result.size, result.wallMs) : 0,
      snapshotsPerSec: finished ? rate(result.snapshotsCompleted + copies, result.wallMs) : 0,
      peakRssBytes: result.rss.peakBytes ?? 0,
      peakRssAtMs: result.rss.sampledPeakAtMs === undefined ? 0 : Math.round(result.rss.sampledPeakAtMs),
      startRssBytes: result.rss.startBytes ?? 0,
      serverCpuMs: Number.isFinite(result.serverCpuMs) ? Math.round(result.serverCpuMs) : 0,
      statusPolls: result.pollMs.length,
      statusPollMaxMs: result.pollMs.length ? Math.round(Math.max(...result.pollMs)) : 0,
      statusPollMedianMs: result.pollMs.length ? Number([...result.pollMs].sort((a, b) => a - b)[Math.floor(result.pollMs.length / 2)]!.toFixed(1)) : 0,
      ...(ratio === undefined ? {} : { timeVsReference: Number(ratio.toFixed(2)), referenceSize: reference!.size }),
      ...Object.fromEntries(Object.entries(result.phases).map(([status, ms]) => [`firstSeenMs.${status}`, Math.round(ms)])),
      seedMs: Math.round(result.seedMs),
      syncMs: Math.round(result.syncMs),
      ...(isTargetRow ? { targetSeconds: TARGET.seconds, targetRssMiB: TARGET.rssMiB, targetMet: timeMet && memoryMet ? 1 : 0 } : {}),
    },
    notes,
  };
}

/**
 * Protecting an assembly of N simulated resources at zero latency (N = 1,000, 10,000, 100,000 by default),
 * each in a fresh Lifeboat process: the wall time from the POST to the final status, resources and snapshots
 * per second, and the server's peak RSS, against issue 3's target for 10,000.
 */
export const scenario: Scenario = {
  name: NAME,
  description: 'protect an assembly of N simulated resources (BENCH_PROTECT_SIZES, default 1000,10000,100000; +1 replica region at 10000)',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const { sizes, replicaSizes, timeoutMs } = settings();
    if (sizes.length === 0 && replicaSizes.length === 0) throw new Error('nothing to run: BENCH_PROTECT_SIZES and BENCH_PROTECT_REPLICA_SIZES are both empty');
    const results: RunResult[] = [];
    const rows: BenchRow[] = [];
    const run = async (size: number, replicas: readonly string[]) => {
      try {
        results.push(await protectOnce(ctx, size, replicas, timeoutMs));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        ctx.log(`protect ${count(size)} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
        rows.push({ scenario: NAME, name: `protect ${count(size)}${replicas.length ? ` + replica ${replicas.join(', ')}` : ''}`, invalid: message, cells: { status: 'error' } });
      }
    };
    for (const size of [...sizes].sort((a, b) => a - b)) await run(size, []);
    for (const size of [...replicaSizes].sort((a, b) => a - b)) await run(size, [REPLICA_REGION]);

    // Growth: each run's time relative to the 1,000 run (else the smallest finished run without replicas).
    const plain = results.filter((r) => r.replicaRegions.length === 0 && !r.timedOut && r.status === 'success');
    const reference = plain.find((r) => r.size === 1_000) ?? [...plain].sort((a, b) => a.size - b.size)[0];
    const plainOf = (size: number) => plain.find((r) => r.size === size);
    return [...results.map((result) => toRow(result, reference, plainOf(result.size))), ...rows];
  },
};
