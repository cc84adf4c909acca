import { sql, type RawBuilder } from 'kysely';

/** `column LIKE '%value%'` matching the value literally (its % and _ escaped) on SQLite and PostgreSQL alike. */
export function likeContains(column: string, value: string): RawBuilder<boolean> {
  const pattern = `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/** The same, case-insensitively. */
export function ilikeContains(column: string, value: string): RawBuilder<boolean> {
  const pattern = `%${value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
