import { Type } from '@sinclair/typebox';
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

/** The quoted tags of an If-Match / If-None-Match list, weak ones compared as strong (RFC 9110 §13.1: weak comparison for GET). */
function tagsOf(header: string): string[] {
  return header.split(',').map((t) => t.trim().replace(/^W\//, '')).filter(Boolean);
}

/**
 * The preconditions of a conditional GET of a versioned resource (RFC 9110 §13.2.2): an `If-Match` that names
 * no current ETag (and is not `*`) is 412 and nothing is sent; otherwise an `If-None-Match` that names the current
 * ETag (or is `*`) answers 'not-modified' (304, no body). Without either header the read is unconditional.
 */
export function readPreconditions(headers: { 'if-match'?: string; 'if-none-match'?: string }, version: number): 'not-modified' | undefined {
  const current = etagOf(version);
  const ifMatch = headers['if-match'];
  if (ifMatch !== undefined) {
    const tags = tagsOf(ifMatch);
    if (!tags.includes('*') && !tags.includes(current)) throw new PreconditionFailedError(version);
  }
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const tags = tagsOf(ifNoneMatch);
    if (tags.includes('*') || tags.includes(current)) return 'not-modified';
  }
  return undefined;
}

/** The request headers of a conditional GET (readPreconditions). */
export const ConditionalReadHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'Answer only if the resource still has one of these ETags: 412 otherwise.' })),
  'if-none-match': Type.Optional(Type.String({ description: 'The ETag already held: 304 without a body while it is current.' })),
});

/** The 304 answer of a conditional GET: no body. */
export const NotModified = Type.Null({ description: 'Not Modified: the ETag sent in If-None-Match is still current (no body).' });
