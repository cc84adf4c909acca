import type { FastifyReply, FastifyRequest } from 'fastify';
import '../tenancy/http-auth.ts';
import { refusalOf } from './reason.ts';
import type { AuditService } from './service.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Records an audit event for every write the caller was allowed to address: who, what (the route's
 * operationId), the target, when, and the status it ended with (failures too). A request that never
 * authenticated, or named an account the token cannot see, is not recorded in that account. A refusal keeps
 * the error code and message the caller was answered (reason.ts).
 */
export function auditHook(audit: AuditService) {
  // onSend, not onResponse: the event is written before the client has its answer, so a client that reads
  // the trail right after a write finds the write in it.
  // A callback hook: a read (most requests) goes straight on, without the promise an async hook costs.
  return function onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: Error | null, payload?: unknown) => void): void {
    if (!WRITES.has(request.method) || !request.principal || isReadOnly(request)) return done(null, payload);
    record(request, reply, payload).then(() => done(null, payload), (error: Error) => done(error));
  };

  /** A POST that needs only a read permission (the assembly's live filter preview) changes nothing: not an event. */
  function isReadOnly(request: FastifyRequest): boolean {
    return request.routeOptions.config.permission?.endsWith(':read') === true;
  }

  async function record(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<void> {
    if (!WRITES.has(request.method) || !request.principal) return;
    const params = (request.params ?? {}) as Record<string, string | number | undefined>;
    // An account created by the configured instance admin (no account of its own) is recorded in itself.
    const created = request.routeOptions.config.auditTarget === 'account' ? request.auditTargetId : undefined;
    const accountId = Number(params.accountId ?? request.principal.accountId ?? created);
    if (!Number.isSafeInteger(accountId) || accountId < 1) return;
    if (!request.principal.instanceAdmin && request.principal.accountId !== accountId) return;
    if (reply.statusCode === 404 && request.routeOptions.config.permission === undefined) return;
    const schema = request.routeOptions.schema as { operationId?: string } | undefined;
    const targetId = request.auditTargetId ?? params.id;
    const refusal = refusalOf(reply.statusCode, payload);
    try {
      await audit.record({
        account_id: accountId,
        project_id: typeof params.projectId === 'string' ? params.projectId : null,
        actor: request.principal.actor,
        actor_name: request.principal.name,
        action: schema?.operationId ?? `${request.method} ${request.routeOptions.url ?? ''}`,
        method: request.method,
        path: request.url.split('?')[0]!,
        target_type: request.routeOptions.config.auditTarget ?? null,
        target_id: targetId === undefined ? null : String(targetId),
        result: reply.statusCode < 400 ? 'success' : 'failure',
        status_code: reply.statusCode,
        request_id: request.id,
        created_at: Date.now(),
        reason_code: refusal.code,
        reason_message: refusal.message,
      });
    } catch (error) {
      request.log.error({ err: error }, 'could not record the audit event');
    }
  }
}
