import { StringDecoder } from 'node:string_decoder';
import type { Transaction } from 'kysely';
import type { DialectName } from '../db/database.ts';
import { BackupError } from './archive-keys.ts';
import { columnNames, insertOrder, readTablePages, tableNames, type CatalogTable, type CatalogValue } from './catalog.ts';

/**
 * The payload of a version 3 archive: the catalog as newline-delimited JSON, written and read a line at a time.
 *
 *   {"format":"lifeboat-catalog","version":2,"createdAt":…,"sourceDialect":…,"schemaVersion":[…],"masterKey"?:…}
 *   {"table":"accounts","columns":["id","name",…]}          one per table, parents before the tables that reference them
 *   [1,"acme",…]                                             one per row of that table, values in the columns' order
 *   …
 *   {"manifest":{"accounts":1,…}}                            last: the rows per table, checked against the lines
 *
 * (Payload version 1 was one JSON document, in the archives of versions 1 and 2.)
 */
export interface CatalogMeta {
  readonly format: 'lifeboat-catalog';
  readonly version: 1 | 2;
  readonly createdAt: string;
  readonly sourceDialect: DialectName;
  /** The names of the migrations applied to the source: the schema version. */
  readonly schemaVersion: readonly string[];
  /** The source's master key (hex), only in an archive sealed with a passphrase: so that it alone restores the secrets. */
  readonly masterKey?: string;
}

export type Manifest = Readonly<Record<string, number>>;

export type CatalogRecord =
  | { readonly kind: 'meta'; readonly meta: CatalogMeta }
  | { readonly kind: 'table'; readonly name: string; readonly columns: readonly string[] }
  | { readonly kind: 'rows'; readonly rows: ReadonlyArray<readonly CatalogValue[]> }
  | { readonly kind: 'manifest'; readonly manifest: Manifest };

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

/**
 * The payload's lines for a snapshot: call inside the read transaction. Pages of rows are read as the lines are
 * pulled; `manifest` is filled in as the tables are read.
 */
export async function* catalogLines(trx: Transaction<any>, dialect: DialectName, meta: CatalogMeta, manifest: Record<string, number>): AsyncGenerator<string> {
  yield line(meta);
  const names = await tableNames(trx, dialect);
  for (const name of await insertOrder(trx, dialect, names)) {
    const columns = await columnNames(trx, dialect, name);
    yield line({ table: name, columns });
    let count = 0;
    for await (const page of readTablePages(trx, dialect, name, columns)) {
      count += page.length;
      yield page.map(line).join('');
    }
    manifest[name] = count;
  }
  yield line({ manifest });
}

function isMeta(value: unknown): value is CatalogMeta {
  const m = value as Partial<CatalogMeta> | null;
  return !!m && m.format === 'lifeboat-catalog' && (m.version === 1 || m.version === 2) && typeof m.createdAt === 'string'
    && (m.sourceDialect === 'sqlite' || m.sourceDialect === 'postgres')
    && Array.isArray(m.schemaVersion) && m.schemaVersion.length > 0 && m.schemaVersion.every((n) => typeof n === 'string')
    && (m.masterKey === undefined || (typeof m.masterKey === 'string' && /^[0-9a-f]{64}$/.test(m.masterKey)));
}

const isRow = (value: unknown, width: number): value is CatalogValue[] =>
  Array.isArray(value) && value.length === width && value.every((v) => v === null || typeof v === 'string' || typeof v === 'number');

const isManifest = (value: unknown): value is Record<string, number> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((n) => Number.isSafeInteger(n) && (n as number) >= 0);

const NOT_A_CATALOG = 'the archive authenticated but its payload is not a Lifeboat catalog (nothing was written)';
/** Rows given at once to the reader. */
const ROWS_PER_RECORD = 1000;

/**
 * Reads a payload's lines as records, checking their shape and order as it goes: the meta line first, each row as
 * wide as its table's columns, no table twice, the manifest last and equal to the rows read. A BackupError otherwise.
 */
export async function* readCatalogRecords(payload: AsyncIterable<Buffer>): AsyncGenerator<CatalogRecord> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let meta: CatalogMeta | undefined;
  let manifest: Manifest | undefined;
  let table: { name: string; width: number; count: number } | undefined;
  const counts = new Map<string, number>();
  let rows: CatalogValue[][] = [];
  const refuse = (why: string): never => {
    throw new BackupError(`the archive authenticated but its payload is not a Lifeboat catalog: ${why} (nothing was written)`);
  };
  function* take(text: string): Generator<CatalogRecord> {
    if (text === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      refuse('a line is not JSON');
    }
    if (manifest) refuse('lines after its manifest');
    if (!meta) {
      if (!isMeta(value)) refuse('its first line does not describe a catalog');
      meta = value as CatalogMeta;
      yield { kind: 'meta', meta };
      return;
    }
    if (Array.isArray(value)) {
      if (!table) refuse('a row before any table');
      if (!isRow(value, table!.width)) refuse(`a row of ${table!.name} is not ${table!.width} plain values`);
      rows.push(value as CatalogValue[]);
      table!.count++;
      if (rows.length >= ROWS_PER_RECORD) {
        yield { kind: 'rows', rows };
        rows = [];
      }
      return;
    }
    if (rows.length) {
      yield { kind: 'rows', rows };
      rows = [];
    }
    if (table) counts.set(table.name, table.count);
    table = undefined;
    const record = value as { table?: unknown; columns?: unknown; manifest?: unknown };
    if (typeof record.table === 'string') {
      if (!Array.isArray(record.columns) || record.columns.length === 0 || !record.columns.every((c) => typeof c === 'string')) refuse(`the columns of ${record.table} are not names`);
      if (counts.has(record.table)) refuse(`${record.table} appears twice`);
      table = { name: record.table, width: (record.columns as string[]).length, count: 0 };
      yield { kind: 'table', name: record.table, columns: record.columns as string[] };
      return;
    }
    if (!isManifest(record.manifest)) refuse('a line is neither a table, a row nor its manifest');
    manifest = record.manifest as Manifest;
    for (const [name, count] of counts) {
      if (manifest[name] !== count) throw new BackupError(`the archive's manifest says ${manifest[name]} rows in ${name} but it holds ${count} (nothing was written)`);
    }
    const missing = Object.keys(manifest).find((name) => !counts.has(name));
    if (missing) throw new BackupError(`the archive's manifest says ${manifest[missing]} rows in ${missing} but it holds no such table (nothing was written)`);
    yield { kind: 'manifest', manifest };
  }
  for await (const piece of payload) {
    const lines = (rest + decoder.write(piece)).split('\n');
    rest = lines.pop()!;
    for (const text of lines) yield* take(text);
  }
  yield* take(rest + decoder.end());
  if (!manifest) throw new BackupError(meta ? 'the archive authenticated but its payload ends before its manifest (nothing was written)' : NOT_A_CATALOG);
}

/** The records of a payload read whole (archive versions 1 and 2), the tables in `order` (parents first). */
export function* wholeCatalogRecords(payload: { readonly tables: readonly CatalogTable[] } & CatalogMeta & { readonly manifest: Manifest }, order: readonly string[]): Generator<CatalogRecord> {
  const { tables, manifest, ...meta } = payload;
  yield { kind: 'meta', meta };
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  for (const table of [...tables].sort((a, b) => rank(a.name) - rank(b.name))) {
    yield { kind: 'table', name: table.name, columns: table.columns };
    for (let start = 0; start < table.rows.length; start += ROWS_PER_RECORD) yield { kind: 'rows', rows: table.rows.slice(start, start + ROWS_PER_RECORD) };
  }
  yield { kind: 'manifest', manifest };
}

/** A version 1 payload (one JSON document), checked whole as before. */
export function isWholePayload(value: unknown): value is CatalogMeta & { readonly manifest: Manifest; readonly tables: readonly CatalogTable[] } {
  const p = value as (CatalogMeta & { manifest: unknown; tables: unknown }) | null;
  return isMeta(p) && p.version === 1 && isManifest(p.manifest) && Array.isArray(p.tables)
    && p.tables.every((t: CatalogTable) => t && typeof t.name === 'string' && Array.isArray(t.columns) && Array.isArray(t.rows)
      && t.rows.every((r: unknown) => isRow(r, t.columns.length)));
}

export { NOT_A_CATALOG };
