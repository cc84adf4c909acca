// Crash path of a protection, with real processes on a real PostgreSQL database: the worker running a
// protection of a few hundred data resources is SIGKILLed while it takes the snapshots; another worker
// reclaims the job once the lease runs out and finishes it. No resource may be snapshotted (or copied) twice
// for the protection, and the second worker resumes: it does not take the protection from the start again.
// PostgreSQL only: SQLite is the single-process mode.
import { describe, expect, it } from 'vitest';
import { TEST_PG_URL } from '../helpers/stores.ts';
import { Cluster, waitFor, useClusters } from './cluster.ts';
import { connectShop, shopVolumes } from './shop.ts';

const TEST_TIMEOUT_MS = 120_000;
/** Volumes added to the demo shop (which has six data resources of its own). */
const EXTRA_VOLUMES = 300;
/** Snapshot calls one protection makes at once (src/app/build.ts): what can be in flight at the kill. */
const SNAPSHOT_PARALLELISM = 8;
/**
 * What a kill can cost: the calls in flight, plus the outcomes made but not yet written (a protection writes
 * them in one transaction per SNAPSHOT_PARALLELISM outcomes, run-protection.ts). Both are repeated after the
 * kill and answered with the snapshots already made.
 */
const REDONE_AT_MOST = 2 * SNAPSHOT_PARALLELISM;
const LATENCY_MS = 75;

const secondsSince = (start: number) => `${((Date.now() - start) / 1000).toFixed(1)} s`;

describe.skipIf(!TEST_PG_URL)('fault: a worker SIGKILLed in the middle of a protection (PostgreSQL)', () => {
  const clusters = useClusters();
  const startCluster = () => clusters.start();

  it('another worker finishes it: success, one snapshot and one copy per data resource, and it resumes rather than starting over', async () => {
    const t0 = Date.now();
    const timings: string[] = [];
    const cluster = await startCluster();
    const db = cluster.store.db;
    await cluster.sim.putResources(shopVolumes(EXTRA_VOLUMES));
    timings.push(`API ready, demo estate and ${EXTRA_VOLUMES} shop volumes seeded: ${secondsSince(t0)}`);

    const workerEnv = { LIFEBOAT_JOB_LEASE_SECONDS: '2', LIFEBOAT_JOB_POLL_MS: '50' };
    const a = await cluster.startWorker('worker A', { env: workerEnv });
    timings.push(`worker A started: ${secondsSince(t0)}`);

    // The connection (verified and first synced by A, at full speed) and the shop assembly, through the API.
    const connectionId = await connectShop(cluster, a.proc);
    const assembly = await cluster.request('POST', `${cluster.P}/aws/cloud-assemblies`, {
      name: 'shop', cloudConnectionId: connectionId, sourceRegion: 'us-east-1', replicaRegions: ['us-west-2'],
      resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] },
    });
    expect(assembly.status, JSON.stringify(assembly.body)).toBe(201);
    const assemblyId = assembly.body.id as number;
    const base = `${cluster.P}/aws/cloud-assemblies/${assemblyId}/protections`;

    // Every cloud call takes a while from now on: the snapshots take seconds.
    await cluster.sim.setLatency(LATENCY_MS);
    const started = await cluster.request('POST', base);
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const protectionId = started.body.id as string;
    timings.push(`protection ${protectionId} started: ${secondsSince(t0)}`);

    // What the cloud has made so far for this protection, and what the database has recorded.
    const madeInCloud = async () => Number((await db.selectFrom('sim_snapshots').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('protection_id', '=', protectionId).where('region', '=', 'us-east-1').executeTakeFirstOrThrow()).n);
    const recorded = async () => Number((await db.selectFrom('protection_resources').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('protection_id', '=', protectionId).where('snapshot_status', '=', 'completed').executeTakeFirstOrThrow()).n);
    const protectionRow = () => db.selectFrom('protections').selectAll().where('id', '=', protectionId).executeTakeFirstOrThrow();

    let seen: unknown;
    const atKill = await waitFor('the protection to be in-progress on A with some of its snapshots taken', async () => {
      const row = await protectionRow();
      const cloud = await madeInCloud();
      seen = { status: row.status, data: row.data_resource_count, madeInCloud: cloud, recorded: await recorded() };
      if (row.status !== 'in-progress') return undefined;
      return cloud >= 40 && cloud <= row.data_resource_count - 80 ? row : undefined;
    }, { timeoutMs: 30_000, intervalMs: 10, watch: [cluster.api, a.proc], state: () => seen });
    process.kill(a.proc.pid, 'SIGKILL');
    await a.proc.exited;
    expect(a.proc.exit?.signal).toBe('SIGKILL');
    const data = atKill.data_resource_count;
    expect(data).toBe(EXTRA_VOLUMES + 6);
    const dataIds = (await db.selectFrom('protection_resources').select('resource_id').where('protection_id', '=', protectionId)
      .where('is_data', '=', 1).execute()).map((r) => r.resource_id).sort();
    expect(dataIds).toHaveLength(data);
    // A is dead: this is where it stopped.
    const killed = { status: (await protectionRow()).status, madeInCloud: await madeInCloud(), recorded: await recorded() };
    const snapshotCalls = async (since = 0) => Number((await db.selectFrom('sim_calls').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('operation', '=', 'snapshot').where('resource_id', 'in', dataIds).where('at', '>=', since).executeTakeFirstOrThrow()).n);
    const callsByA = await snapshotCalls();
    timings.push(`worker A killed with ${killed.madeInCloud} snapshots made in the cloud, ${killed.recorded} recorded (${callsByA} calls): ${secondsSince(t0)}`);
    expect(killed.status).toBe('in-progress');
    expect(killed.madeInCloud).toBeLessThan(data);

    const bStartedAt = Date.now();
    const b = await cluster.startWorker('worker B', { env: workerEnv });
    expect(b.workerId).not.toBe(a.workerId);
    timings.push(`worker B started: ${secondsSince(t0)}`);

    const done = await waitFor('the protection to finish', async () => {
      const res = await cluster.request('GET', `${base}/${protectionId}`);
      return ['success', 'partially-protected', 'failed', 'skipped'].includes(res.body.status) ? res.body : undefined;
    }, { timeoutMs: 60_000, intervalMs: 100, watch: [cluster.api, b.proc] });
    timings.push(`protection finished by B (${done.status}): ${secondsSince(t0)}`);

    // The outcome a user sees: success, every data resource snapshotted and copied.
    expect(done.status).toBe('success');
    expect(done).toMatchObject({ dataResourceCount: data, snapshotsCompleted: data, snapshotsFailed: 0 });
    const status = await cluster.request('GET', `${base}/status?protection_id=${protectionId}`);
    expect(status.body).toEqual({ status: 'success' });
    const dataResources = (done.resources as Array<Record<string, any>>).filter((r) => r.dataResource);
    expect(dataResources).toHaveLength(data);
    for (const r of dataResources) {
      expect({ id: r.resourceId, status: r.snapshotStatus, replica: r.replicas['us-west-2']?.status })
        .toEqual({ id: r.resourceId, status: 'completed', replica: 'completed' });
    }
    const afterwards = await cluster.request('GET', `${cluster.P}/aws/cloud-assemblies/${assemblyId}`);
    expect(afterwards.body.lastProtection).toMatchObject({ id: protectionId, status: 'success' });

    // Exactly one snapshot per data resource in us-east-1 and one copy in us-west-2 — deleted ones counted too.
    const perResource = await db.selectFrom('sim_snapshots').select(['resource_id', 'region', (eb) => eb.fn.countAll<number>().as('n')])
      .where('protection_id', '=', protectionId).groupBy(['resource_id', 'region']).execute();
    const doubled = perResource.filter((row) => Number(row.n) !== 1);
    expect(doubled, 'resources snapshotted or copied more than once').toEqual([]);
    for (const region of ['us-east-1', 'us-west-2']) {
      expect(perResource.filter((row) => row.region === region).map((row) => row.resource_id).sort(), region).toEqual(dataIds);
    }
    // The details name those very snapshots.
    const bySource = new Map((await db.selectFrom('sim_snapshots').select(['resource_id', 'snapshot_id']).where('protection_id', '=', protectionId)
      .where('region', '=', 'us-east-1').execute()).map((row) => [row.resource_id, row.snapshot_id]));
    for (const r of dataResources) expect(r.snapshotId).toBe(bySource.get(r.resourceId));

    // The job: reclaimed by B after A's lease ran out, and finished there.
    const jobs = await db.selectFrom('jobs').selectAll().where('kind', '=', 'protections.run').execute();
    const job = jobs.find((row) => (JSON.parse(row.payload) as { protectionId: string }).protectionId === protectionId)!;
    const finishedJob = await waitFor('the protection job to be marked succeeded', async () => {
      const row = await db.selectFrom('jobs').selectAll().where('id', '=', job.id).executeTakeFirstOrThrow();
      return row.status === 'succeeded' ? row : undefined;
    }, { timeoutMs: 15_000, watch: [b.proc] });
    expect(finishedJob.attempts).toBeGreaterThanOrEqual(2);
    await waitFor("worker B's record of the protection", async () =>
      b.proc.logs().some((line) => line.msg === 'protection finished' && line.protectionId === protectionId), { timeoutMs: 10_000, watch: [b.proc] });
    expect(a.proc.logs().some((line) => line.msg === 'protection finished')).toBe(false);

    // B resumed: every snapshot call A's answers were recorded for is not made again. At most the calls in
    // flight at the kill (one per parallel lane) are repeated, and answered with the snapshots A had made.
    const allCalls = await snapshotCalls();
    const callsByB = await snapshotCalls(bStartedAt);
    const copyCalls = Number((await db.selectFrom('sim_calls').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('operation', '=', 'copySnapshot').where('resource_id', 'in', dataIds).executeTakeFirstOrThrow()).n);
    timings.push(`snapshot calls: ${allCalls} for ${data} data resources (A ${callsByA}, B ${callsByB}); copy calls ${copyCalls}`);
    console.log(`protection-kill timings:\n  ${timings.join('\n  ')}`);
    expect(allCalls).toBe(callsByA + callsByB);
    expect(allCalls).toBeGreaterThanOrEqual(data);
    expect(copyCalls).toBeGreaterThanOrEqual(data);
    expect(copyCalls).toBeLessThanOrEqual(data + SNAPSHOT_PARALLELISM);
    expect(callsByB, `B started over: ${callsByB} calls after the kill, though A had made ${killed.madeInCloud} of ${data} snapshots (${killed.recorded} recorded)`)
      .toBeLessThanOrEqual(data - killed.madeInCloud + REDONE_AT_MOST);
    expect(allCalls).toBeLessThanOrEqual(data + REDONE_AT_MOST);
  }, TEST_TIMEOUT_MS);
});
