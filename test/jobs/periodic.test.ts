import { describe, expect, it } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import { countJobs, enqueue, getJob, PermanentJobError } from '../../src/platform/jobs/index.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { useJobsFixture, waitFor } from './fixture.ts';

for (const dialect of DIALECTS) {
  describe(`jobs: every (${dialect})`, () => {
    const fx = useJobsFixture(dialect);

    it('runs a periodic job again an interval after each run, with one live job per schedule', async () => {
      const runs: Array<{ at: number; payload: unknown }> = [];
      // One statement: two counts could straddle a finish (running, then the next one pending).
      const liveSweeps = async () =>
        (await fx.store.db.selectFrom('jobs').select('id').where('kind', '=', 'sweep').where('status', 'in', ['pending', 'running']).execute()).length;
      const handler = {
        kind: 'sweep',
        async run(payload: unknown) {
          runs.push({ at: Date.now(), payload });
        },
      };
      const a = fx.runner().register(handler).every('sweep', 150, { scope: 'all' });
      // A second runner declaring the same schedule must not start a second chain.
      const b = fx.runner({}, fx.peerStore()).register(handler).every('sweep', 150, { scope: 'all' });
      await a.start();
      await b.start();
      expect(await liveSweeps()).toBe(1);

      await waitFor('three runs to succeed', async () => (await countJobs(fx.store.db, { kind: 'sweep', status: 'succeeded' })) >= 3);
      const gaps = runs.slice(1, 3).map((run, i) => run.at - runs[i].at);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(140);
      expect(runs[0].payload).toEqual({ scope: 'all' });
      // Each finish enqueued the next in its own transaction, so there is never a gap or a duplicate.
      expect(await liveSweeps()).toBe(1);
    });

    it('keeps the chain going after a run fails for good', async () => {
      let runs = 0;
      const runner = fx
        .runner()
        .register({
          kind: 'verify',
          async run() {
            runs += 1;
            throw new PermanentJobError('verification failed');
          },
        })
        .every('verify', 100);
      await runner.start();
      await waitFor('two failed runs', async () => (await countJobs(fx.store.db, { kind: 'verify', status: 'failed' })) >= 2);
      const next = await waitFor('the next run to be scheduled', async () => {
        const ids = await fx.store.db.selectFrom('jobs').select('id').where('kind', '=', 'verify').where('status', '=', 'pending').execute();
        return ids.length === 1 && getJob(fx.store.db, ids[0].id);
      });
      expect(next).toMatchObject({ key: 'periodic:verify', attempts: 0 });
      expect(runs).toBeGreaterThanOrEqual(2);
    });

    it("a runner starting while another claims the chain's pending run adds no second run", async () => {
      // The chain's next run waits (another node enqueued it). This runner's start asks whether the chain is live;
      // right after that question, the other node claims the waiting run (pending -> running).
      const waiting = await enqueue(fx.store.db, { kind: 'tick', payload: null, key: 'periodic:tick', runAt: Date.now() + 60_000 });
      let claimed = false;
      const claimAfterTheQuestion: KyselyPlugin = {
        transformQuery: (args) => args.node,
        async transformResult(args) {
          if (!claimed) {
            claimed = true;
            await fx.store.db.updateTable('jobs').set({ status: 'running', locked_by: 'other-node', locked_until: Date.now() + 60_000 }).where('id', '=', waiting!).execute();
          }
          return args.result;
        },
      };
      // Its own connection on both databases (the claim is made through the fixture's while the question's holds its own).
      const store = fx.openStore();
      const runner = fx.runner({}, { ...store, db: store.db.withPlugin(claimAfterTheQuestion) })
        .register({ kind: 'tick', async run() {} })
        .every('tick', 60_000);
      await runner.start();
      expect(claimed).toBe(true);
      // One live job of the chain: the claimed one. (A second, pending at once, would run now, not a minute on.)
      const live = await fx.store.db.selectFrom('jobs').select(['id', 'status']).where('key', '=', 'periodic:tick').where('status', 'in', ['pending', 'running']).execute();
      expect(live).toEqual([{ id: waiting, status: 'running' }]);
    });

    it('refuses a schedule without a handler', async () => {
      await expect(fx.runner().every('orphan', 1_000).start()).rejects.toThrow(/no registered handler/);
    });
  });
}
