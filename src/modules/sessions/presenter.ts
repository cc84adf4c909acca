import type { Static } from '@sinclair/typebox';
import { iso } from '../../platform/http/schema.ts';
import type { Session } from './schemas.ts';
import type { SessionRow } from './service.ts';

/** A session row as the API shows it (never its token or CSRF token). */
export function presentSession(row: SessionRow, idleMs: number): Static<typeof Session> {
  return {
    id: row.id, kind: row.kind, subject: row.subject, email: row.email, name: row.name,
    accountId: row.account_id, role: row.role as Static<typeof Session>['role'], projects: row.projects === null ? null : (JSON.parse(row.projects) as string[]),
    createdAt: iso(row.created_at), lastSeenAt: iso(row.last_seen_at), expiresAt: iso(row.expires_at),
    idleExpiresAt: iso(Math.min(row.expires_at, row.last_seen_at + idleMs)),
  };
}
