import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { ilikeContains, likeContains } from '../../platform/db/like.ts';
import { prepared, preparedByKeys } from '../../platform/db/prepared.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import type { ConnectionsDb } from './store-types.ts';
import type { CloudConnectionsTable, InventoryResourcesTable } from './tables.ts';

export type ConnectionRow = Selectable<CloudConnectionsTable>;
export type InventoryRow = Selectable<InventoryResourcesTable>;
type Db = Executor<ConnectionsDb>;

export interface ConnectionListQuery {
  readonly accountId: number;
  readonly projectId: string;
  readonly name?: string;
  readonly statuses?: readonly string[];
  readonly connectivityStatuses?: readonly string[];
  readonly condition: 'and' | 'or';
  readonly sortBy: 'name' | 'status' | 'connectivity_status' | 'created_at' | 'updated_at' | 'last_sync' | 'id';
  readonly sortOrder: 'asc' | 'desc';
}

export interface InventoryQuery {
  readonly connectionId: number;
  readonly region?: string;
  readonly service?: string;
  readonly type?: string;
  /** `key` or `key=value`. */
  readonly tag?: string;
}

// The GET and the conditional PUT of one connection run these on every request: compiled once (issue 19).
const findInProject = prepared((db: Db, v: { accountId: number; projectId: string; id: number }) =>
  db.selectFrom('cloud_connections').selectAll().where('id', '=', v.id).where('account_id', '=', v.accountId).where('project_id', '=', v.projectId));
const updateAtVersion = preparedByKeys((db: Db, patch: Updateable<CloudConnectionsTable>, v: { id: number; version: number }) =>
  db.updateTable('cloud_connections').set(patch).where('id', '=', v.id).where('version', '=', v.version).returningAll());

export const connectionsRepo = {
  insert: (db: Db, row: Insertable<CloudConnectionsTable>) => db.insertInto('cloud_connections').values(row).returningAll().executeTakeFirstOrThrow(),

  /** The connection as its account and project see it. */
  find: (db: Db, accountId: number, projectId: string, id: number) => findInProject.takeFirst(db, { accountId, projectId, id }),

  /** By id alone: for jobs, which carry only the id. */
  findById: (db: Db, id: number) => db.selectFrom('cloud_connections').selectAll().where('id', '=', id).executeTakeFirst(),

  nameTaken: async (db: Db, accountId: number, projectId: string, name: string, exceptId?: number) => {
    let query = db.selectFrom('cloud_connections').select('id')
      .where('account_id', '=', accountId).where('project_id', '=', projectId).where('name', '=', name).where('status', '<>', 'deleted');
    if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  },

  /** Applies the patch only if the row is still at `version`; returns the new row, or undefined when it moved on. */
  updateIfVersion: (db: Db, id: number, version: number, patch: Updateable<CloudConnectionsTable>) =>
    updateAtVersion.takeFirst(db, { ...patch, version: version + 1 }, { id, version }),

  /** Connections of the project whose name contains the text (any case): what another module's filter by connection name matches. */
  idsNamedLike: async (db: Db, accountId: number, projectId: string, text: string) =>
    (await db.selectFrom('cloud_connections').select('id').where('account_id', '=', accountId).where('project_id', '=', projectId)
      .where(ilikeContains('name', text)).execute()).map((r) => r.id),
  /** Id → name of the connections named (what other modules show beside their own rows). */
  async namesOf(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('cloud_connections').select(['id', 'name']).where('id', 'in', [...ids]).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  },

  async list(db: Db, query: ConnectionListQuery, range: ItemRange): Promise<{ rows: ConnectionRow[]; total: number }> {
    let base = db.selectFrom('cloud_connections').where('account_id', '=', query.accountId).where('project_id', '=', query.projectId);
    // Deleted connections stay readable by id but leave lists, unless asked for by status.
    if (!query.statuses?.includes('deleted')) base = base.where('status', '<>', 'deleted');
    if (query.name || query.statuses?.length || query.connectivityStatuses?.length) {
      base = base.where((eb) => {
        const filters = [];
        if (query.name) filters.push(ilikeContains('name', query.name));
        if (query.statuses?.length) filters.push(eb('status', 'in', [...query.statuses]));
        if (query.connectivityStatuses?.length) filters.push(eb('connectivity_status', 'in', [...query.connectivityStatuses]));
        return query.condition === 'or' ? eb.or(filters) : eb.and(filters);
      });
    }
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy(query.sortBy, query.sortOrder).orderBy('id', query.sortOrder).limit(range.limit).offset(range.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },

  /** Enabled connections not verified since `before`: the scheduled connectivity check's work list. */
  dueForVerification: (db: Db, before: number) =>
    db.selectFrom('cloud_connections').select('id').where('status', '=', 'enabled')
      .where((eb) => eb.or([eb('last_verified_at', 'is', null), eb('last_verified_at', '<', before)])).execute(),

  async upsertInventory(db: Db, rows: readonly Insertable<InventoryResourcesTable>[]): Promise<void> {
    if (rows.length === 0) return;
    await db.insertInto('inventory_resources').values([...rows])
      .onConflict((oc) => oc.columns(['connection_id', 'region', 'resource_id']).doUpdateSet((eb) => ({
        arn: eb.ref('excluded.arn'), type: eb.ref('excluded.type'), service: eb.ref('excluded.service'), name: eb.ref('excluded.name'),
        configuration: eb.ref('excluded.configuration'), tags: eb.ref('excluded.tags'), dependencies: eb.ref('excluded.dependencies'),
        generation: eb.ref('excluded.generation'), discovered_at: eb.ref('excluded.discovered_at'),
      })))
      .execute();
  },

  /** After a region+service was read in full: what an older sync saw there and this one did not is gone. */
  deleteStaleInventory: (db: Db, connectionId: number, region: string, service: string, generation: number) =>
    db.deleteFrom('inventory_resources').where('connection_id', '=', connectionId).where('region', '=', region)
      .where('service', '=', service).where('generation', '<', generation).execute(),

  /** Drops what lies outside the connection's regions and services (after they were narrowed). */
  deleteInventoryOutside: (db: Db, connectionId: number, regions: readonly string[], services: readonly string[]) =>
    db.deleteFrom('inventory_resources').where('connection_id', '=', connectionId)
      .where((eb) => eb.or([eb('region', 'not in', [...regions]), eb('service', 'not in', [...services])])).execute(),

  deleteInventory: (db: Db, connectionId: number) => db.deleteFrom('inventory_resources').where('connection_id', '=', connectionId).execute(),

  async listInventory(db: Db, query: InventoryQuery, range: ItemRange): Promise<{ rows: InventoryRow[]; total: number }> {
    let base = db.selectFrom('inventory_resources').where('connection_id', '=', query.connectionId);
    if (query.region) base = base.where('region', '=', query.region);
    if (query.service) base = base.where('service', '=', query.service);
    if (query.type) base = base.where('type', '=', query.type);
    if (query.tag) {
      // Tags are a JSON object in text; match the serialised pair (keys and values are JSON-escaped alike).
      const [key, ...rest] = query.tag.split('=');
      const needle = rest.length ? `${JSON.stringify(key)}:${JSON.stringify(rest.join('='))}` : `${JSON.stringify(key)}:`;
      base = base.where(likeContains('tags', needle));
    }
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('region').orderBy('type').orderBy('resource_id').limit(range.limit).offset(range.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },

  countInventory: async (db: Db, connectionId: number) =>
    Number((await db.selectFrom('inventory_resources').select(sql<number>`count(*)`.as('n')).where('connection_id', '=', connectionId).executeTakeFirstOrThrow()).n),
};
