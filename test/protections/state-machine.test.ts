import { describe, expect, it } from 'vitest';
import {
  PROTECTION_STATUSES, RETAINED_STATUSES, RUNNING_STATUSES, isRunning, protectionTransition, type ProtectionEvent, type ProtectionStatus,
} from '../../src/modules/protections/state-machine.ts';

/**
 * The protection state machine, as state-machine.ts documents it:
 *   created → preparing → preparation-completed → in-progress → success | partially-protected | failed
 *   preparing → skipped (nothing selected); any running status → failed (fatal error or cancel);
 *   success | partially-protected | failed | pruning-failed → elapsed | pruning-failed (retention).
 * Every (status, event) pair not listed below is refused (undefined).
 */
const EVENTS: Record<string, ProtectionEvent> = {
  started: { type: 'started' },
  'nothing-selected': { type: 'nothing-selected' },
  prepared: { type: 'prepared' },
  snapshotting: { type: 'snapshotting' },
  'finished: all done': { type: 'finished', completed: 6, failed: 0, data: 6 },
  'finished: no data resources': { type: 'finished', completed: 0, failed: 0, data: 0 },
  'finished: some failed': { type: 'finished', completed: 5, failed: 1, data: 6 },
  'finished: one done, the rest failed': { type: 'finished', completed: 1, failed: 5, data: 6 },
  'finished: all failed': { type: 'finished', completed: 0, failed: 6, data: 6 },
  failed: { type: 'failed' },
  pruned: { type: 'pruned' },
  'pruning-failed': { type: 'pruning-failed' },
};

/** The allowed transitions; everything else is refused. */
const ALLOWED: Record<string, Partial<Record<ProtectionStatus, ProtectionStatus>>> = {
  started: { created: 'preparing' },
  'nothing-selected': { preparing: 'skipped' },
  prepared: { preparing: 'preparation-completed' },
  snapshotting: { 'preparation-completed': 'in-progress' },
  'finished: all done': { 'in-progress': 'success' },
  'finished: no data resources': { 'in-progress': 'success' },
  'finished: some failed': { 'in-progress': 'partially-protected' },
  'finished: one done, the rest failed': { 'in-progress': 'partially-protected' },
  'finished: all failed': { 'in-progress': 'failed' },
  failed: { created: 'failed', preparing: 'failed', 'preparation-completed': 'failed', 'in-progress': 'failed' },
  pruned: { success: 'elapsed', 'partially-protected': 'elapsed', failed: 'elapsed', 'pruning-failed': 'elapsed' },
  'pruning-failed': {
    success: 'pruning-failed', 'partially-protected': 'pruning-failed', failed: 'pruning-failed', 'pruning-failed': 'pruning-failed',
  },
};

describe('protection state machine', () => {
  it('has exactly the ten statuses of seed 002, in its order', () => {
    expect([...PROTECTION_STATUSES]).toEqual([
      'created', 'preparing', 'preparation-completed', 'in-progress', 'partially-protected', 'success', 'skipped', 'failed', 'pruning-failed', 'elapsed',
    ]);
  });

  it('running statuses are the four before an outcome; retained ones are those that can hold snapshots', () => {
    expect([...RUNNING_STATUSES].sort()).toEqual(['created', 'in-progress', 'preparation-completed', 'preparing']);
    expect([...RETAINED_STATUSES].sort()).toEqual(['failed', 'partially-protected', 'pruning-failed', 'success']);
    for (const status of PROTECTION_STATUSES) expect({ status, running: isRunning(status) }).toEqual({ status, running: RUNNING_STATUSES.includes(status) });
  });

  for (const [name, event] of Object.entries(EVENTS)) {
    describe(`event ${name}`, () => {
      for (const status of PROTECTION_STATUSES) {
        const expected = ALLOWED[name]![status];
        it(expected ? `${status} → ${expected}` : `${status}: refused`, () => {
          expect(protectionTransition(status, event)).toBe(expected);
        });
      }
    });
  }

  it('every table entry names a real status (the table itself is sound)', () => {
    for (const [name, moves] of Object.entries(ALLOWED)) {
      expect(EVENTS[name], name).toBeDefined();
      for (const [from, to] of Object.entries(moves)) {
        expect(PROTECTION_STATUSES).toContain(from);
        expect(PROTECTION_STATUSES).toContain(to);
      }
    }
  });

  it('all ten statuses are reachable from created', () => {
    const reached = new Set<ProtectionStatus>(['created']);
    const queue: ProtectionStatus[] = ['created'];
    const path = new Map<ProtectionStatus, string>([['created', 'created']]);
    while (queue.length) {
      const status = queue.shift()!;
      for (const [name, event] of Object.entries(EVENTS)) {
        const next = protectionTransition(status, event);
        if (next && !reached.has(next)) {
          reached.add(next);
          path.set(next, `${path.get(status)} -[${name}]-> ${next}`);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual([...PROTECTION_STATUSES].sort());
    // The documented routes to the outcomes.
    expect(path.get('skipped')).toBe('created -[started]-> preparing -[nothing-selected]-> skipped');
    expect(path.get('success')).toBe('created -[started]-> preparing -[prepared]-> preparation-completed -[snapshotting]-> in-progress -[finished: all done]-> success');
    expect(path.get('elapsed')).toMatch(/-\[pruned\]-> elapsed$/);
  });

  it('skipped and elapsed are final: no event leaves them', () => {
    for (const status of ['skipped', 'elapsed'] as const) {
      for (const [name, event] of Object.entries(EVENTS)) expect({ status, name, next: protectionTransition(status, event) }).toEqual({ status, name, next: undefined });
    }
  });

  it('a finished protection never runs again: no event takes an outcome back to a running status', () => {
    for (const status of PROTECTION_STATUSES.filter((s) => !isRunning(s))) {
      for (const event of Object.values(EVENTS)) {
        const next = protectionTransition(status, event);
        if (next !== undefined) expect(isRunning(next), `${status} -[${event.type}]-> ${next}`).toBe(false);
      }
    }
  });
});
