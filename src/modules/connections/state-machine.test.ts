import { describe, expect, it } from 'vitest';
import { CONNECTION_STATUSES, isDeleting, transition, USER_STATUSES, type ConnectionEvent, type ConnectionStatus } from './state-machine.ts';

const LIVE: ConnectionStatus[] = ['enabled', 'suspended', 'critical-suspended', 'disabled'];

describe('connection state machine', () => {
  const table: Array<[ConnectionStatus, ConnectionEvent, ConnectionStatus | undefined]> = [
    ['enabled', { type: 'set-status', status: 'disabled' }, 'disabled'],
    ['disabled', { type: 'set-status', status: 'suspended' }, 'suspended'],
    ['suspended', { type: 'set-status', status: 'enabled' }, 'enabled'],
    ['critical-suspended', { type: 'set-status', status: 'enabled' }, 'enabled'],
    ['delete-locked', { type: 'set-status', status: 'enabled' }, 'enabled'],
    ['delete-failed', { type: 'set-status', status: 'disabled' }, 'disabled'],
    ['delete-pending', { type: 'set-status', status: 'enabled' }, undefined],
    ['delete-in-progress', { type: 'set-status', status: 'enabled' }, undefined],
    ['deleted', { type: 'set-status', status: 'enabled' }, undefined],
    ['enabled', { type: 'verify-failed-repeatedly' }, 'critical-suspended'],
    ['disabled', { type: 'verify-failed-repeatedly' }, undefined],
    ['critical-suspended', { type: 'verify-succeeded' }, 'enabled'],
    ['enabled', { type: 'verify-succeeded' }, undefined],
    ['enabled', { type: 'delete-requested', protected: false }, 'delete-pending'],
    ['enabled', { type: 'delete-requested', protected: true }, 'delete-locked'],
    ['delete-failed', { type: 'delete-requested', protected: false }, 'delete-pending'],
    ['delete-locked', { type: 'delete-requested', protected: false }, 'delete-pending'],
    ['delete-locked', { type: 'delete-requested', protected: true }, 'delete-locked'],
    ['delete-in-progress', { type: 'delete-requested', protected: false }, undefined],
    ['deleted', { type: 'delete-requested', protected: false }, undefined],
    ['delete-locked', { type: 'protection-lifted' }, 'delete-pending'],
    ['enabled', { type: 'protection-lifted' }, undefined],
    ['delete-pending', { type: 'deletion-started' }, 'delete-in-progress'],
    ['enabled', { type: 'deletion-started' }, undefined],
    ['delete-in-progress', { type: 'deletion-blocked' }, 'delete-locked'],
    ['delete-in-progress', { type: 'deletion-failed' }, 'delete-failed'],
    ['delete-in-progress', { type: 'deletion-completed' }, 'deleted'],
    ['delete-pending', { type: 'deletion-completed' }, undefined],
  ];
  for (const [from, event, to] of table) {
    it(`${from} + ${JSON.stringify(event)} → ${to ?? 'refused'}`, () => expect(transition(from, event)).toBe(to));
  }

  it('every one of the nine statuses is reachable from enabled', () => {
    const events: ConnectionEvent[] = [
      ...USER_STATUSES.map((status) => ({ type: 'set-status', status }) as const),
      { type: 'verify-failed-repeatedly' }, { type: 'verify-succeeded' },
      { type: 'delete-requested', protected: false }, { type: 'delete-requested', protected: true },
      { type: 'protection-lifted' }, { type: 'deletion-started' }, { type: 'deletion-blocked' },
      { type: 'deletion-failed' }, { type: 'deletion-completed' },
    ];
    const seen = new Set<ConnectionStatus>(['enabled']);
    const queue: ConnectionStatus[] = ['enabled'];
    while (queue.length) {
      const status = queue.shift()!;
      for (const event of events) {
        const next = transition(status, event);
        if (next && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...seen].sort()).toEqual([...CONNECTION_STATUSES].sort());
  });

  it('deleted is terminal: no event leaves it', () => {
    const events: ConnectionEvent[] = [
      { type: 'set-status', status: 'enabled' }, { type: 'verify-succeeded' }, { type: 'delete-requested', protected: false },
      { type: 'protection-lifted' }, { type: 'deletion-started' }, { type: 'deletion-completed' },
    ];
    for (const event of events) expect(transition('deleted', event)).toBeUndefined();
  });

  it('only the live statuses accept updates', () => {
    for (const status of CONNECTION_STATUSES) expect(isDeleting(status)).toBe(!LIVE.includes(status));
  });
});
