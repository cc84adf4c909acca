import { Type } from '@sinclair/typebox';
import { AWS_REGIONS } from '../../cloud/regions.ts';
import { PROJECT_ID_PATTERN } from '../../platform/http/native-params.ts';
import { Nullable, StringEnum } from '../../platform/http/schema.ts';
import { ASSET_TYPE_VALUES } from './asset-types.ts';
import { CREATE_GROUP_EXAMPLE, GROUP_ERROR_EXAMPLE, TEMPLATE_EXAMPLE, UPDATE_GROUP_EXAMPLE } from './examples.ts';

const AWS_ACCOUNT = '^\\d{12}$';
export const AccountId = (description: string) => Type.String({ pattern: AWS_ACCOUNT, description });
export const Region = (description: string) => StringEnum(AWS_REGIONS, { description });
const ASSET_NOTE = 'Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS).';
const AssetTypes = (description: string) => Type.Array(StringEnum(ASSET_TYPE_VALUES), { minItems: 1, maxItems: 12, description: `${description} ${ASSET_NOTE}` });
const Regions = Type.Array(Region('An AWS region.'), { minItems: 1, maxItems: AWS_REGIONS.length, uniqueItems: true, description: 'The AWS regions to be associated with the Connection Group (kept sorted, without repeats).' });
const Description = Type.String({ maxLength: 1000, description: 'Description for this connection group, up to 1000 characters. Default: empty on create, unchanged on update.' });
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
}, { additionalProperties: false, ...ASSET_TYPES_REQUIRED, description: 'Null is accepted for every optional field and means not given.', examples: [CREATE_GROUP_EXAMPLE] });

export const UpdateGroupBody = Type.Object({
  asset_types: Type.Optional(AssetTypes('Required: the asset types to be connected via the connection-group.')),
  asset_types_enabled: Type.Optional(AssetTypes('DEPRECATED, use "asset_types" instead.')),
  aws_regions: Regions,
  description: Type.Optional(Description),
  template_permission_set: Type.Optional(PermissionSet),
}, {
  additionalProperties: false, ...ASSET_TYPES_REQUIRED, examples: [UPDATE_GROUP_EXAMPLE],
  description: 'Null is accepted for every optional field and means not given (the value stays).',
});

export const GroupParams = Type.Object({
  // The seed gives the id no pattern: an id that names no group, UUID or not, is a 404.
  connection_group_id: Type.String({ minLength: 1, maxLength: 200, description: 'The connection group id (its id field, a UUID).' }),
}, { additionalProperties: false });
export const ReadQuery = Type.Object({
  return_external_id: Type.Optional(Type.Boolean({ description: 'Return external_id (the stack needs it). Default false.' })),
  embed: Type.Optional(Type.String({ maxLength: 200, description: "Clumio's embeddable link names; accepted, nothing is embedded (a group has no embeddable resource here)." })),
}, { additionalProperties: false });
export const TemplateQuery = Type.Object({
  v: Type.Optional(Type.Integer({ minimum: 1, description: 'The template version; default the latest. Only the pending version and the installed one can be read: another is a 404.' })),
}, { additionalProperties: false });
export const ListQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'Items per page (1–100, default 100).' })),
  start: Type.Optional(Type.String({ pattern: '^[1-9]\\d{0,8}$', description: 'The page number, as in Clumio\'s API: 1 (default) is the first page of `limit` items.' })),
  filter: Type.Optional(Type.String({
    maxLength: 4000,
    description: 'A JSON object of field: {operator: value}, every field must match: account_native_id {$eq | $in}, organizational_unit_id {$in}, '
      + 'account_alias {$contains} (part of account_name), services_enabled {$eq | $contains} (asset types), status {$eq | $in}. '
      + '$in takes a list of up to 100 values. Example: {"status":{"$in":["fully_connected","partially_connected"]}}. An unknown field or operator is a 400.',
  })),
}, { additionalProperties: false });

/** A CloudFormation template, as both template routes answer it. */
export const TemplateAnswer = Type.Record(Type.String(), Type.Unknown(), {
  description: "A CloudFormation template (JSON): the role Lifeboat assumes, trusted only with the group's external id; one least-privilege policy per asset type, "
    + 'limited to the regions; and a custom resource that reports Create, Update and Delete to post-process. Metadata.Lifeboat names the accounts and regions to deploy it in.',
  examples: [TEMPLATE_EXAMPLE],
});

const ERROR_CODES = '4001 bad request (a field is invalid), 4011 not authenticated, 4031 forbidden, 4041 not found, 4091 conflict, 4121 precondition failed, '
  + '4131 body over 1 MiB, 4151 unsupported media type, 4221 unprocessable, 4291 too many requests, 5001 internal error (quote the request id it gives), '
  + '5021 and 5031 the cloud failed or was busy';
export const ClumioErrorBody = Type.Object({
  errors: Type.Array(Type.Object({
    error_code: Type.Integer({ minimum: 0, description: `The HTTP status followed by a digit, stable to switch on: ${ERROR_CODES}.` }),
    error_message: Type.String({ description: 'The reason for the error; on a 400, it starts with the field it is about (field: reason).' }),
  }), { description: 'The errors found: one per bad field on a 400, else one.' }),
}, { description: 'Error', examples: [GROUP_ERROR_EXAMPLE] });

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
