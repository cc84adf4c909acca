import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { enqueue, getJob, LeaseLostError, type JobContext } from '../../src/platform/jobs/index.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { sleep, untilAborted, useJobsFixture, waitFor } from './fixture.ts';

for (const dialect of DIALECTS) {
  describe(`jobs: leases (${dialect})`, () => {
    const fx = useJobsFixture(dialect);

    it('a dead worker\'s job is reclaimed after its lease, resuming from its last checkpoint', async () => {
      const id = (await enqueue(fx.store.db, { kind: 'recovery.step', payload: { recoveryId: 'rec-1' } }))!;

      // Worker A: its own connection, checkpoints twice, then hangs.
      const storeA = fx.openStore();
      let reachedStepTwo = false;
      const runnerA = fx.runner({ leaseMs: 300 }, storeA).register({
        kind: 'recovery.step',
        async run(_payload, ctx) {
          await ctx.checkpoint({ step: 1 });
          await ctx.checkpoint({ step: 2 });
          reachedStepTwo = true;
          await untilAborted(ctx.signal);
        },
      });
      await runnerA.start();
      await waitFor('worker A to checkpoint step 2', () => reachedStepTwo);

      // A dies: its database connection is gone, so it can neither heartbeat nor give the job back.
      await storeA.close();
      const held = (await getJob(fx.store.db, id))!;
      expect(held).toMatchObject({ status: 'running', attempts: 1, progress: JSON.stringify({ step: 2 }) });

      const seenByB: Array<{ progress: unknown; attempt: number; at: number }> = [];
      const runnerB = fx.runner({ leaseMs: 300 }).register({
        kind: 'recovery.step',
        async run(_payload, ctx) {
          seenByB.push({ progress: ctx.progress, attempt: ctx.attempt, at: Date.now() });
        },
      });
      await runnerB.start();

      const done = await waitFor('worker B to finish the job', async () => {
        const row = await getJob(fx.store.db, id);
        return row?.status === 'succeeded' && row;
      });
      expect(seenByB).toHaveLength(1);
      expect(seenByB[0]).toMatchObject({ progress: { step: 2 }, attempt: 2 });
      // B waited for A's lease rather than taking a job a live worker might still hold.
      expect(seenByB[0].at).toBeGreaterThan(held.locked_until!);
      expect(done.attempts).toBe(2);
    });

    it('heartbeats keep a job longer than its lease from being reclaimed', async () => {
      const runs: string[] = [];
      const handler = (name: string) => ({
        kind: 'long',
        async run() {
          runs.push(name);
          await sleep(1_000);
        },
      });
      const runnerA = fx.runner({ leaseMs: 300 }).register(handler('A'));
      const id = (await enqueue(fx.store.db, { kind: 'long', payload: null }))!;
      await runnerA.start();
      await waitFor('A to start the job', () => runs.length === 1);
      const runnerB = fx.runner({ leaseMs: 300, pollMs: 10 }, fx.peerStore()).register(handler('B'));
      await runnerB.start();

      const done = await waitFor('the job to succeed', async () => {
        const row = await getJob(fx.store.db, id);
        return row?.status === 'succeeded' && row;
      });
      expect(runs).toEqual(['A']);
      expect(done.attempts).toBe(1);
    });

    it('a worker that loses its lease is told through its signal and does not complete the job', async () => {
      let ctxSeen: JobContext | undefined;
      let checkpointError: unknown;
      const runner = fx.runner({ leaseMs: 300 }).register({
        kind: 'stolen',
        async run(_payload, ctx) {
          ctxSeen = ctx;
          await untilAborted(ctx.signal).catch(() => undefined);
          checkpointError = await ctx.checkpoint({ late: true }).catch((error: unknown) => error);
        },
      });
      const id = (await enqueue(fx.store.db, { kind: 'stolen', payload: null }))!;
      await runner.start();
      await waitFor('the job to start', () => ctxSeen);

      // Another worker reclaims it (as it would after a long pause of this one), with a lease of its own that the
      // other worker keeps renewing: without one, a loaded machine let the 300 ms lease lapse before the last check and
      // this runner took the job back (seen in a CI run).
      await sql`update jobs set locked_by = 'worker-other', attempts = attempts + 1, locked_until = locked_until + 3600000 where id = ${id}`.execute(fx.store.db);

      await waitFor('the signal to abort', () => ctxSeen!.signal.aborted);
      expect(ctxSeen!.signal.reason).toBeInstanceOf(LeaseLostError);
      await waitFor('the handler to return', () => checkpointError);
      expect(checkpointError).toBeInstanceOf(LeaseLostError);
      await sleep(100);
      expect(await getJob(fx.store.db, id)).toMatchObject({ status: 'running', locked_by: 'worker-other', progress: null });
    });

    it('a job whose worker died on its last attempt fails on reclaim and calls onExhausted', async () => {
      const id = (await enqueue(fx.store.db, { kind: 'fragile', payload: { n: 1 }, maxAttempts: 1 }))!;
      const storeA = fx.openStore();
      let started = false;
      const runnerA = fx.runner({ leaseMs: 200 }, storeA).register({
        kind: 'fragile',
        async run(_payload, ctx) {
          started = true;
          await untilAborted(ctx.signal);
        },
      });
      await runnerA.start();
      await waitFor('A to start', () => started);
      await storeA.close();

      let ranOnB = false;
      const exhausted: string[] = [];
      const runnerB = fx.runner({ leaseMs: 200 }).register({
        kind: 'fragile',
        async run() {
          ranOnB = true;
        },
        async onExhausted(_payload, error) {
          exhausted.push(error.message);
        },
      });
      await runnerB.start();
      const failed = await waitFor('the job to fail', async () => {
        const row = await getJob(fx.store.db, id);
        return row?.status === 'failed' && row;
      });
      expect(ranOnB).toBe(false);
      expect(exhausted).toHaveLength(1);
      expect(failed.last_error).toMatch(/stopped responding/);
    });
  });
}
