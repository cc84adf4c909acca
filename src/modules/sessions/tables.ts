/** A signed-in person's session: a browser's (cookie) or the CLI's (bearer, from the device flow). */
export interface SessionsTable {
  /** The public id (`ses_…`), as lists and revocation name it; it authenticates nothing. */
  id: string;
  /** SHA-256 (hex) of the opaque session token; the token itself is never stored. */
  token_hash: string;
  /** SHA-256 of the CLI session's refresh token (which survives the idle expiry, never the absolute one); null for a browser's. */
  refresh_hash: string | null;
  /** browser | cli */
  kind: 'browser' | 'cli';
  /** The ID token's `sub`: who the person is at the provider. */
  subject: string;
  email: string | null;
  name: string | null;
  /** The account, role and projects the role map gave the person at sign-in. */
  account_id: number;
  role: string;
  /** JSON array of project ids; null = every project of the account. */
  projects: string | null;
  /** The CSRF token every cookie-authenticated write must echo in X-CSRF-Token. */
  csrf_token: string;
  /** The provider's ID token sealed with the master key: the hint for its end-session endpoint. */
  id_token_sealed: string | null;
  created_at: number;
  /** Refreshed at most every quarter of the idle time, so reads stay mostly reads. */
  last_seen_at: number;
  /** The absolute expiry: created_at + LIFEBOAT_SESSION_MAX_HOURS. */
  expires_at: number;
  /** When an admin or the person ended it; a revoked session authenticates nothing, at once. */
  revoked_at: number | null;
}

export interface SessionTables {
  sessions: SessionsTable;
}
