import type { Role } from './permissions.ts';

/** Who is calling: resolved from a token on every request. */
export interface Principal {
  /** Stable actor id for the audit trail: `service-account:12` or `instance-admin`. */
  readonly actor: string;
  readonly name: string;
  /** The account the token belongs to; undefined for the configured instance admin token. */
  readonly accountId: number | undefined;
  readonly role: Role;
  /** Project ids the token is limited to; null = all of its account's. */
  readonly projects: readonly string[] | null;
  /** May act in every account, and create accounts. */
  readonly instanceAdmin: boolean;
  readonly serviceAccountId: number | undefined;
}
