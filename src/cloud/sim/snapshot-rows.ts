import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type { CloudSnapshot } from '../provider.ts';
import { batchedLiveSnapshot, batchedSnapshotInsert } from './batches.ts';
import type { SimSnapshotTable, SimTables } from './tables.ts';

/** A snapshot as the sim admin API and tests see it: what the cloud reports, and the sim's bookkeeping. */
export interface SimSnapshot extends CloudSnapshot {
  readonly accountId: string;
  /** Where the resource lives; a copy's region is its target region. */
  readonly resourceRegion: string;
  /** For a copy, the snapshot it was copied from. */
  readonly sourceSnapshotId: string | null;
  /** When it was deleted, epoch ms; null while it exists. */
  readonly deletedAt: number | null;
  /** The KMS key ARN it is encrypted under; null when it is not encrypted. */
  readonly kmsKeyId: string | null;
  /** For a copySnapshotForRecovery copy, `<recoveryId>/<purpose>`; null otherwise. */
  readonly recoveryCopy: string | null;
}

/** Narrows countSnapshots and listSnapshots; absent keys match anything. Deleted snapshots count only when asked. */
export interface SimSnapshotFilter {
  readonly accountId?: string;
  readonly protectionId?: string;
  readonly resourceId?: string;
  readonly region?: string;
  readonly includeDeleted?: boolean;
}

/** The idempotency key of a live snapshot or copy (region: where the snapshot lives). */
export interface SnapshotKey {
  readonly accountId: string;
  readonly protectionId: string;
  readonly resourceId: string;
  readonly region: string;
}

/**
 * The live snapshot with the key, or undefined. Served by the unique index sim_snapshots_live_key; read together
 * with the lookups in flight beside it (batches.ts).
 */
export async function findLiveSnapshot(executor: Executor<SimTables>, key: SnapshotKey): Promise<CloudSnapshot | undefined> {
  const row = await batchedLiveSnapshot(executor, key);
  return row && toCloudSnapshot(row);
}

/** The idempotency key of a live copySnapshotForRecovery copy: `recoveryCopy` is `<recoveryId>/<purpose>`. */
export interface RecoveryCopyKey {
  readonly accountId: string;
  readonly recoveryCopy: string;
  readonly resourceId: string;
  readonly region: string;
}

/** The live recovery copy with the key, or undefined. Served by the unique index sim_snapshots_recovery_copy. */
export async function findLiveRecoveryCopy(executor: Executor<SimTables>, key: RecoveryCopyKey): Promise<CloudSnapshot | undefined> {
  const row = await executor
    .selectFrom('sim_snapshots')
    .selectAll()
    .where('recovery_copy', '=', key.recoveryCopy)
    .where('resource_id', '=', key.resourceId)
    .where('region', '=', key.region)
    .where('account_id', '=', key.accountId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row && toCloudSnapshot(row);
}

/** One snapshot by id in an account and region, deleted or not. */
export function findSnapshotRow(
  executor: Executor<SimTables>,
  key: { accountId: string; region: string; snapshotId: string },
): Promise<Selectable<SimSnapshotTable> | undefined> {
  return executor
    .selectFrom('sim_snapshots')
    .selectAll()
    .where('snapshot_id', '=', key.snapshotId)
    .where('account_id', '=', key.accountId)
    .where('region', '=', key.region)
    .executeTakeFirst();
}

/**
 * Inserts the snapshot unless a live one with its key (protection's, or recovery copy's) exists. Two racing calls both reach here; the
 * unique index lets one insert and the other reads the winner's row, so both return the same snapshot (also when both
 * are in one batched insert).
 */
export async function insertSnapshot(executor: Executor<SimTables>, row: Insertable<SimSnapshotTable>): Promise<CloudSnapshot> {
  // One multi-row insert for the snapshots being taken at the same time (batches.ts).
  const inserted = await batchedSnapshotInsert(executor, row);
  if (inserted) return toCloudSnapshot(inserted);
  const place = { accountId: row.account_id, resourceId: row.resource_id, region: row.region };
  const winner = row.recovery_copy
    ? await findLiveRecoveryCopy(executor, { ...place, recoveryCopy: row.recovery_copy })
    : await findLiveSnapshot(executor, { ...place, protectionId: row.protection_id });
  if (!winner) throw new Error(`sim snapshot ${row.snapshot_id} was neither inserted nor found`);
  return winner;
}

/** Stamps deleted_at on a live snapshot; a deleted one keeps its first deletion time. */
export async function markSnapshotDeleted(executor: Executor<SimTables>, snapshotId: string, now: number): Promise<void> {
  await executor.updateTable('sim_snapshots').set({ deleted_at: now }).where('snapshot_id', '=', snapshotId).where('deleted_at', 'is', null).execute();
}

export async function countSnapshotRows(executor: Executor<SimTables>, filter: SimSnapshotFilter): Promise<number> {
  const row = await filtered(executor, filter)
    .select((eb) => eb.fn.countAll().as('snapshots'))
    .executeTakeFirstOrThrow();
  return Number(row.snapshots);
}

export async function selectSnapshotRows(executor: Executor<SimTables>, filter: SimSnapshotFilter): Promise<SimSnapshot[]> {
  const rows = await filtered(executor, filter).selectAll().orderBy('created_at').orderBy('snapshot_id').execute();
  return rows.map((row) => ({
    ...toCloudSnapshot(row),
    accountId: row.account_id,
    resourceRegion: row.resource_region,
    sourceSnapshotId: row.source_snapshot_id,
    deletedAt: row.deleted_at === null ? null : Number(row.deleted_at),
    kmsKeyId: row.kms_key_id,
    recoveryCopy: row.recovery_copy,
  }));
}

function filtered(executor: Executor<SimTables>, filter: SimSnapshotFilter) {
  let query = executor.selectFrom('sim_snapshots');
  if (filter.accountId !== undefined) query = query.where('account_id', '=', filter.accountId);
  if (filter.protectionId !== undefined) query = query.where('protection_id', '=', filter.protectionId);
  if (filter.resourceId !== undefined) query = query.where('resource_id', '=', filter.resourceId);
  if (filter.region !== undefined) query = query.where('region', '=', filter.region);
  if (filter.includeDeleted !== true) query = query.where('deleted_at', 'is', null);
  return query;
}

function toCloudSnapshot(row: Selectable<SimSnapshotTable>): CloudSnapshot {
  return {
    snapshotId: row.snapshot_id,
    region: row.region,
    resourceId: row.resource_id,
    type: row.type,
    protectionId: row.protection_id,
    sizeBytes: Number(row.size_bytes),
    ...(row.object_count === null ? {} : { objectCount: Number(row.object_count) }),
    createdAt: Number(row.created_at),
  };
}
