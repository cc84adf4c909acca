// Crash path of the durable job runner, with real processes on a real PostgreSQL database: a worker
// SIGKILLed in the middle of a connection sync leaves a job that another worker reclaims once the lease
// runs out and resumes from the dead worker's checkpoint; and two workers on one database share a
// burst of connections without running any job twice. PostgreSQL only: SQLite is the single-process mode.
import { describe, expect, it } from 'vitest';
import { SIM_DISCOVERY_PAGE_SIZE, type SimResourceInput } from '../../src/cloud/sim/index.ts';
import type { JobRow } from '../../src/platform/jobs/index.ts';
import { connectionBody } from '../helpers/app.ts';
import { TEST_PG_URL } from '../helpers/stores.ts';
import { Cluster, waitFor, type LifeboatProcess, useClusters } from './cluster.ts';

const DEMO_ACCOUNT = '111111111111';
const TEST_TIMEOUT_MS = 90_000;

interface SyncProgress {
  readonly done: string[];
  readonly cursor: { readonly pair: string; readonly nextToken: string } | null;
}

/** What one full sync of a connection reads: per region/service pair, its resources and its pages. */
interface Estate {
  readonly regions: readonly string[];
  readonly services: readonly string[];
  readonly pairs: readonly string[];
  readonly resourcesByPair: ReadonlyMap<string, number>;
  readonly pagesByPair: ReadonlyMap<string, number>;
  /** Sorted `region/resourceId` of every resource the sync must end up with. */
  readonly resourceKeys: readonly string[];
  /** Discover calls of one full sync: a page per 50 resources, and one call for an empty pair. */
  readonly fullSyncCalls: number;
}

const pagesFor = (resources: number) => Math.max(1, Math.ceil(resources / SIM_DISCOVERY_PAGE_SIZE));
const secondsSince = (start: number) => `${((Date.now() - start) / 1000).toFixed(1)} s`;

async function estateOf(cluster: Cluster, regions: readonly string[], services: readonly string[]): Promise<Estate> {
  const rows = await cluster.store.db
    .selectFrom('sim_resources')
    .select(['region', 'service', 'resource_id'])
    .where('account_id', '=', DEMO_ACCOUNT)
    .where('region', 'in', [...regions])
    .where('service', 'in', [...services])
    .execute();
  const pairs = regions.flatMap((region) => services.map((service) => `${region}/${service}`));
  const resourcesByPair = new Map(pairs.map((pair) => [pair, 0]));
  for (const row of rows) {
    const pair = `${row.region}/${row.service}`;
    resourcesByPair.set(pair, resourcesByPair.get(pair)! + 1);
  }
  const pagesByPair = new Map(pairs.map((pair) => [pair, pagesFor(resourcesByPair.get(pair)!)]));
  return {
    regions, services, pairs, resourcesByPair, pagesByPair,
    resourceKeys: rows.map((row) => `${row.region}/${row.resource_id}`).sort(),
    fullSyncCalls: [...pagesByPair.values()].reduce((sum, pages) => sum + pages, 0),
  };
}

/** Many instances and volumes in each region, so those pairs span several discovery pages. */
function bulkResources(regions: readonly string[], perTypeAndRegion: number): SimResourceInput[] {
  const resources: SimResourceInput[] = [];
  for (const region of regions) {
    for (let n = 0; n < perTypeAndRegion; n++) {
      const suffix = n.toString(16).padStart(15, '0');
      resources.push({ accountId: DEMO_ACCOUNT, region, resourceId: `i-fa${suffix}`, type: 'ec2:instance', name: `fault-instance-${n}`, configuration: { instanceType: 't3.micro' } });
      resources.push({ accountId: DEMO_ACCOUNT, region, resourceId: `vol-fa${suffix}`, type: 'ebs:volume', name: `fault-volume-${n}`, configuration: { sizeGiB: 8 } });
    }
  }
  return resources;
}

async function jobsOf(cluster: Cluster, kind: string): Promise<JobRow[]> {
  return cluster.store.db.selectFrom('jobs').selectAll().where('kind', '=', kind).orderBy('id').execute();
}

const connectionIdOf = (job: JobRow) => (JSON.parse(job.payload) as { connectionId: number }).connectionId;

/** The periodic connectivity sweep a starting worker runs once at once: waited for, so that it cannot
 * queue extra verifications of the connections the test creates afterwards. */
async function sweepDone(cluster: Cluster, watch: readonly LifeboatProcess[]): Promise<void> {
  await waitFor('the startup connectivity sweep to finish', async () =>
    (await jobsOf(cluster, 'connections.connectivity-sweep')).some((job) => job.status === 'succeeded'),
  { timeoutMs: 30_000, watch });
}

/** Discover calls logged by the sim, per `region/service`, optionally only those made at or after `since`. */
async function discoverCalls(cluster: Cluster, since?: number): Promise<Map<string, number>> {
  let query = cluster.store.db
    .selectFrom('sim_calls')
    .select(['region', 'service'])
    .select((eb) => eb.fn.countAll<number | string>().as('calls'))
    .where('operation', '=', 'discover')
    .where('account_id', '=', DEMO_ACCOUNT);
  if (since !== undefined) query = query.where('at', '>=', since);
  const rows = await query.groupBy(['region', 'service']).execute();
  return new Map(rows.map((row) => [`${row.region}/${row.service}`, Number(row.calls)]));
}

const total = (calls: ReadonlyMap<string, number>) => [...calls.values()].reduce((sum, n) => sum + n, 0);

async function inventoryKeys(cluster: Cluster, connectionId: number): Promise<{ total: number; keys: string[] }> {
  const answer = await cluster.request('GET', `${cluster.P}/aws/cloud-connections/${connectionId}/resources`, undefined, { range: 'items=1-1000' });
  expect(answer.status).toBe(200);
  const contentRange = answer.headers.get('content-range') ?? '';
  const match = /\/(\d+)$/.exec(contentRange);
  if (!match) throw new Error(`no total in Content-Range: ${JSON.stringify(contentRange)}`);
  const resources = answer.body as Array<{ region: string; resourceId: string }>;
  return { total: Number(match[1]), keys: resources.map((r) => `${r.region}/${r.resourceId}`).sort() };
}

async function createConnection(cluster: Cluster, name: string): Promise<{ id: number; body: Record<string, unknown> }> {
  const body = connectionBody({ name });
  const answer = await cluster.request('POST', `${cluster.P}/aws/cloud-connections`, body);
  if (answer.status !== 202) throw new Error(`creating ${name}: ${answer.status} ${JSON.stringify(answer.body)}`);
  expect(answer.body.connectivityStatus).toBe('pending');
  return { id: answer.body.id as number, body };
}

async function getConnection(cluster: Cluster, id: number): Promise<Record<string, any>> {
  const answer = await cluster.request('GET', `${cluster.P}/aws/cloud-connections/${id}`);
  if (answer.status !== 200) throw new Error(`reading connection ${id}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

describe.skipIf(!TEST_PG_URL)('fault: worker processes killed and sharing work (PostgreSQL)', () => {
  const clusters = useClusters();
  const startCluster = () => clusters.start();

  it('a worker SIGKILLed mid-sync: another worker reclaims the job after the lease and resumes from its checkpoint', async () => {
    const t0 = Date.now();
    const timings: string[] = [];
    const cluster = await startCluster();
    timings.push(`API ready + demo estate seeded: ${secondsSince(t0)}`);

    // Several pages of instances and volumes in each region, and every sim call 150 ms: the sync takes seconds.
    await cluster.sim.putResources(bulkResources(['us-east-1', 'us-west-2'], 240));
    await cluster.sim.setLatency(150);

    const workerEnv = { LIFEBOAT_JOB_LEASE_SECONDS: '2', LIFEBOAT_JOB_POLL_MS: '50' };
    const a = await cluster.startWorker('worker A', { env: workerEnv });
    expect(a.workerId).toContain(`-${a.proc.pid}-`);
    await sweepDone(cluster, [cluster.api, a.proc]);
    timings.push(`worker A started: ${secondsSince(t0)}`);

    const { id: connectionId, body } = await createConnection(cluster, 'crash-path');
    const estate = await estateOf(cluster, body.operationalRegions as string[], body.services as string[]);
    // Guards on the fixture itself: several multi-page pairs, and an inventory one Range page can hold.
    expect(estate.pairs).toHaveLength(12);
    expect(estate.fullSyncCalls).toBeGreaterThanOrEqual(20);
    expect(estate.resourceKeys.length).toBeLessThanOrEqual(1000);

    await waitFor('worker A to verify the connection', async () =>
      (await getConnection(cluster, connectionId)).connectivityStatus === 'success',
    { timeoutMs: 30_000, watch: [cluster.api, a.proc] });
    timings.push(`connection verified by A: ${secondsSince(t0)}`);

    // Mid-sync: pairs read in full (us-east-1 VPC and the multi-page EC2) and a cursor inside the next
    // multi-page pair, held by A, so that B has both kinds of checkpoint to resume from.
    let seen: unknown;
    const midSync = await waitFor('the sync job to be running on worker A with a checkpoint (done pairs and a cursor)', async () => {
      const jobs = (await jobsOf(cluster, 'connections.sync')).filter((job) => connectionIdOf(job) === connectionId);
      seen = jobs.map(({ status, locked_by, attempts, progress }) => ({ status, locked_by, attempts, progress }));
      const job = jobs[0];
      if (jobs.length !== 1 || !job || job.status !== 'running' || job.progress === null) return undefined;
      const progress = JSON.parse(job.progress) as SyncProgress;
      return progress.done.length >= 2 && progress.cursor !== null ? job : undefined;
    }, { timeoutMs: 30_000, intervalMs: 10, watch: [cluster.api, a.proc], state: () => seen });

    process.kill(a.proc.pid, 'SIGKILL');
    await a.proc.exited;
    timings.push(`worker A killed mid-sync: ${secondsSince(t0)}`);
    expect(a.proc.exit?.signal).toBe('SIGKILL');
    expect(midSync.locked_by).toBe(a.workerId);
    expect(midSync.attempts).toBe(1);

    // At the moment of the kill: the sync has not finished, and the connection says it is running.
    const atKill = await getConnection(cluster, connectionId);
    expect(atKill.lastSync).toBeNull();
    expect(atKill.syncStatus).toBe('running');
    const jobAtKill = (await cluster.store.db.selectFrom('jobs').selectAll().where('id', '=', midSync.id).executeTakeFirstOrThrow());
    expect(jobAtKill.status).toBe('running');
    expect(jobAtKill.locked_by).toBe(a.workerId);
    // A is dead, so this is its last checkpoint (one write already in flight could only move it further on,
    // which makes every "B did not read it again" check below hold a fortiori).
    const progressAtKill = JSON.parse(jobAtKill.progress!) as SyncProgress;
    expect(progressAtKill.done.length).toBeGreaterThanOrEqual(2);
    expect(progressAtKill.done.some((pair) => estate.pagesByPair.get(pair)! > 1)).toBe(true);
    expect(progressAtKill.done.length).toBeLessThan(estate.pairs.length);
    const callsByA = total(await discoverCalls(cluster));

    // Worker B: every sim call it makes is logged at or after this instant (A's calls were all before it died).
    const bStartedAt = Date.now();
    const b = await cluster.startWorker('worker B', { env: workerEnv });
    expect(b.workerId).toContain(`-${b.proc.pid}-`);
    expect(b.workerId).not.toBe(a.workerId);
    timings.push(`worker B started: ${secondsSince(t0)}`);

    // B reclaims the job once A's lease (2 s) has run out: the claim counts as a new attempt.
    let claimSeen: unknown;
    const claimedByB = await waitFor('worker B to reclaim the sync job', async () => {
      const job = await cluster.store.db.selectFrom('jobs').selectAll().where('id', '=', midSync.id).executeTakeFirstOrThrow();
      claimSeen = { status: job.status, locked_by: job.locked_by, attempts: job.attempts };
      if (job.status === 'running' && job.locked_by === b.workerId) return job;
      if (job.status !== 'running') throw new Error(`the job left running (${job.status}) before B was seen holding it`);
      return undefined;
    }, { timeoutMs: 30_000, intervalMs: 10, watch: [cluster.api, b.proc], state: () => claimSeen });
    expect(claimedByB.attempts).toBeGreaterThanOrEqual(2);
    timings.push(`job reclaimed by B (attempt ${claimedByB.attempts}): ${secondsSince(t0)}`);

    const finished = await waitFor('the connection to finish syncing (lastSync set, syncStatus idle)', async () => {
      const connection = await getConnection(cluster, connectionId);
      return connection.lastSync !== null && connection.syncStatus === 'idle' ? connection : undefined;
    }, { timeoutMs: 45_000, intervalMs: 50, watch: [cluster.api, b.proc] });
    timings.push(`sync finished by B: ${secondsSince(t0)}`);
    expect(finished.syncMessage).toBeNull();
    expect(Date.parse(finished.lastSync)).toBeGreaterThanOrEqual(bStartedAt);

    // The job: succeeded by B, after at least two claims, with no failure recorded.
    const job = await waitFor('the sync job to be marked succeeded', async () => {
      const row = await cluster.store.db.selectFrom('jobs').selectAll().where('id', '=', midSync.id).executeTakeFirstOrThrow();
      return row.status === 'succeeded' ? row : undefined;
    }, { timeoutMs: 15_000, watch: [b.proc] });
    expect(job.attempts).toBeGreaterThanOrEqual(2);
    expect(job.attempts).toBeLessThanOrEqual(job.max_attempts);
    expect(job.last_error).toBeNull();
    // A finished job is unlocked (locked_by is only the holder while it runs): that B held it is shown by
    // the claim seen above and by B's own record of the success.
    expect(job.locked_by).toBeNull();
    // The process logs the success just after committing it: wait for the line to come through the pipe.
    await waitFor("worker B's record of the success", async () =>
      b.proc.logs().some((line) => line.msg === 'job succeeded' && line.jobId === job.id), { timeoutMs: 10_000, watch: [b.proc] });
    const bLogs = b.proc.logs();
    const succeededByB = bLogs.filter((line) => line.msg === 'job succeeded' && line.jobId === job.id);
    expect(succeededByB).toHaveLength(1);
    expect(succeededByB[0]!.workerId).toBe(b.workerId);
    expect(succeededByB[0]!.attempt).toBe(claimedByB.attempts);
    const completed = bLogs.find((line) => line.msg === 'sync completed' && line.connectionId === connectionId);
    expect(completed?.pairs).toBe(estate.pairs.length);
    expect((await jobsOf(cluster, 'connections.sync')).filter((row) => row.status === 'failed')).toEqual([]);

    // The inventory holds exactly what the sim has for the account in those regions and services.
    const inventory = await inventoryKeys(cluster, connectionId);
    expect(inventory.total).toBe(estate.resourceKeys.length);
    expect(inventory.keys).toEqual(estate.resourceKeys);

    // B resumed from A's checkpoint instead of starting over.
    const allCalls = await discoverCalls(cluster);
    const callsByB = await discoverCalls(cluster, bStartedAt);
    // Every page was read, and at most one page twice: the one A had fetched but not yet checkpointed.
    expect(total(allCalls)).toBeGreaterThanOrEqual(estate.fullSyncCalls);
    expect(total(allCalls)).toBeLessThanOrEqual(estate.fullSyncCalls + 1);
    expect(total(allCalls)).toBeLessThan(2 * estate.fullSyncCalls);
    expect(total(callsByB)).toBe(total(allCalls) - callsByA);
    expect(total(callsByB)).toBeLessThan(estate.fullSyncCalls);
    // No pair A had finished was read again by B…
    for (const pair of progressAtKill.done) expect({ pair, callsByB: callsByB.get(pair) ?? 0 }).toEqual({ pair, callsByB: 0 });
    // …and the pair A was in the middle of was not read from its first page again.
    const cursorPair = progressAtKill.cursor!.pair;
    expect(callsByB.get(cursorPair) ?? 0).toBeLessThan(estate.pagesByPair.get(cursorPair)!);
    // Pairs A never reached were all read by B, page by page.
    const untouched = estate.pairs.filter((pair) => !progressAtKill.done.includes(pair) && pair !== cursorPair);
    for (const pair of untouched) {
      expect({ pair, callsByB: callsByB.get(pair) ?? 0 }).toEqual({ pair, callsByB: estate.pagesByPair.get(pair) });
    }

    timings.push(`discover calls: one full sync ${estate.fullSyncCalls}, by A ${callsByA}, by B ${total(callsByB)}; ` +
      `A's checkpoint at the kill: ${progressAtKill.done.length} pairs done, cursor in ${cursorPair}`);
    console.log(`worker-kill timings:\n  ${timings.join('\n  ')}`);
  }, TEST_TIMEOUT_MS);

  it('two workers share a burst of connections: every one verified and synced exactly once', async () => {
    const t0 = Date.now();
    const cluster = await startCluster();
    await cluster.sim.putResources(bulkResources(['us-east-1', 'us-west-2'], 75));
    await cluster.sim.setLatency(50);

    // Two job slots each, so that neither worker can take the whole burst by itself.
    const workerEnv = { LIFEBOAT_JOB_LEASE_SECONDS: '2', LIFEBOAT_JOB_POLL_MS: '50', LIFEBOAT_JOB_CONCURRENCY: '2' };
    const [c, d] = await Promise.all([
      cluster.startWorker('worker C', { env: workerEnv }),
      cluster.startWorker('worker D', { env: workerEnv }),
    ]);
    expect(c.workerId).not.toBe(d.workerId);
    const watch = [cluster.api, c.proc, d.proc];
    await sweepDone(cluster, watch);

    const CONNECTIONS = 6;
    const created = await Promise.all(Array.from({ length: CONNECTIONS }, (_, n) => createConnection(cluster, `burst-${n + 1}`)));
    const ids = created.map((connection) => connection.id).sort((x, y) => x - y);
    expect(new Set(ids).size).toBe(CONNECTIONS);
    const estate = await estateOf(cluster, created[0]!.body.operationalRegions as string[], created[0]!.body.services as string[]);

    let states: unknown;
    await waitFor('every connection to be verified and synced', async () => {
      const connections = await Promise.all(ids.map((id) => getConnection(cluster, id)));
      states = connections.map(({ id, connectivityStatus, syncStatus, lastSync }) => ({ id, connectivityStatus, syncStatus, lastSync }));
      return connections.every((conn) => conn.connectivityStatus === 'success' && conn.syncStatus === 'idle' && conn.lastSync !== null);
    }, { timeoutMs: 60_000, intervalMs: 100, watch, state: () => states });

    // A job is marked succeeded just after its handler has updated the connection: wait for that too.
    await waitFor('every verification and sync job to be finished', async () => {
      const jobs = [...await jobsOf(cluster, 'connections.sync'), ...await jobsOf(cluster, 'connections.verify')];
      states = jobs.map(({ id, kind, status }) => ({ id, kind, status }));
      return jobs.length === 2 * CONNECTIONS && jobs.every((job) => job.status === 'succeeded' || job.status === 'failed');
    }, { timeoutMs: 15_000, watch, state: () => states });

    // Exactly one verification and one sync job per connection, each succeeded on its first claim.
    const syncJobs = await jobsOf(cluster, 'connections.sync');
    const verifyJobs = await jobsOf(cluster, 'connections.verify');
    for (const jobs of [syncJobs, verifyJobs]) {
      expect(jobs.map(connectionIdOf).sort((x, y) => x - y)).toEqual(ids);
      for (const job of jobs) {
        expect({ id: job.id, kind: job.kind, status: job.status, attempts: job.attempts, last_error: job.last_error })
          .toEqual({ id: job.id, kind: job.kind, status: 'succeeded', attempts: 1, last_error: null });
      }
    }
    expect(await cluster.store.db.selectFrom('jobs').select(['id', 'kind', 'last_error']).where('status', '=', 'failed').execute()).toEqual([]);
    // One sync requested per connection (the first one, started by the first verification).
    const rows = await cluster.store.db.selectFrom('cloud_connections').select(['id', 'sync_generation']).where('id', 'in', ids).execute();
    expect(rows.map((row) => row.sync_generation)).toEqual(ids.map(() => 1));

    // Each sync read each page once: no sync ran twice, not even in part.
    const calls = await discoverCalls(cluster);
    expect(total(calls)).toBe(CONNECTIONS * estate.fullSyncCalls);
    for (const pair of estate.pairs) expect({ pair, calls: calls.get(pair) }).toEqual({ pair, calls: CONNECTIONS * estate.pagesByPair.get(pair)! });
    expect(await cluster.sim.countCalls({ operation: 'verify' })).toBe(CONNECTIONS);

    // Both workers took part, and no sync job was finished by both. Each process logs a success just after
    // committing it: wait for every line to come through the pipes.
    const syncIds = new Set(syncJobs.map((job) => job.id));
    await waitFor("the workers' records of every sync's success", async () => {
      const logged = [c.proc, d.proc].flatMap((proc) => proc.logs())
        .filter((line) => line.msg === 'job succeeded' && syncIds.has(line.jobId as number));
      return new Set(logged.map((line) => line.jobId)).size === syncIds.size;
    }, { timeoutMs: 10_000, watch: [c.proc, d.proc] });
    const finishedBy = (proc: LifeboatProcess, workerId: string) => proc.logs()
      .filter((line) => line.msg === 'job succeeded' && line.kind === 'connections.sync' && syncIds.has(line.jobId as number))
      .map((line) => {
        expect(line.workerId).toBe(workerId);
        return line.jobId as number;
      });
    const byC = finishedBy(c.proc, c.workerId);
    const byD = finishedBy(d.proc, d.workerId);
    expect(byC.length).toBeGreaterThan(0);
    expect(byD.length).toBeGreaterThan(0);
    expect([...byC, ...byD].sort((x, y) => x - y)).toEqual([...syncIds].sort((x, y) => x - y));

    for (const id of ids) {
      const inventory = await inventoryKeys(cluster, id);
      expect(inventory.total).toBe(estate.resourceKeys.length);
      expect(inventory.keys).toEqual(estate.resourceKeys);
    }
    console.log(`burst: ${CONNECTIONS} connections verified and synced in ${secondsSince(t0)} ` +
      `(worker C finished ${byC.length} syncs, worker D ${byD.length}; ${estate.fullSyncCalls} discover calls per sync)`);
  }, TEST_TIMEOUT_MS);
});
