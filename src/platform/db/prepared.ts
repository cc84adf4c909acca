import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';

/** A stand-in for a value the query gets at run time; Kysely binds it as an ordinary parameter. */
class Slot {
  constructor(readonly name: string) {}
}

/** The compiled query of one dialect and, for each of its parameters, the slot it is filled from (or its constant). */
interface Template {
  readonly compiled: CompiledQuery<unknown>;
  readonly fill: ReadonlyArray<{ readonly slot: string } | { readonly constant: unknown }>;
}

/**
 * A query built and compiled once per dialect, then run with fresh values: what a prepared statement is in
 * Kysely, which otherwise rebuilds and compiles its operation tree on every call (7–14% of a request's CPU
 * in issue 19's profiles). `build` receives the executor and `values`, whose properties are stand-ins: use
 * them wherever the query takes a value (`where('id', '=', values.id)`, `.set({ name: values.name })`,
 * `.values({ … })`), never in a position that changes the query's shape (an `in` list, a column name, a
 * branch on the value). Constants written in the query stay constants. On SQLite the statement cache in
 * database.ts then reuses the prepared better-sqlite3 statement by its SQL text.
 */
export function prepared<DB, V extends Record<string, unknown>, R>(build: (db: Kysely<DB>, values: V) => Compilable<R>) {
  // By dialect adapter class: tests open SQLite and PostgreSQL stores in one process.
  const templates = new Map<unknown, Template>();
  const slots = new Proxy({}, { get: (_target, name) => (typeof name === 'string' ? new Slot(name) : undefined) }) as V;

  function template(db: Kysely<DB>): Template {
    const key = db.getExecutor().adapter.constructor;
    let found = templates.get(key);
    if (!found) {
      const compiled = build(db, slots).compile() as CompiledQuery<unknown>;
      found = { compiled, fill: compiled.parameters.map((value) => (value instanceof Slot ? { slot: value.name } : { constant: value })) };
      templates.set(key, found);
    }
    return found;
  }

  function run(db: Kysely<DB>, values: V): Promise<QueryResult<R>> {
    const { compiled, fill } = template(db);
    const parameters = fill.map((entry) => ('slot' in entry ? values[entry.slot] : entry.constant));
    return db.executeQuery({ ...compiled, parameters } as CompiledQuery<R>);
  }

  return {
    /** Every row. */
    async execute(db: Kysely<DB>, values: V): Promise<R[]> {
      return (await run(db, values)).rows;
    },
    /** The first row, or undefined. */
    async takeFirst(db: Kysely<DB>, values: V): Promise<R | undefined> {
      return (await run(db, values)).rows[0];
    },
    /** Rows an insert, update or delete touched. */
    async affected(db: Kysely<DB>, values: V): Promise<bigint> {
      const result = await run(db, values);
      return result.numAffectedRows ?? BigInt(result.rows.length);
    },
  };
}

/**
 * prepared() for statements whose shape depends on which columns an object sets (an update's patch, an
 * insert of a row whose optional columns may be absent): one prepared query per set of keys, all values bound.
 */
export function preparedByKeys<DB, O extends Record<string, unknown>, E extends Record<string, unknown>, R>(
  build: (db: Kysely<DB>, object: O, extra: E) => Compilable<R>,
) {
  const byKeys = new Map<string, ReturnType<typeof prepared<DB, Record<string, unknown>, R>>>();
  function statement(object: O) {
    const keys = Object.keys(object).filter((key) => object[key] !== undefined).sort();
    const id = keys.join(',');
    let found = byKeys.get(id);
    if (!found) {
      found = prepared<DB, Record<string, unknown>, R>((db, values) =>
        build(db, Object.fromEntries(keys.map((key) => [key, values[`o.${key}`]])) as O, new Proxy({}, { get: (_t, name) => values[`e.${String(name)}`] }) as E));
      byKeys.set(id, found);
    }
    return found;
  }
  const valuesOf = (object: O, extra: E): Record<string, unknown> => {
    const values: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(object)) values[`o.${key}`] = value;
    for (const [key, value] of Object.entries(extra)) values[`e.${key}`] = value;
    return values;
  };
  return {
    execute: (db: Kysely<DB>, object: O, extra: E) => statement(object).execute(db, valuesOf(object, extra)),
    takeFirst: (db: Kysely<DB>, object: O, extra: E) => statement(object).takeFirst(db, valuesOf(object, extra)),
    affected: (db: Kysely<DB>, object: O, extra: E) => statement(object).affected(db, valuesOf(object, extra)),
  };
}
