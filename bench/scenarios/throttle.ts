import { benchEstate, benchEstateMix, seedDatabase } from '../lib/estate.ts';
import { connectAndSync, startLifeboat } from '../lib/lifeboat.ts';
import type { BenchContext, BenchRow, Scenario } from '../lib/types.ts';
import type { BucketUse as Bucket } from '../../src/cloud/sim/index.ts';

const NAME = 'throttle';
const ACCOUNT = '111111111111';
const REGION = 'us-east-1';
/** Issue 19: with AWS's default limits and 100 ms of latency, at most 1.5× the time the limits themselves allow. */
const TARGET_RATIO = 1.5;
const RUNNING = new Set(['created', 'preparing', 'preparation-completed', 'in-progress']);


function whole(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > max) throw new Error(`${name} must be a whole number from 0 to ${max}, got "${raw}"`);
  return Number(raw);
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/**
 * A protection of N resources (BENCH_THROTTLE_SIZE, default 1,000) against the simulated cloud with AWS's default
 * rate limits on (EC2's published buckets: mutating 50 tokens + 5/s, non-mutating 100 + 20/s, per account, region
 * and action) and BENCH_THROTTLE_LATENCY_MS (default 100) per call. The connection is synced first, unthrottled
 * and without latency; the assembly is then protected once with the latency alone (the floor it sets), then once
 * with the limits. The row shows the measured wall time beside the least time the limits allow for the calls
 * the sim admitted (the busiest bucket's (admitted − capacity) / refill), their ratio against issue 19's ≤ 1.5×,
 * and how many calls were throttled (each paced and retried by Lifeboat, none failed).
 */
export const scenario: Scenario = {
  name: NAME,
  description: 'protect N resources (BENCH_THROTTLE_SIZE, default 1000) under AWS-shaped rate limits with 100 ms latency: time against what the limits allow',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const size = whole('BENCH_THROTTLE_SIZE', 1_000, 100_000);
    const latencyMs = whole('BENCH_THROTTLE_LATENCY_MS', 100, 10_000);
    const timeoutMs = whole('BENCH_THROTTLE_TIMEOUT_S', 900, 86_400) * 1000;
    const tag = { key: 'bench', value: `throttle-${size}` };
    const lifeboat = await startLifeboat({
      log: ctx.log,
      prepare: (database) => seedDatabase(database, async (sim) => {
        for (const chunk of benchEstate(size, { accountId: ACCOUNT, region: REGION, tag })) await sim.putResources(chunk);
      }),
    });
    ctx.defer(() => lifeboat.close());
    const connectionId = await connectAndSync(lifeboat, `throttle-${size}`, timeoutMs);
    const assemblies = `${lifeboat.projectPath}/aws/cloud-assemblies`;
    const created = await lifeboat.request('POST', assemblies, {
      name: `throttle-${size}`, description: 'benchmark: protection under rate limits', cloudConnectionId: connectionId, sourceRegion: REGION,
      resourceFilterStrategy: { filterType: 'tags', conditions: 'match-all-tags', tags: [tag] },
    });
    if (created.status !== 201) throw new Error(`creating the assembly: ${created.status} ${JSON.stringify(created.body)}`);
    const protections = `${assemblies}/${(created.body as { id: number }).id}/protections`;

    /** One protection, polled to its end: its final status and wall time. */
    const protect = async (label: string) => {
      const started = performance.now();
      const posted = await lifeboat.request('POST', protections, {});
      if (posted.status !== 202) throw new Error(`POST protections: ${posted.status} ${JSON.stringify(posted.body)}`);
      const id = (posted.body as { id: string }).id;
      let status = (posted.body as { status: string }).status;
      let lastLog = started;
      while (RUNNING.has(status) && performance.now() - started < timeoutMs) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        const polled = await lifeboat.request('GET', `${protections}/status?protection_id=${encodeURIComponent(id)}`);
        if (polled.status !== 200) throw new Error(`GET status: ${polled.status} ${JSON.stringify(polled.body)}`);
        status = (polled.body as { status: string }).status;
        if (performance.now() - lastLog > 15_000) {
          ctx.log(`throttle (${label}): ${status} after ${seconds(performance.now() - started)} s`);
          lastLog = performance.now();
        }
      }
      return { status, wallMs: performance.now() - started };
    };

    // First without limits, for the floor the latency alone sets; then with them (setting them fills every bucket).
    const latency = await lifeboat.request('PUT', '/api/v1/sim/settings', { latencyMs });
    if (latency.status !== 200) throw new Error(`PUT /sim/settings: ${latency.status} ${JSON.stringify(latency.body)}`);
    ctx.log(`throttle: ${size} resources, ${latencyMs} ms per call; protecting without rate limits`);
    const free = await protect('no limits');
    const limits = await lifeboat.request('PUT', '/api/v1/sim/settings', { rateLimits: { enabled: true } });
    if (limits.status !== 200) throw new Error(`PUT /sim/settings: ${limits.status} ${JSON.stringify(limits.body)}`);
    const { mutating, nonMutating } = (limits.body as { rateLimits: Record<string, { capacity: number; refillPerSecond: number }> }).rateLimits;
    ctx.log(`throttle: ${free.status} in ${seconds(free.wallMs)} s without limits; now with buckets mutating ${mutating!.capacity} + ${mutating!.refillPerSecond}/s, non-mutating ${nonMutating!.capacity} + ${nonMutating!.refillPerSecond}/s`);
    const { status, wallMs } = await protect('AWS limits');
    const use = (await lifeboat.request('GET', '/api/v1/sim/rate-limits')).body as { buckets: Bucket[] };
    const buckets = use.buckets.filter((b) => b.accountId === ACCOUNT);
    const busiest = buckets[0];
    const allowedMs = (busiest?.minimumSeconds ?? 0) * 1000;
    const throttled = buckets.reduce((sum, b) => sum + b.throttled, 0);
    const admitted = buckets.reduce((sum, b) => sum + b.admitted, 0);
    const ratio = allowedMs > 0 ? wallMs / allowedMs : Number.NaN;
    const mix = benchEstateMix(size);
    const snapshots = mix['ebs:volume'] + mix['s3:bucket'] + mix['dynamodb:table'] + mix['rds:db-instance'];
    const met = Number.isFinite(ratio) && ratio <= TARGET_RATIO;
    ctx.log(`throttle: ${status} after ${seconds(wallMs)} s; the limits allow ${seconds(allowedMs)} s; ${throttled} calls throttled`);
    return [{
      scenario: NAME,
      name: `protect ${size.toLocaleString('en-US')} under AWS limits`,
      ...(status !== 'success' || free.status !== 'success'
        ? { invalid: `final status ${status} (without limits: ${free.status})${RUNNING.has(status) || RUNNING.has(free.status) ? ', timed out: BENCH_THROTTLE_TIMEOUT_S' : ''}` }
        : {}),
      cells: {
        resources: size.toLocaleString('en-US'),
        snapshots: snapshots.toLocaleString('en-US'),
        'latency ms': String(latencyMs),
        'no limits s': seconds(free.wallMs),
        'wall s': seconds(wallMs),
        'limits allow s': seconds(allowedMs),
        'wall / allowed': Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '-',
        [`target ≤ ${TARGET_RATIO}×`]: Number.isFinite(ratio) ? (met ? 'met' : 'MISSED') : '-',
        'calls admitted': admitted.toLocaleString('en-US'),
        throttled: throttled.toLocaleString('en-US'),
        status,
      },
      extra: { size, latencyMs, wallMs: Math.round(wallMs), unlimitedWallMs: Math.round(free.wallMs), allowedMs: Math.round(allowedMs), ratio: Number.isFinite(ratio) ? Number(ratio.toFixed(3)) : 0, admitted, throttled, targetMet: met ? 1 : 0 },
      notes: [
        busiest
          ? `busiest bucket: ${busiest.action} in ${busiest.region}: ${busiest.admitted} calls admitted, ${busiest.throttled} throttled; (${busiest.admitted} − ${busiest.capacity}) / ${busiest.refillPerSecond} per s = ${busiest.minimumSeconds.toFixed(1)} s at least`
          : 'no bucket was used',
        ...buckets.slice(1, 6).map((b) => `then ${b.action} in ${b.region}: ${b.admitted} admitted, ${b.throttled} throttled, ≥ ${b.minimumSeconds.toFixed(1)} s`),
      ],
    }];
  },
};
