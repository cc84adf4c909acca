import type { Insertable, Selectable } from 'kysely';
import type { Executor, Store } from '../../platform/db/database.ts';
import { answerBatch, type BatchWaiter } from '../../platform/db/answer-batch.ts';
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

type Event = Insertable<AuditEventsTable>;
type Waiting = BatchWaiter<Event, undefined>;

// Rows per statement: 16 columns a row stays inside SQLite's 32,766 parameters and PostgreSQL's 65,535.
const MAX_ROWS = 500;

/**
 * Events recorded in the same turn of the event loop (the writes whose requests arrived together) are written by
 * one statement, and each caller's promise settles when its row is written, so an event is still in the trail
 * before its request is answered. One event written alone per write request was its own commit: with 32 clients
 * writing, each commit wrote the audit table's and its indexes' pages again, and the commits' writes were where a
 * `PUT` stalled (`npm run bench -- http` with a statement timer, 2026-12-06: of 12,000 PUTs, 40 audit inserts and 45
 * commits took over 2 ms; issue 19's p99). A statement that fails is retried one event at a time, so one bad
 * event fails only its own caller.
 */
function batchedWriter(store: Store<AuditTables>) {
  let waiting: Waiting[] = [];
  let scheduled = false;

  async function insert(events: readonly Event[]): Promise<void> {
    if (events.length === 1) await insertEvent.execute(store.db, events[0]!, {});
    else await store.db.insertInto('audit_events').values(events as Event[]).execute();
  }

  /** Events with the same columns share a statement (a multi-row VALUES has one column list). */
  function groups(batch: readonly Waiting[]): Waiting[][] {
    const byColumns = new Map<string, Waiting[]>();
    for (const entry of batch) {
      const key = Object.keys(entry.item).filter((column) => entry.item[column as keyof Event] !== undefined).sort().join(',');
      let group = byColumns.get(key);
      if (!group) byColumns.set(key, (group = []));
      group.push(entry);
    }
    return [...byColumns.values()];
  }

  async function flush(): Promise<void> {
    scheduled = false;
    const batch = waiting;
    waiting = [];
    for (const group of groups(batch)) {
      for (let first = 0; first < group.length; first += MAX_ROWS) {
        await answerBatch(group.slice(first, first + MAX_ROWS), async (events) => {
          await insert(events);
          return events.map(() => undefined);
        });
      }
    }
  }

  return (event: Event): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ item: event, resolve: () => resolve(), reject });
      if (scheduled) return;
      scheduled = true;
      // After the callbacks of this turn's I/O (the other requests that arrived with this one) have run.
      setImmediate(() => void flush());
    });
}

export function createAuditService({ store }: { store: Store<AuditTables> }) {
  const write = batchedWriter(store);
  return {
    /** Appends one event: who did what, to what, when, and how it ended. Settles once the event is written. */
    async record(event: Insertable<AuditEventsTable>): Promise<void> {
      await write(event);
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
