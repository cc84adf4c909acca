import { createHash } from 'node:crypto';
import { RECOVERY_ID_TAG, SOURCE_ID_TAG, type RecreateRequest } from '../../provider.ts';

/** The tags a recreated resource gets: the source's, then the recovery's two (which win over stale ones). */
export function recoveryTags(request: RecreateRequest): Record<string, string> {
  const own = Object.fromEntries(Object.entries(request.tags).filter(([key]) => !key.startsWith('aws:')));
  return { ...own, [RECOVERY_ID_TAG]: request.recoveryId, [SOURCE_ID_TAG]: request.sourceResourceId };
}

export function tagList(tags: Record<string, string>): Array<{ Key: string; Value: string }> {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/** Hex of the idempotency key (account, region, recovery, source): names and client tokens a retry repeats. */
export function recoveryDigest(accountId: string, request: RecreateRequest, length: number): string {
  const seed = `${accountId}\n${request.region}\n${request.recoveryId}\n${request.sourceResourceId}`;
  return createHash('sha256').update(seed).digest('hex').slice(0, length);
}

/**
 * The name of a recreated name-addressed resource: the source's, cut to fit, with a suffix so it does
 * not clash with the source (bucket names are global; a same-region recovery shares the namespace).
 */
export function recoveredName(accountId: string, request: RecreateRequest, rules: { maxLength: number; lowerCase: boolean; keepSuffix?: string }): string {
  const suffix = `-${recoveryDigest(accountId, request, 8)}`;
  let base = rules.lowerCase ? request.sourceResourceId.toLowerCase() : request.sourceResourceId;
  const kept = rules.keepSuffix && base.endsWith(rules.keepSuffix) ? rules.keepSuffix : '';
  base = base.slice(0, base.length - kept.length);
  base = base.slice(0, rules.maxLength - suffix.length - kept.length).replace(/[-._]+$/, '');
  return `${base}${suffix}${kept}`;
}

/** The recovered dependencies of one kind, told apart by the prefix AWS gives each kind's ids. */
export function dependencyOf(request: RecreateRequest, prefix: string): string[] {
  return request.dependencies.filter((id) => id.startsWith(`${prefix}-`));
}

export const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
export const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
