import { describe, expect, it } from 'vitest';
import { claimJobs } from '../../src/platform/jobs/claim.ts';
import { enqueue, getJob } from '../../src/platform/jobs/index.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { useJobsFixture, waitFor } from './fixture.ts';

const HOUR = 3_600_000;

for (const dialect of DIALECTS) {
  describe(`jobs: claims in batches, in order (${dialect})`, () => {
    const fx = useJobsFixture(dialect);

    it('runs a backlog enqueued in one millisecond in id order, each job once', async () => {
      const order: number[] = [];
      const runner = fx.runner({ concurrency: 1, pollMs: 5 }).register({ kind: 'work', run: async (_p, ctx) => { order.push(ctx.jobId); } });
      const runAt = Date.now();
      const ids: number[] = [];
      for (let n = 0; n < 30; n++) ids.push((await enqueue(fx.store.db, { kind: 'work', payload: { n }, runAt }))!);
      await runner.start();
      await waitFor('the backlog to drain', () => order.length === ids.length);
      expect(order).toEqual(ids);
      // A keyless job's success is written by the runner's next claim (finish-and-claim), so the last one's lands a
      // turn after its handler returned.
      await waitFor('the last success to be recorded', async () => (await getJob(fx.store.db, ids[29]!))?.status === 'succeeded');
      for (const id of [ids[0]!, ids[29]!]) expect(await getJob(fx.store.db, id)).toMatchObject({ status: 'succeeded', attempts: 1 });
    });

    it('claims up to the limit in one call, oldest first, and leaves the rest pending', async () => {
      const now = Date.now();
      const ids: number[] = [];
      for (let n = 0; n < 6; n++) ids.push((await enqueue(fx.store.db, { kind: 'work', payload: { n }, runAt: now - 1000 + (n % 2) }))!);
      const claimed = await claimJobs(fx.store.db, fx.dialect, { workerId: 'w', kinds: ['work'], limit: 4, leaseMs: 30_000, now });
      // run_at alternates: the three older ones by id, then the first of the newer ones.
      expect(claimed.map((job) => job.id)).toEqual([ids[0], ids[2], ids[4], ids[1]]);
      expect(claimed.every((job) => job.status === 'running' && job.locked_by === 'w' && job.attempts === 1)).toBe(true);
      expect((await getJob(fx.store.db, ids[3]!))?.status).toBe('pending');
    });
  });
}

if (DIALECTS.includes('postgres')) {
  describe('jobs on PostgreSQL: wake-ups and the database clock', () => {
    const fx = useJobsFixture('postgres');

    it('a job enqueued by another process runs without waiting for the poll (LISTEN/NOTIFY)', async () => {
      const ran: number[] = [];
      // An hour between polls: only the notification can wake this runner.
      const runner = fx.runner({ pollMs: HOUR }).register({ kind: 'work', run: async (_p, ctx) => { ran.push(ctx.jobId); } });
      await runner.start();
      const other = fx.openStore();
      const id = await other.transaction((trx) => enqueue(trx, { kind: 'work', payload: null }));
      await waitFor('the notified runner to run the job', () => ran.includes(id!));
      expect(await getJob(fx.store.db, id!)).toMatchObject({ status: 'succeeded', attempts: 1 });
    });

    it('an enqueue that rolls back wakes no one and leaves nothing to run', async () => {
      const other = fx.openStore();
      await expect(other.transaction(async (trx) => {
        await enqueue(trx, { kind: 'work', payload: null });
        throw new Error('rolled back');
      })).rejects.toThrow('rolled back');
      const claimed = await claimJobs(fx.store.db, 'postgres', { workerId: 'w', kinds: ['work'], limit: 10, leaseMs: 30_000, now: Date.now() });
      expect(claimed).toEqual([]);
    });

    it('a worker whose clock runs an hour fast does not take a job whose lease is live', async () => {
      const id = await enqueue(fx.store.db, { kind: 'work', payload: null });
      const [held] = await claimJobs(fx.store.db, 'postgres', { workerId: 'a', kinds: ['work'], limit: 1, leaseMs: 60_000, now: Date.now() });
      expect(held?.id).toBe(id);
      // Leases are written and compared on the database's clock, not on either worker's.
      const fast = await claimJobs(fx.store.db, 'postgres', { workerId: 'b', kinds: ['work'], limit: 1, leaseMs: 60_000, now: Date.now() + HOUR });
      expect(fast).toEqual([]);
      expect(await getJob(fx.store.db, id!)).toMatchObject({ status: 'running', locked_by: 'a', attempts: 1 });
    });
  });
}
