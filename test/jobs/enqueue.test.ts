import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/platform/db/database.ts';
import { countJobs, enqueue, getJob, type JobTables } from '../../src/platform/jobs/index.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { useJobsFixture, waitFor } from './fixture.ts';

for (const dialect of DIALECTS) {
  describe(`jobs: enqueue and run (${dialect})`, () => {
    const fx = useJobsFixture(dialect);

    it('runs an enqueued job once with its payload and records success', async () => {
      const seen: unknown[] = [];
      const runner = fx.runner().register<{ recoveryId: string }>({
        kind: 'recovery.advance',
        async run(payload, ctx) {
          seen.push({ payload, attempt: ctx.attempt, progress: ctx.progress, jobId: ctx.jobId });
        },
      });
      const id = await enqueue(fx.store.db, { kind: 'recovery.advance', payload: { recoveryId: 'rec-1' } });
      expect(id).toBeTypeOf('number');
      await runner.start();
      runner.wake();

      const job = await waitFor('the job to succeed', async () => {
        const row = await getJob(fx.store.db, id!);
        return row?.status === 'succeeded' && row;
      });
      expect(seen).toEqual([{ payload: { recoveryId: 'rec-1' }, attempt: 1, progress: null, jobId: id }]);
      expect(job).toMatchObject({ attempts: 1, locked_by: null, locked_until: null, last_error: null });
      expect(job.finished_at).toBeGreaterThanOrEqual(job.created_at);
    });

    it('leaves a job scheduled in the future alone until its time', async () => {
      const ran: number[] = [];
      const runner = fx.runner().register({ kind: 'later', run: async () => void ran.push(Date.now()) });
      const runAt = Date.now() + 300;
      const id = await enqueue(fx.store.db, { kind: 'later', payload: null, runAt });
      await runner.start();
      await waitFor('the job to succeed', async () => (await getJob(fx.store.db, id!))?.status === 'succeeded');
      expect(ran).toHaveLength(1);
      expect(ran[0]).toBeGreaterThanOrEqual(runAt);
    });

    it('does not claim kinds it has no handler for', async () => {
      const runner = fx.runner().register({ kind: 'mine', run: async () => undefined });
      const foreign = await enqueue(fx.store.db, { kind: 'someone-else', payload: {} });
      const mine = await enqueue(fx.store.db, { kind: 'mine', payload: {} });
      await runner.start();
      await waitFor('my job to succeed', async () => (await getJob(fx.store.db, mine!))?.status === 'succeeded');
      expect((await getJob(fx.store.db, foreign!))?.status).toBe('pending');
    });

    it('dedupes by key while a job is live, and frees the key once it finishes', async () => {
      const first = await enqueue(fx.store.db, { kind: 'sync', payload: { n: 1 }, key: 'sync:conn-1' });
      const second = await enqueue(fx.store.db, { kind: 'sync', payload: { n: 2 }, key: 'sync:conn-1' });
      const otherKey = await enqueue(fx.store.db, { kind: 'sync', payload: { n: 3 }, key: 'sync:conn-2' });
      expect(first).toBeTypeOf('number');
      expect(second).toBeUndefined();
      expect(otherKey).toBeTypeOf('number');
      expect(await countJobs(fx.store.db, { kind: 'sync' })).toBe(2);

      const runner = fx.runner().register({ kind: 'sync', run: async () => undefined });
      await runner.start();
      await waitFor('both jobs to succeed', async () => (await countJobs(fx.store.db, { status: 'succeeded' })) === 2);

      const again = await enqueue(fx.store.db, { kind: 'sync', payload: { n: 4 }, key: 'sync:conn-1' });
      expect(again).toBeTypeOf('number');
      expect(again).not.toBe(first);
    });

    it('commits the job with the caller\'s transaction, and not when it rolls back', async () => {
      await expect(
        fx.store.transaction(async (trx) => {
          await enqueue(trx, { kind: 'protect', payload: {} });
          throw new Error('the state change failed');
        }),
      ).rejects.toThrow('the state change failed');
      expect(await countJobs(fx.store.db)).toBe(0);

      // A module's store has more tables than the jobs folder knows; its transaction is accepted as is.
      const moduleStore = fx.store as unknown as Store<JobTables & { protections: { id: string; version: number } }>;
      const id = await moduleStore.transaction((trx) => enqueue(trx, { kind: 'protect', payload: {}, maxAttempts: 3 }));
      expect(await getJob(fx.store.db, id!)).toMatchObject({ status: 'pending', attempts: 0, max_attempts: 3 });
    });

    it('rejects a non-positive maxAttempts', async () => {
      await expect(enqueue(fx.store.db, { kind: 'x', payload: null, maxAttempts: 0 })).rejects.toThrow(RangeError);
    });
  });
}
