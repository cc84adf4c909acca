import { sql, type Expression, type Kysely, type RawBuilder, type Transaction } from 'kysely';

/**
 * Updates many rows of one parent, each with its own values, in one statement per shape of patch (the set of columns
 * it changes): `set col = case key when … then … else col end`. The `else` names the column, so PostgreSQL gives the
 * parameters its type (a bigint column takes a number without a cast) and SQLite needs nothing. Outcomes of cloud
 * calls are written this way: a batch of 8 used to be 8 sequential statements in its transaction, each a round trip
 * on PostgreSQL while the calls waited for the buffer (issue 19).
 *
 * With `returning`, each statement also returns that expression (a scalar subquery, e.g. a flag of the parent row
 * read in the same round trip instead of a statement of its own), and the value the last statement returned comes
 * back; undefined when no statement ran or none updated a row.
 */
export async function updateEach<Patch extends Record<string, unknown>, Value = never>(
  db: Kysely<any> | Transaction<any>,
  table: string,
  parent: { readonly column: string; readonly value: string },
  key: string,
  rows: ReadonlyArray<readonly [string, Patch]>,
  returning?: RawBuilder<Value>,
): Promise<Value | undefined> {
  let value: Value | undefined;
  const shapes = new Map<string, Array<readonly [string, Patch]>>();
  for (const row of rows) {
    const shape = Object.keys(row[1]).filter((column) => row[1][column] !== undefined).sort().join(',');
    if (!shape) continue;
    shapes.set(shape, [...(shapes.get(shape) ?? []), row]);
  }
  for (const [shape, group] of shapes) {
    const set: Record<string, Expression<unknown>> = {};
    for (const column of shape.split(',')) {
      const cases = group.map(([id, patch]) => sql`when ${id} then ${patch[column]}`);
      set[column] = sql`case ${sql.ref(key)} ${sql.join(cases, sql` `)} else ${sql.ref(column)} end`;
    }
    const update = db.updateTable(table).set(set).where(parent.column, '=', parent.value).where(key, 'in', group.map(([id]) => id));
    if (!returning) {
      await update.execute();
      continue;
    }
    const updated = await update.returning(returning.as('value')).execute();
    if (updated.length > 0) value = (updated[0] as { value: Value }).value;
  }
  return value;
}
