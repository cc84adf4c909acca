import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { updateEach } from '../../platform/db/update-each.ts';
import { likeContains } from '../../platform/db/like.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import { RETAINED_STATUSES, RUNNING_STATUSES, type ProtectionStatus, type Replicas } from './state-machine.ts';
import type { Executor as Db } from './store-types.ts';
import type { ProtectionResourcesTable, ProtectionsTable } from './tables.ts';

type StoredProtection = Selectable<ProtectionsTable>;
type StoredResource = Selectable<ProtectionResourcesTable>;
type ResourceJson = 'configuration' | 'tags' | 'dependencies' | 'replicas';
interface DecodedResource {
  configuration: Record<string, unknown>;
  tags: Record<string, string>;
  dependencies: string[];
  replicas: Replicas;
}

/** A protection as the module reads it: its replica regions decoded. */
export type ProtectionRow = Omit<StoredProtection, 'replica_regions'> & { replica_regions: string[] };
export type ProtectionInsert = Omit<Insertable<ProtectionsTable>, 'replica_regions'> & { replica_regions: readonly string[] };
export type ProtectionPatch = Omit<Updateable<ProtectionsTable>, 'replica_regions'>;
/** A captured resource as the module reads it: its configuration, tags, dependencies and replicas decoded. */
export type ProtectionResourceRow = Omit<StoredResource, ResourceJson> & DecodedResource;
export type ProtectionResourceInsert = Omit<Insertable<ProtectionResourcesTable>, ResourceJson> & DecodedResource;
export type SnapshotPatch = Omit<Updateable<ProtectionResourcesTable>, ResourceJson> & { replicas?: Replicas };

export interface TimelineQuery {
  readonly assemblyId: number;
  readonly startTime?: number;
  readonly endTime?: number;
  readonly statuses?: readonly ProtectionStatus[];
}

const decode = (row: StoredProtection): ProtectionRow => ({ ...row, replica_regions: JSON.parse(row.replica_regions) as string[] });
const decodeOptional = (row: StoredProtection | undefined) => (row ? decode(row) : undefined);
export const decodeResource = (row: StoredResource): ProtectionResourceRow => ({
  ...row, configuration: JSON.parse(row.configuration) as Record<string, unknown>, tags: JSON.parse(row.tags) as Record<string, string>,
  snapshot_object_count: row.snapshot_object_count === null ? null : Number(row.snapshot_object_count), // bigint: a string on PostgreSQL
  dependencies: JSON.parse(row.dependencies) as string[], replicas: JSON.parse(row.replicas) as Replicas,
});
const encodeResource = (row: ProtectionResourceInsert): Insertable<ProtectionResourcesTable> => ({
  ...row, configuration: JSON.stringify(row.configuration), tags: JSON.stringify(row.tags),
  dependencies: JSON.stringify(row.dependencies), replicas: JSON.stringify(row.replicas),
});

export const protectionsRepo = {
  insert: async (db: Db, row: ProtectionInsert) =>
    decode(await db.insertInto('protections').values({ ...row, replica_regions: JSON.stringify(row.replica_regions) }).returningAll().executeTakeFirstOrThrow()),
  find: async (db: Db, assemblyId: number, id: string) =>
    decodeOptional(await db.selectFrom('protections').selectAll().where('id', '=', id).where('assembly_id', '=', assemblyId).executeTakeFirst()),
  findById: async (db: Db, id: string) => decodeOptional(await db.selectFrom('protections').selectAll().where('id', '=', id).executeTakeFirst()),
  updateIfVersion: async (db: Db, id: string, version: number, patch: ProtectionPatch) => decodeOptional(
    await db.updateTable('protections').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst()),
  /** In the transaction that starts a recovery: the protection shows it has been recovered from. */
  markRecovered: (db: Db, protectionId: string, at: number) =>
    db.updateTable('protections').set((eb) => ({ has_recovery: 1, version: eb('version', '+', 1), updated_at: at }))
      .where('id', '=', protectionId).where('has_recovery', '=', 0).execute(),

  async timeline(db: Db, query: TimelineQuery, range: ItemRange): Promise<{ rows: ProtectionRow[]; total: number }> {
    let base = db.selectFrom('protections').where('assembly_id', '=', query.assemblyId);
    if (query.startTime !== undefined) base = base.where('created_at', '>=', query.startTime);
    if (query.endTime !== undefined) base = base.where('created_at', '<=', query.endTime);
    if (query.statuses?.length) base = base.where('status', 'in', [...query.statuses]);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(range.limit).offset(range.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows: rows.map(decode), total: Number(count.n) };
  },

  runningOf: async (db: Db, assemblyId: number) =>
    (await db.selectFrom('protections').selectAll().where('assembly_id', '=', assemblyId).where('status', 'in', [...RUNNING_STATUSES]).execute()).map(decode),
  lockedCount: async (db: Db, assemblyId: number) =>
    Number((await db.selectFrom('protections').select(sql<number>`count(*)`.as('n')).where('assembly_id', '=', assemblyId).where('locked', '=', 1)
      .where('status', '<>', 'elapsed').executeTakeFirstOrThrow()).n),

  async insertResources(db: Db, rows: readonly ProtectionResourceInsert[]): Promise<void> {
    // 16 columns a row: 500 rows stay inside both databases' bound-parameter limits.
    for (let i = 0; i < rows.length; i += 500) {
      await db.insertInto('protection_resources').values(rows.slice(i, i + 500).map(encodeResource)).onConflict((oc) => oc.doNothing()).execute();
    }
  },
  /** Drops the rows of a preparation that did not finish (it is done again from the start). */
  deleteResources: (db: Db, protectionId: string) => db.deleteFrom('protection_resources').where('protection_id', '=', protectionId).execute(),
  resources: async (db: Db, protectionId: string) =>
    (await db.selectFrom('protection_resources').selectAll().where('protection_id', '=', protectionId).orderBy('resource_id').execute()).map(decodeResource),
  /** The next data resources still waiting for their snapshot. */
  pendingSnapshots: async (db: Db, protectionId: string, limit: number) =>
    (await db.selectFrom('protection_resources').selectAll().where('protection_id', '=', protectionId).where('snapshot_status', '=', 'pending')
      .orderBy('resource_id').limit(limit).execute()).map(decodeResource),
  /** Snapshotted resources, after a resource id (keyset paging through replicas). */
  completedAfter: async (db: Db, protectionId: string, afterResourceId: string, limit: number) =>
    (await db.selectFrom('protection_resources').selectAll().where('protection_id', '=', protectionId).where('snapshot_status', '=', 'completed')
      .where('resource_id', '>', afterResourceId).orderBy('resource_id').limit(limit).execute()).map(decodeResource),
  setSnapshot: (db: Db, protectionId: string, resourceId: string, patch: SnapshotPatch) => {
    const { replicas, ...rest } = patch;
    return db.updateTable('protection_resources').set({ ...rest, ...(replicas ? { replicas: JSON.stringify(replicas) } : {}) })
      .where('protection_id', '=', protectionId).where('resource_id', '=', resourceId).execute();
  },
  /**
   * Several resources' snapshot outcomes, one statement per shape of patch (update-each.ts). Returns the protection's
   * cancel flag as the last statement saw it (read in that statement: no round trip of its own), or undefined when
   * no row was written.
   */
  setSnapshots: async (db: Db, protectionId: string, outcomes: ReadonlyArray<readonly [string, SnapshotPatch]>): Promise<{ cancelRequested: boolean } | undefined> => {
    const flag = await updateEach(db, 'protection_resources', { column: 'protection_id', value: protectionId }, 'resource_id', outcomes.map(([resourceId, { replicas, ...rest }]) =>
      [resourceId, { ...rest, ...(replicas ? { replicas: JSON.stringify(replicas) } : {}) }] as const),
      sql<number | boolean | null>`(select ${sql.ref('cancel_requested')} from ${sql.table('protections')} where ${sql.ref('id')} = ${protectionId})`);
    return flag === undefined ? undefined : { cancelRequested: Boolean(flag) };
  },
  async snapshotCounts(db: Db, protectionId: string): Promise<{ completed: number; failed: number; data: number }> {
    const rows = await db.selectFrom('protection_resources').select(['snapshot_status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('protection_id', '=', protectionId).where('is_data', '=', 1).groupBy('snapshot_status').execute();
    const of = (status: ProtectionResourceRow['snapshot_status']) => Number(rows.find((r) => r.snapshot_status === status)?.n ?? 0);
    return { completed: of('completed') + of('deleted'), failed: of('failed'), data: rows.reduce((sum, r) => sum + Number(r.n), 0) };
  },
  /** Resources whose snapshot or a replica copy is still pending. */
  outstanding: async (db: Db, protectionId: string) =>
    (await db.selectFrom('protection_resources').selectAll().where('protection_id', '=', protectionId)
      .where((eb) => eb.or([eb('snapshot_status', '=', 'pending'), likeContains('replicas', '"status":"pending"')])).execute()).map(decodeResource),
  /** Resources with at least one failed replica copy. */
  replicaFailures: async (db: Db, protectionId: string) =>
    Number((await db.selectFrom('protection_resources').select(sql<number>`count(*)`.as('n')).where('protection_id', '=', protectionId)
      .where(likeContains('replicas', '"status":"failed"')).executeTakeFirstOrThrow()).n),
  /** Retained protections of an assembly, newest first: what retention counts. */
  retained: async (db: Db, assemblyId: number) =>
    (await db.selectFrom('protections').selectAll().where('assembly_id', '=', assemblyId)
      .where('status', 'in', [...RETAINED_STATUSES]).orderBy('created_at', 'desc').orderBy('id', 'desc').execute()).map(decode),
  latestWithStatus: async (db: Db, assemblyId: number, status: ProtectionStatus) => decodeOptional(
    await db.selectFrom('protections').selectAll().where('assembly_id', '=', assemblyId).where('status', '=', status)
      .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst()),
  all: async (db: Db, assemblyId: number) => (await db.selectFrom('protections').selectAll().where('assembly_id', '=', assemblyId).execute()).map(decode),
};
