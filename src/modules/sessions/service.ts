import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { SessionSettings, SsoRoleGrant } from '../../platform/config.ts';
import type { Store } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { constantTimeEqual, hashToken, type SecretBox } from '../../platform/secrets.ts';
import type { Principal } from '../tenancy/principal.ts';
import type { Role } from '../tenancy/permissions.ts';
import type { SessionsTable, SessionTables } from './tables.ts';

export type SessionRow = Selectable<SessionsTable>;

/** Who the provider vouched for, as the ID token says. */
export interface Person {
  readonly subject: string;
  readonly email: string | null;
  readonly name: string | null;
}

export interface SessionsDeps {
  readonly store: Store<SessionTables>;
  readonly secrets: SecretBox;
  readonly settings: SessionSettings;
  readonly now: () => number;
}

/** A new session's secrets, shown to its holder once and stored only hashed. */
export interface IssuedSession {
  readonly session: SessionRow;
  readonly token: string;
  /** The CLI's refresh token; undefined for a browser session. */
  readonly refreshToken: string | undefined;
}

/** Session tokens carry their own prefix so a bearer token is routed to the right lookup without a second query. */
export const SESSION_TOKEN_PREFIX = 'lbs_';
const REFRESH_TOKEN_PREFIX = 'lbr_';
const secret = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`;

export type SessionsService = ReturnType<typeof createSessionsService>;

/** Sessions of signed-in people: opaque tokens stored hashed, an idle and an absolute expiry, revocation that is immediate. */
export function createSessionsService({ store, secrets, settings, now }: SessionsDeps) {
  const db = store.db;
  /** Whether a session may still authenticate at `at`. */
  const live = (row: SessionRow, at: number) => row.revoked_at === null && at < row.expires_at && at - row.last_seen_at < settings.idleMs;
  // A use refreshes last_seen_at only when a quarter of the idle time has passed: most requests stay reads,
  // and a session in steady use can never fall idle between two refreshes.
  const touchEveryMs = Math.min(60_000, settings.idleMs / 4);

  function principalOf(row: SessionRow): Principal {
    return {
      actor: `person:${row.subject}`,
      name: row.name && row.email ? `${row.name} <${row.email}>` : (row.name ?? row.email ?? row.subject),
      accountId: row.account_id,
      role: row.role as Role,
      projects: row.projects === null ? null : (JSON.parse(row.projects) as string[]),
      instanceAdmin: false,
      serviceAccountId: undefined,
      person: { sessionId: row.id, subject: row.subject, email: row.email, name: row.name },
    };
  }

  return {
    principalOf,

    /** Opens a session for a person the role map gave `grant` (in account `accountId`). */
    async open(kind: 'browser' | 'cli', person: Person, accountId: number, grant: SsoRoleGrant, idToken: string | undefined): Promise<IssuedSession> {
      const token = secret(SESSION_TOKEN_PREFIX);
      const refreshToken = kind === 'cli' ? secret(REFRESH_TOKEN_PREFIX) : undefined;
      const at = now();
      const session = await db.insertInto('sessions').values({
        id: `ses_${randomBytes(12).toString('base64url')}`, token_hash: hashToken(token), refresh_hash: refreshToken ? hashToken(refreshToken) : null, kind,
        subject: person.subject, email: person.email, name: person.name,
        account_id: accountId, role: grant.role, projects: grant.projects ? JSON.stringify(grant.projects) : null,
        csrf_token: randomBytes(24).toString('base64url'), id_token_sealed: idToken ? secrets.seal(idToken) : null,
        created_at: at, last_seen_at: at, expires_at: at + settings.maxMs, revoked_at: null,
      }).returningAll().executeTakeFirstOrThrow();
      return { session, token, refreshToken };
    },

    /** The live session a token opens, or undefined (unknown, revoked, idle too long, or past its absolute expiry). */
    async authenticate(token: string): Promise<SessionRow | undefined> {
      const row = await db.selectFrom('sessions').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
      const at = now();
      if (!row || !live(row, at)) return undefined;
      if (at - row.last_seen_at >= touchEveryMs) {
        await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', row.id).where('revoked_at', 'is', null).execute();
      }
      return row;
    },

    /** Whether a cookie-authenticated write carried the session's CSRF token. */
    csrfMatches: (row: SessionRow, presented: string | undefined) => presented !== undefined && constantTimeEqual(presented, row.csrf_token),

    /**
     * A CLI session whose idle time ran out is renewed by its refresh token: both tokens are replaced (the old ones
     * stop working), never past the absolute expiry and never after a revocation.
     */
    async refresh(refreshToken: string): Promise<IssuedSession | undefined> {
      const row = await db.selectFrom('sessions').selectAll().where('refresh_hash', '=', hashToken(refreshToken)).executeTakeFirst();
      const at = now();
      if (!row || row.revoked_at !== null || at >= row.expires_at) return undefined;
      const token = secret(SESSION_TOKEN_PREFIX);
      const next = secret(REFRESH_TOKEN_PREFIX);
      // Guarded by the old hash: of two refreshes racing with one token, one wins and the other is refused.
      const session = await db.updateTable('sessions').set({ token_hash: hashToken(token), refresh_hash: hashToken(next), last_seen_at: at })
        .where('id', '=', row.id).where('refresh_hash', '=', hashToken(refreshToken)).where('revoked_at', 'is', null)
        .returningAll().executeTakeFirst();
      return session ? { session, token, refreshToken: next } : undefined;
    },

    /** The provider's ID token of a session, for its end-session hint. */
    idTokenOf: (row: SessionRow) => (row.id_token_sealed ? secrets.open(row.id_token_sealed) : undefined),

    /** Ends one session at once (sign-out). */
    async end(sessionId: string): Promise<void> {
      await db.updateTable('sessions').set({ revoked_at: now() }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
    },

    /** The account's live sessions, newest first; optionally one person's. */
    async listActive(accountId: number, subject?: string): Promise<SessionRow[]> {
      const at = now();
      let query = db.selectFrom('sessions').selectAll().where('account_id', '=', accountId).where('revoked_at', 'is', null)
        .where('expires_at', '>', at).where('last_seen_at', '>', at - settings.idleMs);
      if (subject !== undefined) query = query.where('subject', '=', subject);
      return query.orderBy('created_at', 'desc').orderBy('id').execute();
    },

    /** An admin ends one session of the account; the next request with it is a 401. */
    async revoke(accountId: number, sessionId: string): Promise<SessionRow> {
      const row = await db.updateTable('sessions').set({ revoked_at: now() })
        .where('id', '=', sessionId).where('account_id', '=', accountId).where('revoked_at', 'is', null).returningAll().executeTakeFirst();
      if (!row) throw new NotFoundError(`Session ${sessionId}`);
      return row;
    },

    /** An admin ends every session one person holds in the account; returns how many were live. */
    async revokePerson(accountId: number, subject: string): Promise<number> {
      const result = await db.updateTable('sessions').set({ revoked_at: now() })
        .where('account_id', '=', accountId).where('subject', '=', subject).where('revoked_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
