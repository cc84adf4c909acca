import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { ilikeContains } from '../../platform/db/like.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import type { ResourceFilter } from './filter.ts';
import type { AssemblyValidator } from './validators.ts';
import type { ProtectionStrategyOptions } from './strategy.ts';
import type { RpoStatus } from './rpo.ts';
import type { Executor as Db } from './store-types.ts';
import type { CloudAssembliesTable } from './tables.ts';

type StoredRow = Selectable<CloudAssembliesTable>;
type Json = 'resource_filter' | 'replica_regions' | 'validators' | 'protection_strategy_options';
interface Decoded {
  resource_filter: ResourceFilter;
  replica_regions: string[];
  validators: AssemblyValidator[];
  protection_strategy_options: ProtectionStrategyOptions;
}
interface Encodable {
  resource_filter: ResourceFilter;
  replica_regions: readonly string[];
  validators: readonly AssemblyValidator[];
  protection_strategy_options: ProtectionStrategyOptions;
}
/** An assembly as the module reads it: its JSON columns decoded. */
export type AssemblyRow = Omit<StoredRow, Json> & Decoded;
export type AssemblyInsert = Omit<Insertable<CloudAssembliesTable>, Json> & Encodable;
export type AssemblyPatch = Omit<Updateable<CloudAssembliesTable>, Json> & Partial<Encodable>;

export interface AssemblyListQuery {
  readonly accountId: number;
  readonly projectId: string;
  readonly name?: string;
  readonly cloudTypes?: readonly string[];
  readonly statuses?: readonly string[];
  /** The connections whose name matched the connection-name filter (the connections module resolves it). */
  readonly connectionIds?: readonly number[];
  readonly condition: 'and' | 'or';
  readonly sortBy: 'name' | 'cloud_type' | 'status' | 'created_at' | 'id';
  readonly sortOrder: 'asc' | 'desc';
}

const decode = (row: StoredRow): AssemblyRow => ({
  ...row, resource_filter: JSON.parse(row.resource_filter) as ResourceFilter, replica_regions: JSON.parse(row.replica_regions) as string[],
  validators: JSON.parse(row.validators) as AssemblyValidator[],
  protection_strategy_options: JSON.parse(row.protection_strategy_options) as ProtectionStrategyOptions,
});
const decodeOptional = (row: StoredRow | undefined) => (row ? decode(row) : undefined);
/** A patch's JSON columns as stored (only those given: the others are left alone). */
function encode(row: AssemblyPatch) {
  const { resource_filter, replica_regions, validators, protection_strategy_options, ...rest } = row;
  return {
    ...rest,
    ...(resource_filter !== undefined ? { resource_filter: JSON.stringify(resource_filter) } : {}),
    ...(replica_regions !== undefined ? { replica_regions: JSON.stringify(replica_regions) } : {}),
    ...(validators !== undefined ? { validators: JSON.stringify(validators) } : {}),
    ...(protection_strategy_options !== undefined ? { protection_strategy_options: JSON.stringify(protection_strategy_options) } : {}),
  };
}

export const assembliesRepo = {
  insert: async (db: Db, row: AssemblyInsert) =>
    decode(await db.insertInto('cloud_assemblies')
      .values({ ...row, resource_filter: JSON.stringify(row.resource_filter), replica_regions: JSON.stringify(row.replica_regions), validators: JSON.stringify(row.validators), protection_strategy_options: JSON.stringify(row.protection_strategy_options) })
      .returningAll().executeTakeFirstOrThrow()),
  find: async (db: Db, accountId: number, projectId: string, id: number) => decodeOptional(
    await db.selectFrom('cloud_assemblies').selectAll().where('id', '=', id).where('account_id', '=', accountId).where('project_id', '=', projectId).executeTakeFirst()),
  findById: async (db: Db, id: number) => decodeOptional(await db.selectFrom('cloud_assemblies').selectAll().where('id', '=', id).executeTakeFirst()),
  nameTaken: async (db: Db, accountId: number, projectId: string, name: string, exceptId?: number) => {
    let query = db.selectFrom('cloud_assemblies').select('id').where('account_id', '=', accountId).where('project_id', '=', projectId)
      .where('name', '=', name).where('status', '<>', 'deleted');
    if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  },
  updateIfVersion: async (db: Db, id: number, version: number, patch: AssemblyPatch) => decodeOptional(
    await db.updateTable('cloud_assemblies').set({ ...encode(patch), version: version + 1 }).where('id', '=', id).where('version', '=', version)
      .returningAll().executeTakeFirst()),
  /** Assemblies that still use a connection (what holds the connection's deletion). */
  liveOnConnection: (db: Db, connectionId: number) =>
    db.selectFrom('cloud_assemblies').select(['id', 'name']).where('cloud_connection_id', '=', connectionId).where('status', '<>', 'deleted').execute(),

  async list(db: Db, query: AssemblyListQuery, range: ItemRange): Promise<{ rows: AssemblyRow[]; total: number }> {
    let base = db.selectFrom('cloud_assemblies').where('account_id', '=', query.accountId).where('project_id', '=', query.projectId);
    if (!query.statuses?.includes('deleted')) base = base.where('status', '<>', 'deleted');
    if (query.name || query.cloudTypes?.length || query.statuses?.length || query.connectionIds) {
      base = base.where((eb) => {
        const filters = [];
        if (query.name) filters.push(ilikeContains('name', query.name));
        if (query.cloudTypes?.length) filters.push(eb('cloud_type', 'in', [...query.cloudTypes] as 'aws'[]));
        if (query.statuses?.length) filters.push(eb('status', 'in', [...query.statuses] as AssemblyRow['status'][]));
        // No matching connection matches nothing (an empty IN list is not valid SQL).
        if (query.connectionIds) filters.push(query.connectionIds.length ? eb('cloud_connection_id', 'in', [...query.connectionIds]) : sql<boolean>`1 = 0`);
        return query.condition === 'or' ? eb.or(filters) : eb.and(filters);
      });
    }
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy(query.sortBy, query.sortOrder).orderBy('id', query.sortOrder).limit(range.limit).offset(range.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows: rows.map(decode), total: Number(count.n) };
  },

  /** The status of an assembly of the project (deleted ones included). */
  statusOf: async (db: Db, ref: { accountId: number; projectId: string; id: number }) =>
    (await db.selectFrom('cloud_assemblies').select('status').where('id', '=', ref.id).where('account_id', '=', ref.accountId)
      .where('project_id', '=', ref.projectId).executeTakeFirst())?.status,
  /** Of these assemblies, the ids of those that are enabled in the account and project named with them. */
  async enabledIn(db: Db, refs: readonly { accountId: number; projectId: string; id: number }[]): Promise<Set<number>> {
    if (refs.length === 0) return new Set();
    const rows = await db.selectFrom('cloud_assemblies').select(['id', 'account_id', 'project_id']).where('status', '=', 'enabled')
      .where('id', 'in', [...new Set(refs.map((r) => r.id))]).execute();
    const wanted = new Set(refs.map((r) => `${r.id}/${r.accountId}/${r.projectId}`));
    return new Set(rows.filter((r) => wanted.has(`${r.id}/${r.account_id}/${r.project_id}`)).map((r) => r.id));
  },

  /** A page of the assemblies that are not deleted, by id (what the RPO evaluation walks). */
  livePage: async (db: Db, afterId: number, limit: number) =>
    (await db.selectFrom('cloud_assemblies').selectAll().where('status', '<>', 'deleted').where('id', '>', afterId).orderBy('id').limit(limit).execute()).map(decode),
  /**
   * Records the RPO status the evaluation found, only if it still holds the one the evaluation read: of two evaluations
   * racing, one changes the row and fires the webhook. The version is left alone: this is the evaluation's bookkeeping,
   * not a change of the assembly a client's If-Match should trip on.
   */
  async recordRpoStatus(db: Db, id: number, previous: RpoStatus | null, next: RpoStatus): Promise<boolean> {
    const result = await db.updateTable('cloud_assemblies').set({ rpo_status: next }).where('id', '=', id)
      .where('rpo_status', previous === null ? 'is' : '=', previous).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  // What other modules do to an assembly, each in the transaction they hold (their ports in build.ts).

  /** Claims the assembly for one protection: only when nothing else runs there and it is enabled. */
  async claimForProtection(db: Db, assemblyId: number, protectionId: string, at: number): Promise<boolean> {
    const result = await db.updateTable('cloud_assemblies')
      .set((eb) => ({ running_protection_id: protectionId, last_protection_id: protectionId, last_protection_status: 'created', last_protection_at: at, version: eb('version', '+', 1), updated_at: at }))
      .where('id', '=', assemblyId).where('running_protection_id', 'is', null).where('status', '=', 'enabled').executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  /**
   * Shows a protection's status on the assembly it holds; a finished one frees the assembly for the next
   * (and a success is its last successful protection). Does nothing once another protection holds it.
   */
  /** The one VPC a protection found the selection in (null: several or none); derived, so the version does not move. */
  async recordSelectionVpc(db: Db, assemblyId: number, vpcId: string | null): Promise<void> {
    await db.updateTable('cloud_assemblies').set({ selected_vpc_id: vpcId }).where('id', '=', assemblyId).execute();
  },

  showProtection: async (db: Db, assemblyId: number, protection: { id: string; status: string; finished: boolean; succeeded: boolean }, at: number) => {
    await db.updateTable('cloud_assemblies')
      .set((eb) => ({
        last_protection_id: protection.id, last_protection_status: protection.status, last_protection_at: at,
        ...(protection.finished ? { running_protection_id: null } : {}),
        ...(protection.succeeded ? { last_successful_protection_at: at } : {}),
        version: eb('version', '+', 1), updated_at: at,
      }))
      .where('id', '=', assemblyId).where('running_protection_id', '=', protection.id).execute();
  },
};
