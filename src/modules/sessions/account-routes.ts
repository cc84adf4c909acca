import { Type } from '@sinclair/typebox';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import { accountParams } from '../../platform/http/native-params.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import '../tenancy/http-auth.ts';
import { presentSession } from './presenter.ts';
import { Sessions } from './schemas.ts';
import type { SessionsService } from './service.ts';

const TAGS = ['sessions'];
const Subject = Type.String({ minLength: 1, maxLength: 255, description: 'The person at the identity provider (the ID token\'s sub).' });

/**
 * An admin's view of who is signed in, and revocation. The permissions use verbs no operator or viewer
 * role grants (`list`, `delete`), so only an account admin (or the instance admin) reaches these routes.
 */
export function sessionAccountRoutes(sessions: SessionsService, idleMs: number) {
  return async function (app: HttpServer): Promise<void> {
    app.get('/accounts/:accountId/sessions', {
      config: { permission: 'sessions:list', scope: 'account' },
      schema: {
        operationId: 'listSessions', tags: TAGS, summary: "The account's active sessions (signed-in people), newest first",
        description: 'Sessions opened through single sign-on (the console\'s cookie or a `lifeboat login --sso` token) that have not expired or been revoked. '
          + 'Filter by `subject` to see one person\'s. Tokens are never shown. Account admins only.',
        params: accountParams(),
        querystring: Type.Object({ subject: Type.Optional(Subject) }, { additionalProperties: false }),
        response: { 200: Sessions, ...nativeErrors(403, 404) },
      },
    }, async (request) => (await sessions.listActive(request.params.accountId, request.query.subject)).map((row) => presentSession(row, idleMs)));

    app.delete('/accounts/:accountId/sessions/:id', {
      config: { permission: 'sessions:delete', scope: 'account', auditTarget: 'session' },
      schema: {
        operationId: 'revokeSession', tags: TAGS, summary: 'End one session at once: its next request is a 401',
        description: 'Revokes the session on every node at once (each request reads the session). The person may sign in again if the role map still grants them a role. Account admins only.',
        params: accountParams({ id: Type.String({ pattern: '^ses_[A-Za-z0-9_-]{1,40}$', description: 'The session ID (ses_…).' }) }),
        response: { 204: Type.Null(), ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => {
      await sessions.revoke(request.params.accountId, request.params.id);
      return reply.status(204).send(null);
    });

    app.delete('/accounts/:accountId/sessions', {
      config: { permission: 'sessions:delete', scope: 'account', auditTarget: 'person' },
      schema: {
        operationId: 'revokePersonSessions', tags: TAGS, summary: "End every session of one person in the account at once",
        description: 'Revokes all of the person\'s sessions (browser and CLI) in the account, for example when they leave the team; answers how many were ended. Account admins only.',
        params: accountParams(),
        querystring: Type.Object({ subject: Subject }, { additionalProperties: false }),
        response: {
          200: Type.Object({ revoked: Type.Integer({ description: 'How many sessions were ended.' }) }, { examples: [{ revoked: 2 }] }),
          ...nativeErrors(403, 404),
        },
      },
    }, async (request) => {
      request.auditTargetId = request.query.subject;
      return { revoked: await sessions.revokePerson(request.params.accountId, request.query.subject) };
    });
  };
}
