import { describe, expect, it } from 'vitest';
import { RECOVERY_STATUSES, RESET_STATUSES, recoveryTransition, resetTransition, type RecoveryEvent, type ResetEvent } from './state-machine.ts';

const recoveryEvents: RecoveryEvent[] = [
  { type: 'started' }, { type: 'finished', recovered: 3, failed: 0 }, { type: 'finished', recovered: 2, failed: 1 },
  { type: 'finished', recovered: 0, failed: 3 }, { type: 'failed' }, { type: 'aborted' },
];

describe('recovery state machine', () => {
  it.each([
    ['pending', { type: 'started' }, 'in-progress'],
    ['pending', { type: 'failed' }, 'failed'],
    ['pending', { type: 'aborted' }, 'aborted'],
    ['in-progress', { type: 'finished', recovered: 5, failed: 0 }, 'completed'],
    ['in-progress', { type: 'finished', recovered: 4, failed: 1 }, 'partially-completed'],
    ['in-progress', { type: 'finished', recovered: 0, failed: 5 }, 'failed'],
    ['in-progress', { type: 'aborted' }, 'aborted'],
    ['in-progress', { type: 'failed' }, 'failed'],
  ] as const)('%s + %o → %s', (from, event, to) => {
    expect(recoveryTransition(from, event as RecoveryEvent)).toBe(to);
  });

  it('a finished recovery never moves again', () => {
    for (const status of ['completed', 'partially-completed', 'failed', 'aborted'] as const) {
      for (const event of recoveryEvents) expect(recoveryTransition(status, event), `${status} + ${event.type}`).toBeUndefined();
    }
  });

  it('every transition lands on a known status', () => {
    for (const status of RECOVERY_STATUSES) {
      for (const event of recoveryEvents) {
        const next = recoveryTransition(status, event);
        if (next !== undefined) expect(RECOVERY_STATUSES).toContain(next);
      }
    }
  });
});

describe('reset state machine', () => {
  const events: ResetEvent[] = [{ type: 'requested' }, { type: 'blocked' }, { type: 'started' }, { type: 'finished', failed: 0 }, { type: 'finished', failed: 2 }, { type: 'failed' }];

  it.each([
    [null, { type: 'requested' }, 'pending'],
    ['failed', { type: 'requested' }, 'pending'],
    ['pending', { type: 'blocked' }, 'stalled'],
    ['stalled', { type: 'blocked' }, 'stalled'],
    ['stalled', { type: 'started' }, 'in-progress'],
    ['pending', { type: 'started' }, 'in-progress'],
    ['pending', { type: 'failed' }, 'failed'],
    ['in-progress', { type: 'finished', failed: 0 }, 'completed'],
    ['in-progress', { type: 'finished', failed: 1 }, 'failed'],
  ] as const)('%s + %o → %s', (from, event, to) => {
    expect(resetTransition(from, event as ResetEvent)).toBe(to);
  });

  it('a reset cannot be asked for twice, unless the first failed', () => {
    for (const status of ['pending', 'in-progress', 'stalled', 'completed'] as const) expect(resetTransition(status, { type: 'requested' })).toBeUndefined();
  });

  it('a completed reset is final', () => {
    for (const event of events) expect(resetTransition('completed', event)).toBeUndefined();
    for (const status of [null, ...RESET_STATUSES] as const) {
      for (const event of events) {
        const next = resetTransition(status, event);
        if (next !== undefined) expect(RESET_STATUSES).toContain(next);
      }
    }
  });
});
