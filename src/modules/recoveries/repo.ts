import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { ItemRange } from '../../platform/http/range.ts';
import { updateEach } from '../../platform/db/update-each.ts';
import type { DroppedReference } from './isolation.ts';
import type { RecoveryFilter } from './schemas.ts';
import { RUNNING_RECOVERY_STATUSES, type RecoveredResourceStatus, type RecoveryStatus } from './state-machine.ts';
import type { Executor as Db } from './store-types.ts';
import type { RecoveriesTable, RecoveryResourcesTable } from './tables.ts';

type StoredRecovery = Selectable<RecoveriesTable>;
type StoredResource = Selectable<RecoveryResourcesTable>;
type ResourceJson = 'configuration' | 'tags' | 'dependencies' | 'dropped_references';
interface DecodedResource {
  configuration: Record<string, unknown>;
  tags: Record<string, string>;
  dependencies: string[];
  dropped_references: DroppedReference[];
}

/** A recovery as the module reads it: its resource filter decoded. */
export type RecoveryRow = Omit<StoredRecovery, 'resource_filter'> & { resource_filter: RecoveryFilter };
export type RecoveryInsert = Omit<Insertable<RecoveriesTable>, 'resource_filter'> & { resource_filter: RecoveryFilter };
export type RecoveryPatch = Omit<Updateable<RecoveriesTable>, 'resource_filter'>;
/** One step of a recovery's plan as the module reads it: configuration, tags and dependencies decoded. */
export type RecoveryResourceRow = Omit<StoredResource, ResourceJson> & DecodedResource;
export type RecoveryResourceInsert = Omit<Insertable<RecoveryResourcesTable>, ResourceJson> & DecodedResource;
export type RecoveryResourcePatch = Omit<Updateable<RecoveryResourcesTable>, ResourceJson>;
/** What the validation reads of each step: no configuration, tags or note. */
export type ValidatedResource = Pick<RecoveryResourceRow, 'source_resource_id' | 'level' | 'name' | 'type' | 'status' | 'recovered_resource_id' | 'recovered_arn' | 'source_arn' | 'dependencies' | 'ready_at'>;

const decode = (row: StoredRecovery): RecoveryRow => ({ ...row, resource_filter: JSON.parse(row.resource_filter) as RecoveryFilter });
const decodeOptional = (row: StoredRecovery | undefined) => (row ? decode(row) : undefined);
const decodeResource = (row: StoredResource): RecoveryResourceRow => ({
  ...row, configuration: JSON.parse(row.configuration) as Record<string, unknown>, tags: JSON.parse(row.tags) as Record<string, string>,
  dependencies: JSON.parse(row.dependencies) as string[], dropped_references: JSON.parse(row.dropped_references) as DroppedReference[],
});
const encodeResource = (row: RecoveryResourceInsert): Insertable<RecoveryResourcesTable> => ({
  ...row, configuration: JSON.stringify(row.configuration), tags: JSON.stringify(row.tags), dependencies: JSON.stringify(row.dependencies),
  dropped_references: JSON.stringify(row.dropped_references),
});

/** 18 columns a row: 500 rows stay inside both databases' bound-parameter limits. */
const INSERT_BATCH = 500;
/** Rows of a keyset-paged read. */
const PAGE = 5_000;

export const recoveriesRepo = {
  insert: async (db: Db, row: RecoveryInsert) =>
    decode(await db.insertInto('recoveries').values({ ...row, resource_filter: JSON.stringify(row.resource_filter) }).returningAll().executeTakeFirstOrThrow()),
  findById: async (db: Db, id: string) => decodeOptional(await db.selectFrom('recoveries').selectAll().where('id', '=', id).executeTakeFirst()),
  find: async (db: Db, assemblyId: number, id: string) =>
    decodeOptional(await db.selectFrom('recoveries').selectAll().where('id', '=', id).where('assembly_id', '=', assemblyId).executeTakeFirst()),
  updateIfVersion: async (db: Db, id: string, version: number, patch: RecoveryPatch) => decodeOptional(
    await db.updateTable('recoveries').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst()),

  async list(db: Db, assemblyId: number, statuses: readonly RecoveryStatus[] | undefined, range: ItemRange): Promise<{ rows: RecoveryRow[]; total: number }> {
    let base = db.selectFrom('recoveries').where('assembly_id', '=', assemblyId);
    if (statuses?.length) base = base.where('status', 'in', [...statuses]);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(range.limit).offset(range.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows: rows.map(decode), total: Number(count.n) };
  },

  /** Recoveries of the assembly still pending or in progress, other than `exceptId`. */
  runningOn: (db: Db, assemblyId: number, exceptId = '') =>
    db.selectFrom('recoveries').select(['id', 'status']).where('assembly_id', '=', assemblyId).where('status', 'in', [...RUNNING_RECOVERY_STATUSES])
      .where('id', '<>', exceptId).execute(),
  /** Whether a running recovery reads this protection's snapshots (retention must not prune it meanwhile). */
  holdsProtection: async (db: Db, protectionId: string) =>
    (await db.selectFrom('recoveries').select('id').where('protection_id', '=', protectionId).where('status', 'in', [...RUNNING_RECOVERY_STATUSES])
      .executeTakeFirst()) !== undefined,
  /** Automatic resets that are due: resetAfterMinutes passed, the recovery ended, no reset asked for yet. */
  dueResets: (db: Db, now: number) =>
    db.selectFrom('recoveries').select('id').where('reset_status', 'is', null).where('reset_due_at', '<=', now)
      .where('status', 'not in', [...RUNNING_RECOVERY_STATUSES]).execute(),
  /** Resets waiting for another recovery of their assembly. */
  stalledResets: (db: Db, assemblyId?: number) => {
    let query = db.selectFrom('recoveries').select('id').where('reset_status', '=', 'stalled');
    if (assemblyId !== undefined) query = query.where('assembly_id', '=', assemblyId);
    return query.execute();
  },

  async insertResources(db: Db, rows: readonly RecoveryResourceInsert[]): Promise<void> {
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      await db.insertInto('recovery_resources').values(rows.slice(i, i + INSERT_BATCH).map(encodeResource)).onConflict((oc) => oc.doNothing()).execute();
    }
  },
  resources: async (db: Db, recoveryId: string) =>
    (await db.selectFrom('recovery_resources').selectAll().where('recovery_id', '=', recoveryId).orderBy('level').orderBy('source_resource_id').execute())
      .map(decodeResource),
  maxLevel: async (db: Db, recoveryId: string) =>
    Number((await db.selectFrom('recovery_resources').select(sql<number>`coalesce(max(level), -1)`.as('n')).where('recovery_id', '=', recoveryId)
      .executeTakeFirstOrThrow()).n),
  /** The next resources of one level still to recover, in id order. */
  pendingOfLevel: async (db: Db, recoveryId: string, level: number, limit: number) =>
    (await db.selectFrom('recovery_resources').selectAll().where('recovery_id', '=', recoveryId).where('status', '=', 'pending').where('level', '=', level)
      .orderBy('source_resource_id').limit(limit).execute()).map(decodeResource),
  /**
   * What these source ids and ARNs became, among the resources settled before a level: the rebuild asks per batch for
   * the strings its configurations and dependencies hold (rather than holding a map of every resource below). The ids
   * go through the primary key; ARNs (only strings starting `arn:`, which every source ARN does) are few.
   */
  async settledOf(db: Db, recoveryId: string, level: number, ids: readonly string[], arns: readonly string[]) {
    const columns = ['source_resource_id', 'status', 'recovered_resource_id', 'source_arn', 'recovered_arn'] as const;
    const rows: Pick<StoredResource, (typeof columns)[number]>[] = [];
    for (let i = 0; i < ids.length; i += INSERT_BATCH) {
      rows.push(...await db.selectFrom('recovery_resources').select(columns).where('recovery_id', '=', recoveryId).where('level', '<', level)
        .where('source_resource_id', 'in', ids.slice(i, i + INSERT_BATCH)).execute());
    }
    for (let i = 0; i < arns.length; i += INSERT_BATCH) {
      rows.push(...await db.selectFrom('recovery_resources').select(columns).where('recovery_id', '=', recoveryId).where('level', '<', level)
        .where('source_arn', 'in', arns.slice(i, i + INSERT_BATCH)).execute());
    }
    return rows;
  },
  /** What the reset still has to delete on one level, after a source id (keyset paging): only what the deletion needs. */
  toDeleteOfLevel: (db: Db, recoveryId: string, level: number, after: string, limit: number) =>
    db.selectFrom('recovery_resources').select(['source_resource_id', 'recovered_resource_id', 'type']).where('recovery_id', '=', recoveryId)
      .where('status', 'in', ['recovered', 'delete-failed']).where('level', '=', level).where('source_resource_id', '>', after)
      .orderBy('source_resource_id').limit(limit).execute(),
  /** Every resource of the plan without its configuration, tags and note: what the validation reads of each (100,000 rows of it). */
  async validated(db: Db, recoveryId: string): Promise<ValidatedResource[]> {
    const rows: ValidatedResource[] = [];
    let after = '';
    for (;;) {
      const page = await db.selectFrom('recovery_resources')
        .select(['source_resource_id', 'level', 'name', 'type', 'status', 'recovered_resource_id', 'recovered_arn', 'source_arn', 'dependencies', 'ready_at'])
        .where('recovery_id', '=', recoveryId).where('source_resource_id', '>', after).orderBy('source_resource_id').limit(PAGE).execute();
      for (const row of page) rows.push({ ...row, dependencies: JSON.parse(row.dependencies) as string[] });
      // In the plan's order, as every check lists what it found.
      if (page.length < PAGE) return rows.sort((a, b) => a.level - b.level || (a.source_resource_id < b.source_resource_id ? -1 : 1));
      after = page[page.length - 1]!.source_resource_id;
    }
  },
  /** The configurations of recovered resources, after a source id (keyset paging: the isolation check reads them a page at a time). */
  recoveredConfigurations: async (db: Db, recoveryId: string, after: string, limit: number) =>
    (await db.selectFrom('recovery_resources').select(['source_resource_id', 'configuration']).where('recovery_id', '=', recoveryId)
      .where('status', '=', 'recovered').where('source_resource_id', '>', after).orderBy('source_resource_id').limit(limit).execute())
      .map((row) => ({ source_resource_id: row.source_resource_id, configuration: JSON.parse(row.configuration) as Record<string, unknown> })),
  /** What a webhook's mapping names of each resource, without configurations. */
  mapping: (db: Db, recoveryId: string) =>
    db.selectFrom('recovery_resources').select(['source_resource_id', 'source_arn', 'source_region', 'name', 'type', 'recovered_resource_id', 'recovered_arn', 'status'])
      .where('recovery_id', '=', recoveryId).orderBy('level').orderBy('source_resource_id').execute(),
  /** Whether a cancel was asked for: one column of one row (read at every outcome write of a rebuild). */
  cancelRequested: async (db: Db, recoveryId: string) =>
    Boolean((await db.selectFrom('recoveries').select('cancel_requested').where('id', '=', recoveryId).executeTakeFirst())?.cancel_requested),
  /** What the reset tried and failed to delete: only those ids, not the whole plan (100,000 rows of configuration). */
  deleteFailedIds: async (db: Db, recoveryId: string) =>
    (await db.selectFrom('recovery_resources').select('recovered_resource_id').where('recovery_id', '=', recoveryId).where('status', '=', 'delete-failed')
      .execute()).map((r) => r.recovered_resource_id),
  setResource: (db: Db, recoveryId: string, sourceResourceId: string, patch: RecoveryResourcePatch) =>
    db.updateTable('recovery_resources').set(patch).where('recovery_id', '=', recoveryId).where('source_resource_id', '=', sourceResourceId).execute(),
  /**
   * Several resources' outcomes, one statement per shape of patch (update-each.ts). Returns the recovery's cancel flag
   * as the last statement saw it (read in that statement: no round trip of its own; a rebuild of 2,000 had read it
   * about 470 times), or undefined when no row was written.
   */
  setResources: async (db: Db, recoveryId: string, outcomes: ReadonlyArray<readonly [string, RecoveryResourcePatch]>) => {
    const flag = await updateEach(db, 'recovery_resources', { column: 'recovery_id', value: recoveryId }, 'source_resource_id', outcomes,
      sql<number | boolean | null>`(select ${sql.ref('cancel_requested')} from ${sql.table('recoveries')} where ${sql.ref('id')} = ${recoveryId})`);
    return flag === undefined ? undefined : Boolean(flag);
  },
  /** The time the resources were first seen ready, in one statement (the validation's wait asks about them a batch at a time). */
  setReadyAt: (db: Db, recoveryId: string, sourceResourceIds: readonly string[], at: number) =>
    db.updateTable('recovery_resources').set({ ready_at: at }).where('recovery_id', '=', recoveryId).where('source_resource_id', 'in', [...sourceResourceIds]).execute(),
  /**
   * PostgreSQL only: resources the reset deleted and its count, in one autocommit statement (a data-modifying CTE): a
   * flush of deleted outcomes was begin, the rows' update, the count's update and commit, four round trips.
   */
  markDeleted: (db: Db, recoveryId: string, sourceResourceIds: readonly string[]) =>
    sql`with done as (
      update recovery_resources set status = 'deleted', error = null
      where recovery_id = ${recoveryId} and source_resource_id in (${sql.join([...sourceResourceIds])}) returning 1
    ) update recoveries set reset_deleted_count = reset_deleted_count + (select count(*) from done) where id = ${recoveryId}`.execute(db),
  /** Adds to the reset's count of deleted resources (not a versioned change: the reset's progress). */
  countDeleted: (db: Db, recoveryId: string, deleted: number) =>
    db.updateTable('recoveries').set((eb) => ({ reset_deleted_count: eb('reset_deleted_count', '+', deleted) })).where('id', '=', recoveryId).execute(),
  /** Settles what is still pending (a cancel, a fatal error) so nothing reads as waiting. */
  skipPending: (db: Db, recoveryId: string, reason: string) =>
    db.updateTable('recovery_resources').set({ status: 'skipped', error: reason }).where('recovery_id', '=', recoveryId).where('status', '=', 'pending').execute(),
  async counts(db: Db, recoveryId: string): Promise<Partial<Record<RecoveredResourceStatus, number>>> {
    const rows = await db.selectFrom('recovery_resources').select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('recovery_id', '=', recoveryId).groupBy('status').execute();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  },
};
