import type { Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { ValidationError } from '../../platform/errors.ts';
import type { CcBandwidthPackagesTable, CcCloudConnectionsTable, CcInterRegionBandwidthsTable, CcNetworkInstancesTable, NetworkTables } from './tables.ts';

export type CloudConnectionRow = Selectable<CcCloudConnectionsTable>;
export type NetworkInstanceRow = Selectable<CcNetworkInstancesTable>;
export type BandwidthPackageRow = Selectable<CcBandwidthPackagesTable>;
export type InterRegionBandwidthRow = Selectable<CcInterRegionBandwidthsTable>;
export type NetworkTable = keyof NetworkTables;
type Db = Executor<NetworkTables>;
// The helpers below work on any of the four tables; Kysely cannot type a table chosen at run time, so
// they query through an untyped view and the callers name the row type.
type AnyDb = Executor<any>;

export interface PageQuery {
  readonly accountId: number;
  /** null = every project of the account. */
  readonly projects: readonly string[] | null;
  /** Column → accepted values (a value list matches any of them; lists combine with AND). */
  readonly filters: Readonly<Record<string, readonly string[] | undefined>>;
  readonly limit: number;
  readonly marker?: string;
  /** Page backwards from the marker. */
  readonly reverse?: boolean;
}

export interface Page<Row> {
  readonly rows: Row[];
  readonly nextMarker: string | undefined;
  readonly previousMarker: string | undefined;
}

export const networkRepo = {
  find: <Row>(db: Db, table: NetworkTable, accountId: number, id: string): Promise<Row | undefined> =>
    (db as AnyDb).selectFrom(table).selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst() as Promise<Row | undefined>,

  /**
   * Locks the row for the rest of the transaction (an update that changes nothing) and reads it. Every
   * check-then-write that guards an invariant across rows (CIDRs, bandwidth sums, what is attached) takes
   * its row locks this way, always the cloud connection before a bandwidth package, so concurrent writers
   * queue instead of both passing the check. SQLite runs one transaction at a time anyway.
   */
  async lock<Row>(db: Db, table: NetworkTable, accountId: number, id: string): Promise<Row | undefined> {
    await (db as AnyDb).updateTable(table).set((eb: any) => ({ version: eb.ref('version') }))
      .where('account_id', '=', accountId).where('id', '=', id).execute();
    return networkRepo.find<Row>(db, table, accountId, id);
  },

  insert: <Row>(db: Db, table: NetworkTable, row: Record<string, unknown>): Promise<Row> =>
    (db as AnyDb).insertInto(table).values(row).returningAll().executeTakeFirstOrThrow() as Promise<Row>,

  /**
   * Writes the patch and bumps the version; the caller holds the row's lock. A patch that changes nothing but
   * updated_at writes nothing: the row, its ETag and its updated_at stay as they were (a PUT of the same values).
   */
  async update<Row>(db: Db, table: NetworkTable, row: { id: string; version: number }, patch: Record<string, unknown>): Promise<Row> {
    const current = row as unknown as Record<string, unknown>;
    if (Object.entries(patch).every(([column, value]) => column === 'updated_at' || sameValue(current[column], value))) return row as Row;
    return (db as AnyDb).updateTable(table).set({ ...patch, version: row.version + 1 }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow() as Promise<Row>;
  },

  async remove(db: Db, table: NetworkTable, id: string): Promise<void> {
    await (db as AnyDb).deleteFrom(table).where('id', '=', id).execute();
  },

  /** One page in `seq` order, forward from the marker or (reverse) backward to it, with the markers either way. */
  async page<Row extends { id: string; seq: number }>(db: Db, table: NetworkTable, query: PageQuery): Promise<Page<Row>> {
    let base = (db as AnyDb).selectFrom(table).where('account_id', '=', query.accountId);
    if (query.projects) base = query.projects.length ? base.where('lb_project_id', 'in', [...query.projects]) : base.where('seq', '<', 0);
    for (const [column, values] of Object.entries(query.filters)) if (values?.length) base = base.where(column, 'in', [...values]);
    let markerSeq: number | undefined;
    if (query.marker !== undefined) {
      const found = await (db as AnyDb).selectFrom(table).select('seq').where('account_id', '=', query.accountId).where('id', '=', query.marker).executeTakeFirst();
      if (!found) throw new ValidationError({ marker: 'names no resource of this list' });
      markerSeq = Number(found.seq);
    }
    const reverse = query.reverse === true && markerSeq !== undefined;
    let select = base.selectAll();
    if (markerSeq !== undefined) select = select.where('seq', reverse ? '<' : '>', markerSeq);
    const fetched = (await select.orderBy('seq', reverse ? 'desc' : 'asc').limit(query.limit + 1).execute()) as Row[];
    const more = fetched.length > query.limit;
    const rows = fetched.slice(0, query.limit);
    if (reverse) rows.reverse();
    const first = rows[0];
    const last = rows[rows.length - 1];
    // Forward: more after the page when one extra row came; before it when a marker was given. Backward: mirrored.
    const hasNext = reverse ? true : more;
    const hasPrevious = reverse ? more : markerSeq !== undefined;
    return {
      rows,
      nextMarker: hasNext && last ? last.id : undefined,
      previousMarker: hasPrevious && first ? first.id : undefined,
    };
  },

  /** How many rows of `table` point at each of the cloud connections (by `column`). */
  async countBy(db: Db, table: NetworkTable, column: string, connectionIds: readonly string[]): Promise<Map<string, number>> {
    if (!connectionIds.length) return new Map();
    const rows = (await (db as AnyDb).selectFrom(table)
      .select([`${column} as key`, (eb: any) => eb.fn.countAll().as('n')]).where(column, 'in', [...connectionIds]).groupBy(column).execute()) as unknown as Array<{ key: string; n: number | string }>;
    return new Map(rows.map((r) => [r.key, Number(r.n)]));
  },
};

/** Equal as stored: PostgreSQL hands bigints back as strings, so a number and its digits are the same value. */
function sameValue(stored: unknown, given: unknown): boolean {
  if (stored === given) return true;
  const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number';
  return scalar(stored) && scalar(given) && String(stored) === String(given);
}
