import type { AuthLimiter } from '../../platform/http/auth-limit.ts';
import '../../platform/http/route-config.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import '../tenancy/http-auth.ts';
import { GROUPS_MEDIA_TYPE } from './routes.ts';
import { groupErrors, PostProcessAnswer, PostProcessBody } from './schemas.ts';
import type { ConnectionGroupsService } from './service.ts';

/**
 * POST /connections/aws/post-process: the stack's custom resource reporting Create, Update or Delete. No bearer
 * token: the stack authenticates with the group's token and external id. Its writes are audited as the stack's.
 * Wrong external ids count against the group's token and the caller's address (429 past the limits).
 */
export function postProcessRoutes(groups: ConnectionGroupsService, limiter: AuthLimiter) {
  return async function (app: HttpServer): Promise<void> {
    app.post('/post-process', {
      config: { auditTarget: 'connection-group', mediaType: GROUPS_MEDIA_TYPE },
      schema: {
        operationId: 'postProcessAwsConnection', tags: ['connection groups'],
        summary: "The CloudFormation stack's callback (token and role_external_id authenticate it); idempotent; older template versions are refused",
        security: [], body: PostProcessBody, response: { 200: PostProcessAnswer, ...groupErrors(404, 409, 415) },
      },
    }, async (request, reply) => {
      const body = request.body;
      request.groupScope = await limiter.authenticate(request, { kind: 'connection-group', value: body.token }, () => groups.stackScope(body));
      request.principal = {
        actor: `cloudformation-stack:${body.token}`, name: `CloudFormation stack (${body.account_native_id} ${body.aws_region})`,
        accountId: request.groupScope.accountId, role: 'operator', projects: [request.groupScope.projectId], instanceAdmin: false, serviceAccountId: undefined,
      };
      request.auditTargetId = body.token;
      const outcome = await groups.postProcess(body);
      const status = outcome.group ? groups.statusOf((await groups.viewsOf([outcome.group]))[0]!) : 'deleted';
      return reply.send({ connection_group_id: body.token, request_type: body.request_type, template_version: body.template_version, status });
    });
  };
}
