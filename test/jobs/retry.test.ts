import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/platform/logging.ts';
import { enqueue, getJob, PermanentJobError, retryDelayMs, type JobOutcome } from '../../src/platform/jobs/index.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { useJobsFixture, waitFor } from './fixture.ts';

describe('retryDelayMs', () => {
  it('doubles from 1 s, caps at 5 min, and jitters within the upper half of each step', () => {
    expect(retryDelayMs(1, () => 0)).toBe(500);
    expect(retryDelayMs(1, () => 1)).toBe(1_000);
    expect(retryDelayMs(2, () => 1)).toBe(2_000);
    expect(retryDelayMs(4, () => 0.5)).toBe(6_000);
    expect(retryDelayMs(30, () => 1)).toBe(300_000);
    expect(retryDelayMs(10_000, () => 0)).toBe(150_000);
  });
});

for (const dialect of DIALECTS) {
  describe(`jobs: failures (${dialect})`, () => {
    const fx = useJobsFixture(dialect);

    it('retries a failed attempt after a backoff, keeping the error, then succeeds', async () => {
      const outcomes: JobOutcome[] = [];
      const attempts: number[] = [];
      const runner = fx.runner({ onOutcome: (kind, outcome) => outcomes.push(outcome) }).register({
        kind: 'snapshot',
        async run(_payload, ctx) {
          attempts.push(ctx.attempt);
          if (ctx.attempt === 1) throw new Error('provider timed out');
        },
      });
      const id = (await enqueue(fx.store.db, { kind: 'snapshot', payload: { volume: 'vol-1' } }))!;
      await runner.start();

      const retrying = await waitFor('the retry to be scheduled', async () => {
        const row = await getJob(fx.store.db, id);
        return row?.status === 'pending' && row.attempts === 1 && row;
      });
      expect(retrying.last_error).toBe('provider timed out');
      expect(retrying.locked_by).toBeNull();
      // First backoff: 0.5–1 s after the failure.
      expect(retrying.run_at - retrying.updated_at).toBeGreaterThanOrEqual(500);
      expect(retrying.run_at - retrying.updated_at).toBeLessThanOrEqual(1_000);

      const done = await waitFor('the retry to succeed', async () => {
        const row = await getJob(fx.store.db, id);
        return row?.status === 'succeeded' && row;
      });
      expect(done.attempts).toBe(2);
      expect(done.updated_at).toBeGreaterThanOrEqual(retrying.run_at);
      expect(attempts).toEqual([1, 2]);
      expect(outcomes).toEqual(['retried', 'succeeded']);
    });

    it('fails for good when attempts run out, then calls onExhausted with the payload and error', async () => {
      const outcomes: JobOutcome[] = [];
      const exhausted: Array<{ payload: unknown; message: string; attempt: number }> = [];
      const runner = fx.runner({ onOutcome: (_kind, outcome) => outcomes.push(outcome) }).register<{ recoveryId: string }>({
        kind: 'recover',
        async run() {
          throw new Error('x'.repeat(5_000));
        },
        async onExhausted(payload, error, ctx) {
          exhausted.push({ payload, message: error.message, attempt: ctx.attempt });
        },
      });
      const id = (await enqueue(fx.store.db, { kind: 'recover', payload: { recoveryId: 'rec-9' }, maxAttempts: 1 }))!;
      await runner.start();

      const failed = await waitFor('the job to fail', async () => {
        const row = await getJob(fx.store.db, id);
        return row?.status === 'failed' && row;
      });
      expect(failed.attempts).toBe(1);
      expect(failed.finished_at).not.toBeNull();
      expect(failed.last_error).toBe('x'.repeat(1_000));
      expect(exhausted).toEqual([{ payload: { recoveryId: 'rec-9' }, message: 'x'.repeat(5_000), attempt: 1 }]);
      expect(outcomes).toEqual(['failed']);
    });

    it('fails at once on a PermanentJobError even with attempts left', async () => {
      let runs = 0;
      let exhaustedWith: Error | undefined;
      const runner = fx.runner().register({
        kind: 'delete-resource',
        async run() {
          runs += 1;
          throw new PermanentJobError('the resource no longer exists');
        },
        async onExhausted(_payload, error) {
          exhaustedWith = error;
        },
      });
      const id = (await enqueue(fx.store.db, { kind: 'delete-resource', payload: {}, maxAttempts: 10 }))!;
      await runner.start();

      const failed = await waitFor('the job to fail', async () => {
        const row = await getJob(fx.store.db, id);
        return row?.status === 'failed' && row;
      });
      expect(failed).toMatchObject({ attempts: 1, last_error: 'the resource no longer exists' });
      expect(runs).toBe(1);
      expect(exhaustedWith).toBeInstanceOf(PermanentJobError);
    });

    it('logs the error message with the job id, never the payload', async () => {
      const lines: string[] = [];
      const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
      const runner = fx.runner({ logger }).register({
        kind: 'connect',
        async run() {
          throw new Error('could not assume the role');
        },
      });
      const id = (await enqueue(fx.store.db, { kind: 'connect', payload: { secretRef: 'sec-0123456789abcdef' }, maxAttempts: 1 }))!;
      await runner.start();
      await waitFor('the job to fail', async () => (await getJob(fx.store.db, id))?.status === 'failed');

      const failure = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'job failed for good');
      expect(failure).toMatchObject({ jobId: id, kind: 'connect', error: 'could not assume the role' });
      expect(lines.join('\n')).not.toContain('sec-0123456789abcdef');
    });
  });
}
