import type { Transaction, Updateable } from 'kysely';
import type { Executor, Store } from '../../platform/db/database.ts';
import { mutateVersioned, type Change } from '../../platform/db/mutate.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { ConnectionsService } from '../connections/service.ts';
import { groupsRepo as repo, type ConnectionGroupRow } from './repo.ts';
import type { ConnectionGroupsTable, ConnectionGroupTables } from './tables.ts';

type CreateForGroup = ConnectionsService['createForGroup'];

/** What groups ask of the connections module; a connection an onboarded account gets is created in the group's transaction. */
export interface GroupConnectionsPort extends Pick<ConnectionsService, 'liveConnectionIds' | 'updateRegionsAndServices'> {
  createForGroup(db: Executor<ConnectionGroupTables>, scope: Parameters<CreateForGroup>[1], input: Parameters<CreateForGroup>[2]): ReturnType<CreateForGroup>;
}

export interface ConnectionGroupsDeps {
  readonly store: Store<ConnectionGroupTables>;
  /** Onboarded accounts become native cloud connections through these. */
  readonly connections: GroupConnectionsPort;
  readonly now: () => number;
  /** Tells the local job runner there is work (the connections' verifications). */
  readonly wake: () => void;
  /** The principal the role templates trust. */
  readonly principalArn: string;
}

/** A group's scope: the token's account and the organizational unit (project) of the request. */
export interface GroupScope {
  readonly accountId: number;
  readonly projectId: string;
}

export interface GroupRef extends GroupScope {
  readonly id: string;
}

export type GroupPatch = Updateable<ConnectionGroupsTable>;

/** Reads a live group of the scope, lets `decide` change it, and writes it with optimistic concurrency. */
export function mutateGroup(
  deps: ConnectionGroupsDeps,
  ref: GroupRef,
  decide: (row: ConnectionGroupRow, trx: Transaction<ConnectionGroupTables>) => Change<GroupPatch> | null | Promise<Change<GroupPatch> | null>,
  expectedVersion?: number,
): Promise<ConnectionGroupRow> {
  return mutateVersioned<ConnectionGroupRow, GroupPatch>({
    store: deps.store,
    load: (trx) => repo.find(trx, ref.accountId, ref.projectId, ref.id),
    save: (trx, row, patch) => repo.updateIfVersion(trx, row.id, row.version, { ...patch, updated_at: deps.now() }),
    notFound: () => new NotFoundError(`Connection group ${ref.id}`),
    wake: deps.wake,
  }, decide as never, expectedVersion);
}

export const list = (json: string | null): string[] => (json === null ? [] : (JSON.parse(json) as string[]));
export const text = (values: readonly string[]): string => JSON.stringify(values);
