import { describe, expect, it } from 'vitest';
import { countJobs, enqueue, getJob, JobRunnerStoppedError, type JobOutcome } from '../../src/platform/jobs/index.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { sleep, untilAborted, useJobsFixture, waitFor } from './fixture.ts';

for (const dialect of DIALECTS) {
  describe(`jobs: stop (${dialect})`, () => {
    const fx = useJobsFixture(dialect);

    it('gives back the jobs it holds after the grace, so another worker takes them at once', async () => {
      const reasons: unknown[] = [];
      const outcomes: JobOutcome[] = [];
      let running = 0;
      // A lease of a minute: if stop() left the jobs locked, the next runner could not have them in time.
      const first = fx.runner({ concurrency: 2, leaseMs: 60_000, onOutcome: (_kind, outcome) => outcomes.push(outcome) }).register({
        kind: 'drill',
        async run(_payload, ctx) {
          running += 1;
          await untilAborted(ctx.signal).catch((reason: unknown) => {
            reasons.push(reason);
            throw reason;
          });
        },
      });
      const ids = [await enqueue(fx.store.db, { kind: 'drill', payload: 1 }), await enqueue(fx.store.db, { kind: 'drill', payload: 2 })];
      await first.start();
      await waitFor('both jobs to run', () => running === 2);

      const stopping = Date.now();
      await first.stop(100);
      expect(Date.now() - stopping).toBeLessThan(2_000);
      expect(reasons).toHaveLength(2);
      expect(reasons[0]).toBeInstanceOf(JobRunnerStoppedError);
      expect(outcomes).toEqual([]);
      for (const id of ids) {
        // Pending, unlocked, and the interrupted attempt is not counted against the job.
        expect(await getJob(fx.store.db, id!)).toMatchObject({ status: 'pending', locked_by: null, locked_until: null, attempts: 0, last_error: null });
      }

      const second = fx.runner({ concurrency: 2, leaseMs: 60_000 }).register({ kind: 'drill', run: async () => undefined });
      await second.start();
      await waitFor('the given-back jobs to succeed', async () => (await countJobs(fx.store.db, { status: 'succeeded' })) === 2, 2_000);
    });

    it('lets a job that finishes within the grace complete, and claims nothing once stopping', async () => {
      const runner = fx.runner({ leaseMs: 60_000 }).register({
        kind: 'short',
        async run() {
          await sleep(150);
        },
      });
      const first = (await enqueue(fx.store.db, { kind: 'short', payload: null }))!;
      await runner.start();
      await waitFor('the job to start', async () => (await getJob(fx.store.db, first))?.status === 'running');
      const second = (await enqueue(fx.store.db, { kind: 'short', payload: null }))!;
      await runner.stop(5_000);

      expect((await getJob(fx.store.db, first))?.status).toBe('succeeded');
      expect(await getJob(fx.store.db, second)).toMatchObject({ status: 'pending', attempts: 0 });
    });
  });
}
