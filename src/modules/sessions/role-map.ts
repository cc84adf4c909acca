import type { SsoRoleGrant } from '../../platform/config.ts';

const STRENGTH = { admin: 3, operator: 2, viewer: 1 } as const;

/** The values of the roles claim: a list of strings, or one string (some providers send a lone group that way). */
export function claimValues(claims: Record<string, unknown>, rolesClaim: string): string[] {
  const value = claims[rolesClaim];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/**
 * The grant a person's claim values earn: of the mapped values they hold, the strongest role (admin over
 * operator over viewer); between equals, the one written first in the map. Undefined = no role: refused.
 * One grant, not a union: a session is one principal in one account, as a service account is.
 */
export function grantFor(values: readonly string[], roleMap: ReadonlyMap<string, SsoRoleGrant>): SsoRoleGrant | undefined {
  const held = new Set(values);
  let best: SsoRoleGrant | undefined;
  for (const [value, grant] of roleMap) {
    if (!held.has(value)) continue;
    if (!best || STRENGTH[grant.role] > STRENGTH[best.role]) best = grant;
  }
  return best;
}
