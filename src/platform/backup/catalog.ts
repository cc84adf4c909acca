import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import type { DialectName } from '../db/database.ts';

/**
 * The catalog as logical rows, dialect-neutral: every table of the database but the migrator's own, each
 * with its column names and its rows as arrays of JSON values (Lifeboat's columns are text, integer and
 * bigint only, so a value is a string, a number or null on both databases).
 */
export interface CatalogTable {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

export type CatalogValue = string | number | null;

/** The migrator's bookkeeping: its rows are the schema version, carried apart from the data. */
const MIGRATOR_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);
/**
 * The scheduled catalog backups' claims and outcomes: this instance's own record of its backups, not catalog. Not
 * carried (the archive being made would carry its own unfinished claim, and a restored instance's backup history
 * starts with its first backup), never counted as rows that make a database non-empty, dropped by `restore --force`.
 */
const BACKUP_BOOKKEEPING = new Set(['catalog_backups']);

const quote = (name: string) => sql.id(name);
/** A quoted identifier, for statement text built by hand (the same on both dialects). */
const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The names of the database's tables (on PostgreSQL, those of the connection's current schema), bookkeeping excluded. */
export async function tableNames(db: Kysely<any> | Transaction<any>, dialect: DialectName): Promise<string[]> {
  return (await allTableNames(db, dialect)).filter((name) => !BACKUP_BOOKKEEPING.has(name));
}

/** Every table but the migrator's. */
async function allTableNames(db: Kysely<any> | Transaction<any>, dialect: DialectName): Promise<string[]> {
  const { rows } = dialect === 'sqlite'
    ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db)
    : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return rows.map((r) => r.name).filter((name) => !MIGRATOR_TABLES.has(name));
}

/** The applied migrations' names, in order: the schema version. Empty for a database never migrated. */
export async function appliedMigrations(db: Kysely<any> | Transaction<any>, dialect: DialectName): Promise<string[]> {
  const all = dialect === 'sqlite'
    ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db)).rows
    : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_name = 'kysely_migration'`.execute(db)).rows;
  if (all.length === 0) return [];
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}

function jsonValue(table: string, column: string, value: unknown): string | number | null {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw new Error(`${table}.${column} holds a ${value?.constructor?.name ?? typeof value}, which a catalog backup cannot carry`);
}

/** Rows per page of a table read: what a backup holds in memory at once. */
export const READ_PAGE = 2000;

/**
 * A table's rows, a page at a time, as arrays of JSON values in the order of `columns`. Call inside one transaction
 * for a consistent snapshot: on SQLite the pages follow the rowid (keyset), on PostgreSQL a cursor declared in the
 * transaction.
 */
export async function* readTablePages(db: Transaction<any>, dialect: DialectName, table: string, columns: readonly string[], pageSize = READ_PAGE): AsyncGenerator<Array<Array<string | number | null>>> {
  const shape = (rows: Array<Record<string, unknown>>) => rows.map((row) => columns.map((column) => jsonValue(table, column, row[column])));
  if (dialect === 'sqlite') {
    const { rows: withoutRowid } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = ${table} and sql like '%without rowid%'`.execute(db);
    if (withoutRowid.length > 0) throw new Error(`${table} is a WITHOUT ROWID table, which a catalog backup cannot page through`);
    for (let after: number | undefined; ;) {
      const { rows } = await sql<Record<string, unknown>>`select rowid as "lifeboat_backup_rowid", * from ${quote(table)}
        where ${after === undefined ? sql`1 = 1` : sql`rowid > ${after}`} order by rowid limit ${pageSize}`.execute(db);
      if (rows.length === 0) return;
      yield shape(rows);
      if (rows.length < pageSize) return;
      after = Number(rows.at(-1)!.lifeboat_backup_rowid);
    }
  }
  await sql`declare lifeboat_backup_rows no scroll cursor for select * from ${quote(table)}`.execute(db);
  try {
    for (;;) {
      const { rows } = await sql<Record<string, unknown>>`fetch forward ${sql.raw(String(pageSize))} from lifeboat_backup_rows`.execute(db);
      if (rows.length === 0) return;
      yield shape(rows);
      if (rows.length < pageSize) return;
    }
  } finally {
    await sql`close lifeboat_backup_rows`.execute(db);
  }
}

/** The column names of a table, in their order. */
export async function columnNames(db: Kysely<any> | Transaction<any>, dialect: DialectName, table: string): Promise<string[]> {
  const { rows } = dialect === 'sqlite'
    ? await sql<{ name: string }>`select name from pragma_table_info(${table}) order by cid`.execute(db)
    : await sql<{ name: string }>`select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(db);
  return rows.map((r) => r.name);
}

/** The text columns of a table (where sealed secrets can be). */
export async function textColumns(db: Kysely<any> | Transaction<any>, dialect: DialectName, table: string): Promise<string[]> {
  const { rows } = dialect === 'sqlite'
    ? await sql<{ name: string; type: string }>`select name, type from pragma_table_info(${table})`.execute(db)
    : await sql<{ name: string; type: string }>`select column_name as name, data_type as type from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(db);
  return rows.filter((r) => /text|char|clob/i.test(r.type)).map((r) => r.name);
}

/** Foreign-key edges child -> parent of the database's tables. */
async function foreignKeys(db: Kysely<any> | Transaction<any>, dialect: DialectName, tables: readonly string[]): Promise<Array<[string, string]>> {
  if (dialect === 'sqlite') {
    const edges: Array<[string, string]> = [];
    for (const table of tables) {
      const { rows } = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${table})`.execute(db);
      for (const row of rows) edges.push([table, row.table]);
    }
    return edges;
  }
  const { rows } = await sql<{ child: string; parent: string }>`
    select c.relname as child, p.relname as parent from pg_constraint k
      join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    where k.contype = 'f' and c.relnamespace = current_schema()::regnamespace`.execute(db);
  return rows.map((r) => [r.child, r.parent]);
}

/** The tables ordered parents first, so rows can be inserted without breaking a foreign key (deleted in reverse). */
export async function insertOrder(db: Kysely<any> | Transaction<any>, dialect: DialectName, tables: readonly string[]): Promise<string[]> {
  const edges = await foreignKeys(db, dialect, tables);
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const [child, parent] of edges) if (child === table && parent !== table) visit(parent);
    visiting.delete(table);
    ordered.push(table);
  };
  for (const table of [...tables].sort()) visit(table);
  return ordered.filter((t) => tables.includes(t));
}

/** Row counts per table (migrator's excluded). */
export async function rowCounts(db: Kysely<any> | Transaction<any>, dialect: DialectName): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await tableNames(db, dialect)) {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${quote(name)}`.execute(db);
    counts[name] = Number(rows[0]!.n);
  }
  return counts;
}

/** Drops every table of the database (the migrator's too): what `restore --force` starts from. */
export async function dropAllTables(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const tables = [...(await allTableNames(db, dialect)), ...MIGRATOR_TABLES];
  if (dialect === 'postgres') {
    await db.transaction().execute(async (trx) => {
      for (const table of tables) await sql`drop table if exists ${quote(table)} cascade`.execute(trx);
      // The functions migrations made (triggers' bodies) go too, or the migrations that make them would fail.
      const { rows } = await sql<{ signature: string }>`select p.oid::regprocedure::text as signature from pg_proc p
        where p.pronamespace = current_schema()::regnamespace`.execute(trx);
      for (const { signature } of rows) await sql`drop function if exists ${sql.raw(signature)} cascade`.execute(trx);
    });
    return;
  }
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      for (const table of tables) await sql`drop table if exists ${quote(table)}`.execute(trx);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

/** Most bound parameters in one INSERT (SQLite allows 32766, PostgreSQL 65535). */
const MAX_PARAMETERS = 30_000;
/** Most rows in one INSERT: what a restore holds in memory at once. */
const MAX_ROWS_PER_INSERT = 1000;

/**
 * Writes an archive's tables into a target inside the caller's transaction, a batch of rows at a time, parents first:
 * `begin` empties every table of the target (the rows migrations seed), `table` starts a table (refused if the target
 * lacks it, or if a table it references is still to come), `rows` inserts, `finish` moves PostgreSQL's sequences past
 * the restored ids. Columns the archive lacks take their defaults.
 */
export class CatalogWriter {
  private present = new Set<string>();
  private edges: Array<[string, string]> = [];
  private done = new Set<string>();
  private current: { name: string; columns: readonly string[]; perInsert: number; statements: Map<number, string> } | undefined;

  constructor(private readonly trx: Transaction<any>, private readonly dialect: DialectName) {}

  /**
   * Empties the target; `expected` are the tables the archive holds (their parents must come before them). Returns
   * the target's tables parents first (the order an archive read whole is written in).
   */
  async begin(expected: readonly string[]): Promise<string[]> {
    const present = await tableNames(this.trx, this.dialect);
    this.present = new Set(present);
    for (const name of expected) {
      if (!this.present.has(name)) throw new Error(`the archive has a table "${name}" that the restored schema lacks`);
    }
    this.edges = (await foreignKeys(this.trx, this.dialect, present)).filter(([child, parent]) => child !== parent && expected.includes(parent));
    const order = await insertOrder(this.trx, this.dialect, present);
    for (const name of [...order].reverse()) await sql`delete from ${quote(name)}`.execute(this.trx);
    return order;
  }

  async table(name: string, columns: readonly string[]): Promise<void> {
    if (!this.present.has(name)) throw new Error(`the archive has a table "${name}" that the restored schema lacks`);
    const waiting = this.edges.find(([child, parent]) => child === name && !this.done.has(parent));
    if (waiting) throw new Error(`the archive holds ${name} before ${waiting[1]}, which it references`);
    const known = new Set(await columnNames(this.trx, this.dialect, name));
    const unknown = columns.find((column) => !known.has(column));
    if (unknown !== undefined) throw new Error(`the archive has a column "${name}.${unknown}" that the restored schema lacks`);
    this.done.add(name);
    const perInsert = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / Math.max(1, columns.length))));
    this.current = { name, columns, perInsert, statements: new Map() };
  }

  async rows(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Promise<void> {
    const table = this.current;
    if (!table) throw new Error('rows before their table');
    for (let start = 0; start < rows.length; start += table.perInsert) {
      const batch = rows.slice(start, start + table.perInsert);
      // The statement's text depends only on the table and the batch's size: built once, its values bound flat.
      let text = table.statements.get(batch.length);
      if (text === undefined) {
        const width = table.columns.length;
        const tuple = (row: number) => `(${table.columns.map((_, i) => (this.dialect === 'postgres' ? `$${row * width + i + 1}` : '?')).join(', ')})`;
        text = `insert into ${identifier(table.name)} (${table.columns.map(identifier).join(', ')}) values ${batch.map((_, row) => tuple(row)).join(', ')}`;
        table.statements.set(batch.length, text);
      }
      await this.trx.executeQuery(CompiledQuery.raw(text, batch.flat()));
    }
  }

  async finish(): Promise<void> {
    if (this.dialect !== 'postgres') return;
    const { rows } = await sql<{ table: string; column: string }>`
      select table_name as table, column_name as column from information_schema.columns
      where table_schema = current_schema() and column_default like 'nextval(%'`.execute(this.trx);
    for (const { table, column } of rows) {
      await sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce((select max(${quote(column)}) from ${quote(table)}), 0) + 1, false)`.execute(this.trx);
    }
  }
}
