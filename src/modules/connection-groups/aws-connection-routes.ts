import { Type, type Static } from '@sinclair/typebox';
import '../../platform/http/route-config.ts';
import { iso, Nullable, StringEnum } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { AWS_CONNECTION_EXAMPLE } from './examples.ts';
import type { GroupView } from './presenter.ts';
import { groupErrors, OrganizationalUnitHeader } from './schemas.ts';
import { scopeOf } from './scope.ts';
import type { ConnectionGroupsService } from './service.ts';

export const AWS_CONNECTIONS_MEDIA_TYPE = 'application/api.clumio.aws-connections=v1+json';
const PROGRESS = ['in_progress', 'completed', 'failed'] as const;

/** The part of Clumio's AWS connection that Clumio's Terraform provider reads: one account and region of a group. */
const AwsConnection = Type.Object({
  id: Type.String({ description: '`{account_native_id}_{aws_region}`.' }),
  account_native_id: Type.String({ description: 'The AWS account.' }),
  aws_region: Type.String({ description: 'The AWS region.' }),
  account_name: Nullable(Type.String({ description: "The group's account_name: the onboarded account's alias in AWS; null until its stack reports." })),
  connection_group_id: Type.String({ description: 'The connection group whose stacks make this connection.' }),
  token: Type.String({ description: 'The group id: the token its stacks present.' }),
  connection_status: StringEnum(['connecting', 'connected', 'failed'] as const, { description: 'What the stack reported for this account and region: connected, failed, or connecting (no report yet).' }),
  ingestion_status: StringEnum(PROGRESS, { description: 'completed once the stack reported the account and region connected, failed when it reported a failure, in_progress before.' }),
  target_setup_status: StringEnum(PROGRESS, { description: 'The same as ingestion_status: one report sets both up.' }),
  organizational_unit_id: Type.String({ description: "The group's organizational unit (Lifeboat project)." }),
  description: Type.String({ description: "The group's description." }),
  created_timestamp: Type.String({ format: 'date-time', description: 'When the group was created (RFC 3339, UTC).' }),
  stack_arn: Nullable(Type.String({ description: "The group's master stack ARN; null until it reports." })),
  stack_name: Nullable(Type.String({ description: "The group's master stack name; null until it reports." })),
  template_permission_set: Nullable(Type.String({ description: "The group's template_permission_set; null when never given." })),
  external_id: Type.Optional(Type.String({ description: "The group's external_id, with return_external_id=true." })),
}, { examples: [AWS_CONNECTION_EXAMPLE] });

const Params = Type.Object({ connection_id: Type.String({ minLength: 1, maxLength: 100, description: '`{account_native_id}_{aws_region}`, e.g. 111111111111_us-east-1.' }) }, { additionalProperties: false });
const Query = Type.Object({ return_external_id: Type.Optional(Type.Boolean({ description: 'Return external_id too. Default false.' })) }, { additionalProperties: false });

function present(view: GroupView, account: string, region: string, externalId: boolean): Static<typeof AwsConnection> {
  const { row } = view;
  const target = view.targets.find((t) => t.account_native_id === account && t.aws_region === region && t.state !== 'deleted');
  const status = target?.state === 'connected' ? 'connected' : target?.state === 'failed' ? 'failed' : 'connecting';
  const progress = status === 'connected' ? 'completed' : status === 'failed' ? 'failed' : 'in_progress';
  return {
    id: `${account}_${region}`, account_native_id: account, aws_region: region, account_name: row.account_name,
    connection_group_id: row.id, token: row.id, connection_status: status, ingestion_status: progress, target_setup_status: progress,
    organizational_unit_id: row.project_id, description: row.description, created_timestamp: iso(row.created_at),
    stack_arn: row.stack_arn, stack_name: row.stack_name, template_permission_set: row.template_permission_set,
    ...(externalId ? { external_id: row.external_id } : {}),
  };
}

/**
 * GET /connections/aws/{account}_{region}: Clumio's ReadAwsConnection, for the connections a group's stacks
 * make. terraform-provider-clumio's clumio_post_process_aws_connection reads it before a Create (a connected one
 * turns the Create into an Update) and polls it while it waits for ingestion. Read only; Lifeboat's own view of
 * the connection is the native cloud connection it made.
 */
export function awsConnectionRoutes(groups: ConnectionGroupsService) {
  return async function (app: HttpServer): Promise<void> {
    app.get('/:connection_id', {
      config: { permission: 'connection-groups:read', mediaType: AWS_CONNECTIONS_MEDIA_TYPE },
      schema: {
        operationId: 'readAwsConnection', tags: ['connection groups'], summary: "An account and region of a connection group, as Clumio's AWS connection",
        description: "Clumio's ReadAwsConnection, for the accounts and regions a connection group's stacks connect (Clumio's Terraform provider reads it). "
          + 'Read only: 404 unless a group of the organizational unit has the account and the region, installed or pending. Lifeboat\'s own view of the account is '
          + 'the cloud connection the group made on the native API.',
        headers: OrganizationalUnitHeader, params: Params, querystring: Query, produces: [AWS_CONNECTIONS_MEDIA_TYPE],
        response: { 200: AwsConnection, ...groupErrors(403, 404) },
      },
    }, async (request, reply) => {
      const { view, account, region } = await groups.awsConnection(scopeOf(request), request.params.connection_id);
      return reply.send(present(view, account, region, request.query.return_external_id === true));
    });
  };
}
