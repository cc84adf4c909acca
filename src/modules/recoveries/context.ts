import type { CloudCredentials, CloudProvider } from '../../cloud/provider.ts';
import { mutateVersioned, type Change } from '../../platform/db/mutate.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import type { Lookup } from '../../platform/net/target-check.ts';
import { PermanentJobError } from '../../platform/jobs/index.ts';
import type { AssembliesService, HookSubject } from '../assemblies/service.ts';
import type { ConnectionsService } from '../connections/service.ts';
import type { ProtectionResourceRow, ProtectionsService } from '../protections/service.ts';
import type { CapturedSkeletonRow } from './captured.ts';
import type { ProtectionCadencePort } from './checks-model.ts';
import type { HookPayload } from '../webhooks/service.ts';
import { recoveriesRepo as repo, type RecoveryPatch, type RecoveryRow } from './repo.ts';
import type { Executor, Store, Transaction } from './store-types.ts';
import type { SkippableTransferStep } from './transfer.ts';

export type RecoveryHookType = 'pre-recovery' | 'post-recovery' | 'pre-reset' | 'post-reset';

/** The assembly's recovery and reset webhooks (the webhooks module). */
export interface RecoveryHooks {
  /** Awaited before the operation starts; not ok (a failOnError hook failed) fails it. */
  runPreHook(assemblyId: number, type: 'pre-recovery' | 'pre-reset', payload: HookPayload): Promise<{ ok: true } | { ok: false; error: string }>;
  /** Queued in the transaction that records the outcome. */
  queuePostHook(trx: Transaction, assemblyId: number, type: 'post-recovery' | 'post-reset', payload: HookPayload): Promise<void>;
}

type RecoverySource = ProtectionsService['recoverySource'];

/** What recoveries read of the protections' timeline; the statements are the protections module's, run in the transaction given. */
export interface RecoverySourcePort extends Pick<RecoverySource, 'find' | 'latestSuccessful'> {
  /** Every captured resource without its name and configuration (zone and instance type aside): what a plan is laid out from. */
  capturedSkeletons(protectionId: string): Promise<CapturedSkeletonRow[]>;
  /** The whole captured rows of these resource ids (a page of the plan), in resource id order. */
  capturedOf(protectionId: string, resourceIds: readonly string[]): Promise<ProtectionResourceRow[]>;
  findIn(db: Executor, id: string): ReturnType<RecoverySource['findIn']>;
  markRecovered(db: Executor, protectionId: string, at: number): Promise<unknown>;
}

export interface RecoveriesDeps {
  readonly store: Store;
  readonly cloud: CloudProvider;
  readonly assemblies: Pick<AssembliesService, 'get' | 'validatorSecret'> & { hookSubject(db: Executor, assemblyId: number): Promise<HookSubject | undefined> };
  readonly connections: Pick<ConnectionsService, 'cloudAccess' | 'inventoryIds'> & { namesIn(db: Executor, ids: readonly number[]): Promise<Map<number, string>> };
  readonly protections: RecoverySourcePort;
  /** The assembly's enabled policy: how old a recovery point may be before the pre-flight check warns. */
  readonly policies: ProtectionCadencePort;
  readonly hooks: RecoveryHooks;
  /** Where webhook validators may call: LIFEBOAT_WEBHOOK_ALLOW_PRIVATE, and the resolver (the system's unless given). */
  readonly validatorTargets: { readonly allowPrivate: boolean; readonly lookup?: Lookup };
  readonly now: () => number;
  readonly wake: () => void;
  /** Opens what the catalog keeps sealed in a configuration (an instance's user data) for the cloud call that needs it. */
  readonly secrets: SecretBox;
  /** Cloud calls (recreate, delete) one recovery or reset makes at once. */
  readonly parallelism: number;
  /**
   * Tests only: a cross-account transfer step to leave out, to prove the cloud refuses the recovery without it
   * (issue 15 asks for that proof). Never set in production.
   */
  readonly skipTransferStep?: SkippableTransferStep;
}

export interface RecoveryRef {
  readonly accountId: number;
  readonly projectId: string;
  readonly assemblyId: number;
  readonly id: string;
}

export type { RecoveryPatch };

/** Optimistic read-decide-write of one recovery (see mutateVersioned). */
export function mutateRecovery(
  deps: Pick<RecoveriesDeps, 'store' | 'now' | 'wake'>,
  id: string,
  decide: (row: RecoveryRow, trx: Transaction) => Change<RecoveryPatch> | null | Promise<Change<RecoveryPatch> | null>,
): Promise<RecoveryRow> {
  return mutateVersioned<RecoveryRow, RecoveryPatch>({
    store: deps.store,
    load: (trx) => repo.findById(trx, id),
    save: (trx, row, patch) => repo.updateIfVersion(trx, row.id, row.version, { ...patch, updated_at: deps.now() }),
    notFound: () => new NotFoundError(`Recovery ${id}`),
    wake: deps.wake,
  }, decide);
}

/** The credentials of the connection a recovery builds in (and its reset deletes from); gone for good when it was deleted. */
export async function targetCredentials(deps: RecoveriesDeps, recovery: RecoveryRow): Promise<CloudCredentials> {
  return (await connectionOf(deps, recovery, recovery.target_connection_id, 'target')).credentials;
}

/** A connection's credentials and the 12-digit account they reached at its last verification. */
export interface AccountAccess {
  readonly credentials: CloudCredentials;
  readonly accountId: string;
}

/**
 * The source and target accounts of a cross-account recovery: the assembly's connection and the recovery's
 * target connection. A deleted connection, or one never verified, ends the job: no retry can bring it back.
 */
export async function transferAccess(deps: RecoveriesDeps, recovery: RecoveryRow): Promise<{ source: AccountAccess; target: AccountAccess }> {
  const assembly = await deps.assemblies.get({ accountId: recovery.account_id, projectId: recovery.project_id, id: recovery.assembly_id });
  const accountOf = async (connectionId: number, role: 'source' | 'target'): Promise<AccountAccess> => {
    const access = await connectionOf(deps, recovery, connectionId, role);
    const accountId = access.connection.aws_account_id;
    if (!accountId) throw new PermanentJobError(`The ${role} cloud connection ${connectionId} has never been verified: its AWS account is not known`);
    return { credentials: access.credentials, accountId };
  };
  return { source: await accountOf(assembly.cloud_connection_id, 'source'), target: await accountOf(recovery.target_connection_id, 'target') };
}

async function connectionOf(deps: RecoveriesDeps, recovery: RecoveryRow, connectionId: number, role: 'source' | 'target') {
  try {
    return await deps.connections.cloudAccess(recovery.account_id, recovery.project_id, connectionId);
  } catch (error) {
    if (error instanceof NotFoundError) throw new PermanentJobError(`The ${role} cloud connection ${connectionId} has been deleted`);
    throw error;
  }
}
