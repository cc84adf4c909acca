import { randomBytes } from 'node:crypto';

/** A random id with a readable prefix, for string-id resources (protections, recoveries, jobs' owners). */
export function randomId(prefix: string, bytes = 10): string {
  return `${prefix}-${randomBytes(bytes).toString('hex')}`;
}

/** 32 lower-case hex characters (an account's domain id, an external id). */
export function randomHex32(): string {
  return randomBytes(16).toString('hex');
}
