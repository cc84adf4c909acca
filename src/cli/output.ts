// What a command prints on stdout. json and yaml print the API's objects exactly as they came (stable for
// scripts); table picks a few columns per kind of object and fits them to the terminal's width.
import { createRequire } from 'node:module';
import { UsageError } from './exit-codes.ts';

export type Format = 'table' | 'json' | 'yaml';

export interface Column<T = any> {
  readonly header: string;
  readonly value: (row: T) => unknown;
  /**
   * An identifier (an id, an ARN, a snapshot id, a name): never cut, since a cut id cannot be copied or
   * matched; the other columns are narrowed instead, and a table of identifiers alone may overflow.
   */
  readonly identifier?: boolean;
}

/** How the table format shows an answer: columns for a list, or fields and sections for one object. */
export type View =
  | { readonly columns: readonly Column[]; readonly rows?: (data: any) => readonly unknown[] }
  | { readonly fields?: readonly string[]; readonly sections?: ReadonlyArray<{ readonly title: string; readonly rows: (data: any) => readonly unknown[]; readonly columns: readonly Column[] }> };

export function parseFormat(value: unknown): Format {
  const format = value ?? 'table';
  if (format === 'table' || format === 'json' || format === 'yaml') return format;
  throw new UsageError(`--output must be table, json or yaml, not "${String(format)}"`);
}

/** Field names read as identifiers: id, resourceId, sourceResourceId, snapshotId, roleArn, name, recoveryName, … */
const IDENTIFIER_FIELD = /(^id$|Id$|_id$|^arn$|Arn$|^name$|Name$)/;

/** A column reading one field; an identifier when the field's name says so (see Column.identifier). */
export const col = (header: string, key?: string): Column => ({
  header, value: (row) => row?.[key ?? header], identifier: IDENTIFIER_FIELD.test(key ?? header),
});

/** YAML is loaded only for -o yaml (it is a fifth of a client command's start-up otherwise). */
const yaml = () => createRequire(import.meta.url)('yaml') as typeof import('yaml');

export function cell(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object' || v === null) ? value.join(',') : JSON.stringify(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).replace(/\s*\n\s*/g, ' ');
}

const clip = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`);

const MIN_WIDTH = 6;

/**
 * Columns two spaces apart. Until the table fits `width`, the widest column that is not an identifier is
 * narrowed (its cells end in …); identifiers keep their full width, even if the table then overflows.
 */
export function renderTable(rows: readonly unknown[], columns: readonly Column[], width: number): string {
  if (rows.length === 0) return '(none)\n';
  const cells = rows.map((row) => columns.map((c) => cell(c.value(row))));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const total = () => widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  while (total() > width) {
    let widest = -1;
    columns.forEach((c, i) => {
      if (!c.identifier && widths[i]! > MIN_WIDTH && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    });
    if (widest < 0) break;
    widths[widest] = widths[widest]! - 1;
  }
  const line = (values: readonly string[]) => values.map((v, i) => clip(v, widths[i]!).padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(columns.map((c) => c.header.toUpperCase())), ...cells.map(line)].join('\n') + '\n';
}

/** One object as "field  value" lines: every scalar field, or the ones named. */
function renderFields(data: Record<string, unknown>, fields: readonly string[] | undefined, width: number): string {
  const keys = fields ?? Object.keys(data).filter((k) => typeof data[k] !== 'object' || data[k] === null || (Array.isArray(data[k]) && (data[k] as unknown[]).every((v) => typeof v !== 'object')));
  const rows = keys.map((key) => ({ field: key, value: data[key] }));
  const pad = Math.max(...keys.map((k) => k.length));
  const shown = (field: string, text: string) => (IDENTIFIER_FIELD.test(field) ? text : clip(text, Math.max(20, width - pad - 2)));
  return rows.map((r) => `${r.field.padEnd(pad)}  ${shown(r.field, cell(r.value))}`).join('\n') + '\n';
}

export function render(data: unknown, format: Format, view: View | undefined, width: number): string {
  if (format === 'json') return `${JSON.stringify(data ?? null, null, 2)}\n`;
  if (format === 'yaml') return yaml().stringify(data ?? null);
  if (data === undefined || data === null) return '';
  if (typeof data !== 'object') return `${String(data)}\n`;
  if (view && 'columns' in view) return renderTable((view.rows ? view.rows(data) : (data as unknown[])) ?? [], view.columns, width);
  if (Array.isArray(data)) {
    const keys = [...new Set(data.flatMap((row) => Object.keys(row ?? {}).filter((k) => typeof row[k] !== 'object' || row[k] === null)))].slice(0, 8);
    return renderTable(data, keys.map((k) => col(k)), width);
  }
  const objectView = view as Exclude<View, { columns: readonly Column[] }> | undefined;
  let text = renderFields(data as Record<string, unknown>, objectView?.fields, width);
  for (const section of objectView?.sections ?? []) {
    text += `\n${section.title}:\n${renderTable(section.rows(data), section.columns, width)}`;
  }
  return text;
}
