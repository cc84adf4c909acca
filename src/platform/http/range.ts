import { ValidationError } from '../errors.ts';

/** A page requested with `Range: items=a-b` (1-based, inclusive). */
export interface ItemRange {
  readonly offset: number;
  readonly limit: number;
}

export const DEFAULT_RANGE: ItemRange = { offset: 0, limit: 100 };
const MAX_PAGE = 1000;

export function parseItemRange(header: string | undefined): ItemRange {
  if (header === undefined || header === '') return DEFAULT_RANGE;
  const match = /^items=(\d{1,15})-(\d{1,15})$/.exec(header.trim());
  if (!match) throw new ValidationError({ Range: 'must look like items=1-100 (numbers of at most 15 digits)' });
  const first = Number(match[1]);
  const last = Number(match[2]);
  if (first < 1) throw new ValidationError({ Range: 'items are numbered from 1' });
  if (last < first) throw new ValidationError({ Range: 'the last item must not come before the first' });
  if (last - first + 1 > MAX_PAGE) throw new ValidationError({ Range: `at most ${MAX_PAGE} items per page` });
  return { offset: first - 1, limit: last - first + 1 };
}

// `items 1-100/2345`, or `items */0` for an empty answer.
export function contentRange(range: ItemRange, returned: number, total: number): string {
  if (returned === 0) return `items */${total}`;
  return `items ${range.offset + 1}-${range.offset + returned}/${total}`;
}
