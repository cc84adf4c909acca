// Pieces several command files use: the project path, list options, and the waits on a connection.
import type { OptionSpec, OptionValues } from '../command.ts';
import { UsageError } from '../exit-codes.ts';
import { integer, str } from '../input.ts';

export const P = '/api/v1/accounts/{accountId}/projects/{projectId}' as const;

export const LIMIT_OPTION: Record<string, OptionSpec> = {
  limit: { type: 'string', value: 'n', description: 'at most this many (sent as Range: items=1-n; default the server\'s 100)' },
};

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
