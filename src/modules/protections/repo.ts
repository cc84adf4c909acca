import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { likeContains } from '../../platform/db/like.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import type { AssemblyTables } from '../assemblies/tables.ts';
import { RUNNING_STATUSES } from './state-machine.ts';
import type { ProtectionResourcesTable, ProtectionsTable, ProtectionTables } from './tables.ts';

export type ProtectionRow = Selectable<ProtectionsTable>;
export type ProtectionResourceRow = Selectable<ProtectionResourcesTable>;
type Db = Executor<ProtectionTables & AssemblyTables>;

export interface TimelineQuery {
  readonly assemblyId: number;
  readonly startTime?: number;
  readonly endTime?: number;
  readonly statuses?: readonly string[];
}

export const protectionsRepo = {
  insert: (db: Db, row: Insertable<ProtectionsTable>) => db.insertInto('protections').values(row).returningAll().executeTakeFirstOrThrow(),
  find: (db: Db, assemblyId: number, id: string) =>
    db.selectFrom('protections').selectAll().where('id', '=', id).where('assembly_id', '=', assemblyId).executeTakeFirst(),
  findById: (db: Db, id: string) => db.selectFrom('protections').selectAll().where('id', '=', id).executeTakeFirst(),
  updateIfVersion: (db: Db, id: string, version: number, patch: Updateable<ProtectionsTable>) =>
    db.updateTable('protections').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst(),

  async timeline(db: Db, query: TimelineQuery, range: ItemRange): Promise<{ rows: ProtectionRow[]; total: number }> {
    let base = db.selectFrom('protections').where('assembly_id', '=', query.assemblyId);
    if (query.startTime !== undefined) base = base.where('created_at', '>=', query.startTime);
    if (query.endTime !== undefined) base = base.where('created_at', '<=', query.endTime);
    if (query.statuses?.length) base = base.where('status', 'in', [...query.statuses]);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(range.limit).offset(range.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },

  /** Claims the assembly for one protection: only when nothing else runs there and it is enabled. */
  async claimAssembly(db: Db, assemblyId: number, protectionId: string, at: number): Promise<boolean> {
    const result = await db.updateTable('cloud_assemblies')
      .set((eb) => ({ running_protection_id: protectionId, last_protection_id: protectionId, last_protection_status: 'created', last_protection_at: at, version: eb('version', '+', 1), updated_at: at }))
      .where('id', '=', assemblyId).where('running_protection_id', 'is', null).where('status', '=', 'enabled').executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  /**
   * Shows the protection's status on the assembly it holds; a finished one frees the assembly for the next
   * (and a success is its last successful protection). Does nothing once another protection holds it.
   */
  showOnAssembly: (db: Db, assemblyId: number, protection: Pick<ProtectionRow, 'id' | 'status'>, at: number) => {
    const finished = !RUNNING_STATUSES.includes(protection.status as never);
    return db.updateTable('cloud_assemblies')
      .set((eb) => ({
        last_protection_id: protection.id, last_protection_status: protection.status, last_protection_at: at,
        ...(finished ? { running_protection_id: null } : {}),
        ...(protection.status === 'success' || protection.status === 'partially-protected' ? { last_successful_protection_at: at } : {}),
        version: eb('version', '+', 1), updated_at: at,
      }))
      .where('id', '=', assemblyId).where('running_protection_id', '=', protection.id).execute();
  },

  runningOf: (db: Db, assemblyId: number) =>
    db.selectFrom('protections').selectAll().where('assembly_id', '=', assemblyId).where('status', 'in', [...RUNNING_STATUSES]).execute(),
  lockedCount: async (db: Db, assemblyId: number) =>
    Number((await db.selectFrom('protections').select(sql<number>`count(*)`.as('n')).where('assembly_id', '=', assemblyId).where('locked', '=', 1)
      .where('status', '<>', 'elapsed').executeTakeFirstOrThrow()).n),

  async insertResources(db: Db, rows: readonly Insertable<ProtectionResourcesTable>[]): Promise<void> {
    // 16 columns a row: 500 rows stay inside both databases' bound-parameter limits.
    for (let i = 0; i < rows.length; i += 500) {
      await db.insertInto('protection_resources').values(rows.slice(i, i + 500)).onConflict((oc) => oc.doNothing()).execute();
    }
  },
  resources: (db: Db, protectionId: string) =>
    db.selectFrom('protection_resources').selectAll().where('protection_id', '=', protectionId).orderBy('resource_id').execute(),
  /** The next data resources still waiting for their snapshot. */
  pendingSnapshots: (db: Db, protectionId: string, limit: number) =>
    db.selectFrom('protection_resources').selectAll().where('protection_id', '=', protectionId).where('snapshot_status', '=', 'pending')
      .orderBy('resource_id').limit(limit).execute(),
  /** Snapshotted resources, after a resource id (keyset paging through replicas). */
  completedAfter: (db: Db, protectionId: string, afterResourceId: string, limit: number) =>
    db.selectFrom('protection_resources').selectAll().where('protection_id', '=', protectionId).where('snapshot_status', '=', 'completed')
      .where('resource_id', '>', afterResourceId).orderBy('resource_id').limit(limit).execute(),
  setSnapshot: (db: Db, protectionId: string, resourceId: string, patch: Updateable<ProtectionResourcesTable>) =>
    db.updateTable('protection_resources').set(patch).where('protection_id', '=', protectionId).where('resource_id', '=', resourceId).execute(),
  async snapshotCounts(db: Db, protectionId: string): Promise<{ completed: number; failed: number; data: number }> {
    const rows = await db.selectFrom('protection_resources').select(['snapshot_status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('protection_id', '=', protectionId).where('is_data', '=', 1).groupBy('snapshot_status').execute();
    const of = (status: string) => Number(rows.find((r) => r.snapshot_status === status)?.n ?? 0);
    return { completed: of('completed') + of('deleted'), failed: of('failed'), data: rows.reduce((sum, r) => sum + Number(r.n), 0) };
  },
  /** Resources whose snapshot or a replica copy is still pending. */
  outstanding: (db: Db, protectionId: string) =>
    db.selectFrom('protection_resources').selectAll().where('protection_id', '=', protectionId)
      .where((eb) => eb.or([eb('snapshot_status', '=', 'pending'), likeContains('replicas', '"status":"pending"')])).execute(),
  /** Resources with at least one failed replica copy. */
  replicaFailures: async (db: Db, protectionId: string) =>
    Number((await db.selectFrom('protection_resources').select(sql<number>`count(*)`.as('n')).where('protection_id', '=', protectionId)
      .where(likeContains('replicas', '"status":"failed"')).executeTakeFirstOrThrow()).n),
  /** Retained protections of an assembly, newest first: what retention counts. */
  retained: (db: Db, assemblyId: number) =>
    db.selectFrom('protections').selectAll().where('assembly_id', '=', assemblyId)
      .where('status', 'in', ['success', 'partially-protected', 'failed', 'pruning-failed']).orderBy('created_at', 'desc').orderBy('id', 'desc').execute(),
  latestWithStatus: (db: Db, assemblyId: number, status: string) =>
    db.selectFrom('protections').selectAll().where('assembly_id', '=', assemblyId).where('status', '=', status)
      .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst(),
  all: (db: Db, assemblyId: number) => db.selectFrom('protections').selectAll().where('assembly_id', '=', assemblyId).execute(),
};
