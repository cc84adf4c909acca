import { describe, expect, it } from 'vitest';
import { countJobs, enqueue, getJob } from '../../src/platform/jobs/index.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { untilAborted, useJobsFixture, waitFor } from './fixture.ts';

/** A gate a handler waits on until the test opens it. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

// Issue 19: a keyed job (a connection verify, a drill advance, a prune) requested while the previous one with its
// key was still running was dropped by the key, so the request that came just as the last run finished never ran.
// One pending and one running job per key: the request waits for the running one and then runs, never beside it.
for (const dialect of DIALECTS) {
  describe(`jobs: one pending and one running job per key (${dialect})`, () => {
    const fx = useJobsFixture(dialect);

    it('queues a keyed job requested while one with its key runs, and runs it after that one, never alongside', async () => {
      const first = gate();
      const seen: number[] = [];
      let running = 0;
      let most = 0;
      // Two slots, so only the key keeps the second run from starting beside the first.
      const runner = fx.runner({ concurrency: 2 }).register<{ n: number }>({
        kind: 'verify',
        async run({ n }, ctx) {
          running += 1;
          most = Math.max(most, running);
          seen.push(n);
          if (n === 1) await Promise.race([first.wait, untilAborted(ctx.signal)]);
          running -= 1;
        },
      });
      const one = await enqueue(fx.store.db, { kind: 'verify', payload: { n: 1 }, key: 'verify:conn-1' });
      await runner.start();
      await waitFor('the first verify to run', () => seen.length === 1);

      const two = await enqueue(fx.store.db, { kind: 'verify', payload: { n: 2 }, key: 'verify:conn-1' });
      expect(two).toBeTypeOf('number');
      // While that one waits, a third request is the same request: still one pending job per key.
      expect(await enqueue(fx.store.db, { kind: 'verify', payload: { n: 3 }, key: 'verify:conn-1' })).toBeUndefined();
      runner.wake();
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(seen).toEqual([1]);
      expect((await getJob(fx.store.db, two!))?.status).toBe('pending');

      first.open();
      await waitFor('the second verify to succeed', async () => (await getJob(fx.store.db, two!))?.status === 'succeeded');
      expect(seen).toEqual([1, 2]);
      expect(most).toBe(1);
      expect((await getJob(fx.store.db, one!))?.status).toBe('succeeded');
    });

    it('a running keyed job that fails while its successor waits gives way to it: the successor runs, once', async () => {
      const failing = gate();
      const seen: number[] = [];
      const runner = fx.runner().register<{ n: number }>({
        kind: 'prune',
        async run({ n }, ctx) {
          seen.push(n);
          if (n === 1) {
            await Promise.race([failing.wait, untilAborted(ctx.signal)]);
            throw new Error('the provider timed out');
          }
        },
      });
      const one = await enqueue(fx.store.db, { kind: 'prune', payload: { n: 1 }, key: 'prune:asm-1' });
      await runner.start();
      await waitFor('the first prune to run', () => seen.length === 1);
      const two = await enqueue(fx.store.db, { kind: 'prune', payload: { n: 2 }, key: 'prune:asm-1' });
      failing.open();

      await waitFor('the successor to succeed', async () => (await getJob(fx.store.db, two!))?.status === 'succeeded');
      expect(seen).toEqual([1, 2]);
      // The failed attempt is not retried beside its successor, which does the same work now.
      expect(await getJob(fx.store.db, one!)).toMatchObject({ status: 'failed', locked_by: null });
      expect((await getJob(fx.store.db, one!))?.last_error).toMatch(/the provider timed out.*job \d+ with the same key runs instead/);
      expect(await countJobs(fx.store.db, { status: 'pending' })).toBe(0);
    });

    it('a keyed job given back at shutdown while its successor waits leaves the successor to the next worker', async () => {
      let started = 0;
      const first = fx.runner({ leaseMs: 60_000 }).register({
        kind: 'advance',
        async run(_payload, ctx) {
          started += 1;
          await untilAborted(ctx.signal);
        },
      });
      await enqueue(fx.store.db, { kind: 'advance', payload: { n: 1 }, key: 'drill-run:7' });
      await first.start();
      await waitFor('the first advance to run', () => started === 1);
      const two = await enqueue(fx.store.db, { kind: 'advance', payload: { n: 2 }, key: 'drill-run:7' });
      await first.stop(0);

      const seen: unknown[] = [];
      const second = fx.runner({ leaseMs: 60_000 }).register({ kind: 'advance', run: async (payload) => void seen.push(payload) });
      await second.start();
      await waitFor('the successor to succeed', async () => (await getJob(fx.store.db, two!))?.status === 'succeeded');
      expect(seen).toEqual([{ n: 2 }]);
      expect(await countJobs(fx.store.db, { status: 'pending' })).toBe(0);
      expect(await countJobs(fx.store.db, { status: 'running' })).toBe(0);
    });
  });
}
