import type { FastifyReply, FastifyRequest } from 'fastify';
import { ValidationError } from '../../platform/errors.ts';
import { answerIn } from '../../platform/http/dialects.ts';
import type { AuthLimiter } from '../../platform/http/auth-limit.ts';
import { PROJECT_ID_PATTERN } from '../../platform/http/native-params.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { AuditService } from '../../modules/audit/service.ts';
import { postProcessRoutes } from '../../modules/connection-groups/post-process-routes.ts';
import { connectionGroupRoutes } from '../../modules/connection-groups/routes.ts';
import { templateRoutes } from '../../modules/connection-groups/template-routes.ts';
import '../../modules/connection-groups/scope.ts';
import type { ConnectionGroupsService } from '../../modules/connection-groups/service.ts';
import { simStackRoutes, type SimStackDeps } from './sim-admin/stack-routes.ts';
import { auditHook } from '../../modules/audit/http-hook.ts';
import { refusalOf } from '../../modules/audit/reason.ts';
import { authenticateCaller, nativeAuthHooks, type SessionAuth } from '../../modules/tenancy/http-auth.ts';
import { nativeErrorHandler } from '../../platform/http/native-errors.ts';
import { groupsErrorHandler } from './connection-groups-errors.ts';
import type { TenancyService } from '../../modules/tenancy/service.ts';

export interface ConnectionGroupsSurfaceDeps {
  readonly tenancy: TenancyService;
  readonly audit: AuditService;
  readonly groups: ConnectionGroupsService;
  /** The account of the configured instance admin token, which has none of its own. */
  readonly defaultAccountId: number;
  readonly authLimit: AuthLimiter;
  /** Signed-in people's sessions (the console's cookie, CSRF-checked on writes), accepted like bearer tokens. */
  readonly sessions?: SessionAuth;
}

const OU_HEADER = 'x-clumio-organizationalunit-context';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Clumio-style media types (`application/api.clumio.<resource>=v<N>+json`) are JSON. */
const CLUMIO_MEDIA_TYPE = /^application\/api\.clumio\.[a-z0-9-]+=v\d+\+json$/;

/**
 * /connections/aws: the Clumio-compatible connection-group surface. Bearer tokens as on the native surface;
 * the account is the token's (the instance admin's is the default account); the organizational unit is the
 * project named by x-clumio-organizationalunit-context, else the token's first project, else `default`.
 * The stack's post-process callback authenticates by the group's token and external id instead.
 */
export function connectionGroupsSurface(deps: ConnectionGroupsSurfaceDeps) {
  return async function (app: HttpServer): Promise<void> {
    answerIn(app, groupsErrorHandler);
    // Fastify refuses `…=v1+json` as a malformed media type (`=` is not a token character) before any parser
    // runs, so the Clumio media types are read as the JSON they are.
    app.addHook('onRequest', async (request) => {
      const type = request.headers['content-type'];
      if (typeof type === 'string' && CLUMIO_MEDIA_TYPE.test(type.split(';')[0]!.trim().toLowerCase())) request.headers['content-type'] = 'application/json';
    });
    app.addHook('onSend', async (request, reply, payload) => {
      // Fastify will not label a body with a media type it cannot parse (`=v1`), so the label goes on last.
      const media = request.routeOptions.config.mediaType;
      if (media && reply.statusCode < 400) reply.header('content-type', media);
      await record(request, reply, payload);
      return payload;
    });

    await app.register(async (authenticated) => {
      authenticated.addHook('onRequest', async (request) => {
        request.principal = await authenticateCaller(request, deps.tenancy, deps.authLimit, deps.sessions);
      });
      authenticated.addHook('preValidation', async (request) => {
        const permission = request.routeOptions.config.permission;
        if (!permission) return;
        const principal = request.principal!;
        // clumio-go-sdk always sends the header, empty when the user configured no unit: empty is "not given".
        const raw = request.headers[OU_HEADER];
        const header = raw === '' ? undefined : raw;
        if (header !== undefined && (typeof header !== 'string' || !new RegExp(PROJECT_ID_PATTERN).test(header))) {
          throw new ValidationError({ [OU_HEADER]: `must match ${PROJECT_ID_PATTERN}` });
        }
        // A create may name its organizational unit in the body; it is authorised like the header.
        const named = request.method === 'POST' ? (request.body as { organizational_unit_id?: unknown } | undefined)?.organizational_unit_id : undefined;
        const projectId = typeof named === 'string' ? named : header ?? principal.projects?.[0] ?? 'default';
        const scope = { accountId: principal.accountId ?? deps.defaultAccountId, projectId };
        await deps.tenancy.authorize(principal, scope, permission);
        request.groupScope = scope;
      });
      await authenticated.register(connectionGroupRoutes(deps.groups));
    });
    await app.register(postProcessRoutes(deps.groups, deps.authLimit));
    // deployment_template_url: fetched by CloudFormation without credentials; the URL is signed instead.
    await app.register(templateRoutes(deps.groups));
  };

  /** Every write the caller was allowed to address is an audit event, refused ones too, as on /api/v1. */
  async function record(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<void> {
    const scope = request.groupScope;
    if (!WRITES.has(request.method) || !request.principal || !scope) return;
    const schema = request.routeOptions.schema as { operationId?: string } | undefined;
    const params = (request.params ?? {}) as { connection_group_id?: string };
    const refusal = refusalOf(reply.statusCode, payload);
    try {
      await deps.audit.record({
        account_id: scope.accountId, project_id: scope.projectId,
        actor: request.principal.actor, actor_name: request.principal.name,
        action: schema?.operationId ?? `${request.method} ${request.routeOptions.url ?? ''}`,
        method: request.method, path: request.url.split('?')[0]!,
        target_type: request.routeOptions.config.auditTarget ?? null,
        target_id: request.auditTargetId ?? params.connection_group_id ?? null,
        result: reply.statusCode < 400 ? 'success' : 'failure', status_code: reply.statusCode,
        request_id: request.id, created_at: Date.now(), reason_code: refusal.code, reason_message: refusal.message,
      });
    } catch (error) {
      request.log.error({ err: error }, 'could not record the audit event');
    }
  }
}

/**
 * The simulated CloudFormation's endpoint (POST /api/v1/sim/stacks), registered beside the native surface
 * under its prefix with the native surface's auth, error body and audit (the instance admin's alone).
 */
export function simStackSurface(deps: { tenancy: TenancyService; audit: AuditService; stacks: SimStackDeps; authLimit: AuthLimiter }) {
  return async function (app: HttpServer): Promise<void> {
    // The native surface already answers /api/v1's unknown paths: only its error handler is needed here.
    app.setErrorHandler(nativeErrorHandler);
    const auth = nativeAuthHooks(deps.tenancy, deps.authLimit);
    app.addHook('onRequest', auth.onRequest);
    app.addHook('preValidation', auth.preValidation);
    app.addHook('onSend', auditHook(deps.audit));
    await app.register(simStackRoutes(deps.stacks));
  };
}
