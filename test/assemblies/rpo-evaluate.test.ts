import { describe, expect, it } from 'vitest';
import { evaluateRpo, policyGraceMs, rpoChangeHook, type RpoInput } from '../../src/modules/assemblies/rpo.ts';

const MINUTE = 60_000;
const NOW = Date.now();
const base: RpoInput = { rpoTargetMinutes: null, policyIntervalMs: undefined, lastSuccessfulProtectionAt: null, createdAt: NOW - 1000 * MINUTE, now: NOW };

/** The pure RPO rule: target, else policy interval plus grace; unknown without either or before a first success. */
describe('evaluateRpo', () => {
  it.each([
    ['no target, no policy', {}, 'unknown'],
    ['no target, no policy, even with an old success', { lastSuccessfulProtectionAt: NOW - 900 * MINUTE }, 'unknown'],
    ['target, success inside it', { rpoTargetMinutes: 60, lastSuccessfulProtectionAt: NOW - 60 * MINUTE }, 'met'],
    ['target, success just past it', { rpoTargetMinutes: 60, lastSuccessfulProtectionAt: NOW - 60 * MINUTE - 1 }, 'breached'],
    ['the target wins over the policy', { rpoTargetMinutes: 10, policyIntervalMs: 60 * MINUTE, lastSuccessfulProtectionAt: NOW - 20 * MINUTE }, 'breached'],
    ['hourly policy: 15 minutes of grace', { policyIntervalMs: 60 * MINUTE, lastSuccessfulProtectionAt: NOW - 75 * MINUTE }, 'met'],
    ['hourly policy: past the grace', { policyIntervalMs: 60 * MINUTE, lastSuccessfulProtectionAt: NOW - 76 * MINUTE }, 'breached'],
    ['daily policy: a tenth of a day of grace', { policyIntervalMs: 1440 * MINUTE, lastSuccessfulProtectionAt: NOW - 1584 * MINUTE }, 'met'],
    ['never a success, younger than the target', { rpoTargetMinutes: 2000 }, 'unknown'],
    ['never a success, older than the target', { rpoTargetMinutes: 999 }, 'breached'],
    ['a success stamped after now (another node\'s clock) is age 0', { rpoTargetMinutes: 1, lastSuccessfulProtectionAt: NOW + MINUTE }, 'met'],
  ] as const)('%s → %s', (_what, input, status) => {
    expect(evaluateRpo({ ...base, ...input }).status).toBe(status);
  });

  it('says what it measured against and the age', () => {
    expect(evaluateRpo({ ...base, policyIntervalMs: 60 * MINUTE, lastSuccessfulProtectionAt: NOW - 5 * MINUTE }))
      .toEqual({ status: 'met', allowance: { ms: 75 * MINUTE, source: 'policy' }, ageMs: 5 * MINUTE });
    expect(policyGraceMs(1440 * MINUTE)).toBe(144 * MINUTE);
  });
});

describe('rpoChangeHook', () => {
  it.each([
    [null, 'breached', 'rpo-breached'], ['unknown', 'breached', 'rpo-breached'], ['met', 'breached', 'rpo-breached'],
    ['breached', 'met', 'rpo-restored'], ['breached', 'unknown', undefined], ['unknown', 'met', undefined], [null, 'met', undefined],
    ['breached', 'breached', undefined],
  ] as const)('%s → %s sends %s', (previous, next, hook) => {
    expect(rpoChangeHook(previous, next)).toBe(hook);
  });
});
