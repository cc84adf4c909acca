import type { Transaction, Updateable } from 'kysely';
import type { CloudProvider } from '../../cloud/provider.ts';
import type { Store } from '../../platform/db/database.ts';
import { mutateVersioned, type Change } from '../../platform/db/mutate.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { ConnectionsService } from '../connections/service.ts';
import { assembliesRepo as repo, type AssemblyRow } from './repo.ts';
import type { CloudAssembliesTable } from './tables.ts';

/** What assemblies need from protections, bound late (protections need assemblies too). */
export interface AssemblyProtectionsPort {
  /** Locked protections of the assembly: they hold its deletion. */
  lockedCount(assemblyId: number): Promise<number>;
  /** Asks a running protection (and recovery) to stop; resolves whether one was running. */
  cancelRunning(assemblyId: number): Promise<boolean>;
  /** Deletes every snapshot of the assembly's protections (idempotent). Throws CloudCallError. */
  purge(assemblyId: number): Promise<void>;
}

export interface AssembliesDeps {
  readonly store: Store<any>;
  readonly cloud: CloudProvider;
  readonly connections: Pick<ConnectionsService, 'cloudAccess'>;
  readonly protections: AssemblyProtectionsPort;
  readonly now: () => number;
  readonly wake: () => void;
  /** Runs in the transaction that marks an assembly deleted: what other modules drop with it (its policies). */
  readonly onDeleted: (trx: Transaction<any>, assemblyId: number) => Promise<unknown>;
}

export interface AssemblyRef {
  readonly accountId: number;
  readonly projectId: string;
  readonly id: number;
}

export type AssemblyPatch = Updateable<CloudAssembliesTable>;

/** Optimistic read-decide-write of one assembly (see mutateVersioned). */
export function mutateAssembly(
  deps: AssembliesDeps,
  target: AssemblyRef | { id: number },
  decide: Parameters<typeof mutateVersioned<AssemblyRow, AssemblyPatch>>[1],
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
