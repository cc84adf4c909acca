// Crash path of a cross-account recovery, with real processes on a real PostgreSQL database. The worker is
// SIGKILLed while it carries a hundred volumes' snapshots into the second account (each under the AWS-managed
// key, so copied, shared, then copied again by the target); another worker finishes the recovery: every volume
// restored from the target's own copy, exactly one copy a volume and purpose, and the work resumed rather
// than redone. PostgreSQL only: SQLite is the single-process mode.
import { describe, expect, it } from 'vitest';
import type { SimResourceInput } from '../../src/cloud/sim/index.ts';
import { connectionBody } from '../helpers/app.ts';
import { TEST_PG_URL } from '../helpers/stores.ts';
import { useClusters, waitFor, type Cluster, type LifeboatProcess } from './cluster.ts';
import { connectShop, DEMO_ACCOUNT, protectedAssembly, SHOP_SERVICES } from './shop.ts';

const TEST_TIMEOUT_MS = 150_000;
const VOLUMES = 100;
const RECOVERY_ACCOUNT = '222222222222';
/** Calls one recovery makes at once (src/app/build.ts). */
const PARALLELISM = 8;
/** What a kill can cost: a transfer step is recorded right after its call, so the calls in flight, twice for good measure. */
const REDONE_AT_MOST = 2 * PARALLELISM;
const LATENCY_MS = 40;

/** Volumes encrypted under the AWS-managed key, which AWS refuses to share: each takes the copy-then-share path. */
const encryptedVolumes = (count: number): SimResourceInput[] => Array.from({ length: count }, (_, n) => ({
  accountId: DEMO_ACCOUNT, region: 'us-east-1', resourceId: `vol-0e${n.toString(16).padStart(15, '0')}`, type: 'ebs:volume', name: `ledger-${n}`,
  configuration: { size: 8, volumeType: 'gp3', encrypted: true, kmsKeyId: 'alias/aws/ebs' }, tags: { app: 'ledger', Name: `ledger-${n}` },
}));

async function connectRecoveryAccount(cluster: Cluster, worker: LifeboatProcess): Promise<number> {
  const made = await cluster.request('POST', `${cluster.P}/aws/cloud-connections`, connectionBody({
    name: 'crash-dr', services: SHOP_SERVICES, accessMethod: { type: 'iam-role', roleArn: `arn:aws:iam::${RECOVERY_ACCOUNT}:role/LifeboatAccess` },
  }));
  expect(made.status, JSON.stringify(made.body)).toBe(202);
  const id = made.body.id as number;
  await waitFor('the recovery account connection to be verified', async () =>
    (await cluster.request('GET', `${cluster.P}/aws/cloud-connections/${id}`)).body.connectivityStatus === 'success', { timeoutMs: 30_000, watch: [cluster.api, worker] });
  return id;
}

describe.skipIf(!TEST_PG_URL)('fault: a worker SIGKILLed in the middle of a cross-account transfer (PostgreSQL)', () => {
  const clusters = useClusters();

  it('another worker finishes it: every volume restored from its own copy in the target, exactly one copy a volume and purpose', async () => {
    const cluster = await clusters.start();
    const db = cluster.store.db;
    await cluster.sim.putResources(encryptedVolumes(VOLUMES));
    const workerEnv = { LIFEBOAT_JOB_LEASE_SECONDS: '2', LIFEBOAT_JOB_POLL_MS: '50' };
    const a = await cluster.startWorker('worker A', { env: workerEnv });
    const connectionId = await connectShop(cluster, a.proc);
    const dr = await connectRecoveryAccount(cluster, a.proc);
    const base = await protectedAssembly(cluster, a.proc, connectionId, 'ledger');

    // The recovery, slowed down, and A killed while some volumes have crossed and others have not started.
    await cluster.sim.setLatency(LATENCY_MS);
    const started = await cluster.request('POST', `${base}/recoveries`, {
      recoveryName: 'crash-xacct', recoveryScope: 'cross-account', crossAccountConfiguration: { cloudConnectionId: dr },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const recoveryId = started.body.id as string;
    const copies = async (purpose: 'share' | 'receive', includeDeleted = false) =>
      (await cluster.sim.listSnapshots({ includeDeleted })).filter((s) => s.recoveryCopy === `${recoveryId}/${purpose}`);
    await waitFor('the transfer to be half-way on A', async () => {
      const shared = (await copies('share')).length;
      return shared >= 20 && shared <= VOLUMES - 40;
    }, { timeoutMs: 30_000, intervalMs: 10, watch: [cluster.api, a.proc] });
    process.kill(a.proc.pid, 'SIGKILL');
    await a.proc.exited;
    const copiesByA = (await copies('share')).length + (await copies('receive')).length;
    const copyCalls = async (since = 0) => Number((await db.selectFrom('sim_calls').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('operation', '=', 'copySnapshotForRecovery').where('at', '>=', since).executeTakeFirstOrThrow()).n);
    const recorded = await db.selectFrom('recovery_transfers').select(['step']).where('recovery_id', '=', recoveryId).execute();
    expect(recorded.filter((r) => r.step === 'receive').length, 'A had not finished every transfer').toBeLessThan(VOLUMES);

    const bStarted = Date.now();
    const b = await cluster.startWorker('worker B', { env: workerEnv });
    const done = await waitFor('the recovery to finish on B', async () => {
      const res = await cluster.request('GET', `${base}/recoveries/${recoveryId}`);
      return ['completed', 'partially-completed', 'failed', 'aborted'].includes(res.body.recoveryStatus) ? res.body : undefined;
    }, { timeoutMs: 60_000, intervalMs: 100, watch: [cluster.api, b.proc] });
    expect(done.recoveryStatus, JSON.stringify(done.resources.filter((r: { error: string | null }) => r.error).slice(0, 3))).toBe('completed');
    expect(done.recoveredCount).toBe(VOLUMES);

    // Exactly one copy a volume and purpose, ever (deleted ones count too), each in its account.
    for (const purpose of ['share', 'receive'] as const) {
      const made = await copies(purpose, true);
      const perVolume = new Map<string, number>();
      for (const c of made) perVolume.set(c.resourceId, (perVolume.get(c.resourceId) ?? 0) + 1);
      expect(perVolume.size, `${purpose} copies`).toBe(VOLUMES);
      expect([...perVolume].filter(([, n]) => n !== 1), `volumes with more than one ${purpose} copy`).toEqual([]);
      expect(new Set(made.map((c) => c.accountId))).toEqual(new Set([purpose === 'share' ? DEMO_ACCOUNT : RECOVERY_ACCOUNT]));
    }
    // Each volume restored from the target's copy its transfer recorded.
    const received = new Map((await copies('receive')).map((c) => [c.resourceId, c.snapshotId]));
    for (const r of done.resources as Array<{ sourceResourceId: string; recoveredResourceId: string; transfer: { method: string; receivedSnapshotId: string } }>) {
      expect(r.transfer).toMatchObject({ method: 'copy-then-share', receivedSnapshotId: received.get(r.sourceResourceId) });
      const volume = await cluster.sim.getResource({ accountId: RECOVERY_ACCOUNT, region: 'us-east-1', resourceId: r.recoveredResourceId });
      expect(volume?.configuration.restoredFromSnapshotId).toBe(received.get(r.sourceResourceId));
    }
    // B resumed rather than starting over: only the copies A had not made, and the calls in flight at the kill, again.
    const callsByB = await copyCalls(bStarted);
    console.log(`cross-account-kill: ${VOLUMES} volumes; at the kill A had made ${copiesByA} of ${2 * VOLUMES} copies; B made ${callsByB} copy calls`);
    expect(callsByB).toBeLessThanOrEqual(2 * VOLUMES - copiesByA + REDONE_AT_MOST);
  }, TEST_TIMEOUT_MS);
});
