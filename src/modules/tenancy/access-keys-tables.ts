export interface AccessKeysTable {
  /** The AK: 20 upper-case letters and digits, unique across the instance (it alone names the key in a signature). */
  id: string;
  account_id: number;
  /** The service account the key signs for; its keys go when it goes (foreign key, cascade). */
  service_account_id: number;
  /** The SK sealed with the master key: the server needs it back to recompute signatures, so it is not a hash. */
  secret_sealed: string;
  description: string;
  created_at: number;
  /** Refreshed at most once a minute, so reads stay reads. */
  last_used_at: number | null;
}

export interface AccessKeyTables {
  access_keys: AccessKeysTable;
}
