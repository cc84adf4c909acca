// Examples for the API reference: the answers of a test run that onboarded the demo's production account
// (111111111111, us-east-1 and us-west-2) through a connection group and the simulated CloudFormation, with the
// host the client reached the server at written as https://lifeboat.example.com.
import { groupTemplate } from './template.ts';

const BASE_URL = 'https://lifeboat.example.com';
const GROUP_ID = '549957dd-f030-428d-8039-eb101f3303e2';
const EXTERNAL_ID = 'lifeboat-2aed3d390708be341fd9dfbb05775201';
const ACCOUNT = '111111111111';
const REGIONS = ['us-east-1', 'us-west-2'];
const STACK_NAME = `lifeboat-connection-group-${GROUP_ID.slice(0, 8)}`;
const STACK_ARN = `arn:aws:cloudformation:us-east-1:${ACCOUNT}:stack/${STACK_NAME}/b5dcb549-ba58-45ce-8121-3203900968fc`;
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/LifeboatConnectionGroup-${GROUP_ID.slice(0, 8)}`;
const SELF = `/connections/aws/connection-groups/${GROUP_ID}`;
const templateUrl = (version: number, signature: string) =>
  `${BASE_URL}/connections/aws/templates/${GROUP_ID}?v=${version}&expires=1796529600&signature=${signature}`;
const installed = { installed_template_version: '1' };

export const CREATE_GROUP_EXAMPLE = { account_native_id: ACCOUNT, asset_types: ['EC2/EBS', 'RDS', 'DynamoDB'], aws_regions: REGIONS, description: 'Production workloads' };
export const UPDATE_GROUP_EXAMPLE = { asset_types: ['EC2/EBS', 'RDS', 'DynamoDB', 'S3'], aws_regions: REGIONS, description: 'Production workloads' };

/** A group whose stack reported its first version in both regions (GET, without return_external_id). */
export const GROUP_EXAMPLE = {
  _etag: '3',
  _links: {
    _self: { href: SELF, templated: false, type: 'get' },
    'read-organizational-unit': { href: '/api/v1/accounts/1/projects', templated: false, type: 'get' },
    'update-aws-connection-group': { href: SELF, templated: false, type: 'put' },
  },
  account_name: 'demo-production',
  account_native_ids: [ACCOUNT],
  asset_types_enabled: ['DynamoDB', 'EC2/EBS', 'RDS'],
  aws_regions: REGIONS,
  config: {
    asset_types_enabled: ['DynamoDB', 'EC2/EBS', 'RDS'], installed_template_version: '1',
    dynamodb: installed, ebs: installed, ec2: installed, rds: installed, warm_tier_protect: { ...installed, dynamodb: installed },
  },
  created_timestamp: '2026-12-05T03:07:07.520Z',
  deployment_template_url: templateUrl(1, 'H45lP9Xez0tDRezDtQAc-3GJEiKWMNdAA9JoquCLbNI'),
  description: 'Production workloads',
  id: GROUP_ID,
  intended_account_native_ids: null,
  intended_asset_types: null,
  intended_aws_regions: null,
  master_aws_account_id: ACCOUNT,
  master_region: 'us-east-1',
  ongoing_stack_operation: 'no_active_operation',
  organizational_unit_id: 'default',
  stack_arn: STACK_ARN,
  stack_name: STACK_NAME,
  status: 'fully_connected',
  template_permission_set: null,
};

/** The answer to CREATE_GROUP_EXAMPLE: version 1 pending until the stack reports it. */
export const CREATED_GROUP_EXAMPLE = {
  ...GROUP_EXAMPLE,
  _etag: '1', account_name: null, account_native_ids: [], asset_types_enabled: [], aws_regions: [], config: null,
  intended_account_native_ids: [ACCOUNT], intended_asset_types: ['DynamoDB', 'EC2/EBS', 'RDS'], intended_aws_regions: REGIONS,
  ongoing_stack_operation: 'creating_stack', stack_arn: null, stack_name: null, status: 'connecting', external_id: EXTERNAL_ID,
};

/** The answer to UPDATE_GROUP_EXAMPLE: version 1 still installed, version 2 (adds S3) pending. */
export const UPDATED_GROUP_EXAMPLE = {
  ...GROUP_EXAMPLE,
  _etag: '4', deployment_template_url: templateUrl(2, 'zFNGjnDt3UDy0SgiRvPztemjtkz__4IMrL_YAZxxkjM'),
  intended_account_native_ids: [ACCOUNT], intended_asset_types: ['DynamoDB', 'EC2/EBS', 'RDS', 'S3'], intended_aws_regions: REGIONS,
  ongoing_stack_operation: 'updating_stack', external_id: EXTERNAL_ID,
};

const FILTER = '{"status":{"$in":["fully_connected","partially_connected"]}}';
const listLink = (start?: number) => ({
  href: `/connections/aws/connection-groups?limit=20${start ? `&start=${start}` : ''}&filter=${encodeURIComponent(FILTER)}`, templated: false, type: 'get',
});
export const GROUP_LIST_EXAMPLE = {
  current_count: 1, limit: 20, start: '1', filter_applied: FILTER,
  _embedded: { items: [GROUP_EXAMPLE] },
  _links: { _self: listLink(1), _first: listLink(), _next: null },
};

/** What the template's custom resource sends when the stack is created in us-east-1. */
export const STACK_REPORT_EXAMPLE = {
  request_type: 'Create', token: GROUP_ID, role_external_id: EXTERNAL_ID, account_native_id: ACCOUNT, aws_region: 'us-east-1',
  role_arn: ROLE_ARN, template_version: '1', stack_arn: STACK_ARN, stack_name: STACK_NAME,
};
/** What Clumio's Terraform provider (clumio_post_process_aws_connection) sends: no template version. */
const TERRAFORM_REPORT_EXAMPLE = {
  request_type: 'Create', token: GROUP_ID, role_external_id: EXTERNAL_ID, account_native_id: ACCOUNT, aws_region: 'us-west-2',
  role_arn: ROLE_ARN, configuration: '{"config_version":"1","discover_version":"3"}',
};
export const POST_PROCESS_EXAMPLES = [STACK_REPORT_EXAMPLE, TERRAFORM_REPORT_EXAMPLE];
export const POST_PROCESS_ANSWER_EXAMPLE = { connection_group_id: GROUP_ID, request_type: 'Create', template_version: '1', status: 'fully_connected' };

export const AWS_CONNECTION_EXAMPLE = {
  id: `${ACCOUNT}_us-east-1`, account_native_id: ACCOUNT, aws_region: 'us-east-1', account_name: 'demo-production',
  connection_group_id: GROUP_ID, token: GROUP_ID, connection_status: 'connected', ingestion_status: 'completed', target_setup_status: 'completed',
  organizational_unit_id: 'default', description: 'Production workloads', created_timestamp: '2026-12-05T03:07:07.520Z',
  stack_arn: STACK_ARN, stack_name: STACK_NAME, template_permission_set: null,
};

/** Version 1 of the group's template, as the server writes it (LIFEBOAT_AWS_PRINCIPAL_ARN left at its default). */
export const TEMPLATE_EXAMPLE = groupTemplate({
  groupId: GROUP_ID, externalId: EXTERNAL_ID, templateVersion: 1, principalArn: 'arn:aws:iam::000000000000:root',
  postProcessUrl: `${BASE_URL}/connections/aws/post-process`, accountNativeIds: [ACCOUNT], masterAccountId: ACCOUNT, masterRegion: 'us-east-1',
  assetTypes: ['DynamoDB', 'EC2/EBS', 'RDS'], regions: REGIONS,
});

export const GROUP_ERROR_EXAMPLE = { errors: [{ error_code: 4001, error_message: 'aws_regions: is required' }] };

/** A POST /api/v1/sim/stacks answer: the simulated CloudFormation deployed version 1 in both regions. */
export const SIM_STACK_EXAMPLE = {
  stackName: STACK_NAME, templateVersion: '1',
  instances: REGIONS.map((region, i) => ({
    accountId: ACCOUNT, region, requestType: 'Create', status: 'CREATE_COMPLETE',
    stackId: i === 0 ? STACK_ARN : `arn:aws:cloudformation:${region}:${ACCOUNT}:stack/${STACK_NAME}/c6963c7b-eeae-4447-96a3-3a4e204ae4cd`,
    roleArns: [ROLE_ARN],
    postProcess: [{ statusCode: 200, body: POST_PROCESS_ANSWER_EXAMPLE }],
  })),
};
export const SIM_STACK_REQUEST_EXAMPLE = { templateUrl: GROUP_EXAMPLE.deployment_template_url };
