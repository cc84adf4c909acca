import { Type } from '@sinclair/typebox';
import { AWS_REGIONS } from '../../cloud/regions.ts';
import { FilterCondition, SortOrder } from '../../platform/http/native-params.ts';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { RPO_STATUSES, TARGET_MINUTES } from './rpo.ts';
import { ASSEMBLY_STATUSES } from './state-machine.ts';
import { ProtectionStrategyOptionsSchema, ProtectionStrategySchema, VpcIdSchema } from './strategy.ts';
import { Validators, ValidatorsView } from './validators.ts';

export const AssemblyName = Type.String({
  minLength: 3, maxLength: 50, pattern: '^[a-zA-Z][a-zA-Z0-9-]*$', description: 'Name of the assembly, unique in the project: 3–50 characters, a letter first, then letters, digits and hyphens.',
});
const Description = Type.String({ maxLength: 1000, description: 'Free text, up to 1000 characters. Default empty.' });
const Region = StringEnum(AWS_REGIONS, { description: 'An AWS region, e.g. us-east-1.' });
export const Tag = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 128, description: 'The tag key (1–128 characters), e.g. app.' }),
  value: Type.String({ maxLength: 256, description: 'The tag value (up to 256 characters; may be empty), e.g. shop.' }),
}, { additionalProperties: false });

const ManualIds = (description: string) =>
  Type.Array(Type.String({ minLength: 1, maxLength: 256 }), { minItems: 1, maxItems: 10_000, uniqueItems: true, description });

export const ResourceFilterStrategy = Type.Union([
  Type.Object({
    filterType: Type.Literal('manual', { description: 'manual: the resources listed.' }),
    resources: Type.Optional(ManualIds('The cloud resource ids to protect (the published spelling).')),
    resourceIds: Type.Optional(ManualIds('The same ids under Lifeboat\'s first spelling: give one of the two.')),
  }, { additionalProperties: false }),
  Type.Object({
    filterType: Type.Literal('vpc', { description: 'vpc: every resource in one VPC.' }),
    vpcId: Type.String({ pattern: '^vpc-[0-9a-f]{8,17}$', description: 'The VPC (vpc-…).' }),
  }, { additionalProperties: false }),
  Type.Object({
    filterType: Type.Literal('tags', { description: 'tags: the resources whose tags match.' }),
    conditions: StringEnum(['match-all-tags', 'match-any-tags'] as const, { description: 'match-all-tags: a resource must carry every tag; match-any-tags: one is enough.' }),
    tags: Type.Array(Tag, { minItems: 1, maxItems: 50, description: 'The tags to match (1–50).' }),
  }, { additionalProperties: false }),
], { discriminator: { propertyName: 'filterType' }, description: 'manual (resource ids: resources, or resourceIds), vpc (everything in one VPC), or tags.' });

const targetMinutes = (what: string) => Nullable(Type.Integer({ ...TARGET_MINUTES, description: `${what} in minutes (1–525600); null clears it.` }));
/** The optional recovery targets: on create, and on PUT …/general-information (omitted keeps the current value). */
const targets = {
  rtoTargetMinutes: Type.Optional(targetMinutes('Recovery time objective: how long a recovery may take to be usable,')),
  rpoTargetMinutes: Type.Optional(targetMinutes('Recovery point objective: how old the last successful protection may be,')),
};

/** The published assembly fields Lifeboat stores as given (vpcId is also derived: see the presenter). */
const rewindFields = {
  vpcId: Type.Optional(VpcIdSchema),
  protectionStrategy: Type.Optional(ProtectionStrategySchema),
  protectionStrategyOptions: Type.Optional(ProtectionStrategyOptionsSchema),
};

const AllowCrossRegion = Type.Boolean({ description: 'Whether a recovery may target another region than sourceRegion (a replica region). Default false.' });
const ReplicaRegions = Type.Array(Region, { maxItems: 10, uniqueItems: true, description: "Regions each protection's snapshots are copied to." });

export const CreateAssemblyBody = Type.Object({
  name: AssemblyName,
  description: Type.Optional(Description),
  cloudConnectionId: Int64('The AWS cloud connection whose resources the assembly groups.'),
  sourceRegion: { ...Region, description: 'The region of the resources (one of the connection\'s operational regions).' },
  resourceFilterStrategy: ResourceFilterStrategy,
  allowCrossRegionRecovery: Type.Optional(AllowCrossRegion),
  replicaRegions: Type.Optional(ReplicaRegions),
  validators: Type.Optional(Validators),
  ...targets,
  ...rewindFields,
}, {
  additionalProperties: false,
  examples: [{
    name: 'shop', description: 'The shop: web tier, database, queue and DNS', cloudConnectionId: 1, sourceRegion: 'us-east-1',
    resourceFilterStrategy: { filterType: 'tags', conditions: 'match-all-tags', tags: [{ key: 'app', value: 'shop' }] },
    allowCrossRegionRecovery: true, replicaRegions: ['us-west-2'], rtoTargetMinutes: 60, rpoTargetMinutes: 240,
    validators: [{ type: 'http', name: 'storefront', url: 'http://{resource:shop-alb.dnsName}/health', expectedStatus: 200 }],
  }],
});

export const AssemblyGeneralInformationBody = Type.Object({ name: AssemblyName, description: Type.Optional({ ...Description, description: 'Free text, up to 1000 characters; an absent one is kept.' }), ...targets }, {
  additionalProperties: false, examples: [{ name: 'shop', description: 'The shop, with its DNS zone', rtoTargetMinutes: 30, rpoTargetMinutes: null }],
});
/**
 * PUT …/resources takes the filter nested (`resourceFilterStrategy`, as create does) or flat at the top level, as the
 * published "Update AWS Cloud Assembly resource" page writes it (`filterType`, `resources`, `tags`, `conditions`; a
 * vpc filter's VPC is the body's `vpcId`). One of the two forms, not both: the service checks that.
 */
export const AssemblyResourcesBody = Type.Object({
  resourceFilterStrategy: Type.Optional(ResourceFilterStrategy),
  filterType: Type.Optional(StringEnum(['manual', 'vpc', 'tags'] as const, {
    description: 'The published flat form: manual (with resources), vpc (with vpcId) or tags (with tags and conditions). Give this or resourceFilterStrategy.',
  })),
  resources: Type.Optional(ManualIds('Flat form, manual filter: the cloud resource ids to protect.')),
  tags: Type.Optional(Type.Array(Tag, { minItems: 1, maxItems: 50, description: 'Flat form, tags filter: the tags to match.' })),
  conditions: Type.Optional(StringEnum(['match-all-tags', 'match-any-tags'] as const, { description: 'Flat form, tags filter: how the tags combine (default match-all-tags).' })),
  replicaRegions: Type.Optional(ReplicaRegions),
  allowCrossRegionRecovery: Type.Optional(AllowCrossRegion),
  validators: Type.Optional(Validators),
  vpcId: Type.Optional(Nullable(VpcIdSchema)),
}, {
  additionalProperties: false,
  examples: [
    { resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }, { key: 'app', value: 'shop-dns' }] }, replicaRegions: ['us-west-2', 'eu-west-1'] },
    { filterType: 'manual', resources: ['shop-orders', 'vol-0a1b2c3d4e5f60718'] },
  ],
});
/** POST …/resources/preview: the filter to try, as on create. */
export const AssemblyFilterPreviewBody = Type.Object({
  resourceFilterStrategy: ResourceFilterStrategy,
}, { additionalProperties: false, examples: [{ resourceFilterStrategy: { filterType: 'tags', conditions: 'match-all-tags', tags: [{ key: 'app', value: 'shop' }, { key: 'tier', value: 'db' }] } }] });
export const AssemblyStatusBody = Type.Object({
  status: StringEnum(['enabled', 'disabled'] as const, { description: 'enabled (protected by its policy) or disabled (no protection is taken; recoveries still may).' }),
}, { additionalProperties: false, examples: [{ status: 'disabled' }] });

const ASSEMBLY_EXAMPLE = {
  accountId: 1, projectId: 'default', id: 1, name: 'shop', description: 'The shop: web tier, database, queue and DNS', cloudType: 'aws', cloudConnectionId: 1, cloudConnectionName: 'demo-aws',
  sourceRegion: 'us-east-1', resourceFilterStrategy: { filterType: 'tags', conditions: 'match-all-tags', tags: [{ key: 'app', value: 'shop' }] },
  allowCrossRegionRecovery: true, replicaRegions: ['us-west-2'], validators: [{ type: 'http', name: 'storefront', url: 'http://{resource:shop-alb.dnsName}/health', expectedStatus: 200 }],
  vpcId: 'vpc-0a1b2c3d4e5f60718', protectionStrategy: null, protectionStrategyOptions: {}, status: 'enabled', statusMessage: null,
  lastProtection: { id: 'prot-9fe48f3001a25dc27240', status: 'success', at: '2026-12-04T14:05:40.000Z' }, lastProtectionAt: '2026-12-04T14:05:40.000Z',
  lastProtectionStatus: 'success', lastSuccessfulProtectionAt: '2026-12-04T14:05:40.000Z', rtoTargetMinutes: 60, rpoTargetMinutes: 240, rpoStatus: 'met',
  createdAt: '2026-12-04T14:00:00.000Z', updatedAt: '2026-12-04T14:05:40.000Z', deletedAt: null,
};

export const Assembly = Type.Object({
  accountId: Int64('Account ID.'), projectId: Type.String({ description: 'Project ID.' }), id: Int64('Cloud assembly ID.'),
  name: Type.String({ description: 'Name of the assembly (unique in the project).' }), description: Type.String({ description: 'Description (empty when none was given).' }),
  cloudType: StringEnum(['aws'] as const, { description: 'Always aws.' }),
  cloudConnectionId: Int64('The AWS cloud connection whose resources it groups.'), cloudConnectionName: Type.Optional(Type.String({ description: 'That connection\'s name.' })),
  sourceRegion: Type.String({ description: 'The region of its resources.' }),
  resourceFilterStrategy: Type.Record(Type.String(), Type.Unknown(), { description: 'How it selects resources, as given: filterType manual (resources), vpc (vpcId) or tags (tags, conditions).' }),
  allowCrossRegionRecovery: Type.Boolean({ description: 'Whether a recovery may target another region.' }),
  replicaRegions: Type.Array(Type.String(), { description: "Regions each protection's snapshots are copied to." }), validators: ValidatorsView,
  vpcId: Nullable(Type.String({
    description: 'The AWS VPC of the protected resources: the one given, else the vpc filter\'s, else the one VPC the last protection found the whole selection in (null: several, or none yet).',
  })),
  protectionStrategy: Nullable(Type.String({ description: 'As given (null when none): it changes nothing Lifeboat does.' })),
  protectionStrategyOptions: ProtectionStrategyOptionsSchema,
  status: StringEnum(ASSEMBLY_STATUSES, { description: 'enabled, disabled, or a step of its deletion (delete-requested … deleted; delete-locked and delete-failed say why in statusMessage).' }),
  statusMessage: Nullable(Type.String(), 'Why the assembly is in its status (a locked or failed deletion); null otherwise.'),
  lastProtection: Nullable(Type.Object({
    id: Type.String({ description: 'Protection ID (prot-…).' }), status: Type.String({ description: 'Its status (in-progress, success, partially-protected, failed).' }),
    at: Timestamp('When it last changed status.'),
  }), 'The latest protection, whatever its outcome; null before the first.'),
  lastProtectionAt: Nullable(Timestamp('When the last protection (whatever its outcome) last changed status.')),
  lastProtectionStatus: Nullable(Type.String({ description: 'The last protection\'s status: partially-protected and failed are not successes.' })),
  lastSuccessfulProtectionAt: Nullable(Timestamp('When the last protection with status success finished: what the RPO measures.')),
  rtoTargetMinutes: Nullable(Type.Integer(), 'Recovery time objective, minutes; null when none is set.'),
  rpoTargetMinutes: Nullable(Type.Integer(), 'Recovery point objective, minutes: how old the last successful protection may be; null when none is set.'),
  rpoStatus: StringEnum(RPO_STATUSES, {
    description: 'The last successful protection\'s age against rpoTargetMinutes, else the enabled policy\'s interval plus a grace (a tenth, at least 15 minutes); '
      + 'unknown without either, or before the first success while the assembly is younger than that allowance.',
  }),
  createdAt: Timestamp('When the assembly was created.'), updatedAt: Timestamp('When it was last changed.'),
  deletedAt: Nullable(Timestamp(), 'When its deletion finished; null otherwise.'),
}, { examples: [ASSEMBLY_EXAMPLE] });

export const SelectedResource = Type.Object({
  resourceId: Type.String({ description: 'The cloud resource id (vol-…, sg-…, a bucket or table name).' }), arn: Type.String({ description: 'Its ARN.' }),
  type: Type.String({ description: 'The resource type, service:kind (ec2:instance, route53:hosted-zone…).' }), service: Type.String({ description: 'The AWS service (EC2, Route53…).' }),
  region: Type.String({ description: 'Its region.' }), name: Type.String({ description: 'Its Name tag, or its id when it has none.' }),
  configuration: Type.Record(Type.String(), Type.Unknown(), { description: 'Its configuration as discovered.' }),
  tags: Type.Record(Type.String(), Type.String(), { description: 'Its tags.' }), dependencies: Type.Array(Type.String(), { description: 'The resource ids it depends on.' }),
});

export const AssemblyResources = Type.Object({
  resourceCount: Type.Integer({ description: 'How many resources the filter selects now (from the last sync).' }),
  resources: Type.Array(SelectedResource, { description: 'The resources the filter selects: what a protection snapshots.' }),
  capturedDependencies: Type.Array(SelectedResource, {
    description: 'What the selected resources depend on, directly or not, outside the filter: a protection captures their configuration only (no data snapshot, even of a data resource).',
  }),
  dependencyWarnings: Type.Array(Type.Object({
    resourceId: Type.String({ description: 'The selected resource.' }), missingDependency: Type.String({ description: 'What it depends on, outside the selection.' }),
    missingType: Nullable(Type.String(), 'Its type, when known.'),
    outcome: StringEnum(['captured-as-configuration', 'not-found'] as const, {
      description: 'captured-as-configuration: in the source account and region, captured without data; not-found: deleted or another account\'s, so a recovery cannot rebuild it.',
    }),
    message: Type.String({ description: 'The warning, for a person.' }),
  }), { description: 'Dependencies outside the selection, and what a protection does about each.' }),
  unknownResourceIds: Type.Array(Type.String(), { description: 'manual ids the source region does not have' }),
}, {
  examples: [{
    resourceCount: 1,
    resources: [{
      resourceId: 'shop-orders', arn: 'arn:aws:sqs:us-east-1:111111111111:shop-orders', type: 'sqs:queue', service: 'SQS', region: 'us-east-1', name: 'shop-orders',
      configuration: { visibilityTimeout: 30 }, tags: { app: 'shop' }, dependencies: [],
    }],
    capturedDependencies: [], dependencyWarnings: [], unknownResourceIds: [],
  }],
});

export const AssemblyListQuery = Type.Object({
  name: Type.Optional(Type.String({ maxLength: 50, description: 'Part of the name, any case.' })),
  cloud_type: Type.Optional(Type.Array(StringEnum(['aws'] as const), { description: 'Only this cloud type (aws).' })),
  status: Type.Optional(Type.Array(StringEnum(ASSEMBLY_STATUSES), { description: 'Repeat to match several. Deleted assemblies are listed only when `deleted` is asked for.' })),
  cloud_connection_name: Type.Optional(Type.String({ maxLength: 50, description: "Part of the cloud connection's name, any case." })),
  filter_condition: FilterCondition,
  sort_by: Type.Optional(StringEnum(['name', 'cloud-type', 'status', 'created-at'] as const, { description: 'Default created-at.' })),
  sort_order: SortOrder,
}, { additionalProperties: false });

/** PUT …/protection-strategy: the published "Update AWS Cloud Assembly Protection Strategy Options" body. */
export const AssemblyProtectionStrategyBody = {
  ...ProtectionStrategyOptionsSchema,
  examples: [{ awsRoute53ProtectionOptions: { route53HostedZoneCloudConnectionId: 1, isEnabled: true }, awsSqsProtectionOptions: { isEnabled: true } }],
};
