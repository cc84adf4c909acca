import { createHash } from 'node:crypto';

/** The tags every snapshot and copy carries: a retried step looks them up instead of taking a second one. */
export const PROTECTION_ID_TAG = 'lifeboat:protection-id';
export const RESOURCE_ID_TAG = 'lifeboat:resource-id';

/**
 * A name derived from the idempotency key (protection, resource, region): for the kinds whose snapshot
 * names the caller picks (RDS identifiers, DynamoDB backup names, vault prefixes), a retry addresses
 * the very snapshot the first attempt made.
 */
export function keyedName(prefix: string, protectionId: string, resourceId: string, region: string): string {
  const digest = createHash('sha256').update(`${protectionId}\n${resourceId}\n${region}`).digest('hex').slice(0, 24);
  return `${prefix}-${digest}`;
}

export function protectionTags(protectionId: string, resourceId: string) {
  return [{ Key: PROTECTION_ID_TAG, Value: protectionId }, { Key: RESOURCE_ID_TAG, Value: resourceId }];
}

export const GiB = 2 ** 30;
