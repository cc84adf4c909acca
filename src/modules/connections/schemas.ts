import { Type } from '@sinclair/typebox';
import { AWS_SERVICES } from '../../cloud/provider.ts';
import { AWS_REGIONS } from '../../cloud/regions.ts';
import { FilterCondition, SortOrder } from '../../platform/http/native-params.ts';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { CONNECTION_STATUSES, CONNECTIVITY_STATUSES, USER_STATUSES } from './state-machine.ts';

/** Seed 000: 3–50 characters, a letter first, then letters, digits and hyphens. */
export const ConnectionName = Type.String({ minLength: 3, maxLength: 50, pattern: '^[a-zA-Z][a-zA-Z0-9-]*$', description: 'Name of the cloud connection.' });
export const ConnectionDescription = Type.String({ maxLength: 1000, description: 'Description of the cloud connection.' });

const Regions = Type.Array(StringEnum(AWS_REGIONS), { minItems: 1, maxItems: AWS_REGIONS.length, uniqueItems: true, description: 'AWS regions Lifeboat may discover, protect and recover in.' });
const Services = Type.Array(StringEnum(AWS_SERVICES), { minItems: 1, maxItems: AWS_SERVICES.length, uniqueItems: true, description: 'AWS services Lifeboat may use.' });

export const AccessMethodInput = Type.Union([
  Type.Object({
    type: Type.Literal('iam-role'),
    roleArn: Type.String({ pattern: '^arn:aws:iam::\\d{12}:role/[\\w+=,.@/-]{1,64}$', description: 'The role Lifeboat assumes, with the external id it returns.' }),
  }, { additionalProperties: false }),
  Type.Object({
    type: Type.Literal('access-key'),
    accessKeyId: Type.String({ pattern: '^[A-Z0-9]{16,128}$' }),
    secretAccessKey: Type.String({ minLength: 16, maxLength: 128, pattern: '^\\S+$', description: 'Stored encrypted; never returned.' }),
  }, { additionalProperties: false }),
], { discriminator: { propertyName: 'type' } });

export const CreateConnectionBody = Type.Object({
  name: ConnectionName,
  description: Type.Optional(ConnectionDescription),
  accessMethod: AccessMethodInput,
  operationalRegions: Regions,
  services: Services,
  deletionProtection: Type.Optional(Type.Boolean({ description: 'When on, a DELETE stops at delete-locked. Default off.' })),
}, { additionalProperties: false });

export const GeneralInformationBody = Type.Object({ name: ConnectionName, description: Type.Optional(ConnectionDescription) }, { additionalProperties: false });
export const RegionsAndServicesBody = Type.Object({ operationalRegions: Regions, services: Services }, { additionalProperties: false });
export const CredentialsBody = Type.Object({ accessMethod: AccessMethodInput }, { additionalProperties: false });
export const StatusBody = Type.Object({ status: StringEnum(USER_STATUSES) }, { additionalProperties: false });
export const DeletionProtectionBody = Type.Object({ enabled: Type.Boolean() }, { additionalProperties: false });

export const Connection = Type.Object({
  accountId: Int64('Account ID.'),
  projectId: Type.String({ description: 'Project ID.' }),
  id: Int64('The unique identifier for the cloud connection.'),
  name: Type.String(),
  description: Type.String(),
  status: StringEnum(CONNECTION_STATUSES, { description: 'Status of the cloud connection.' }),
  statusMessage: Nullable(Type.String({ description: 'Why the connection is in its status (delete-locked, delete-failed, critical-suspended).' })),
  connectivityStatus: StringEnum(CONNECTIVITY_STATUSES, { description: 'Verification status of the cloud connection.' }),
  connectivityMessage: Nullable(Type.String()),
  operationalRegions: Type.Array(Type.String()),
  services: Type.Array(Type.String()),
  accessMethod: Type.Object({
    type: StringEnum(['iam-role', 'access-key'] as const),
    roleArn: Type.Optional(Type.String()),
    accessKeyId: Type.Optional(Type.String()),
  }),
  externalId: Type.String({ description: 'The external id the role trust policy must require (sts:ExternalId).' }),
  awsAccountId: Nullable(Type.String()),
  deletionProtection: Type.Boolean(),
  syncStatus: StringEnum(['idle', 'queued', 'running', 'failed'] as const),
  syncMessage: Nullable(Type.String()),
  createdAt: Timestamp('When the cloud connection was created.'),
  updatedAt: Timestamp('When the cloud connection was updated.'),
  lastSync: Nullable(Timestamp("When the connection's latest sync succeeded.")),
  lastVerifiedAt: Nullable(Timestamp()),
  deletedAt: Nullable(Timestamp()),
});

export const InventoryResource = Type.Object({
  resourceId: Type.String(), arn: Type.String(), type: Type.String(), service: Type.String(), region: Type.String(), name: Type.String(),
  configuration: Type.Record(Type.String(), Type.Unknown()),
  tags: Type.Record(Type.String(), Type.String()),
  dependencies: Type.Array(Type.String()),
  discoveredAt: Timestamp(),
});

export const ConnectionListQuery = Type.Object({
  name: Type.Optional(Type.String({ maxLength: 50, description: 'Part of the name, any case.' })),
  status: Type.Optional(Type.Array(StringEnum(CONNECTION_STATUSES), { description: 'Repeat to match several. Deleted connections are listed only when `deleted` is asked for.' })),
  connectivity_status: Type.Optional(Type.Array(StringEnum(CONNECTIVITY_STATUSES))),
  filter_condition: FilterCondition,
  sort_by: Type.Optional(StringEnum(['name', 'status', 'connectivity-status', 'created-at', 'updated-at', 'last-sync'] as const, { description: 'Default created-at.' })),
  sort_order: SortOrder,
}, { additionalProperties: false });

export const InventoryQuery = Type.Object({
  region: Type.Optional(StringEnum(AWS_REGIONS)),
  service: Type.Optional(StringEnum(AWS_SERVICES)),
  type: Type.Optional(Type.String({ pattern: '^[a-z0-9]+:[a-z0-9-]+$', description: 'e.g. ec2:instance' })),
  tag: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: '`key` or `key=value`' })),
}, { additionalProperties: false });
