import { Type } from '@sinclair/typebox';
import { Nullable, StringEnum } from '../../platform/http/schema.ts';
import { GROUP_EXAMPLE, GROUP_LIST_EXAMPLE } from './examples.ts';
import { GROUP_STATUSES, STACK_OPERATIONS } from './lifecycle.ts';

// The connection group as the Clumio API answers it: what the stack installed (account_native_ids, asset_types_enabled,
// aws_regions, config) beside what a version still waiting for its stack will install (intended_*).

const LINK = Type.Object({
  href: Type.String({ description: 'The URI for the referenced operation, a path on this server.' }),
  templated: Type.Boolean({ description: 'Whether href is a URI template; always false here.' }),
  type: Type.String({ description: 'The HTTP method to use with href, in lower case (get, put).' }),
});
/** A HATEOAS link, described by what it leads to. */
export const Link = (description: string) => Type.Object(LINK.properties, { description });

const Installed = (assetType: string) => Type.Object({
  installed_template_version: Type.String({ description: 'The template version that installed it.' }),
}, { description: `Present when ${assetType} is connected.` });
const PENDING = 'null when no version is pending: the stack reported it, or it was discarded unreported 24 hours after it was issued.';
const FIRST_REPORT = 'empty until the stack first reports';

export const ConnectionGroup = Type.Object({
  _etag: Type.String({ description: 'The version of the group: every write (an update, a stack report) moves it on. Send it as If-Match on an update to get a 412 instead of overwriting a change made since.' }),
  _links: Type.Object({
    _self: Link('This group (GET).'),
    'read-organizational-unit': Link("The projects (organizational units) of the group's Lifeboat account, on the native API (GET)."),
    'update-aws-connection-group': Link('Update this group (PUT).'),
  }, { description: 'Links to the operations on this group.' }),
  account_name: Nullable(Type.String({ description: 'The alias of the onboarded account (account_native_id) in AWS, as its stack reported it; null until then.' })),
  account_native_ids: Type.Array(Type.String(), { description: `The AWS accounts the installed template version connects: the onboarded account and the master account; ${FIRST_REPORT}.` }),
  asset_types_enabled: Type.Array(Type.String(), { description: `The asset types the installed template version connects, sorted (EBS is listed as EC2/EBS); ${FIRST_REPORT}.` }),
  aws_regions: Type.Array(Type.String(), { description: `The AWS regions the installed template version connects, sorted; ${FIRST_REPORT}.` }),
  config: Nullable(Type.Object({
    asset_types_enabled: Type.Array(Type.String(), { description: 'The asset types of the installed version.' }),
    installed_template_version: Type.String({ description: 'The template version the stack runs (a decimal number).' }),
    dynamodb: Type.Optional(Installed('DynamoDB')), ebs: Type.Optional(Installed('EC2/EBS')), ec2: Type.Optional(Installed('EC2/EBS')),
    ec2_mssql: Type.Optional(Installed('EC2MSSQL')), rds: Type.Optional(Installed('RDS')), s3: Type.Optional(Installed('S3')),
    warm_tier_protect: Type.Optional(Type.Object({
      installed_template_version: Type.String({ description: 'The template version that installed it.' }),
      dynamodb: Type.Optional(Installed('DynamoDB')),
    }, { description: "Present when DynamoDB is connected (Clumio's warm-tier product; one template installs both here)." })),
  }, { description: 'What the installed template version set up, per asset type; null until the stack first reports.' })),
  created_timestamp: Type.String({ format: 'date-time', description: 'When the group was created (RFC 3339, UTC).' }),
  deployment_template_url: Type.String({
    description: "The CloudFormation template of the group's latest version (the pending one while it waits for its stack). A signed URL: "
      + 'CloudFormation fetches it without a token until `expires` (epoch seconds, at least 24 hours after this answer); read the group again for a fresh one. '
      + 'Its Token and ExternalId parameters default to id and external_id.',
  }),
  description: Type.String({ description: 'The description given on create or update; empty when none was given.' }),
  external_id: Type.Optional(Type.String({
    description: 'The external id the role the stack creates requires of Lifeboat (sts:ExternalId); the stack presents it with id to post-process. '
      + 'On create and update answers, and on a read with return_external_id=true.',
  })),
  id: Type.String({ description: 'The connection group id (a UUID): the Token the stack presents to post-process.' }),
  intended_account_native_ids: Nullable(Type.Array(Type.String(), { description: `The accounts the pending template version will connect; ${PENDING}` })),
  intended_asset_types: Nullable(Type.Array(Type.String(), { description: `The asset types the pending template version will connect; ${PENDING}` })),
  intended_aws_regions: Nullable(Type.Array(Type.String(), { description: `The regions the pending template version will connect; ${PENDING}` })),
  master_aws_account_id: Type.String({ description: "The account whose stack manages the group: that stack's Delete (in master_region) deletes the group." }),
  master_region: Type.String({ description: 'The region of the managing stack.' }),
  ongoing_stack_operation: StringEnum(STACK_OPERATIONS, {
    description: 'creating_stack: the first version waits for its stack; updating_stack: a later version waits; deleting_stack: the stack of one of its '
      + 'accounts and regions reported a Delete (until it reports again, or an installed update drops that account or region); no_active_operation otherwise. A version waits 24 hours at most.',
  }),
  organizational_unit_id: Type.String({ description: 'The organizational unit: the Lifeboat project the group, and the cloud connections it makes, belong to.' }),
  stack_arn: Nullable(Type.String({ description: "The master stack's ARN, as its report gave it; null until it reports." })),
  stack_name: Nullable(Type.String({ description: "The master stack's name, as its report gave it; null until it reports." })),
  status: StringEnum(GROUP_STATUSES, {
    description: "From the stacks' reports. connecting: no report yet; unlinked: the first version was discarded unreported after 24 hours; "
      + 'fully_connected: every account and region reported connected; partially_connected: some reported failed; deployment_failed: all failed; '
      + 'connected_with_no_managed_stacks: none of the cloud connections it made is left (deleted on the native API), or no account and region is connected.',
  }),
  template_permission_set: Nullable(Type.String({ description: 'As the create or update gave it; null when never given.' })),
}, { examples: [GROUP_EXAMPLE] });

export const GroupList = Type.Object({
  current_count: Type.Integer({ description: 'How many groups this page holds.' }),
  limit: Type.Integer({ description: 'The page size asked for (default 100).' }),
  start: Type.String({ description: 'The page number of this page (1 is the first).' }),
  filter_applied: Type.String({ description: 'The filter of the request, as given; empty when none.' }),
  total_count: Type.Optional(Type.Integer({ description: 'Never sent: the matching groups are not counted. Follow _links._next until it is null.' })),
  _embedded: Type.Object({ items: Type.Array(ConnectionGroup, { description: 'The groups of the page, oldest first.' }) }, { description: 'The page.' }),
  _links: Type.Object({
    _self: Link('This page.'), _first: Link('The first page, with the same limit and filter.'),
    _next: Nullable(Link('The next page'), 'The next page; null on the last one.'),
  }, { description: 'Paging links.' }),
}, { examples: [GROUP_LIST_EXAMPLE] });
