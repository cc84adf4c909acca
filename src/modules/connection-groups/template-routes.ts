import { Type } from '@sinclair/typebox';
import '../../platform/http/route-config.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { groupErrors, TemplateAnswer } from './schemas.ts';
import { baseUrlOf } from './scope.ts';
import type { ConnectionGroupsService } from './service.ts';

const TemplateParams = Type.Object({ connection_group_id: Type.String({ minLength: 1, maxLength: 200, description: 'The connection group id (its id field, a UUID).' }) }, { additionalProperties: false });
const SignedQuery = Type.Object({
  v: Type.Integer({ minimum: 0, maximum: 999_999_999, default: 0, description: 'The template version, as the URL gives it.' }),
  expires: Type.Integer({ minimum: 0, maximum: 99_999_999_999, default: 0, description: 'When the URL stops working (epoch seconds).' }),
  signature: Type.String({ maxLength: 100, default: '', description: 'HMAC-SHA256 of the group, version and expiry (base64url).' }),
}, { additionalProperties: false });

/**
 * GET /connections/aws/templates/{id}?v&expires&signature: a group's deployment_template_url. CloudFormation
 * fetches a quick-create stack's template itself, with no credentials, so the URL carries its own proof: a
 * signature and an expiry. Reachable wherever /connections/aws is (see the README for exposing it).
 */
export function templateRoutes(groups: ConnectionGroupsService) {
  return async function (app: HttpServer): Promise<void> {
    app.get('/templates/:connection_group_id', {
      schema: {
        operationId: 'readSignedAwsConnectionGroupTemplate', tags: ['connection groups'], security: [],
        summary: 'The CloudFormation template a deployment_template_url names: no token, the URL is signed and expires after a day',
        description: 'The URL a group\'s deployment_template_url gives, to fetch with no credentials: the signature proves the URL was handed out for this group '
          + 'and version. Real CloudFormation takes a quick-create template only from S3: download it and upload it to a bucket, or deploy it with '
          + 'aws cloudformation deploy --template-file. 403 when the URL was not signed here or has expired (read the group again for a fresh one); '
          + '404 when the version was replaced or discarded.',
        params: TemplateParams, querystring: SignedQuery,
        response: { 200: TemplateAnswer, ...groupErrors(403, 404) },
      },
    }, async (request, reply) => reply.type('application/json').send(
      await groups.signedTemplate(request.params.connection_group_id, request.query, baseUrlOf(request)),
    ));
  };
}
