import type { Role } from './permissions.ts';
import type { ServiceAccountRow } from './repo.ts';

/** Who is calling: resolved from a token on every request. */
export interface Principal {
  /** Stable actor id for the audit trail: `service-account:12`, `instance-admin` or `person:<subject>`. */
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
  /** A person signed in through single sign-on (their session's id and who the provider says they are); undefined for a token. */
  readonly person?: { readonly sessionId: string; readonly subject: string; readonly email: string | null; readonly name: string | null };
}

/** Who a service account's token (or one of its access keys) stands for. */
export function principalOf(row: ServiceAccountRow): Principal {
  return {
    actor: `service-account:${row.id}`,
    name: row.name,
    accountId: row.account_id,
    role: row.role as Role,
    projects: row.projects === null ? null : (JSON.parse(row.projects) as string[]),
    instanceAdmin: row.instance_admin === 1,
    serviceAccountId: row.id,
  };
}
