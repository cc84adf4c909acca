// A recovery's validation resumes after a SIGKILL, with real processes on a real PostgreSQL database: the worker is
// killed while the validation waits for a few hundred recovered resources to be ready; another worker reclaims the
// job, does not rebuild anything, asks only about the resources not yet seen ready, and ends with the same outcome.
// PostgreSQL only: SQLite is the single-process mode.
import { describe, expect, it } from 'vitest';
import { TEST_PG_URL } from '../helpers/stores.ts';
import { waitFor, useClusters } from './cluster.ts';
import { connectShop, protectedAssembly, shopVolumes } from './shop.ts';

const TEST_TIMEOUT_MS = 150_000;
const EXTRA_VOLUMES = 300;
const LATENCY_MS = 30;
/** Calls in flight at the kill (the wait asks one resource at a time) plus slack for the row not yet written. */
const REDONE_AT_MOST = 4;

describe.skipIf(!TEST_PG_URL)('fault: a worker SIGKILLed in the middle of a recovery\'s validation (PostgreSQL)', () => {
  const clusters = useClusters();

  it('another worker finishes the validation where it stopped: no resource rebuilt, the ready ones not asked again, validated', async () => {
    const cluster = await clusters.start();
    const db = cluster.store.db;
    await cluster.sim.putResources(shopVolumes(EXTRA_VOLUMES));
    const workerEnv = { LIFEBOAT_JOB_LEASE_SECONDS: '2', LIFEBOAT_JOB_POLL_MS: '50' };
    const a = await cluster.startWorker('worker A', { env: workerEnv });

    const connectionId = await connectShop(cluster, a.proc);
    const base = await protectedAssembly(cluster, a.proc, connectionId);

    await cluster.sim.setLatency(LATENCY_MS);
    const started = await cluster.request('POST', `${base}/recoveries`, { recoveryName: 'crash-validation' });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const recoveryId = started.body.id as string;
    const readyCount = async () => Number((await db.selectFrom('recovery_resources').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('recovery_id', '=', recoveryId).where('ready_at', 'is not', null).executeTakeFirstOrThrow()).n);
    const total = () => db.selectFrom('recoveries').select('resource_count').where('id', '=', recoveryId).executeTakeFirstOrThrow().then((r) => r.resource_count);
    await waitFor('the validation to be half-way on A', async () => {
      const row = await db.selectFrom('recoveries').select(['validation_status', 'status']).where('id', '=', recoveryId).executeTakeFirstOrThrow();
      const ready = await readyCount();
      return row.status === 'in-progress' && row.validation_status === 'running' && ready >= 40 && ready <= (await total()) - 80;
    }, { timeoutMs: 60_000, intervalMs: 10, watch: [cluster.api, a.proc] });
    // What a reader sees meanwhile: still in progress, with the validation running.
    const during = await cluster.request('GET', `${base}/recoveries/${recoveryId}`);
    expect(during.body.recoveryStatus).toBe('in-progress');
    expect(during.body.validation.status).toBe('running');
    process.kill(a.proc.pid, 'SIGKILL');
    await a.proc.exited;
    const resources = await total();
    const readyByA = await readyCount();
    expect(readyByA).toBeLessThan(resources);

    const calls = async (operation: string, since: number) => Number((await db.selectFrom('sim_calls').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('operation', '=', operation).where('at', '>=', since).executeTakeFirstOrThrow()).n);
    const bStarted = Date.now();
    const b = await cluster.startWorker('worker B', { env: workerEnv });
    const done = await waitFor('the recovery to finish on B', async () => {
      const res = await cluster.request('GET', `${base}/recoveries/${recoveryId}`);
      return ['completed', 'partially-completed', 'failed', 'aborted'].includes(res.body.recoveryStatus) ? res.body : undefined;
    }, { timeoutMs: 90_000, intervalMs: 100, watch: [cluster.api, b.proc] });
    expect(done.recoveryStatus, done.statusMessage).toBe('completed');
    expect(done.validation.status).toBe('passed');
    expect(done.validation.checks.map((c: { name: string; status: string }) => [c.name, c.status]))
      .toEqual([['resources-ready', 'passed'], ['references', 'passed'], ['isolation', 'passed']]);
    expect(done.rtoSeconds).toEqual(expect.any(Number));
    expect(done.rpoSeconds).toEqual(expect.any(Number));
    expect(await readyCount()).toBe(resources);
    // B resumed the validation: nothing rebuilt, and only the resources A had not seen ready were asked about by the wait
    // (the references check asks about the dependencies of the rest, a few dozen network resources at most).
    expect(await calls('recreate', bStarted)).toBe(0);
    const askedByB = await calls('resourceState', bStarted);
    console.log(`validation-kill: ${resources} resources; A had seen ${readyByA} ready; B asked ${askedByB} times`);
    expect(askedByB).toBeLessThanOrEqual(resources - readyByA + REDONE_AT_MOST + 40);
  }, TEST_TIMEOUT_MS);
});
