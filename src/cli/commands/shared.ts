// Pieces several command files use: the project path, list options, and the waits on a connection.
import { answer, itemRange } from '../../client/client.ts';
import type { OptionSpec, OptionValues } from '../command.ts';
import type { Context } from '../context.ts';
import { UsageError } from '../exit-codes.ts';
import { integer, str } from '../input.ts';

export const P = '/api/v1/accounts/{accountId}/projects/{projectId}' as const;

export const LIMIT_OPTION: Record<string, OptionSpec> = {
  limit: { type: 'string', value: 'n', description: 'at most this many (sent as Range: items=1-n; default the server\'s 100)' },
  all: { type: 'boolean', description: 'every item, fetched page by page (a partial list says "showing 1–100 of N" on stderr)' },
};

const PAGE = 1000;
const count = (n: number) => n.toLocaleString('en-US');

/**
 * A native list: one page (--limit, else the server's 100), or with --all every page. When the answer is
 * not the whole list, a note on stderr says so ("showing 1–100 of 2,345"), so a partial list is never
 * mistaken for the whole one.
 */
export async function pages<T>(
  context: Context, options: OptionValues,
  get: (headers: Record<string, string>) => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  if (options.all && options.limit !== undefined) throw new UsageError('give --all or --limit, not both');
  if (!options.all) {
    const { data, response } = await answer(get(rangeHeader(options)));
    const range = itemRange(response.headers.get('content-range'));
    if (range && Array.isArray(data) && range.total > data.length) {
      context.note(`showing ${count(range.first)}–${count(range.last)} of ${count(range.total)} (--all for every one)`);
    }
    return data;
  }
  const items: unknown[] = [];
  for (;;) {
    const { data, response } = await answer(get({ range: `items=${items.length + 1}-${items.length + PAGE}` }));
    if (!Array.isArray(data)) return data;
    items.push(...data);
    const total = itemRange(response.headers.get('content-range'))?.total;
    if (data.length === 0 || total === undefined || items.length >= total) return items as T;
  }
}

/** The Range header of a native list, from --limit. */
export function rangeHeader(options: OptionValues): Record<string, string> {
  const limit = integer(options.limit, '--limit');
  if (limit === undefined) return {};
  if (limit < 1 || limit > 1000) throw new UsageError('--limit must be 1 to 1000');
  return { range: `items=1-${limit}` };
}

export const sortOptions = (keys: string): Record<string, OptionSpec> => ({
  'sort-by': { type: 'string', value: keys, description: 'sort by this field' },
  'sort-order': { type: 'string', value: 'asc|desc', description: 'sort order' },
});

export const sortQuery = (options: OptionValues) => ({ sort_by: str(options, 'sort-by'), sort_order: str(options, 'sort-order') });

/** Drops the keys whose value is undefined, so a query sends only what was asked. */
export function defined<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;
}
