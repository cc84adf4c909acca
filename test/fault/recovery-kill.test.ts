// Crash paths of a recovery and of its reset, with real processes on a real PostgreSQL database. The worker
// running a recovery of a few hundred resources is SIGKILLed while it rebuilds them; another worker reclaims
// the job and finishes it without creating any resource twice. Then the worker running the reset is killed
// half-way; a third one finishes it: everything the recovery made is gone, and nothing else.
// PostgreSQL only: SQLite is the single-process mode.
import { describe, expect, it } from 'vitest';
import { RECOVERY_ID_TAG, SOURCE_ID_TAG } from '../../src/cloud/provider.ts';
import type { RecoveredResourceStatus } from '../../src/modules/recoveries/state-machine.ts';
import { TEST_PG_URL } from '../helpers/stores.ts';
import { waitFor, useClusters } from './cluster.ts';
import { connectShop, DEMO_ACCOUNT, protectedAssembly, shopVolumes } from './shop.ts';

const TEST_TIMEOUT_MS = 150_000;
const EXTRA_VOLUMES = 300;
/** Calls one recovery or reset makes at once (src/app/build.ts). */
const PARALLELISM = 8;
/** What a kill can cost: the calls in flight plus the outcomes made but not yet written (flushed every PARALLELISM). */
const REDONE_AT_MOST = 2 * PARALLELISM;
const LATENCY_MS = 60;

describe.skipIf(!TEST_PG_URL)('fault: workers SIGKILLed in the middle of a recovery and of its reset (PostgreSQL)', () => {
  const clusters = useClusters();

  it('another worker finishes each: every resource rebuilt exactly once, then every one deleted, and nothing else touched', async () => {
    const cluster = await clusters.start();
    const db = cluster.store.db;
    await cluster.sim.putResources(shopVolumes(EXTRA_VOLUMES));
    const workerEnv = { LIFEBOAT_JOB_LEASE_SECONDS: '2', LIFEBOAT_JOB_POLL_MS: '50' };
    const a = await cluster.startWorker('worker A', { env: workerEnv });

    // Connection, assembly and one protection, at full speed.
    const connectionId = await connectShop(cluster, a.proc);
    const base = await protectedAssembly(cluster, a.proc, connectionId);
    const untagged = async () => (await db.selectFrom('sim_resources').select(['resource_id', 'tags']).execute())
      .filter((r) => !JSON.parse(r.tags)[RECOVERY_ID_TAG]).map((r) => r.resource_id).sort();
    const sourceEstate = await untagged();

    // The recovery, slowed down, and A killed in the middle of it.
    await cluster.sim.setLatency(LATENCY_MS);
    const started = await cluster.request('POST', `${base}/recoveries`, { recoveryName: 'crash-drill' });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const recoveryId = started.body.id as string;
    const tagged = async () => (await db.selectFrom('sim_resources').select(['resource_id', 'tags']).execute())
      .map((r) => ({ id: r.resource_id, tags: JSON.parse(r.tags) as Record<string, string> })).filter((r) => r.tags[RECOVERY_ID_TAG] === recoveryId);
    const recorded = async (status: RecoveredResourceStatus) => Number((await db.selectFrom('recovery_resources').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('recovery_id', '=', recoveryId).where('status', '=', status).executeTakeFirstOrThrow()).n);
    const total = () => db.selectFrom('recoveries').select('resource_count').where('id', '=', recoveryId).executeTakeFirstOrThrow().then((r) => r.resource_count);
    await waitFor('the recovery to be half-way on A', async () => {
      const inCloud = (await tagged()).length;
      return inCloud >= 40 && inCloud <= (await total()) - 80;
    }, { timeoutMs: 30_000, intervalMs: 10, watch: [cluster.api, a.proc] });
    process.kill(a.proc.pid, 'SIGKILL');
    await a.proc.exited;
    const resources = await total();
    expect(resources).toBeGreaterThan(EXTRA_VOLUMES);
    const madeByA = (await tagged()).length;
    const recreateCalls = async (since = 0) => Number((await db.selectFrom('sim_calls').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('operation', '=', 'recreate').where('account_id', '=', DEMO_ACCOUNT).where('at', '>=', since).executeTakeFirstOrThrow()).n);
    const callsByA = await recreateCalls();
    const recordedByA = await recorded('recovered');
    expect(madeByA).toBeLessThan(resources);

    const bStarted = Date.now();
    const b = await cluster.startWorker('worker B', { env: workerEnv });
    const done = await waitFor('the recovery to finish on B', async () => {
      const res = await cluster.request('GET', `${base}/recoveries/${recoveryId}`);
      return ['completed', 'partially-completed', 'failed', 'aborted'].includes(res.body.recoveryStatus) ? res.body : undefined;
    }, { timeoutMs: 60_000, intervalMs: 100, watch: [cluster.api, b.proc] });
    expect(done.recoveryStatus).toBe('completed');
    expect(done.recoveredCount).toBe(resources);

    // Exactly one rebuilt resource per source, and the details map each source to it.
    const inCloud = await tagged();
    const perSource = new Map<string, string[]>();
    for (const r of inCloud) perSource.set(r.tags[SOURCE_ID_TAG]!, [...(perSource.get(r.tags[SOURCE_ID_TAG]!) ?? []), r.id]);
    expect([...perSource.values()].filter((ids) => ids.length !== 1), 'sources rebuilt more than once').toEqual([]);
    expect(perSource.size).toBe(resources);
    for (const r of done.resources as Array<Record<string, string>>) expect([r.recoveredResourceId]).toEqual(perSource.get(r.sourceResourceId));
    // B resumed rather than starting over: at most the calls in flight at the kill were repeated.
    const callsByB = await recreateCalls(bStarted);
    console.log(`recovery-kill: ${resources} resources; at the kill A had made ${madeByA} (${recordedByA} recorded) in ${callsByA} calls; B made ${callsByB} calls`);
    expect(callsByB, `B made ${callsByB} recreate calls though A had made ${madeByA} of ${resources}`).toBeLessThanOrEqual(resources - madeByA + REDONE_AT_MOST);
    expect(callsByA + callsByB).toBeLessThanOrEqual(resources + REDONE_AT_MOST);

    // The reset, and B killed in the middle of it.
    const reset = await cluster.request('POST', `${base}/recoveries/${recoveryId}/reset`);
    expect(reset.status, JSON.stringify(reset.body)).toBe(202);
    await waitFor('the reset to be half-way on B', async () => {
      const left = (await tagged()).length;
      return left <= resources - 40 && left >= 80;
    }, { timeoutMs: 30_000, intervalMs: 10, watch: [cluster.api, b.proc] });
    process.kill(b.proc.pid, 'SIGKILL');
    await b.proc.exited;
    const deletedByB = resources - (await tagged()).length;
    expect(await recorded('recovered')).toBeGreaterThan(0);

    const cStarted = Date.now();
    const c = await cluster.startWorker('worker C', { env: workerEnv });
    const status = await waitFor('the reset to finish on C', async () => {
      const res = await cluster.request('GET', `${base}/recoveries/${recoveryId}/reset-status`);
      return ['completed', 'failed'].includes(res.body.status) ? res.body : undefined;
    }, { timeoutMs: 60_000, intervalMs: 100, watch: [cluster.api, c.proc] });
    expect(status.status, status.message).toBe('completed');
    expect(await tagged()).toEqual([]);
    expect(await recorded('deleted')).toBe(resources);
    // Nothing of the source estate was touched, and C deleted only what B had not.
    expect(await untagged()).toEqual(sourceEstate);
    const deleteCalls = Number((await db.selectFrom('sim_calls').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('operation', '=', 'deleteResource').where('at', '>=', cStarted).executeTakeFirstOrThrow()).n);
    expect(deleteCalls).toBeLessThanOrEqual(resources - deletedByB + REDONE_AT_MOST);
  }, TEST_TIMEOUT_MS);
});
