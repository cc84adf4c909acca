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
  id: Int64('Audit event ID.'), accountId: Int64('Account ID.'), projectId: Nullable(Type.String(), 'The project the call was made in; null for an account-wide call.'),
  actor: Type.String({ description: 'service-account:<id>, instance-admin, or person:<subject> for someone signed in through single sign-on.' }),
  actorName: Type.String({ description: 'The service account\'s name (or instance-admin), or the signed-in person\'s "Name <email>".' }),
  action: Type.String({ description: 'The operationId of the call.' }), method: Type.String({ description: 'The HTTP method.' }), path: Type.String({ description: 'The path called.' }),
  targetType: Nullable(Type.String(), 'What kind of thing the call acted on (cloud-connection, cloud-assembly, recovery, …); null when none.'),
  targetId: Nullable(Type.String(), 'The id of what it acted on; null when none (a refused create).'),
  result: StringEnum(['success', 'failure'] as const, { description: 'success (answered below 400) or failure (4xx or 5xx).' }),
  statusCode: Type.Integer({ description: 'The HTTP status answered.' }), requestId: Type.String({ description: 'The request id (the X-Request-Id header of the answer, and in the server log).' }),
  createdAt: Timestamp('When the call was answered.'),
  reason: Nullable(Type.Object({
    code: Nullable(Type.String({ description: 'The error code the server answered: VALIDATION_FAILED, FORBIDDEN, NAME_TAKEN, CONFLICT, CC.1001, …' })),
    message: Nullable(Type.String({ description: 'The error message the server answered (never holds a secret).' })),
  }), 'Why a refused or failed write ended as it did, as the server answered it; null on success and for events recorded before Lifeboat kept reasons.'),
}, {
  examples: [{
    id: 42, accountId: 1, projectId: 'default', actor: 'service-account:2', actorName: 'ci-deployer', action: 'startRecovery', method: 'POST',
    path: '/api/v1/accounts/1/projects/default/aws/cloud-assemblies/1/recoveries', targetType: 'recovery', targetId: 'rec-9e5a4783f9c9f6c54314',
    result: 'success', statusCode: 202, requestId: '6f1c2a9e-3b4d-4e8f-9a0b-1c2d3e4f5a6b', createdAt: '2026-12-04T14:07:20.000Z', reason: null,
  }],
});

const EventFilters = Type.Object({
  action: Type.Optional(Type.String({ maxLength: 200, description: 'Only events of this operationId (exact), e.g. startRecovery.' })),
  result: Type.Optional(StringEnum(['success', 'failure'] as const, { description: 'Only successes or only failures.' })),
  actor: Type.Optional(Type.String({ maxLength: 200, description: 'Only events of this actor (exact): service-account:<id> or instance-admin.' })),
  target_type: Type.Optional(Type.String({ maxLength: 100, description: 'Only events on this kind of target (exact), e.g. cloud-connection.' })),
  target_id: Type.Optional(Type.String({ maxLength: 200, description: 'Only events on this target id (exact).' })),
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
        description: 'Every write call (POST, PUT, PATCH, DELETE) made in the project, refused ones included, newest first, filtered by action, result, actor and target, paged by the Range header '
          + '(items=1-100 by default, at most 1000; Content-Range gives the total).',
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
        description: 'The audit trail of the whole account (every project and the account-wide calls), newest first, with the same filters and paging as the project\'s. '
          + 'A token limited to some projects is refused (403).',
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
