import type { Generated } from 'kysely';

export interface AccountsTable {
  /** int64, assigned by the database. */
  id: Generated<number>;
  /** Unique across the instance. */
  name: string;
  /** 32 lower-case hex characters: the account as the network surface (/v3/{domain_id}) names it. */
  domain_id: string;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface ProjectsTable {
  account_id: number;
  /** `^[a-z0-9][a-z0-9-]{1,62}$`, unique within the account. */
  id: string;
  name: string;
  description: string;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface ServiceAccountsTable {
  id: Generated<number>;
  account_id: number;
  /** Unique within the account. */
  name: string;
  /** admin | operator | viewer */
  role: string;
  /** JSON array of project ids the token is limited to; null = every project of the account. */
  projects: string | null;
  /** SHA-256 (hex) of the token; the token itself is never stored. */
  token_hash: string;
  /** The token's first characters, to tell tokens apart in lists. */
  token_hint: string;
  /** 1 for the bootstrap admin: may administer every account of the instance. */
  instance_admin: number;
  created_at: number;
  /** Refreshed at most once a minute, so reads stay reads. */
  last_used_at: number | null;
}

export interface InstanceSettingsTable {
  key: string;
  value: string;
}

export interface TenancyTables {
  accounts: AccountsTable;
  projects: ProjectsTable;
  service_accounts: ServiceAccountsTable;
  instance_settings: InstanceSettingsTable;
}
