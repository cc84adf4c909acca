import { Type } from '@sinclair/typebox';
import { AWS_REGIONS } from '../../cloud/regions.ts';
import { PROJECT_ID_PATTERN } from '../../platform/http/native-params.ts';
import { Nullable, StringEnum } from '../../platform/http/schema.ts';
import { ASSET_TYPE_VALUES } from './asset-types.ts';
import { GROUP_STATUSES, STACK_OPERATIONS } from './lifecycle.ts';

const AWS_ACCOUNT = '^\\d{12}$';
const AccountId = (description: string) => Type.String({ pattern: AWS_ACCOUNT, description });
const Region = (description: string) => StringEnum(AWS_REGIONS, { description });
const ASSET_NOTE = 'Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS).';
const AssetTypes = (description: string) => Type.Array(StringEnum(ASSET_TYPE_VALUES), { minItems: 1, maxItems: 12, description: `${description} ${ASSET_NOTE}` });
const Regions = Type.Array(Region('An AWS region.'), { minItems: 1, maxItems: AWS_REGIONS.length, uniqueItems: true, description: 'The AWS regions to be associated with the Connection Group.' });
const Description = Type.String({ maxLength: 1000, description: 'Description for this connection group.' });
const PermissionSet = Type.String({
  minLength: 1, maxLength: 100,
  description: "Clumio's template permission set, kept and returned as given. Lifeboat's templates grant the least privilege of the asset types whatever it says.",
});
// Clumio's request structs send every unset field as null (no omitempty): the surface drops a null before
// validation, so null is "not given" for each optional field here. `asset_types` is required; only its
// deprecated alias may stand in for it.
const ASSET_TYPES_REQUIRED = { anyOf: [{ required: ['asset_types'] }, { required: ['asset_types_enabled'] }] };

export const CreateGroupBody = Type.Object({
  account_native_id: AccountId('The AWS-assigned ID of the account to onboard.'),
  master_aws_account_id: Type.Optional(AccountId('The account whose stack manages the group. Default: account_native_id.')),
  master_region: Type.Optional(Region('The region of the managing stack. Default: the first of aws_regions.')),
  asset_types: Type.Optional(AssetTypes('Required: the asset types to be connected via the connection-group.')),
  asset_types_enabled: Type.Optional(AssetTypes('DEPRECATED, use "asset_types" instead.')),
  aws_regions: Regions,
  description: Type.Optional(Description),
  organizational_unit_id: Type.Optional(Type.String({ pattern: PROJECT_ID_PATTERN, description: 'The organizational unit (Lifeboat project). Default: the x-clumio-organizationalunit-context header, else the token\'s default project.' })),
  template_permission_set: Type.Optional(PermissionSet),
}, { additionalProperties: false, ...ASSET_TYPES_REQUIRED, description: 'Null is accepted for every optional field and means not given.' });

/** Seed 001: PUT …/connection-groups/{connection_group_id}. */
export const UpdateGroupBody = Type.Object({
  asset_types: Type.Optional(AssetTypes('Required: the asset types to be connected via the connection-group.')),
  asset_types_enabled: Type.Optional(AssetTypes('DEPRECATED, use "asset_types" instead.')),
  aws_regions: Regions,
  description: Type.Optional(Description),
  template_permission_set: Type.Optional(PermissionSet),
}, { additionalProperties: false, ...ASSET_TYPES_REQUIRED, description: 'Null is accepted for every optional field and means not given (the value stays).' });

export const GroupParams = Type.Object({
  // The seed gives the id no pattern: an id that names no group, UUID or not, is a 404.
  connection_group_id: Type.String({ minLength: 1, maxLength: 200, description: 'The connection group id.' }),
}, { additionalProperties: false });
export const ReadQuery = Type.Object({
  return_external_id: Type.Optional(Type.Boolean({ description: 'Return external_id (the stack needs it). Default false.' })),
  embed: Type.Optional(Type.String({ maxLength: 200, description: "Clumio's embeddable link names; accepted, nothing is embedded (a group has no embeddable resource here)." })),
}, { additionalProperties: false });
export const TemplateQuery = Type.Object({
  v: Type.Optional(Type.Integer({ minimum: 1, description: 'The template version; default the latest.' })),
}, { additionalProperties: false });
export const ListQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'Items per page (1–100, default 100).' })),
  start: Type.Optional(Type.String({ pattern: '^[1-9]\\d{0,8}$', description: 'The page number, as in Clumio\'s API: 1 (default) is the first page of `limit` items.' })),
  filter: Type.Optional(Type.String({
    maxLength: 4000,
    description: 'JSON: account_native_id {$eq | $in}, organizational_unit_id {$in}, account_alias {$contains}, services_enabled {$eq | $contains}, status {$eq | $in}.',
  })),
}, { additionalProperties: false });

export const Link = Type.Object({
  href: Type.String({ description: 'The URI for the referenced operation.' }),
  templated: Type.Boolean({ description: 'Whether href is a URI template.' }),
  type: Type.String({ description: 'The HTTP method to be used with href.' }),
});
const Installed = Type.Object({ installed_template_version: Type.String() });

export const ConnectionGroup = Type.Object({
  _etag: Type.String({ description: 'The ETag value; send it as If-Match.' }),
  _links: Type.Object({ _self: Link, 'read-organizational-unit': Link, 'update-aws-connection-group': Link }),
  account_name: Nullable(Type.String({ description: 'The alias of the associated account in AWS, as the stack reported it.' })),
  account_native_ids: Type.Array(Type.String()),
  asset_types_enabled: Type.Array(Type.String()),
  aws_regions: Type.Array(Type.String()),
  config: Nullable(Type.Object({
    asset_types_enabled: Type.Array(Type.String()),
    installed_template_version: Type.String(),
    dynamodb: Type.Optional(Installed), ebs: Type.Optional(Installed), ec2: Type.Optional(Installed),
    ec2_mssql: Type.Optional(Installed), rds: Type.Optional(Installed), s3: Type.Optional(Installed),
    warm_tier_protect: Type.Optional(Type.Object({ installed_template_version: Type.String(), dynamodb: Type.Optional(Installed) })),
  }, { description: 'What the stack installed; null until it first reports.' })),
  created_timestamp: Type.String({ format: 'date-time' }),
  deployment_template_url: Type.String({ description: 'The CloudFormation template of the latest version.' }),
  description: Type.String(),
  external_id: Type.Optional(Type.String({ description: 'On create and update answers, and on a read with return_external_id=true.' })),
  id: Type.String({ description: 'The connection group id; the token the stack presents.' }),
  intended_account_native_ids: Nullable(Type.Array(Type.String())),
  intended_asset_types: Nullable(Type.Array(Type.String())),
  intended_aws_regions: Nullable(Type.Array(Type.String())),
  master_aws_account_id: Type.String(),
  master_region: Type.String(),
  ongoing_stack_operation: StringEnum(STACK_OPERATIONS),
  organizational_unit_id: Type.String(),
  stack_arn: Nullable(Type.String()),
  stack_name: Nullable(Type.String()),
  status: StringEnum(GROUP_STATUSES),
  template_permission_set: Nullable(Type.String({ description: 'As the create or update gave it; null when never given.' })),
});

export const GroupList = Type.Object({
  current_count: Type.Integer(),
  limit: Type.Integer(),
  start: Type.String(),
  filter_applied: Type.String(),
  total_count: Type.Optional(Type.Integer()),
  _embedded: Type.Object({ items: Type.Array(ConnectionGroup) }),
  _links: Type.Object({ _self: Link, _first: Link, _next: Nullable(Link) }),
});

/** The stack's callback (the custom resource's event, forwarded). */
export const PostProcessBody = Type.Object({
  request_type: StringEnum(['Create', 'Update', 'Delete'] as const),
  token: Type.String({ minLength: 1, maxLength: 100, description: 'The connection group id.' }),
  role_external_id: Type.String({ minLength: 1, maxLength: 200 }),
  account_native_id: AccountId('The account the stack runs in.'),
  aws_region: Region('The region the stack runs in.'),
  role_arn: Type.Optional(Type.String({ pattern: '^arn:aws:iam::\\d{12}:role/[\\w+=,.@/-]{1,64}$' })),
  template_version: Type.Optional(Type.String({ pattern: '^[1-9]\\d{0,8}$', description: "The template version the stack runs. Clumio's Terraform provider sends none: its report is taken for the pending version, else the installed one." })),
  status: Type.Optional(StringEnum(['SUCCESS', 'FAILED'] as const, { description: 'FAILED when the stack could not set the account and region up. Default SUCCESS.' })),
  status_reason: Type.Optional(Type.String({ maxLength: 2000 })),
  account_alias: Type.Optional(Type.String({ maxLength: 100 })),
  stack_arn: Type.Optional(Type.String({ maxLength: 400 })),
  stack_name: Type.Optional(Type.String({ maxLength: 200 })),
  configuration: Type.Optional(Type.String({ maxLength: 65536, description: "Clumio's template configuration (JSON text); recorded nowhere, Lifeboat's template says what is installed." })),
  properties: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Extra resource ids or ARNs; accepted, not used.' })),
  clumio_event_pub_id: Type.Optional(Type.String({ maxLength: 400, description: "Clumio's event SNS topic (Terraform provider); accepted, not used." })),
  intermediate_role_arn: Type.Optional(Type.String({ maxLength: 400, description: 'A role to assume before the connection role (Terraform provider); accepted, not used.' })),
}, { additionalProperties: false, description: "The stack's forwarded event, or Clumio's own post-process body (clumio_post_process_aws_connection). Null means not given." });

export const PostProcessAnswer = Type.Object({
  connection_group_id: Type.String(),
  request_type: Type.String(),
  template_version: Type.String(),
  status: Type.String({ description: 'The group status after the report (deleted after the master stack\'s Delete).' }),
});

export const ClumioErrorBody = Type.Object({
  errors: Type.Array(Type.Object({ error_code: Type.Integer({ minimum: 0 }), error_message: Type.String({ description: 'The reason for the error.' }) })),
}, { description: 'Error' });

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad Request: the message names the field', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  412: 'Precondition Failed: If-Match does not match _etag', 415: 'Unsupported Media Type', 500: 'Internal Server Error',
};

/**
 * Response schemas for a route's error statuses (400, 401 and 500 are always there). Errors are sent as
 * application/json, and say so even on routes whose successes carry a vendor media type (`produces`).
 */
export function groupErrors(...statuses: number[]): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const status of [400, 401, ...statuses, 500]) {
    out[status] = { description: ERROR_DESCRIPTIONS[status] ?? 'Error', content: { 'application/json': { schema: ClumioErrorBody } } };
  }
  return out;
}

/** The media types a body may come under: JSON is JSON on this surface, whatever the label (else 415). */
export const bodyMediaTypes = (vendor: string) => ['application/json', vendor, 'text/plain'];

/** clumio-go-sdk sends it on every request, empty when the user configured no unit. */
export const OrganizationalUnitHeader = Type.Object({
  'x-clumio-organizationalunit-context': Type.Optional(Type.String({
    description: 'The organizational unit (Lifeboat project) to work in; empty or absent: the token\'s first project, else `default`.',
  })),
});
