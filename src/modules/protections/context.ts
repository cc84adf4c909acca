import type { CloudProvider } from '../../cloud/provider.ts';
import { mutateVersioned, type Change } from '../../platform/db/mutate.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import type { AssembliesService, AssemblyRow, HookSubject } from '../assemblies/service.ts';
import type { ConnectionsService } from '../connections/service.ts';
import { protectionsRepo as repo, type ProtectionPatch, type ProtectionRow } from './repo.ts';
import type { Executor, Store, Transaction } from './store-types.ts';

/** How many protections an assembly keeps, and how many of them keep their replica copies. */
export interface Retention {
  readonly retentionCount: number;
  readonly replicaRetentionCount: number;
}

/** The assembly's pre-/post-protection webhooks (the webhooks module). */
export interface ProtectionHooks {
  /** Awaited before a protection starts; not ok (a failOnError hook failed) fails the protection. */
  runPreHook(assemblyId: number, type: 'pre-protection', payload: object): Promise<{ ok: true } | { ok: false; error: string }>;
  /** Queued in the transaction that records the outcome, so it is sent once the outcome is committed. */
  queuePostHook(trx: Transaction, assemblyId: number, type: 'post-protection', payload: object): Promise<void>;
}

/** What protections ask of their assembly; the statements on it are the assemblies module's, run in the transaction given. */
export interface ProtectionAssembliesPort extends Pick<AssembliesService, 'get' | 'streamSelection' | 'recordSelectionVpc'> {
  findIn(db: Executor, id: number): Promise<AssemblyRow | undefined>;
  claimForProtection(db: Executor, assemblyId: number, protectionId: string, at: number): Promise<boolean>;
  showProtection(db: Executor, assemblyId: number, protection: { id: string; status: string; finished: boolean; succeeded: boolean }, at: number): Promise<void>;
  hookSubject(db: Executor, assemblyId: number): Promise<HookSubject | undefined>;
}

export interface ProtectionsDeps {
  readonly store: Store;
  readonly cloud: CloudProvider;
  readonly assemblies: ProtectionAssembliesPort;
  readonly connections: Pick<ConnectionsService, 'cloudAccess'>;
  /** The retention of the assembly's enabled protection policy; undefined: nothing is pruned. */
  readonly retentionFor: (assemblyId: number) => Promise<Retention | undefined>;
  readonly now: () => number;
  readonly wake: () => void;
  /** Seals what a captured configuration must not hold in clear (an instance's user data). */
  readonly secrets: SecretBox;
  /** Snapshots taken at once by one protection. */
  readonly snapshotParallelism: number;
  readonly hooks: ProtectionHooks;
}

export interface ProtectionRef {
  readonly accountId: number;
  readonly projectId: string;
  readonly assemblyId: number;
  readonly id: string;
}

export type { ProtectionPatch };

/** Optimistic read-decide-write of one protection (see mutateVersioned). */
export function mutateProtection(
  deps: Pick<ProtectionsDeps, 'store' | 'now' | 'wake'>,
  id: string,
  decide: (row: ProtectionRow, trx: Transaction) => Change<ProtectionPatch> | null | Promise<Change<ProtectionPatch> | null>,
): Promise<ProtectionRow> {
  return mutateVersioned<ProtectionRow, ProtectionPatch>({
    store: deps.store,
    load: (trx) => repo.findById(trx, id),
    save: (trx, row, patch) => repo.updateIfVersion(trx, row.id, row.version, { ...patch, updated_at: deps.now() }),
    notFound: () => new NotFoundError(`Protection ${id}`),
    wake: deps.wake,
  }, decide);
}
