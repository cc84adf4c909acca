import { Type } from '@sinclair/typebox';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import { accountParams, ListHeaders, projectParams } from '../../platform/http/native-params.ts';
import { contentRange, parseItemRange } from '../../platform/http/range.ts';
import { Int64, iso, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { ForbiddenError } from '../../platform/errors.ts';
import type { AuditEventRow, AuditService } from './service.ts';
import '../tenancy/http-auth.ts';

const AuditEvent = Type.Object({
  id: Int64(), accountId: Int64(), projectId: Nullable(Type.String()),
  actor: Type.String({ description: 'service-account:<id>, instance-admin, or person:<subject> for someone signed in through single sign-on.' }), actorName: Type.String({ description: 'The service account\'s name, or the person\'s "Name <email>".' }),
  action: Type.String({ description: 'The operationId of the call.' }), method: Type.String(), path: Type.String(),
  targetType: Nullable(Type.String()), targetId: Nullable(Type.String()),
  result: StringEnum(['success', 'failure'] as const), statusCode: Type.Integer(), requestId: Type.String(), createdAt: Timestamp(),
  reason: Nullable(Type.Object({
    code: Nullable(Type.String({ description: 'The error code the server answered: VALIDATION_FAILED, FORBIDDEN, NAME_TAKEN, CONFLICT, CC.1001, …' })),
    message: Nullable(Type.String({ description: 'The error message the server answered (never holds a secret).' })),
  }), 'Why a refused or failed write ended as it did, as the server answered it; null on success and for events recorded before Lifeboat kept reasons.'),
});

const EventFilters = Type.Object({
  action: Type.Optional(Type.String({ maxLength: 200 })),
  result: Type.Optional(StringEnum(['success', 'failure'] as const)),
  actor: Type.Optional(Type.String({ maxLength: 200 })),
  target_type: Type.Optional(Type.String({ maxLength: 100 })),
  target_id: Type.Optional(Type.String({ maxLength: 200 })),
}, { additionalProperties: false });

const event = (row: AuditEventRow) => ({
  id: row.id, accountId: row.account_id, projectId: row.project_id, actor: row.actor, actorName: row.actor_name, action: row.action,
  method: row.method, path: row.path, targetType: row.target_type, targetId: row.target_id, result: row.result as 'success' | 'failure',
  statusCode: row.status_code, requestId: row.request_id, createdAt: iso(row.created_at),
  reason: row.reason_code === null && row.reason_message === null ? null : { code: row.reason_code, message: row.reason_message },
});

export function auditRoutes(audit: AuditService) {
  return async function (app: HttpServer): Promise<void> {
    app.get('/accounts/:accountId/projects/:projectId/events', {
      config: { permission: 'events:read' },
      schema: {
        operationId: 'listProjectEvents', tags: ['audit'], summary: "The project's audit trail, newest first",
        params: projectParams(), querystring: EventFilters, headers: ListHeaders,
        response: { 200: Type.Array(AuditEvent), ...nativeErrors(400, 403, 404) },
      },
    }, async (request, reply) => {
      const range = parseItemRange(request.headers.range);
      const q = request.query;
      const { rows, total } = await audit.list({
        accountId: request.params.accountId, projectId: request.params.projectId,
        action: q.action, result: q.result, actor: q.actor, targetType: q.target_type, targetId: q.target_id,
      }, range);
      reply.header('Content-Range', contentRange(range, rows.length, total));
      return rows.map(event);
    });

    app.get('/accounts/:accountId/events', {
      config: { permission: 'account-events:read', scope: 'account' },
      schema: {
        operationId: 'listAccountEvents', tags: ['audit'], summary: "Every audit event of the account, newest first",
        params: accountParams(), querystring: EventFilters, headers: ListHeaders,
        response: { 200: Type.Array(AuditEvent), ...nativeErrors(400, 403, 404) },
      },
    }, async (request, reply) => {
      // Account-wide events span every project: a token limited to some projects may not read them.
      if (request.principal!.projects) throw new ForbiddenError(['account-events:read']);
      const range = parseItemRange(request.headers.range);
      const q = request.query;
      const { rows, total } = await audit.list({
        accountId: request.params.accountId,
        action: q.action, result: q.result, actor: q.actor, targetType: q.target_type, targetId: q.target_id,
      }, range);
      reply.header('Content-Range', contentRange(range, rows.length, total));
      return rows.map(event);
    });
  };
}
