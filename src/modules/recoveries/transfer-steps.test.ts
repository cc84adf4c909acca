import { describe, expect, it } from 'vitest';
import type { TransferMethod } from './transfer-method.ts';
import { nextCleanupStep, nextTransferStep, type TransferCleanupStep, type TransferStep } from './transfer-steps.ts';

/** Every step a method goes through, from nothing done. */
function walk(method: TransferMethod): TransferStep[] {
  const steps: TransferStep[] = [];
  for (let step = nextTransferStep(null, null); step; step = nextTransferStep(method, step)) steps.push(step);
  return steps;
}

describe('transfer steps', () => {
  it.each([
    ['copy-then-share', ['describe', 'source-key', 'share-copy', 'share', 'target-key', 'receive']],
    ['share', ['describe', 'share', 'target-key', 'receive']],
    ['unsupported', ['describe']],
  ] as const)('%s goes through %j', (method, steps) => {
    expect(walk(method)).toEqual(steps);
  });

  it('resumes after the last recorded step, and knows nothing past describe without a method', () => {
    expect(nextTransferStep(null, null)).toBe('describe');
    expect(nextTransferStep('copy-then-share', 'share-copy')).toBe('share');
    expect(nextTransferStep('share', 'describe')).toBe('share');
    expect(nextTransferStep('share', 'receive')).toBeNull();
    expect(() => nextTransferStep(null, 'describe')).toThrow(/no method/);
    expect(() => nextTransferStep('share', 'share-copy')).toThrow(/not a step/);
  });

  const transfer = (method: TransferMethod | null, made: { share?: string; receive?: string }, cleanup: TransferCleanupStep | null = null) =>
    ({ method, share_copy_id: made.share ?? null, receive_copy_id: made.receive ?? null, cleanup });

  /** Every cleanup step from the state given. */
  function cleanupOf(row: ReturnType<typeof transfer>): TransferCleanupStep[] {
    const steps: TransferCleanupStep[] = [];
    for (let step = nextCleanupStep(row); step; step = nextCleanupStep({ ...row, cleanup: step })) steps.push(step);
    return steps;
  }

  it('a reset removes the target copy first, then the share, then the source copy, and only what was made', () => {
    expect(cleanupOf(transfer('copy-then-share', { share: 'snap-s', receive: 'snap-r' }))).toEqual(['delete-receive-copy', 'unshare', 'delete-share-copy']);
    expect(cleanupOf(transfer('share', { receive: 'snap-r' }))).toEqual(['delete-receive-copy', 'unshare']);
    // A share may have been made by a call whose outcome was never recorded: it is withdrawn anyway (idempotent).
    expect(cleanupOf(transfer('share', {}))).toEqual(['unshare']);
    expect(cleanupOf(transfer('unsupported', {}))).toEqual([]);
    expect(cleanupOf(transfer(null, {}))).toEqual([]);
  });

  it('a resumed reset starts after its last recorded step', () => {
    expect(nextCleanupStep(transfer('copy-then-share', { share: 'snap-s', receive: 'snap-r' }, 'delete-receive-copy'))).toBe('unshare');
    expect(nextCleanupStep(transfer('copy-then-share', { share: 'snap-s', receive: 'snap-r' }, 'delete-share-copy'))).toBeNull();
    expect(nextCleanupStep(transfer('share', { receive: 'snap-r' }, 'unshare'))).toBeNull();
  });
});
