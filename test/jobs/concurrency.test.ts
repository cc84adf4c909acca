import { describe, expect, it } from 'vitest';
import { countJobs, enqueue, getJob } from '../../src/platform/jobs/index.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { sleep, useJobsFixture, waitFor } from './fixture.ts';

for (const dialect of DIALECTS) {
  describe(`jobs: two runners on one database (${dialect})`, () => {
    const fx = useJobsFixture(dialect);

    it('never runs the same job twice', async () => {
      const JOBS = 50;
      const runsById = new Map<number, string[]>();
      const handler = (worker: string) => ({
        kind: 'work',
        async run(payload: { n: number }, ctx: { jobId: number }) {
          runsById.set(ctx.jobId, [...(runsById.get(ctx.jobId) ?? []), worker]);
          await sleep(5 + (payload.n % 4) * 5);
        },
      });
      // On PostgreSQL each runner has its own pool, as two worker processes would.
      const a = fx.runner({ concurrency: 4, pollMs: 5 }).register(handler('a'));
      const b = fx.runner({ concurrency: 4, pollMs: 5 }, fx.peerStore()).register(handler('b'));
      const ids: number[] = [];
      for (let n = 0; n < JOBS; n++) ids.push((await enqueue(fx.store.db, { kind: 'work', payload: { n } }))!);
      await Promise.all([a.start(), b.start()]);

      await waitFor('every job to succeed', async () => (await countJobs(fx.store.db, { status: 'succeeded' })) === JOBS, 15_000);
      expect([...runsById.keys()].sort((x, y) => x - y)).toEqual(ids);
      const repeated = [...runsById].filter(([, workers]) => workers.length !== 1);
      expect(repeated).toEqual([]);
      const byWorker = [...runsById.values()].flat();
      expect(byWorker.filter((w) => w === 'a').length).toBeGreaterThan(0);
      expect(byWorker.filter((w) => w === 'b').length).toBeGreaterThan(0);
      for (const id of ids.slice(0, 5)) expect((await getJob(fx.store.db, id))?.attempts).toBe(1);
    });
  });
}
