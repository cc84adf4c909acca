import type { JobSpec } from '../../platform/jobs/index.ts';

/** The durable job that runs one recovery; the key makes a second enqueue a no-op while it is queued or running. */
export function runRecoveryJob(recoveryId: string): JobSpec {
  return { kind: 'recoveries.run', payload: { recoveryId }, key: `recovery-run:${recoveryId}`, maxAttempts: 10 };
}

/** The durable job that runs (or resumes) one reset. */
export function resetRecoveryJob(recoveryId: string): JobSpec {
  return { kind: 'recoveries.reset', payload: { recoveryId }, key: `recovery-reset:${recoveryId}`, maxAttempts: 10 };
}

export const RESET_SWEEP_KIND = 'recoveries.reset-sweep';
