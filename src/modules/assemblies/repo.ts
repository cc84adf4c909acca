import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { ilikeContains } from '../../platform/db/like.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import type { ConnectionTables } from '../connections/tables.ts';
import type { AssemblyTables, CloudAssembliesTable } from './tables.ts';

export type AssemblyRow = Selectable<CloudAssembliesTable>;
export type AssemblyListRow = AssemblyRow & { cloud_connection_name: string };
type Db = Executor<AssemblyTables & ConnectionTables>;

export interface AssemblyListQuery {
  readonly accountId: number;
  readonly projectId: string;
  readonly name?: string;
  readonly cloudTypes?: readonly string[];
  readonly statuses?: readonly string[];
  readonly connectionName?: string;
  readonly condition: 'and' | 'or';
  readonly sortBy: 'name' | 'cloud_type' | 'status' | 'created_at' | 'id';
  readonly sortOrder: 'asc' | 'desc';
}

export const assembliesRepo = {
  insert: (db: Db, row: Insertable<CloudAssembliesTable>) => db.insertInto('cloud_assemblies').values(row).returningAll().executeTakeFirstOrThrow(),
  find: (db: Db, accountId: number, projectId: string, id: number) =>
    db.selectFrom('cloud_assemblies').selectAll().where('id', '=', id).where('account_id', '=', accountId).where('project_id', '=', projectId).executeTakeFirst(),
  findById: (db: Db, id: number) => db.selectFrom('cloud_assemblies').selectAll().where('id', '=', id).executeTakeFirst(),
  nameTaken: async (db: Db, accountId: number, projectId: string, name: string, exceptId?: number) => {
    let query = db.selectFrom('cloud_assemblies').select('id').where('account_id', '=', accountId).where('project_id', '=', projectId)
      .where('name', '=', name).where('status', '<>', 'deleted');
    if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  },
  updateIfVersion: (db: Db, id: number, version: number, patch: Updateable<CloudAssembliesTable>) =>
    db.updateTable('cloud_assemblies').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst(),
  /** Assemblies that still use a connection (what holds the connection's deletion). */
  liveOnConnection: (db: Db, connectionId: number) =>
    db.selectFrom('cloud_assemblies').select(['id', 'name']).where('cloud_connection_id', '=', connectionId).where('status', '<>', 'deleted').execute(),

  async list(db: Db, query: AssemblyListQuery, range: ItemRange): Promise<{ rows: AssemblyListRow[]; total: number }> {
    let base = db.selectFrom('cloud_assemblies as a').innerJoin('cloud_connections as c', 'c.id', 'a.cloud_connection_id')
      .where('a.account_id', '=', query.accountId).where('a.project_id', '=', query.projectId);
    if (!query.statuses?.includes('deleted')) base = base.where('a.status', '<>', 'deleted');
    if (query.name || query.cloudTypes?.length || query.statuses?.length || query.connectionName) {
      base = base.where((eb) => {
        const filters = [];
        if (query.name) filters.push(ilikeContains('a.name', query.name));
        if (query.cloudTypes?.length) filters.push(eb('a.cloud_type', 'in', [...query.cloudTypes]));
        if (query.statuses?.length) filters.push(eb('a.status', 'in', [...query.statuses]));
        if (query.connectionName) filters.push(ilikeContains('c.name', query.connectionName));
        return query.condition === 'or' ? eb.or(filters) : eb.and(filters);
      });
    }
    const [rows, count] = await Promise.all([
      base.selectAll('a').select('c.name as cloud_connection_name')
        .orderBy(`a.${query.sortBy}`, query.sortOrder).orderBy('a.id', query.sortOrder).limit(range.limit).offset(range.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows: rows as AssemblyListRow[], total: Number(count.n) };
  },
};
