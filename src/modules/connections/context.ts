import type { Updateable } from 'kysely';
import type { CloudProvider } from '../../cloud/provider.ts';
import type { Store, Transaction } from './store-types.ts';
import { mutateVersioned, type Change } from '../../platform/db/mutate.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import { connectionsRepo as repo, type ConnectionRow } from './repo.ts';
import type { CloudConnectionsTable } from './tables.ts';

/** Something outside this module that may hold a connection back from deletion (the assemblies).
 * Returns why it is held, or undefined. */
export type ConnectionDeletionGuard = (connection: ConnectionRow) => Promise<string | undefined>;

export interface ConnectionsDeps {
  readonly store: Store;
  readonly secrets: SecretBox;
  readonly cloud: CloudProvider;
  readonly now: () => number;
  /** Tells the local job runner there is work (it also polls). */
  readonly wake: () => void;
  /** The principal role templates trust. */
  readonly principalArn: string;
  /** Interval of the scheduled connectivity check. */
  readonly connectivityCheckMs: number;
}

/** A connection's path scope. */
export interface ConnectionRef {
  readonly accountId: number;
  readonly projectId: string;
  readonly id: number;
}

export type { Change } from '../../platform/db/mutate.ts';

/**
 * Reads a connection (by its path scope, or by id for jobs), lets `decide` turn it into a change, and writes
 * it with optimistic concurrency (see mutateVersioned).
 */
export function mutateConnection(
  deps: ConnectionsDeps,
  target: ConnectionRef | { id: number },
  decide: (row: ConnectionRow, trx: Transaction) => Change<Updateable<CloudConnectionsTable>> | null | Promise<Change<Updateable<CloudConnectionsTable>> | null>,
  expectedVersion?: number,
): Promise<ConnectionRow> {
  return mutateVersioned<ConnectionRow, Updateable<CloudConnectionsTable>>({
    store: deps.store,
    load: (trx) => ('accountId' in target ? repo.find(trx, target.accountId, target.projectId, target.id) : repo.findById(trx, target.id)),
    save: (trx, row, patch) => repo.updateIfVersion(trx, row.id, row.version, { ...patch, updated_at: deps.now() }),
    notFound: () => new NotFoundError(`Cloud connection ${target.id}`),
    uniqueConflict: () => new ConflictError('NAME_TAKEN', 'Another cloud connection in this project has that name', { name: 'is taken' }),
    wake: deps.wake,
  }, decide as never, expectedVersion);
}

export function parseList(json: string): string[] {
  return JSON.parse(json) as string[];
}
