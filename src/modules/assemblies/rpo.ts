export const RPO_STATUSES = ['met', 'breached', 'unknown'] as const;
export type RpoStatus = (typeof RPO_STATUSES)[number];

/** Bounds of rpoTargetMinutes and rtoTargetMinutes: a minute to a year. */
export const TARGET_MINUTES = { minimum: 1, maximum: 525_600 } as const;

const MINUTE = 60_000;
/**
 * Without a target, a protection may be this late past the policy's interval before the RPO is breached: a tenth of
 * the interval, at least 15 minutes (a slot fires within a scheduler tick, but a large estate's snapshots take a while).
 */
export const policyGraceMs = (intervalMs: number) => Math.max(15 * MINUTE, Math.round(intervalMs / 10));

/** What the RPO is measured against, and where it comes from. */
export interface RpoAllowance {
  readonly ms: number;
  readonly source: 'rpoTargetMinutes' | 'policy';
}

export interface RpoEvaluation {
  readonly status: RpoStatus;
  /** Undefined when the assembly has neither a target nor an enabled policy. */
  readonly allowance: RpoAllowance | undefined;
  /** Age (ms) of the last successful protection; undefined when there has been none. */
  readonly ageMs: number | undefined;
}

export interface RpoInput {
  readonly rpoTargetMinutes: number | null;
  /** The enabled protection policy's interval (its longest gap between slots); undefined without one. */
  readonly policyIntervalMs: number | undefined;
  readonly lastSuccessfulProtectionAt: number | null;
  readonly createdAt: number;
  readonly now: number;
}

/**
 * The age of the last successful protection against rpoTargetMinutes, else against the enabled policy's interval plus
 * a grace. Unknown without either. An assembly that never had a successful protection is unknown until the allowance
 * has passed since it was created, and breached after: a database that fails from the first night must trip the alert
 * too, while a new assembly is not called breached before its first protection could have run.
 */
export function evaluateRpo(input: RpoInput): RpoEvaluation {
  const allowance: RpoAllowance | undefined = input.rpoTargetMinutes !== null
    ? { ms: input.rpoTargetMinutes * MINUTE, source: 'rpoTargetMinutes' }
    : input.policyIntervalMs !== undefined ? { ms: input.policyIntervalMs + policyGraceMs(input.policyIntervalMs), source: 'policy' } : undefined;
  const ageMs = input.lastSuccessfulProtectionAt === null ? undefined : Math.max(0, input.now - input.lastSuccessfulProtectionAt);
  if (!allowance) return { status: 'unknown', allowance, ageMs };
  if (ageMs === undefined) return { status: input.now - input.createdAt > allowance.ms ? 'breached' : 'unknown', allowance, ageMs };
  return { status: ageMs > allowance.ms ? 'breached' : 'met', allowance, ageMs };
}

/** The webhook a change of recorded status fires: breached on entering breached, restored on going from breached to met. */
export function rpoChangeHook(previous: RpoStatus | null, next: RpoStatus): 'rpo-breached' | 'rpo-restored' | undefined {
  if (next === 'breached' && previous !== 'breached') return 'rpo-breached';
  if (next === 'met' && previous === 'breached') return 'rpo-restored';
  return undefined;
}
