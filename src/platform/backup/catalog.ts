import { sql, type Kysely, type Transaction } from 'kysely';
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

/** The migrator's bookkeeping: its rows are the schema version, carried apart from the data. */
const MIGRATOR_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);
/**
 * The scheduled catalog backups' claims and outcomes: this instance's own record of its backups, not catalog. Not
 * carried (the archive being made would carry its own unfinished claim, and a restored instance's backup history
 * starts with its first backup), never counted as rows that make a database non-empty, dropped by `restore --force`.
 */
const BACKUP_BOOKKEEPING = new Set(['catalog_backups']);

const quote = (name: string) => sql.id(name);

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

/** Reads every table whole; call inside one transaction for a consistent snapshot. */
export async function readTables(db: Transaction<any>, dialect: DialectName): Promise<CatalogTable[]> {
  const tables: CatalogTable[] = [];
  for (const name of await tableNames(db, dialect)) {
    const columns = await columnNames(db, dialect, name);
    const { rows } = await sql<Record<string, unknown>>`select * from ${quote(name)}`.execute(db);
    tables.push({ name, columns, rows: rows.map((row) => columns.map((column) => jsonValue(name, column, row[column]))) });
  }
  return tables;
}

async function columnNames(db: Kysely<any> | Transaction<any>, dialect: DialectName, table: string): Promise<string[]> {
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

/**
 * Inside the caller's transaction: empties every table of the archive (the rows migrations seed) and inserts
 * the archive's rows, parents first. Columns the target does not have are refused; columns the archive lacks
 * take their defaults. On PostgreSQL each serial column's sequence is moved past the restored ids.
 */
export async function writeTables(trx: Transaction<any>, dialect: DialectName, tables: readonly CatalogTable[]): Promise<void> {
  const present = await tableNames(trx, dialect);
  const byName = new Map(tables.map((t) => [t.name, t]));
  for (const table of tables) {
    if (!present.includes(table.name)) throw new Error(`the archive has a table "${table.name}" that the restored schema lacks`);
  }
  const order = await insertOrder(trx, dialect, present);
  for (const name of [...order].reverse()) await sql`delete from ${quote(name)}`.execute(trx);
  for (const name of order) {
    const table = byName.get(name);
    if (!table || table.rows.length === 0) continue;
    const perInsert = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, table.columns.length)));
    for (let start = 0; start < table.rows.length; start += perInsert) {
      const batch = table.rows.slice(start, start + perInsert);
      const values = sql.join(batch.map((row) => sql`(${sql.join(row.map((value) => sql`${value}`))})`));
      await sql`insert into ${quote(name)} (${sql.join(table.columns.map((c) => quote(c)))}) values ${values}`.execute(trx);
    }
  }
  if (dialect === 'postgres') {
    const { rows } = await sql<{ table: string; column: string }>`
      select table_name as table, column_name as column from information_schema.columns
      where table_schema = current_schema() and column_default like 'nextval(%'`.execute(trx);
    for (const { table, column } of rows) {
      await sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce((select max(${quote(column)}) from ${quote(table)}), 0) + 1, false)`.execute(trx);
    }
  }
}
