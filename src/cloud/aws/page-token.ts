import { faultError } from './errors.ts';

/**
 * A service's discovery walks several AWS lists (VPC: VPCs, then subnets, then security groups, …).
 * The token the port hands back names the list and that list's own AWS token.
 */
export interface PagePosition {
  /** Index of the list being walked. */
  readonly list: number;
  /** AWS's NextToken / Marker within that list; absent at its start. */
  readonly token?: string;
}

const VERSION = 'aws1';

export function encodePageToken(position: PagePosition): string {
  return Buffer.from(JSON.stringify({ v: VERSION, ...position }), 'utf8').toString('base64url');
}

export function decodePageToken(token: string | undefined, lists: number): PagePosition {
  if (token === undefined) return { list: 0 };
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { v?: unknown; list?: unknown; token?: unknown };
    if (parsed.v === VERSION && Number.isInteger(parsed.list) && (parsed.list as number) >= 0 && (parsed.list as number) < lists
      && (parsed.token === undefined || typeof parsed.token === 'string')) {
      return { list: parsed.list as number, ...(parsed.token === undefined ? {} : { token: parsed.token as string }) };
    }
  } catch {
    // fall through: not one of ours
  }
  throw faultError('InvalidNextToken', 'The pagination token is invalid.');
}

/** Where the walk goes after one AWS page: the same list's next page, the next list, or nowhere. */
export function nextPosition(position: PagePosition, awsToken: string | undefined, lists: number): string | undefined {
  if (awsToken) return encodePageToken({ list: position.list, token: awsToken });
  if (position.list + 1 < lists) return encodePageToken({ list: position.list + 1 });
  return undefined;
}
