import type { AuthLimiter } from '../../platform/http/auth-limit.ts';
import '../../platform/http/route-config.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import '../tenancy/http-auth.ts';
import { nullMeansAbsent, readBodiesAsJson } from './json-bodies.ts';
import { PostProcessAnswer, PostProcessBody } from './post-process-schema.ts';
import { bodyMediaTypes, groupErrors } from './schemas.ts';
import type { ConnectionGroupsService } from './service.ts';

/** What clumio-go-sdk's PostProcessAwsConnection accepts (controllers/post_process_aws_connection). */
export const POST_PROCESS_MEDIA_TYPE = 'application/api.clumio.post-process-aws-connection=v1+json';

/**
 * POST /connections/aws/post-process: the stack's custom resource reporting Create, Update or Delete. No bearer
 * token: the stack authenticates with the group's token and external id. Its writes are audited as the stack's.
 * Wrong external ids count against the group's token and the caller's address (429 past the limits).
 */
export function postProcessRoutes(groups: ConnectionGroupsService, limiter: AuthLimiter) {
  return async function (app: HttpServer): Promise<void> {
    readBodiesAsJson(app);
    app.addHook('preValidation', nullMeansAbsent);
    app.post('/post-process', {
      config: { auditTarget: 'connection-group', mediaType: POST_PROCESS_MEDIA_TYPE },
      schema: {
        operationId: 'postProcessAwsConnection', tags: ['connection groups'],
        summary: "The CloudFormation stack's callback, or Clumio's Terraform provider's clumio_post_process_aws_connection (token and role_external_id authenticate it); idempotent; older template versions are refused",
        description: 'Called by the custom resource of each stack the group\'s template creates (or by clumio_post_process_aws_connection), with no bearer token: '
          + 'token and role_external_id authenticate it. Create and Update apply the pending template version the report names (or record another account and region of '
          + 'the installed one) and make the account a cloud connection of the group\'s organizational unit; Delete drops the account and region, or deletes the group when '
          + 'it is the master stack\'s. A repeat changes nothing. A version that is neither pending nor installed is refused (409), so a replay cannot roll back.',
        security: [], body: PostProcessBody, consumes: bodyMediaTypes(POST_PROCESS_MEDIA_TYPE), produces: [POST_PROCESS_MEDIA_TYPE],
        response: { 200: PostProcessAnswer, ...groupErrors(404, 409, 415) },
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
      return reply.send({ connection_group_id: body.token, request_type: body.request_type, template_version: String(outcome.templateVersion), status });
    });
  };
}
