import type { Transaction } from 'kysely';
import { ConflictError, PreconditionFailedError } from '../errors.ts';
import { enqueue, type JobSpec } from '../jobs/index.ts';
import type { Store } from './database.ts';
import { isUniqueViolation } from './errors.ts';

/** What a decision does to a row: the columns to change and the jobs to start in the same transaction. */
export interface Change<Patch> {
  readonly patch: Patch;
  readonly jobs?: readonly JobSpec[];
}

export interface VersionedMutation<Row extends { version: number }, Patch> {
  readonly store: Store<any>;
  /** Reads the row in the transaction; undefined throws notFound(). */
  load(trx: Transaction<any>): Promise<Row | undefined>;
  /** Writes the patch only if the row is still at row.version (and bumps it); undefined when it moved on. */
  save(trx: Transaction<any>, row: Row, patch: Patch): Promise<Row | undefined>;
  notFound(): Error;
  /** The error for a unique-constraint violation (a name taken by a racing writer). */
  uniqueConflict?(): Error;
  /** Tells the local job runner there is work; called only when a job was queued. */
  wake?(): void;
}

const RETRY = Symbol('retry');
const MAX_ATTEMPTS = 5;

/**
 * Optimistic concurrency for every versioned resource: read the row, let `decide` turn it into a change
 * (or refuse by throwing, or return null for "nothing to do"), and write it only if the row is still at
 * the version read, with its jobs, in one transaction. A concurrent writer makes it read again; with
 * If-Match (expectedVersion) it answers 412 instead.
 */
export async function mutateVersioned<Row extends { version: number }, Patch>(
  spec: VersionedMutation<Row, Patch>,
  decide: (row: Row, trx: Transaction<any>) => Change<Patch> | null | Promise<Change<Patch> | null>,
  expectedVersion?: number,
): Promise<Row> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let queued = false;
    let result: Row | typeof RETRY;
    try {
      result = await spec.store.transaction(async (trx) => {
        const row = await spec.load(trx);
        if (!row) throw spec.notFound();
        if (expectedVersion !== undefined && row.version !== expectedVersion) throw new PreconditionFailedError(row.version);
        const change = await decide(row, trx);
        if (!change) return row;
        const updated = await spec.save(trx, row, change.patch);
        if (!updated) return RETRY;
        for (const job of change.jobs ?? []) queued = (await enqueue(trx, job)) !== undefined || queued;
        return updated;
      });
    } catch (error) {
      if (spec.uniqueConflict && isUniqueViolation(error)) throw spec.uniqueConflict();
      throw error;
    }
    if (result !== RETRY) {
      if (queued) spec.wake?.();
      return result;
    }
    if (expectedVersion !== undefined) throw new PreconditionFailedError();
  }
  throw new ConflictError('CONCURRENT_UPDATE', 'The resource is being changed by someone else; retry');
}
