import { Type } from '@sinclair/typebox';
import { AWS_REGIONS } from '../../cloud/regions.ts';
import { FilterCondition, SortOrder } from '../../platform/http/native-params.ts';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { RPO_STATUSES, TARGET_MINUTES } from './rpo.ts';
import { ASSEMBLY_STATUSES } from './state-machine.ts';
import { ProtectionStrategyOptionsSchema, ProtectionStrategySchema, VpcIdSchema } from './strategy.ts';
import { Validators, ValidatorsView } from './validators.ts';

export const AssemblyName = Type.String({ minLength: 3, maxLength: 50, pattern: '^[a-zA-Z][a-zA-Z0-9-]*$' });
const Description = Type.String({ maxLength: 1000 });
const Region = StringEnum(AWS_REGIONS);
export const Tag = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 128, description: 'The tag key (1–128 characters), e.g. app.' }),
  value: Type.String({ maxLength: 256, description: 'The tag value (up to 256 characters; may be empty), e.g. shop.' }),
}, { additionalProperties: false });

const ManualIds = (description: string) =>
  Type.Array(Type.String({ minLength: 1, maxLength: 256 }), { minItems: 1, maxItems: 10_000, uniqueItems: true, description });

export const ResourceFilterStrategy = Type.Union([
  Type.Object({
    filterType: Type.Literal('manual'),
    resources: Type.Optional(ManualIds('The cloud resource ids to protect (the published spelling).')),
    resourceIds: Type.Optional(ManualIds('The same ids under Lifeboat\'s first spelling: give one of the two.')),
  }, { additionalProperties: false }),
  Type.Object({
    filterType: Type.Literal('vpc'),
    vpcId: Type.String({ pattern: '^vpc-[0-9a-f]{8,17}$' }),
  }, { additionalProperties: false }),
  Type.Object({
    filterType: Type.Literal('tags'),
    conditions: StringEnum(['match-all-tags', 'match-any-tags'] as const),
    tags: Type.Array(Tag, { minItems: 1, maxItems: 50 }),
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

const ReplicaRegions = Type.Array(Region, { maxItems: 10, uniqueItems: true, description: "Regions each protection's snapshots are copied to." });

export const CreateAssemblyBody = Type.Object({
  name: AssemblyName,
  description: Type.Optional(Description),
  cloudConnectionId: Int64('The AWS cloud connection whose resources the assembly groups.'),
  sourceRegion: Region,
  resourceFilterStrategy: ResourceFilterStrategy,
  allowCrossRegionRecovery: Type.Optional(Type.Boolean()),
  replicaRegions: Type.Optional(ReplicaRegions),
  validators: Type.Optional(Validators),
  ...targets,
  ...rewindFields,
}, { additionalProperties: false });

export const AssemblyGeneralInformationBody = Type.Object({ name: AssemblyName, description: Type.Optional(Description), ...targets }, { additionalProperties: false });
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
  allowCrossRegionRecovery: Type.Optional(Type.Boolean()),
  validators: Type.Optional(Validators),
  vpcId: Type.Optional(Nullable(VpcIdSchema)),
}, { additionalProperties: false });
/** POST …/resources/preview: the filter to try, as on create. */
export const AssemblyFilterPreviewBody = Type.Object({
  resourceFilterStrategy: ResourceFilterStrategy,
}, { additionalProperties: false });
export const AssemblyStatusBody = Type.Object({ status: StringEnum(['enabled', 'disabled'] as const) }, { additionalProperties: false });

export const Assembly = Type.Object({
  accountId: Int64(), projectId: Type.String(), id: Int64('Cloud assembly ID.'),
  name: Type.String(), description: Type.String(), cloudType: StringEnum(['aws'] as const),
  cloudConnectionId: Int64(), cloudConnectionName: Type.Optional(Type.String()),
  sourceRegion: Type.String(), resourceFilterStrategy: Type.Record(Type.String(), Type.Unknown()),
  allowCrossRegionRecovery: Type.Boolean(), replicaRegions: Type.Array(Type.String()), validators: ValidatorsView,
  vpcId: Nullable(Type.String({
    description: 'The AWS VPC of the protected resources: the one given, else the vpc filter\'s, else the one VPC the last protection found the whole selection in (null: several, or none yet).',
  })),
  protectionStrategy: Nullable(Type.String({ description: 'As given (null when none): it changes nothing Lifeboat does.' })),
  protectionStrategyOptions: ProtectionStrategyOptionsSchema,
  status: StringEnum(ASSEMBLY_STATUSES), statusMessage: Nullable(Type.String()),
  lastProtection: Nullable(Type.Object({ id: Type.String(), status: Type.String(), at: Timestamp() })),
  lastProtectionAt: Nullable(Timestamp('When the last protection (whatever its outcome) last changed status.')),
  lastProtectionStatus: Nullable(Type.String({ description: 'The last protection\'s status: partially-protected and failed are not successes.' })),
  lastSuccessfulProtectionAt: Nullable(Timestamp('When the last protection with status success finished: what the RPO measures.')),
  rtoTargetMinutes: Nullable(Type.Integer()), rpoTargetMinutes: Nullable(Type.Integer()),
  rpoStatus: StringEnum(RPO_STATUSES, {
    description: 'The last successful protection\'s age against rpoTargetMinutes, else the enabled policy\'s interval plus a grace (a tenth, at least 15 minutes); '
      + 'unknown without either, or before the first success while the assembly is younger than that allowance.',
  }),
  createdAt: Timestamp(), updatedAt: Timestamp(), deletedAt: Nullable(Timestamp()),
});

export const SelectedResource = Type.Object({
  resourceId: Type.String(), arn: Type.String(), type: Type.String(), service: Type.String(), region: Type.String(), name: Type.String(),
  configuration: Type.Record(Type.String(), Type.Unknown()), tags: Type.Record(Type.String(), Type.String()), dependencies: Type.Array(Type.String()),
});

export const AssemblyResources = Type.Object({
  resourceCount: Type.Integer(),
  resources: Type.Array(SelectedResource),
  capturedDependencies: Type.Array(SelectedResource, {
    description: 'What the selected resources depend on, directly or not, outside the filter: a protection captures their configuration only (no data snapshot, even of a data resource).',
  }),
  dependencyWarnings: Type.Array(Type.Object({
    resourceId: Type.String(), missingDependency: Type.String(), missingType: Nullable(Type.String()),
    outcome: StringEnum(['captured-as-configuration', 'not-found'] as const, {
      description: 'captured-as-configuration: in the source account and region, captured without data; not-found: deleted or another account\'s, so a recovery cannot rebuild it.',
    }),
    message: Type.String(),
  })),
  unknownResourceIds: Type.Array(Type.String({ description: 'manual ids the source region does not have' })),
});

export const AssemblyListQuery = Type.Object({
  name: Type.Optional(Type.String({ maxLength: 50 })),
  cloud_type: Type.Optional(Type.Array(StringEnum(['aws'] as const))),
  status: Type.Optional(Type.Array(StringEnum(ASSEMBLY_STATUSES))),
  cloud_connection_name: Type.Optional(Type.String({ maxLength: 50 })),
  filter_condition: FilterCondition,
  sort_by: Type.Optional(StringEnum(['name', 'cloud-type', 'status', 'created-at'] as const)),
  sort_order: SortOrder,
}, { additionalProperties: false });

/** PUT …/protection-strategy: the published "Update AWS Cloud Assembly Protection Strategy Options" body. */
export const AssemblyProtectionStrategyBody = ProtectionStrategyOptionsSchema;
