import type { Transaction, Updateable } from 'kysely';
import type { CloudProvider } from '../../cloud/provider.ts';
import type { Store } from '../../platform/db/database.ts';
import { mutateVersioned, type Change } from '../../platform/db/mutate.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { AssembliesService } from '../assemblies/service.ts';
import type { ConnectionsService } from '../connections/service.ts';
import { protectionsRepo as repo, type ProtectionRow } from './repo.ts';
import type { ProtectionsTable } from './tables.ts';

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
  queuePostHook(trx: Transaction<any>, assemblyId: number, type: 'post-protection', payload: object): Promise<void>;
}

export interface ProtectionsDeps {
  readonly store: Store<any>;
  readonly cloud: CloudProvider;
  readonly assemblies: Pick<AssembliesService, 'get' | 'regionResources'>;
  readonly connections: Pick<ConnectionsService, 'cloudAccess'>;
  /** The retention of the assembly's enabled protection policy; undefined: nothing is pruned. */
  readonly retentionFor: (assemblyId: number) => Promise<Retention | undefined>;
  readonly now: () => number;
  readonly wake: () => void;
  /** Snapshots taken at once by one protection. */
  readonly snapshotParallelism: number;
  readonly hooks: ProtectionHooks;
  /** Whether a running recovery reads the protection's snapshots: retention leaves it alone meanwhile. */
  readonly recoveryHolds: (protectionId: string) => Promise<boolean>;
}

export interface ProtectionRef {
  readonly accountId: number;
  readonly projectId: string;
  readonly assemblyId: number;
  readonly id: string;
}

export type ProtectionPatch = Updateable<ProtectionsTable>;

/** Optimistic read-decide-write of one protection (see mutateVersioned). */
export function mutateProtection(
  deps: ProtectionsDeps,
  id: string,
  decide: (row: ProtectionRow, trx: Transaction<any>) => Change<ProtectionPatch> | null | Promise<Change<ProtectionPatch> | null>,
): Promise<ProtectionRow> {
  return mutateVersioned<ProtectionRow, ProtectionPatch>({
    store: deps.store,
    load: (trx) => repo.findById(trx, id),
    save: (trx, row, patch) => repo.updateIfVersion(trx, row.id, row.version, { ...patch, updated_at: deps.now() }),
    notFound: () => new NotFoundError(`Protection ${id}`),
    wake: deps.wake,
  }, decide);
}
