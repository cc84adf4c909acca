import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ItemRange } from '../../platform/http/range.ts';
import type { Schedule } from '../policies/index.ts';
import type { Executor } from './store-types.ts';
import { OPEN_RUN_STATUSES, type DrillPoliciesTable, type DrillRunsTable } from './tables.ts';
import type { DrillRecovery } from './schemas.ts';

type PolicyRecord = Selectable<DrillPoliciesTable>;
/** A drill policy with its JSON columns read. */
export type DrillPolicyRow = Omit<PolicyRecord, 'frequency_details' | 'recovery'> & { schedule: Schedule; recovery: DrillRecovery };
export type DrillRunRow = Selectable<DrillRunsTable>;
export type DrillPolicyPatch = Updateable<DrillPoliciesTable>;
export type DrillRunPatch = Updateable<DrillRunsTable>;

export interface DrillPolicyRef {
  readonly accountId: number;
  readonly projectId: string;
  readonly assemblyId: number;
  readonly id: number;
}

function decode(row: PolicyRecord): DrillPolicyRow {
  const { frequency_details, recovery, ...rest } = row;
  return {
    ...rest,
    schedule: {
      frequencyType: row.frequency_type as Schedule['frequencyType'], frequencyDetails: JSON.parse(frequency_details) as Schedule['frequencyDetails'],
      cronExpression: row.cron_expression, timeZone: row.time_zone,
    },
    recovery: JSON.parse(recovery) as DrillRecovery,
  };
}

const page = (range: ItemRange) => ({ limit: range.limit, offset: range.offset });

export const drillPoliciesRepo = {
  insert: async (db: Executor, row: Insertable<DrillPoliciesTable>) =>
    decode(await db.insertInto('drill_policies').values(row).returningAll().executeTakeFirstOrThrow()),

  /** The policy as its account, project and assembly see it. */
  find: async (db: Executor, ref: DrillPolicyRef) => {
    const row = await db.selectFrom('drill_policies').selectAll().where('id', '=', ref.id).where('account_id', '=', ref.accountId)
      .where('project_id', '=', ref.projectId).where('assembly_id', '=', ref.assemblyId).executeTakeFirst();
    return row && decode(row);
  },

  findById: async (db: Executor, id: number) => {
    const row = await db.selectFrom('drill_policies').selectAll().where('id', '=', id).executeTakeFirst();
    return row && decode(row);
  },

  nameTaken: async (db: Executor, accountId: number, projectId: string, name: string, exceptId?: number) => {
    let query = db.selectFrom('drill_policies').select('id').where('account_id', '=', accountId).where('project_id', '=', projectId).where('name', '=', name);
    if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  },

  /** Applies the patch only if the row is still at `version`; undefined when it moved on. */
  updateIfVersion: async (db: Executor, id: number, version: number, patch: DrillPolicyPatch) => {
    const row = await db.updateTable('drill_policies').set({ ...patch, version: version + 1 })
      .where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst();
    return row && decode(row);
  },

  deleteIfVersion: async (db: Executor, id: number, version: number) =>
    Number((await db.deleteFrom('drill_policies').where('id', '=', id).where('version', '=', version).executeTakeFirst()).numDeletedRows) === 1,

  async list(db: Executor, scope: { accountId: number; projectId: string; assemblyId: number }, range: ItemRange) {
    const base = db.selectFrom('drill_policies').where('account_id', '=', scope.accountId).where('project_id', '=', scope.projectId)
      .where('assembly_id', '=', scope.assemblyId);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('id').limit(page(range).limit).offset(page(range).offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows: rows.map(decode), total: Number(count.n) };
  },

  /** Enabled policies whose next slot has come, oldest due first. */
  due: async (db: Executor, now: number, limit: number) =>
    (await db.selectFrom('drill_policies').selectAll().where('status', '=', 'enabled').where('next_slot_at', '<=', now)
      .orderBy('next_slot_at').orderBy('id').limit(limit).execute()).map(decode),

  removeForAssembly: async (db: Executor, assemblyId: number) =>
    Number((await db.deleteFrom('drill_policies').where('assembly_id', '=', assemblyId).executeTakeFirst()).numDeletedRows),
};

export const drillRunsRepo = {
  insert: (db: Executor, row: Insertable<DrillRunsTable>) => db.insertInto('drill_runs').values(row).returningAll().executeTakeFirstOrThrow(),

  findById: (db: Executor, id: number) => db.selectFrom('drill_runs').selectAll().where('id', '=', id).executeTakeFirst(),

  updateIfVersion: (db: Executor, id: number, version: number, patch: DrillRunPatch) =>
    db.updateTable('drill_runs').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst(),

  /** A policy's runs, newest first. */
  async list(db: Executor, policyId: number, range: ItemRange) {
    const base = db.selectFrom('drill_runs').where('policy_id', '=', policyId);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('id', 'desc').limit(range.limit).offset(range.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },

  /** Runs still waiting on their recovery or its reset, oldest first. */
  open: (db: Executor, limit: number) =>
    db.selectFrom('drill_runs').select('id').where('status', 'in', [...OPEN_RUN_STATUSES]).orderBy('id').limit(limit).execute(),
};
