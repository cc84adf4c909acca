import type { CloudProvider } from '../../cloud/provider.ts';
import { mutateVersioned, type Change } from '../../platform/db/mutate.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { Lookup } from '../../platform/net/target-check.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import type { ConnectionsService } from '../connections/service.ts';
import { assembliesRepo as repo, type AssemblyPatch, type AssemblyRow } from './repo.ts';
import type { Executor, Store, Transaction } from './store-types.ts';

/** What holds an assembly's deletion: its protections and recoveries (built in build.ts once those services exist). */
export interface AssemblyDeletionHolds {
  /** Locked protections of the assembly: they hold its deletion. */
  lockedCount(assemblyId: number): Promise<number>;
  /** Asks a running protection (and recovery) to stop; resolves whether one was running. */
  cancelRunning(assemblyId: number): Promise<boolean>;
  /** Deletes every snapshot of the assembly's protections (idempotent). Throws CloudCallError. */
  purge(assemblyId: number): Promise<void>;
}

/** What assemblies read of their connections. */
export interface AssemblyConnectionsPort extends Pick<ConnectionsService, 'cloudAccess' | 'idsNamedLike' | 'namesOf'> {
  /** The names of connections, read in the caller's transaction (a webhook payload is built inside one). */
  namesIn(db: Executor, ids: readonly number[]): Promise<Map<number, string>>;
}

/** The assembly's enabled protection policy, as the RPO reads it (the policies module). */
export interface AssemblyPoliciesPort {
  /** The enabled policy's longest gap between two slots; undefined without an enabled policy. */
  protectionInterval(assemblyId: number): Promise<{ intervalMs: number } | undefined>;
}

export interface AssembliesDeps {
  readonly store: Store;
  readonly cloud: CloudProvider;
  readonly connections: AssemblyConnectionsPort;
  readonly policies: AssemblyPoliciesPort;
  readonly now: () => number;
  readonly wake: () => void;
  /** Seals (and, for a recovery, opens) webhook validators' signing secrets. */
  readonly secrets: Pick<SecretBox, 'seal' | 'open'>;
  /** LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: webhook validators may use plain http and reach loopback and private addresses. */
  readonly allowPrivate: boolean;
  /** DNS resolution of webhook validators' hosts (the system resolver unless given). */
  readonly lookup?: Lookup;
  /** Runs in the transaction that marks an assembly deleted: what other modules drop with it (its policies, its webhooks). */
  readonly onDeleted: (trx: Transaction, assemblyId: number) => Promise<unknown>;
}

export interface AssemblyRef {
  readonly accountId: number;
  readonly projectId: string;
  readonly id: number;
}

export type { AssemblyPatch };

/** Optimistic read-decide-write of one assembly (see mutateVersioned). */
export function mutateAssembly(
  deps: Pick<AssembliesDeps, 'store' | 'now' | 'wake'>,
  target: AssemblyRef | { id: number },
  decide: (row: AssemblyRow, trx: Transaction) => Change<AssemblyPatch> | null | Promise<Change<AssemblyPatch> | null>,
  expectedVersion?: number,
): Promise<AssemblyRow> {
  return mutateVersioned<AssemblyRow, AssemblyPatch>({
    store: deps.store,
    load: (trx) => ('accountId' in target ? repo.find(trx, target.accountId, target.projectId, target.id) : repo.findById(trx, target.id)),
    save: (trx, row, patch) => repo.updateIfVersion(trx, row.id, row.version, { ...patch, updated_at: deps.now() }),
    notFound: () => new NotFoundError(`Cloud assembly ${target.id}`),
    uniqueConflict: () => new ConflictError('NAME_TAKEN', 'Another cloud assembly in this project has that name', { name: 'is taken' }),
    wake: deps.wake,
  }, decide, expectedVersion);
}

export type { Change };
