import type { Insertable, Selectable } from 'kysely';
import type { Executor, Store } from '../../platform/db/database.ts';
import { preparedByKeys } from '../../platform/db/prepared.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import type { AuditEventsTable, AuditTables } from './tables.ts';

export type AuditEventRow = Selectable<AuditEventsTable>;

export interface AuditQuery {
  readonly accountId: number;
  /** A project's events; undefined = every event of the account. */
  readonly projectId?: string;
  readonly action?: string;
  readonly result?: string;
  readonly actor?: string;
  readonly targetType?: string;
  readonly targetId?: string;
}

export type AuditService = ReturnType<typeof createAuditService>;

// Every write request appends one event: compiled once per set of columns (issue 19).
const insertEvent = preparedByKeys((db: Executor<AuditTables>, event: Insertable<AuditEventsTable>, _none: Record<string, never>) =>
  db.insertInto('audit_events').values(event));

export function createAuditService({ store }: { store: Store<AuditTables> }) {
  return {
    /** Appends one event: who did what, to what, when, and how it ended. */
    async record(event: Insertable<AuditEventsTable>): Promise<void> {
      await insertEvent.execute(store.db, event, {});
    },

    /** Newest first. */
    async list(query: AuditQuery, range: ItemRange): Promise<{ rows: AuditEventRow[]; total: number }> {
      let base = store.db.selectFrom('audit_events').where('account_id', '=', query.accountId);
      if (query.projectId !== undefined) base = base.where('project_id', '=', query.projectId);
      if (query.action) base = base.where('action', '=', query.action);
      if (query.result) base = base.where('result', '=', query.result);
      if (query.actor) base = base.where('actor', '=', query.actor);
      if (query.targetType) base = base.where('target_type', '=', query.targetType);
      if (query.targetId) base = base.where('target_id', '=', query.targetId);
      const [rows, count] = await Promise.all([
        base.selectAll().orderBy('id', 'desc').limit(range.limit).offset(range.offset).execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },
  };
}
