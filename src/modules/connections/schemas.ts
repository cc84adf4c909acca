import { Type } from '@sinclair/typebox';
import { AWS_SERVICES } from '../../cloud/provider.ts';
import { AWS_REGIONS } from '../../cloud/regions.ts';
import { FilterCondition, SortOrder } from '../../platform/http/native-params.ts';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { CONNECTION_STATUSES, CONNECTIVITY_STATUSES, USER_STATUSES } from './state-machine.ts';

/** Seed 000: 3–50 characters, a letter first, then letters, digits and hyphens. */
export const ConnectionName = Type.String({ minLength: 3, maxLength: 50, pattern: '^[a-zA-Z][a-zA-Z0-9-]*$', description: 'Name of the cloud connection.' });
export const ConnectionDescription = Type.String({ maxLength: 1000, description: 'Description of the cloud connection.' });

const Regions = Type.Array(StringEnum(AWS_REGIONS, { description: 'An AWS region, e.g. us-east-1.' }), { minItems: 1, maxItems: AWS_REGIONS.length, uniqueItems: true, description: 'AWS regions Lifeboat may discover, protect and recover in.' });
const Services = Type.Array(StringEnum(AWS_SERVICES, { description: `An AWS service: ${AWS_SERVICES.join(', ')}.` }), { minItems: 1, maxItems: AWS_SERVICES.length, uniqueItems: true, description: 'AWS services Lifeboat may use.' });

export const AccessMethodInput = Type.Union([
  Type.Object({
    type: Type.Literal('iam-role', { description: 'Lifeboat assumes a role in the account (recommended).' }),
    roleArn: Type.String({ pattern: '^arn:aws:iam::\\d{12}:role/[\\w+=,.@/-]{1,64}$', description: 'The role Lifeboat assumes, with the external id it returns.' }),
  }, { additionalProperties: false }),
  Type.Object({
    type: Type.Literal('access-key', { description: 'Lifeboat signs with an IAM user\'s access key.' }),
    accessKeyId: Type.String({ pattern: '^[A-Z0-9]{16,128}$', description: 'The access key id (AKIA…).' }),
    secretAccessKey: Type.String({ minLength: 16, maxLength: 128, pattern: '^\\S+$', description: 'Stored encrypted; never returned.' }),
  }, { additionalProperties: false }),
], { discriminator: { propertyName: 'type' }, description: 'How Lifeboat authenticates to the AWS account: an IAM role (type iam-role) or an access key (type access-key).' });

export const CreateConnectionBody = Type.Object({
  name: ConnectionName,
  description: Type.Optional(ConnectionDescription),
  accessMethod: AccessMethodInput,
  operationalRegions: Regions,
  services: Services,
  deletionProtection: Type.Optional(Type.Boolean({ description: 'When on, a DELETE stops at delete-locked. Default off.' })),
}, {
  additionalProperties: false,
  examples: [{
    name: 'prod-aws', description: 'Production account', accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/LifeboatAccess' },
    operationalRegions: ['us-east-1', 'us-west-2'], services: ['VPC', 'EC2', 'EBS', 'RDS', 'S3'], deletionProtection: true,
  }],
});

export const GeneralInformationBody = Type.Object({
  name: ConnectionName, description: Type.Optional({ ...ConnectionDescription, description: 'Description of the cloud connection; an absent one is kept.' }),
}, { additionalProperties: false, examples: [{ name: 'prod-aws', description: 'Production account, us-east-1 and us-west-2' }] });
export const RegionsAndServicesBody = Type.Object({ operationalRegions: Regions, services: Services }, {
  additionalProperties: false, examples: [{ operationalRegions: ['us-east-1', 'us-west-2', 'eu-west-1'], services: ['VPC', 'EC2', 'EBS', 'RDS', 'S3', 'Route53'] }],
});
export const CredentialsBody = Type.Object({ accessMethod: AccessMethodInput }, {
  additionalProperties: false, examples: [{ accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/LifeboatAccess2' } }],
});
export const StatusBody = Type.Object({
  status: StringEnum(USER_STATUSES, { description: 'enabled (in use), disabled (kept, not used) or suspended (paused: no sync, protection or recovery).' }),
}, { additionalProperties: false, examples: [{ status: 'disabled' }] });
export const DeletionProtectionBody = Type.Object({
  enabled: Type.Boolean({ description: 'true: a DELETE stops at delete-locked; false: a DELETE proceeds (and a locked deletion goes on).' }),
}, { additionalProperties: false, examples: [{ enabled: true }] });

const CONNECTION_EXAMPLE = {
  accountId: 1, projectId: 'default', id: 1, name: 'demo-aws', description: 'The simulated demo account 111111111111 (apps tagged app=shop and app=billing)',
  status: 'enabled', statusMessage: null, connectivityStatus: 'success', connectivityMessage: 'Credentials reach account 111111111111',
  operationalRegions: ['us-east-1', 'us-west-2'], services: ['VPC', 'EC2', 'EBS', 'RDS', 'DynamoDB', 'S3', 'ELB', 'Lambda', 'SQS', 'SNS', 'Route53', 'EFS'],
  accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/LifeboatAccess' }, externalId: 'lifeboat-9ac95c2b46b37f7a9f0cb4c6ba4864e1',
  awsAccountId: '111111111111', deletionProtection: false, syncStatus: 'idle', syncMessage: null,
  createdAt: '2026-12-04T14:07:07.530Z', updatedAt: '2026-12-04T14:07:07.857Z', lastSync: '2026-12-04T14:07:07.857Z', lastVerifiedAt: '2026-12-04T14:07:07.700Z', deletedAt: null,
};

export const Connection = Type.Object({
  accountId: Int64('Account ID.'),
  projectId: Type.String({ description: 'Project ID.' }),
  id: Int64('The unique identifier for the cloud connection.'),
  name: Type.String({ description: 'Name of the cloud connection (unique in its project).' }),
  description: Type.String({ description: 'Description of the cloud connection (empty when none was given).' }),
  status: StringEnum(CONNECTION_STATUSES, { description: 'Status of the cloud connection.' }),
  statusMessage: Nullable(Type.String({ description: 'Why the connection is in its status (delete-locked, delete-failed, critical-suspended).' })),
  connectivityStatus: StringEnum(CONNECTIVITY_STATUSES, { description: 'Verification status of the cloud connection.' }),
  connectivityMessage: Nullable(Type.String(), 'What the last verification found (the account reached, or why it failed); null before one.'),
  operationalRegions: Type.Array(Type.String(), { description: 'AWS regions Lifeboat may discover, protect and recover in.' }),
  services: Type.Array(Type.String(), { description: 'AWS services Lifeboat may use: what discovery lists and a recovery may create.' }),
  accessMethod: Type.Object({
    type: StringEnum(['iam-role', 'access-key'] as const, { description: 'iam-role or access-key.' }),
    roleArn: Type.Optional(Type.String({ description: 'iam-role: the role Lifeboat assumes.' })),
    accessKeyId: Type.Optional(Type.String({ description: 'access-key: the key id (the secret is never returned).' })),
  }, { description: 'How Lifeboat authenticates to the account, without the secret.' }),
  externalId: Type.String({ description: 'The external id the role trust policy must require (sts:ExternalId).' }),
  awsAccountId: Nullable(Type.String(), 'The 12-digit AWS account id, once a verification has reached it; null before.'),
  deletionProtection: Type.Boolean({ description: 'When on, a DELETE stops at delete-locked. Default off.' }),
  syncStatus: StringEnum(['idle', 'queued', 'running', 'failed'] as const, { description: 'Discovery: idle (none running), queued, running, or failed (syncMessage says why).' }),
  syncMessage: Nullable(Type.String(), 'Why the last sync failed; null otherwise.'),
  createdAt: Timestamp('When the cloud connection was created.'),
  updatedAt: Timestamp('When the cloud connection was updated.'),
  lastSync: Nullable(Timestamp("When the connection's latest sync succeeded.")),
  lastVerifiedAt: Nullable(Timestamp(), 'When connectivity was last verified; null before.'),
  deletedAt: Nullable(Timestamp(), 'When the deletion finished (the connection is then deleted, still readable); null otherwise.'),
}, { examples: [CONNECTION_EXAMPLE] });

export const InventoryResource = Type.Object({
  resourceId: Type.String({ description: 'The cloud resource id (vol-…, sg-…, a bucket or table name).' }),
  arn: Type.String({ description: 'Its ARN.' }),
  type: Type.String({ description: 'The resource type, service:kind (ec2:instance, route53:hosted-zone…).' }),
  service: Type.String({ description: 'The AWS service (EC2, Route53…).' }),
  region: Type.String({ description: 'Its region.' }),
  name: Type.String({ description: 'Its Name tag, or its id when it has none.' }),
  configuration: Type.Record(Type.String(), Type.Unknown(), { description: 'Its configuration as discovered.' }),
  tags: Type.Record(Type.String(), Type.String(), { description: 'Its tags.' }),
  dependencies: Type.Array(Type.String(), { description: 'The resource ids it depends on.' }),
  discoveredAt: Timestamp('When the sync that found it ran.'),
}, {
  examples: [{
    resourceId: 'shop-orders', arn: 'arn:aws:sqs:us-east-1:111111111111:shop-orders', type: 'sqs:queue', service: 'SQS', region: 'us-east-1', name: 'shop-orders',
    configuration: { visibilityTimeout: 30, messageRetentionPeriod: 345600 }, tags: { app: 'shop', env: 'prod', Name: 'shop-orders' }, dependencies: [],
    discoveredAt: '2026-12-04T14:07:07.857Z',
  }],
});

export const ConnectionListQuery = Type.Object({
  name: Type.Optional(Type.String({ maxLength: 50, description: 'Part of the name, any case.' })),
  status: Type.Optional(Type.Array(StringEnum(CONNECTION_STATUSES), { description: 'Repeat to match several. Deleted connections are listed only when `deleted` is asked for.' })),
  connectivity_status: Type.Optional(Type.Array(StringEnum(CONNECTIVITY_STATUSES), { description: 'Only connections with one of these connectivity statuses (repeat to match several).' })),
  filter_condition: FilterCondition,
  sort_by: Type.Optional(StringEnum(['name', 'status', 'connectivity-status', 'created-at', 'updated-at', 'last-sync'] as const, { description: 'Default created-at.' })),
  sort_order: SortOrder,
}, { additionalProperties: false });

export const InventoryQuery = Type.Object({
  region: Type.Optional(StringEnum(AWS_REGIONS, { description: 'Only resources of this region.' })),
  service: Type.Optional(StringEnum(AWS_SERVICES, { description: 'Only resources of this service.' })),
  type: Type.Optional(Type.String({ pattern: '^[a-z0-9]+:[a-z0-9-]+$', description: 'e.g. ec2:instance' })),
  tag: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: '`key` or `key=value`' })),
}, { additionalProperties: false });
