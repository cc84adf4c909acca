import type { Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { prepared } from '../../platform/db/prepared.ts';
import type { AccountsTable, ProjectsTable, ServiceAccountsTable, TenancyTables } from './tables.ts';

export type AccountRow = Selectable<AccountsTable>;
export type ProjectRow = Selectable<ProjectsTable>;
export type ServiceAccountRow = Selectable<ServiceAccountsTable>;
type Db = Executor<TenancyTables>;

// A service account's token is looked up on every request it makes: a point read by the token_hash index,
// compiled once (issue 19). No cache: a deleted token must stop working at once on every node.
const serviceAccountByHash = prepared((db: Db, v: { tokenHash: string }) =>
  db.selectFrom('service_accounts').selectAll().where('token_hash', '=', v.tokenHash));
const touchServiceAccount = prepared((db: Db, v: { id: number; at: number }) =>
  db.updateTable('service_accounts').set({ last_used_at: v.at }).where('id', '=', v.id));

export const tenancyRepo = {
  findAccount: (db: Db, id: number) => db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst(),
  findAccountByName: (db: Db, name: string) => db.selectFrom('accounts').selectAll().where('name', '=', name).executeTakeFirst(),
  findAccountByDomain: (db: Db, domainId: string) => db.selectFrom('accounts').selectAll().where('domain_id', '=', domainId).executeTakeFirst(),
  listAccounts: (db: Db, onlyId?: number) => {
    let query = db.selectFrom('accounts').selectAll().orderBy('id');
    if (onlyId !== undefined) query = query.where('id', '=', onlyId);
    return query.execute();
  },
  insertAccount: (db: Db, row: Omit<AccountRow, 'id'>) => db.insertInto('accounts').values(row).returningAll().executeTakeFirstOrThrow(),

  findProject: (db: Db, accountId: number, id: string) =>
    db.selectFrom('projects').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst(),
  listProjects: (db: Db, accountId: number) => db.selectFrom('projects').selectAll().where('account_id', '=', accountId).orderBy('id').execute(),
  insertProject: (db: Db, row: ProjectRow) => db.insertInto('projects').values(row).returningAll().executeTakeFirstOrThrow(),

  findServiceAccountByHash: (db: Db, tokenHash: string) => serviceAccountByHash.takeFirst(db, { tokenHash }),
  findServiceAccount: (db: Db, accountId: number, id: number) =>
    db.selectFrom('service_accounts').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst(),
  findServiceAccountByName: (db: Db, accountId: number, name: string) =>
    db.selectFrom('service_accounts').selectAll().where('account_id', '=', accountId).where('name', '=', name).executeTakeFirst(),
  listServiceAccounts: (db: Db, accountId: number) =>
    db.selectFrom('service_accounts').selectAll().where('account_id', '=', accountId).orderBy('id').execute(),
  insertServiceAccount: (db: Db, row: Omit<ServiceAccountRow, 'id'>) =>
    db.insertInto('service_accounts').values(row).returningAll().executeTakeFirstOrThrow(),
  deleteServiceAccount: (db: Db, accountId: number, id: number) =>
    db.deleteFrom('service_accounts').where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst(),
  touchServiceAccount: async (db: Db, id: number, at: number) => {
    await touchServiceAccount.affected(db, { id, at });
  },

  getSetting: async (db: Db, key: string) =>
    (await db.selectFrom('instance_settings').select('value').where('key', '=', key).executeTakeFirst())?.value,
  /** Writes the setting whether or not it exists (a restore's or a key rotation's key check). */
  putSetting: async (db: Db, key: string, value: string) => {
    await db.insertInto('instance_settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
  },
  /** True when this call wrote it (the winner of a race between nodes). */
  putSettingIfAbsent: async (db: Db, key: string, value: string) => {
    const result = await db.insertInto('instance_settings').values({ key, value }).onConflict((oc) => oc.doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  },
};
