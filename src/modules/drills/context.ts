import type { HookPayload } from '../webhooks/service.ts';
import type { DrillRecovery } from './schemas.ts';
import type { Executor, Store, Transaction } from './store-types.ts';

type AssemblyRef = { accountId: number; projectId: string; id: number };

/** What drills ask of the assemblies they drill; the statements are the assemblies module's, run in the executor given. */
export interface DrillAssembliesPort {
  /** The status of the assembly of the project (deleted ones included), or undefined when it is not there. */
  statusIn(db: Executor, ref: AssemblyRef): Promise<string | undefined>;
  /** Of these assemblies, the ones that are enabled: a disabled or deleted assembly is not drilled. */
  enabledIn(db: Executor, refs: readonly AssemblyRef[]): Promise<Set<number>>;
}

/** A recovery as a drill sees it: what it waits on and reports. The recoveries module's rows, mapped in build.ts. */
export interface DrillRecoveryView {
  readonly id: string;
  /** pending | in-progress while it runs (validation included); then completed, partially-completed, failed or aborted. */
  readonly status: string;
  /** Still pending or in progress: the drill waits. */
  readonly running: boolean;
  readonly statusMessage: string | null;
  /** null until a reset is asked for (the recovery's resetAfterMinutes asks for it); then pending … completed | failed. */
  readonly resetStatus: string | null;
  readonly resetMessage: string | null;
  /** What the recovery measured and validated, when it does (null until then). */
  readonly validationStatus: string | null;
  readonly rtoSeconds: number | null;
  readonly rpoSeconds: number | null;
}

export interface RecoveryScopeRef {
  readonly accountId: number;
  readonly projectId: string;
  readonly assemblyId: number;
}

/** What drills ask of the recoveries module: starting through its service (its checks, its one-at-a-time rule), reading back. */
export interface DrillRecoveriesPort {
  /**
   * Starts a recovery from the assembly's latest successful protection (the service's default). Throws the service's
   * typed errors: ConflictError RECOVERY_RUNNING when another recovery of the assembly runs.
   */
  start(ref: RecoveryScopeRef, input: DrillRecovery & { recoveryName: string; resetAfterMinutes: number }, createdBy: string): Promise<{ id: string }>;
  /**
   * What the recoveries service would refuse in this body on this assembly now, whatever protection it recovers
   * from: field errors named as in the body (crossRegionConfiguration.recoveryRegion), none when it would start.
   * A cross-account target connection must be enabled and verified. Throws NotFoundError for an assembly that is
   * not there.
   */
  check(ref: RecoveryScopeRef, recovery: DrillRecovery): Promise<Record<string, string>>;
  /** The recovery, or undefined when it is not there (its assembly was deleted). */
  find(ref: RecoveryScopeRef, id: string): Promise<DrillRecoveryView | undefined>;
  /** The assembly's most recent recovery started by `createdBy`: how a run killed between the start and its record finds its recovery. */
  startedBy(ref: RecoveryScopeRef, createdBy: string): Promise<DrillRecoveryView | undefined>;
  /** Resources that still carry the recovery's tag in its target (what a reset must leave at zero). */
  leftovers(ref: RecoveryScopeRef, id: string): Promise<number>;
}

export type DrillHookType = 'drill-completed' | 'drill-failed';

export interface DrillsDeps {
  readonly store: Store;
  readonly now: () => number;
  readonly wake: () => void;
  readonly assemblies: DrillAssembliesPort;
  readonly recoveries: DrillRecoveriesPort;
  /** Queues the assembly's drill-completed or drill-failed webhook in the transaction that records the run's end. */
  readonly hooks: { queuePostHook(trx: Transaction, assemblyId: number, type: DrillHookType, payload: HookPayload): Promise<void> };
}
