import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { ilikeContains } from '../../platform/db/like.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import type { PoliciesDb } from './store-types.ts';
import type { PolicyTemplatesTable, ProtectionPoliciesTable } from './tables.ts';

export type TemplateRow = Selectable<PolicyTemplatesTable>;
export type PolicyRow = Selectable<ProtectionPoliciesTable>;
/** A policy with its template's schedule columns (t_…, null for an inline schedule): what it takes to present it. */
export type PolicyView = PolicyRow & {
  t_frequency_type: string | null;
  t_frequency_details: string | null;
  t_cron_expression: string | null;
  t_time_zone: string | null;
  t_retention_count: number | null;
  t_replica_retention_count: number | null;
};
type Db = Executor<PoliciesDb>;

export interface TemplateListQuery {
  readonly accountId: number;
  readonly projectId: string;
  readonly name?: string;
  readonly frequencyTypes?: readonly string[];
  readonly condition: 'and' | 'or';
  readonly sortBy: 'name' | 'created_at';
  readonly sortOrder: 'asc' | 'desc';
}

export interface PolicyListQuery {
  readonly accountId: number;
  readonly projectId: string;
  readonly assemblyId: number;
  readonly name?: string;
  readonly statuses?: readonly string[];
  readonly condition: 'and' | 'or';
  readonly sortBy: 'name' | 'created_at';
  readonly sortOrder: 'asc' | 'desc';
}

export const templatesRepo = {
  insert: (db: Db, row: Insertable<PolicyTemplatesTable>) => db.insertInto('policy_templates').values(row).returningAll().executeTakeFirstOrThrow(),

  find: (db: Db, accountId: number, projectId: string, id: number) =>
    db.selectFrom('policy_templates').selectAll()
      .where('id', '=', id).where('account_id', '=', accountId).where('project_id', '=', projectId).executeTakeFirst(),

  nameTaken: async (db: Db, accountId: number, projectId: string, name: string, exceptId?: number) => {
    let query = db.selectFrom('policy_templates').select('id').where('account_id', '=', accountId).where('project_id', '=', projectId).where('name', '=', name);
    if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  },

  /** Applies the patch only if the row is still at `version`; undefined when it moved on. */
  updateIfVersion: (db: Db, id: number, version: number, patch: Updateable<PolicyTemplatesTable>) =>
    db.updateTable('policy_templates').set({ ...patch, version: version + 1 })
      .where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst(),

  /** Deletes the row if it is still at `version`; false when it moved on. */
  deleteIfVersion: async (db: Db, id: number, version: number) =>
    Number((await db.deleteFrom('policy_templates').where('id', '=', id).where('version', '=', version).executeTakeFirst()).numDeletedRows) === 1,

  async list(db: Db, query: TemplateListQuery, range: ItemRange): Promise<{ rows: TemplateRow[]; total: number }> {
    let base = db.selectFrom('policy_templates').where('account_id', '=', query.accountId).where('project_id', '=', query.projectId);
    if (query.name || query.frequencyTypes?.length) {
      base = base.where((eb) => {
        const filters = [];
        if (query.name) filters.push(ilikeContains('name', query.name));
        if (query.frequencyTypes?.length) filters.push(eb('frequency_type', 'in', [...query.frequencyTypes]));
        return query.condition === 'or' ? eb.or(filters) : eb.and(filters);
      });
    }
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy(query.sortBy, query.sortOrder).orderBy('id', query.sortOrder).limit(range.limit).offset(range.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },
};

/** Policies joined to their template's schedule. */
function policyViews(db: Db) {
  return db.selectFrom('protection_policies as p')
    .leftJoin('policy_templates as t', 't.id', 'p.template_id')
    .selectAll('p')
    .select([
      't.frequency_type as t_frequency_type', 't.frequency_details as t_frequency_details', 't.cron_expression as t_cron_expression',
      't.time_zone as t_time_zone', 't.retention_count as t_retention_count', 't.replica_retention_count as t_replica_retention_count',
    ]);
}

export const policiesRepo = {
  insert: (db: Db, row: Insertable<ProtectionPoliciesTable>) => db.insertInto('protection_policies').values(row).returning('id').executeTakeFirstOrThrow(),

  /** The policy as its account, project and assembly see it. */
  find: (db: Db, ref: { accountId: number; projectId: string; assemblyId: number; id: number }): Promise<PolicyView | undefined> =>
    policyViews(db).where('p.id', '=', ref.id).where('p.account_id', '=', ref.accountId).where('p.project_id', '=', ref.projectId)
      .where('p.assembly_id', '=', ref.assemblyId).executeTakeFirst(),

  findById: (db: Db, id: number): Promise<PolicyView | undefined> => policyViews(db).where('p.id', '=', id).executeTakeFirst(),

  nameTaken: async (db: Db, accountId: number, projectId: string, name: string, exceptId?: number) => {
    let query = db.selectFrom('protection_policies').select('id').where('account_id', '=', accountId).where('project_id', '=', projectId).where('name', '=', name);
    if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  },

  /** The assembly's enabled policy other than `exceptId`, if any. */
  enabledOn: (db: Db, assemblyId: number, exceptId?: number) => {
    let query = db.selectFrom('protection_policies').select(['id', 'name']).where('assembly_id', '=', assemblyId).where('status', '=', 'enabled');
    if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
    return query.executeTakeFirst();
  },

  updateIfVersion: async (db: Db, id: number, version: number, patch: Updateable<ProtectionPoliciesTable>) =>
    Number((await db.updateTable('protection_policies').set({ ...patch, version: version + 1 })
      .where('id', '=', id).where('version', '=', version).executeTakeFirst()).numUpdatedRows) === 1,

  deleteIfVersion: async (db: Db, id: number, version: number) =>
    Number((await db.deleteFrom('protection_policies').where('id', '=', id).where('version', '=', version).executeTakeFirst()).numDeletedRows) === 1,

  /** The policy whose retention an assembly's protections follow: its enabled one, else its most recent one. */
  retentionSource: (db: Db, assemblyId: number): Promise<PolicyView | undefined> =>
    policyViews(db).where('p.assembly_id', '=', assemblyId)
      .orderBy(sql`case when p.status = 'enabled' then 0 else 1 end`).orderBy('p.id', 'desc').limit(1).executeTakeFirst(),

  /** Ids of the policies that use a template (what holds it back from deletion). */
  usingTemplate: (db: Db, templateId: number) =>
    db.selectFrom('protection_policies').select('id').where('template_id', '=', templateId).orderBy('id').execute(),

  async list(db: Db, query: PolicyListQuery, range: ItemRange): Promise<{ rows: PolicyView[]; total: number }> {
    let base = policyViews(db).where('p.account_id', '=', query.accountId).where('p.project_id', '=', query.projectId)
      .where('p.assembly_id', '=', query.assemblyId);
    if (query.name || query.statuses?.length) {
      base = base.where((eb) => {
        const filters = [];
        if (query.name) filters.push(ilikeContains('p.name', query.name));
        if (query.statuses?.length) filters.push(eb('p.status', 'in', [...query.statuses]));
        return query.condition === 'or' ? eb.or(filters) : eb.and(filters);
      });
    }
    const [rows, count] = await Promise.all([
      base.orderBy(`p.${query.sortBy}`, query.sortOrder).orderBy('p.id', query.sortOrder).limit(range.limit).offset(range.offset).execute(),
      base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },

  /**
   * One page of the scheduler's candidates: enabled policies whose next slot has come (or was never computed), oldest
   * due first. Whether their assembly is enabled is the assemblies module's to say (scheduler.ts asks it).
   */
  due: (db: Db, now: number, limit: number, offset: number): Promise<PolicyView[]> =>
    policyViews(db)
      .where('p.status', '=', 'enabled')
      .where((eb) => eb.or([eb('p.next_slot_at', 'is', null), eb('p.next_slot_at', '<=', now)]))
      .orderBy('p.next_slot_at').orderBy('p.id').limit(limit).offset(offset).execute(),
};
