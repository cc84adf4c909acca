// Crash paths of a drill run, with real processes on a real PostgreSQL database. The worker driving a drill run
// is SIGKILLed while the run's recovery rebuilds the shop; another worker picks the run up where it is: it finds
// the recovery it started (no second one), waits for it, waits for its automatic reset, and ends the run
// completed with nothing left behind.
// PostgreSQL only: SQLite is the single-process mode.
import { describe, expect, it } from 'vitest';
import { RECOVERY_ID_TAG } from '../../src/cloud/provider.ts';
import { TEST_PG_URL } from '../helpers/stores.ts';
import { waitFor, useClusters } from './cluster.ts';
import { connectShop, protectedAssembly, shopVolumes } from './shop.ts';

const TEST_TIMEOUT_MS = 150_000;
const EXTRA_VOLUMES = 200;
const LATENCY_MS = 40;

describe.skipIf(!TEST_PG_URL)('fault: the worker driving a drill run SIGKILLed while its recovery runs (PostgreSQL)', () => {
  const clusters = useClusters();

  it('another worker finishes the run: one recovery, reset by itself, run completed with no leftovers', async () => {
    const cluster = await clusters.start();
    const db = cluster.store.db;
    await cluster.sim.putResources(shopVolumes(EXTRA_VOLUMES));
    const workerEnv = { LIFEBOAT_JOB_LEASE_SECONDS: '2', LIFEBOAT_JOB_POLL_MS: '50', LIFEBOAT_RESET_SWEEP_MS: '200' };
    const a = await cluster.startWorker('worker A', { env: workerEnv });

    const connectionId = await connectShop(cluster, a.proc);
    const base = await protectedAssembly(cluster, a.proc, connectionId);

    const policy = await cluster.request('POST', `${base}/drill-policies`, {
      name: 'crash-drill', frequencyType: 'yearly', frequencyDetails: { hours: [3], daysOfMonth: [29], months: ['FEBRUARY'] }, resetAfterMinutes: 1,
    });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    await cluster.sim.setLatency(LATENCY_MS);
    const run = await cluster.request('POST', `${base}/drill-policies/${policy.body.id}/run`);
    expect(run.status, JSON.stringify(run.body)).toBe(202);
    const runOf = async () => (await cluster.request('GET', `${base}/drill-policies/${policy.body.id}/runs`)).body.find((r: { id: number }) => r.id === run.body.id);
    const recoveries = async () => (await cluster.request('GET', `${base}/recoveries`)).body as Array<{ id: string; recoveryStatus: string }>;
    const tagged = async (recoveryId: string) => (await db.selectFrom('sim_resources').select('tags').execute())
      .filter((r) => JSON.parse(r.tags)[RECOVERY_ID_TAG] === recoveryId).length;

    // A is killed while the run's recovery is half-way.
    const recovering = await waitFor('the run to be recovering on A', async () => {
      const r = await runOf();
      return r?.status === 'recovering' && (await tagged(r.recoveryId)) >= 20 ? r : undefined;
    }, { timeoutMs: 30_000, intervalMs: 10, watch: [cluster.api, a.proc] });
    process.kill(a.proc.pid, 'SIGKILL');
    await a.proc.exited;

    const b = await cluster.startWorker('worker B', { env: workerEnv });
    await waitFor('the run to wait for its reset on B', async () => (await runOf())?.status === 'resetting', { timeoutMs: 60_000, intervalMs: 100, watch: [cluster.api, b.proc] });
    // The minute of resetAfterMinutes passes.
    await db.updateTable('recoveries').set({ reset_due_at: Date.now() - 1 }).where('id', '=', recovering.recoveryId).execute();
    const done = await waitFor('the run to end on B', async () => {
      const r = await runOf();
      return ['completed', 'failed', 'skipped'].includes(r?.status) ? r : undefined;
    }, { timeoutMs: 60_000, intervalMs: 100, watch: [cluster.api, b.proc] });
    expect(done, JSON.stringify(done)).toMatchObject({ status: 'completed', outcome: 'passed', recoveryId: recovering.recoveryId, recoveryStatus: 'completed', resetStatus: 'completed', leftovers: 0 });
    // The run's recovery is the only one: B adopted it rather than starting another.
    expect((await recoveries()).map((r) => r.id)).toEqual([recovering.recoveryId]);
    expect(await tagged(recovering.recoveryId)).toBe(0);
  }, TEST_TIMEOUT_MS);
});
