import type { Updateable } from 'kysely';
import type { CloudProvider } from '../../cloud/provider.ts';
import type { Store, Transaction } from './store-types.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { ConflictError, NotFoundError, PreconditionFailedError } from '../../platform/errors.ts';
import { enqueue, type JobSpec } from '../../platform/jobs/index.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import { connectionsRepo as repo, type ConnectionRow } from './repo.ts';
import type { CloudConnectionsTable } from './tables.ts';

/** Something outside this module that may hold a connection back from deletion (assemblies, later).
 * Returns why it is held, or undefined. */
export type ConnectionDeletionGuard = (connection: ConnectionRow) => Promise<string | undefined>;

export interface ConnectionsDeps {
  readonly store: Store;
  readonly secrets: SecretBox;
  readonly cloud: CloudProvider;
  readonly now: () => number;
  /** Tells the local job runner there is work (it also polls). */
  readonly wake: () => void;
  readonly deletionGuards: readonly ConnectionDeletionGuard[];
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

/** What a decision does to the row: the columns to change and the jobs to start in the same transaction. */
export interface Change {
  readonly patch: Updateable<CloudConnectionsTable>;
  readonly jobs?: readonly JobSpec[];
}

const RETRY = Symbol('retry');
const MAX_ATTEMPTS = 5;

/**
 * Reads a connection, lets `decide` turn it into a change (or refuse by throwing, or return null for
 * "nothing to do"), and writes it only if the row is still at the version read, with its jobs, in one
 * transaction. A concurrent writer makes it read again; with If-Match it answers 412 instead.
 */
export async function mutateConnection(
  deps: ConnectionsDeps,
  target: ConnectionRef | { id: number },
  decide: (row: ConnectionRow, trx: Transaction) => Change | null | Promise<Change | null>,
  expectedVersion?: number,
): Promise<ConnectionRow> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let result: ConnectionRow | typeof RETRY;
    let queued = false;
    try {
      result = await deps.store.transaction(async (trx) => {
        const row = 'accountId' in target
          ? await repo.find(trx, target.accountId, target.projectId, target.id)
          : await repo.findById(trx, target.id);
        if (!row) throw new NotFoundError(`Cloud connection ${target.id}`);
        if (expectedVersion !== undefined && row.version !== expectedVersion) throw new PreconditionFailedError(row.version);
        const change = await decide(row, trx);
        if (!change) return row;
        const updated = await repo.updateIfVersion(trx, row.id, row.version, { ...change.patch, updated_at: deps.now() });
        if (!updated) return RETRY;
        for (const job of change.jobs ?? []) queued = (await enqueue(trx, job)) !== undefined || queued;
        return updated;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('NAME_TAKEN', 'Another cloud connection in this project has that name', { name: 'is taken' });
      throw error;
    }
    if (result !== RETRY) {
      if (queued) deps.wake();
      return result;
    }
    if (expectedVersion !== undefined) throw new PreconditionFailedError();
  }
  throw new ConflictError('CONCURRENT_UPDATE', 'The connection is being changed by someone else; retry');
}

export function parseList(json: string): string[] {
  return JSON.parse(json) as string[];
}
