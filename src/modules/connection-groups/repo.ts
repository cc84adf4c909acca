import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { likeContains } from '../../platform/db/like.ts';
import type { ConnectionGroupsTable, ConnectionGroupTables, ConnectionGroupTargetsTable } from './tables.ts';

export type ConnectionGroupRow = Selectable<ConnectionGroupsTable>;
export type TargetRow = Selectable<ConnectionGroupTargetsTable>;
type Db = Executor<ConnectionGroupTables>;

/** The list filter of seed 001, already parsed (see filter.ts). */
export interface GroupFilter {
  readonly accountNativeIds?: readonly string[];
  readonly organizationalUnitIds?: readonly string[];
  readonly accountAliasContains?: string;
  readonly servicesEq?: readonly string[];
  readonly servicesContain?: readonly string[];
  /** The group status is derived at read time (stack reports, live connections, the clock), so it is
   * filtered after the query (see read-groups.ts), not here. */
  readonly statuses?: readonly string[];
}

export const groupsRepo = {
  insert: (db: Db, row: Insertable<ConnectionGroupsTable>) => db.insertInto('connection_groups').values(row).returningAll().executeTakeFirstOrThrow(),

  /** A live group as its account and project see it. */
  find: (db: Db, accountId: number, projectId: string, id: string) =>
    db.selectFrom('connection_groups').selectAll().where('id', '=', id).where('account_id', '=', accountId)
      .where('project_id', '=', projectId).where('deleted_at', 'is', null).executeTakeFirst(),

  /** By id alone, deleted ones too: for the stack's callback, which knows only the token. */
  findById: (db: Db, id: string) => db.selectFrom('connection_groups').selectAll().where('id', '=', id).executeTakeFirst(),

  updateIfVersion: (db: Db, id: string, version: number, patch: Updateable<ConnectionGroupsTable>) =>
    db.updateTable('connection_groups').set({ ...patch, version: version + 1 })
      .where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst(),

  /** Rows in insertion order from `offset`; with a `limit`, one row more than asked tells whether a next page exists. */
  page(db: Db, accountId: number, projectId: string, filter: GroupFilter, offset: number, limit?: number) {
    let query = db.selectFrom('connection_groups').selectAll()
      .where('account_id', '=', accountId).where('project_id', '=', projectId).where('deleted_at', 'is', null);
    // The id lists are JSON text of quoted 12-digit ids, so `"<id>"` matches one whole id and nothing else.
    if (filter.accountNativeIds) {
      const ids = filter.accountNativeIds;
      query = query.where((eb) => eb.or(ids.flatMap((id) => [
        likeContains('account_native_ids', `"${id}"`), likeContains('intended_account_native_ids', `"${id}"`), eb('account_native_id', '=', id),
      ])));
    }
    if (filter.organizationalUnitIds) query = query.where('project_id', 'in', [...filter.organizationalUnitIds]);
    if (filter.accountAliasContains !== undefined) query = query.where(likeContains('account_name', filter.accountAliasContains));
    // Asset types are stored sorted, so an equal set is equal text.
    if (filter.servicesEq) query = query.where('asset_types', '=', JSON.stringify([...filter.servicesEq].sort()));
    for (const type of filter.servicesContain ?? []) query = query.where(likeContains('asset_types', `"${type}"`));
    const ordered = query.orderBy('seq', 'asc');
    return (limit === undefined ? ordered : ordered.limit(limit + 1).offset(offset)).execute();
  },

  targets: (db: Db, groupIds: readonly string[]) =>
    groupIds.length === 0 ? Promise.resolve([] as TargetRow[])
      : db.selectFrom('connection_group_targets').selectAll().where('group_id', 'in', [...groupIds])
        .orderBy('account_native_id').orderBy('aws_region').execute(),

  async upsertTarget(db: Db, row: Insertable<ConnectionGroupTargetsTable>): Promise<void> {
    await db.insertInto('connection_group_targets').values(row)
      .onConflict((oc) => oc.columns(['group_id', 'account_native_id', 'aws_region']).doUpdateSet({
        state: row.state, reason: row.reason ?? null, template_version: row.template_version, role_arn: row.role_arn ?? null,
        updated_at: row.updated_at,
        // A connection once made stays linked, whatever a later report of the target says.
        connection_id: sql`coalesce(${sql.ref('connection_group_targets.connection_id')}, ${row.connection_id ?? null})`,
      }))
      .execute();
  },

  async linkConnection(db: Db, groupId: string, accountNativeId: string, connectionId: number): Promise<void> {
    await db.updateTable('connection_group_targets').set({ connection_id: connectionId })
      .where('group_id', '=', groupId).where('account_native_id', '=', accountNativeId).execute();
  },

  /** Drops the reports of accounts and regions an applied update left out of the group (their connections stay). */
  async pruneTargets(db: Db, groupId: string, accounts: readonly string[], regions: readonly string[]): Promise<void> {
    await db.deleteFrom('connection_group_targets').where('group_id', '=', groupId)
      .where((eb) => eb.or([eb('account_native_id', 'not in', [...accounts]), eb('aws_region', 'not in', [...regions])]))
      .execute();
  },
};
