import { PreconditionFailedError } from '../errors.ts';

/** A resource's ETag is its row version, quoted. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header demands, or undefined when the write is unconditional (no header,
 * or `*`). A value that names no version of ours can never match: 412.
 */
export function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(ifMatch);
  if (!match) throw new PreconditionFailedError();
  return Number(match[1]);
}
