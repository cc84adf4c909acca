import { Type, type Static } from '@sinclair/typebox';
import { AWS_REGIONS } from '../../cloud/regions.ts';
import { NativeErrorBody } from '../../platform/http/native-errors.ts';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { Tag } from '../assemblies/schemas.ts';
import { ISOLATIONS } from './isolation.ts';
import { RECOVERED_RESOURCE_STATUSES, RECOVERY_STATUSES, RESET_STATUSES } from './state-machine.ts';
import { RecoveryTransferSchema } from './transfer-presenter.ts';
import { VALIDATION_CHECK_STATUSES, VALIDATION_STATUSES } from './validation-tables.ts';

const Region = StringEnum(AWS_REGIONS);
export const RecoveryScopeSchema = StringEnum(['same-region', 'cross-region', 'cross-zone', 'cross-account'] as const, {
  description: 'Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).',
});
export const RecoveryModeSchema = StringEnum(['rebuild', 'reuse-existing', 'use-source'] as const, {
  description: 'rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).',
});
export const IsolationSchema = StringEnum(ISOLATIONS, {
  description: 'isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); '
    + "as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.",
});
export const RecoveryStatusSchema = StringEnum(RECOVERY_STATUSES);
export const ResetStatusSchema = StringEnum(RESET_STATUSES, { description: 'Status of the reset operation (seed 003).' });
const ResourceId = Type.String({ minLength: 1, maxLength: 256 });

const TagCondition = StringEnum(['match-all-tags', 'match-any-tags'] as const, {
  description: 'match-all-tags: a resource carries every tag; match-any-tags: at least one.',
});
const Tags = Type.Array(Tag, { minItems: 1, maxItems: 50 });

export const RecoveryFilterSchema = Type.Union([
  Type.Object({ type: Type.Literal('all') }, { additionalProperties: false }),
  Type.Object({
    type: Type.Literal('custom'),
    resourceIds: Type.Array(ResourceId, { minItems: 1, maxItems: 10_000, uniqueItems: true }),
  }, { additionalProperties: false }),
  Type.Object({
    type: Type.Literal('tags'),
    tagFilter: Type.Optional(Type.Object({
      tagFilterCondition: TagCondition,
      tags: Tags,
    }, { additionalProperties: false, description: 'The published Cloud Rewind tag filter.' })),
    conditions: Type.Optional(TagCondition),
    tags: Type.Optional(Tags),
  }, { additionalProperties: false, description: 'tagFilter {tagFilterCondition, tags} (the published shape), or conditions and tags (Lifeboat\'s first one).' }),
], { discriminator: { propertyName: 'type' }, description: "all of the protection's resources, custom (resource ids), or tags; their dependencies come with them." });
/** A filter as a request may write it. */
export type RecoveryFilterInput = Static<typeof RecoveryFilterSchema>;
/** A filter as stored and planned (a tagFilter becomes conditions and tags). */
export type RecoveryFilter =
  | { type: 'all' }
  | { type: 'custom'; resourceIds: string[] }
  | { type: 'tags'; conditions: 'match-all-tags' | 'match-any-tags'; tags: { key: string; value: string }[] };

const CrossRegion = Type.Object({ recoveryRegion: Region }, { additionalProperties: false });
const CrossZone = Type.Object({
  availabilityZone: Type.String({ pattern: '^[a-z]{2}(-[a-z]+)+-[0-9][a-z]$', description: 'A zone of the source region, e.g. us-east-1b.' }),
}, { additionalProperties: false, description: 'Optional: without it, each resource moves to the next zone of the region.' });
const CrossAccount = Type.Object({
  cloudConnectionId: Int64('The cloud connection (same project) of the account to rebuild in.'),
  recoveryRegion: Type.Optional(Region),
}, { additionalProperties: false });

export const StartRecoveryBody = Type.Object({
  recoveryName: Type.String({ minLength: 3, maxLength: 55, pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' }),
  protectionId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Default: the latest successful protection.' })),
  recoveryScope: Type.Optional(RecoveryScopeSchema),
  recoveryMode: Type.Optional(RecoveryModeSchema),
  isolation: Type.Optional(IsolationSchema),
  resourceFilterStrategy: Type.Optional(RecoveryFilterSchema),
  crossRegionConfiguration: Type.Optional(CrossRegion),
  crossZoneConfiguration: Type.Optional(CrossZone),
  crossAccountConfiguration: Type.Optional(CrossAccount),
  dryRun: Type.Optional(Type.Boolean({ description: 'Answer 200 with the plan and its pre-flight checks; nothing is created or changed in the cloud (the checks only read it).' })),
  force: Type.Optional(Type.Boolean({
    description: 'Start even though a pre-flight check failed: the resources of the failed checks, and what depends on them, are skipped. An unready target connection still refuses (409).',
  })),
  resetAfterMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 43_200, description: 'The drill resets itself this long after it started (1 minute to 30 days).' })),
}, { additionalProperties: false });

export const Recovery = Type.Object({
  id: Type.String(), accountId: Int64(), projectId: Type.String(), cloudAssemblyId: Int64(),
  protectionId: Type.String(), recoveryName: Type.String(),
  recoveryScope: RecoveryScopeSchema, recoveryMode: RecoveryModeSchema, isolation: IsolationSchema,
  resourceFilterStrategy: Type.Record(Type.String(), Type.Unknown(), {
    description: '{type: all}, {type: custom, resourceIds}, or {type: tags, tagFilter: {tagFilterCondition, tags}} (also as conditions and tags).',
  }),
  configurationOnly: Type.Boolean({ description: 'A configuration-only recovery (POST …/recoveries/config-only): data resources were left out.' }),
  targetCloudConnectionId: Int64(), targetRegion: Type.String(), targetAvailabilityZone: Nullable(Type.String()),
  recoveryStatus: RecoveryStatusSchema, statusMessage: Nullable(Type.String()), cancelRequested: Type.Boolean(),
  resourceCount: Type.Integer(), recoveredCount: Type.Integer(), mappedCount: Type.Integer(), failedCount: Type.Integer(), skippedCount: Type.Integer(),
  resetAfterMinutes: Nullable(Type.Integer()), resetDueAt: Nullable(Timestamp()),
  resetStatus: Nullable(ResetStatusSchema), resetMessage: Nullable(Type.String()), resetRequestedAt: Nullable(Timestamp()), resetRequestedBy: Nullable(Type.String()),
  resetFinishedAt: Nullable(Timestamp()), resetDeletedCount: Type.Integer(),
  createdBy: Type.String(), createdAt: Timestamp(), startedAt: Nullable(Timestamp()), finishedAt: Nullable(Timestamp()), updatedAt: Timestamp(),
  rtoSeconds: Nullable(Type.Integer({ description: 'Measured RTO: from the recovery being asked for (createdAt) to its validation passing; null until then, or when it did not pass.' })),
  rpoSeconds: Nullable(Type.Integer({ description: 'Measured RPO: the age of the recovery point (its protection) when the recovery was asked for; null before the job started.' })),
});

const StepAction = StringEnum(['create', 'restore', 'reuse', 'use-source', 'blocked'] as const);
const DroppedReferences = Type.Array(Type.Object({
  field: Type.String({ description: 'Where it was in the configuration (ingress[1].sourceSecurityGroupId), or dependencies.' }),
  reference: Type.String({ description: 'What it named: a resource id, an ARN, a key pair.' }),
  reason: Type.String(),
}), { description: 'What the isolation took out of the configuration the resource is recreated with.' });
const StepNote = Nullable(Type.String({ description: 'What the step does that one would not guess: a dependency data resource recreated empty, the source\'s own used.' }));

export const RecoveredResource = Type.Object({
  sourceResourceId: Type.String(), sourceRegion: Type.String(), type: Type.String(), name: Type.String(),
  order: Type.Integer({ description: 'Dependency level: everything of a lower order is recovered first; a reset goes the other way.' }),
  action: StepAction,
  status: StringEnum(RECOVERED_RESOURCE_STATUSES),
  recoveredResourceId: Nullable(Type.String()), recoveredArn: Nullable(Type.String()), snapshotId: Nullable(Type.String()),
  error: Nullable(Type.String()), note: StepNote, droppedReferences: DroppedReferences,
  transfer: Type.Optional(RecoveryTransferSchema),
  startedAt: Nullable(Timestamp('When its recreate was asked for; null for a step that made nothing.')),
  finishedAt: Nullable(Timestamp('When the cloud answered with the copy (or the error).')),
  readyAt: Nullable(Timestamp('When the validation saw it ready (running, available, active).')),
  durationSeconds: Nullable(Type.Number({ description: 'startedAt to readyAt (or to finishedAt when it was never seen ready).' })),
});

export const PreflightCheckSchema = Type.Object({
  name: Type.String({ description: 'target-connection, services-and-regions, quota:<name>, instance-type-offerings, snapshots, snapshot-transfer, name-collisions, recovery-point-age.' }),
  status: StringEnum(['passed', 'warning', 'failed'] as const),
  message: Type.String(),
  resourceIds: Type.Array(Type.String(), { description: 'The source resources it is about; a forced start skips those of a failed check.' }),
});
const Checks = Type.Array(PreflightCheckSchema, { description: 'Pre-flight checks: a failed one stops the start unless force is given.' });

export const ValidationCheckSchema = Type.Object({
  name: Type.String({ description: 'resources-ready, references, isolation, or validator:<name> (the assembly\'s validators).' }),
  status: StringEnum(VALIDATION_CHECK_STATUSES),
  message: Type.String(),
  resourceIds: Type.Array(Type.String(), { description: 'The source resources it is about: for a failed check, those at fault.' }),
  details: Type.Optional(Type.Unknown({
    description: 'A webhook validator\'s check only: the `details` its receiver answered (any JSON; longer than 16 KiB of JSON, a string of its start, saying so).',
  })),
  startedAt: Timestamp(), finishedAt: Timestamp(),
});
/** What the recovery's validation found; null until the rebuild ends (and for recoveries made before validation). */
export const ValidationSchema = Nullable(Type.Object({
  status: StringEnum(VALIDATION_STATUSES, { description: 'running while the checks run (the recovery stays in-progress); skipped when nothing was recovered.' }),
  checks: Type.Array(ValidationCheckSchema),
}));

export const RecoveryDetails = Type.Intersect([Recovery, Type.Object({
  // The published "AWS Recovery Details" answer (https://api.commvault.com/docs/SP36/api/cv/CloudRewindAPIs/get-aws-recovery-details).
  recoveryStartTime: Nullable(Timestamp('When the recovery job started (startedAt).')),
  recoveryEndTime: Nullable(Timestamp('When it settled (finishedAt); null while it runs.')),
  recoveryDuration: Nullable(Type.Integer({ description: 'recoveryEndTime − recoveryStartTime in milliseconds; null until it settles.' })),
  recoveryErrorMessage: Nullable(Type.String({ description: 'Why it failed, was aborted or completed partially; null otherwise.' })),
  resetStartTime: Nullable(Timestamp('When the reset was asked for (resetRequestedAt); null before.')),
  checks: Checks,
  validation: ValidationSchema,
  forced: Type.Boolean({ description: 'Started with force past a failed check (its resources are skipped, with the check as their error).' }),
  resources: Type.Array(RecoveredResource),
})]);

/** The 409 of a start refused by its checks: the native error body with the checks. */
export const PreflightConflict = Type.Composite([NativeErrorBody, Type.Object({ checks: Type.Optional(Checks) })], { description: 'Conflict: checks says which pre-flight checks failed' });

export const PlanStepSchema = Type.Object({
  order: Type.Integer(), sourceResourceId: Type.String(), sourceRegion: Type.String(), type: Type.String(), name: Type.String(),
  action: StepAction, reason: StringEnum(['selected', 'dependency'] as const),
  targetRegion: Type.String(), configuration: Type.Record(Type.String(), Type.Unknown()), dependencies: Type.Array(Type.String()),
  snapshotId: Nullable(Type.String()), blocker: Nullable(Type.String()), note: StepNote, droppedReferences: DroppedReferences,
});

export const RecoveryPlan = Type.Object({
  dryRun: Type.Literal(true),
  checks: Checks,
  protectionId: Type.String(), protectionTimestamp: Type.Integer(),
  recoveryScope: RecoveryScopeSchema, recoveryMode: RecoveryModeSchema, isolation: IsolationSchema,
  targetCloudConnectionId: Int64(), targetRegion: Type.String(),
  summary: Type.Object({
    total: Type.Integer(), create: Type.Integer(), restore: Type.Integer(), reuse: Type.Integer(), useSource: Type.Integer(), blocked: Type.Integer(),
  }),
  blockers: Type.Array(Type.Object({ sourceResourceId: Type.String(), reason: Type.String() })),
  notes: Type.Array(Type.String()),
  steps: Type.Array(PlanStepSchema),
});

export const ResetStatusBody = Type.Object({
  status: ResetStatusSchema,
  message: Type.String({ description: 'Contains the recovery reset failure reasons if the reset operation fails.' }),
});

export const RecoveryListQuery = Type.Object({
  status: Type.Optional(Type.Array(RecoveryStatusSchema)),
  id: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'AWS Recovery ID: with it, the answer is that recovery\'s details (an object), as the published page serves them.' })),
}, { additionalProperties: false });

/**
 * POST …/recoveries/config-only: the published "Trigger AWS Assembly Config Only Recovery" body
 * (https://api.commvault.com/docs/latest/api/cv/CloudRewindAPIs/recover-aws-config-only-resource): its scopes are
 * same-region, cross-region and cross-account, and its only mode is rebuild. Lifeboat's own start fields follow.
 */
export const StartConfigOnlyRecoveryBody = Type.Object({
  recoveryName: StartRecoveryBody.properties.recoveryName,
  recoveryScope: StringEnum(['same-region', 'cross-region', 'cross-account'] as const, {
    description: 'Where to rebuild the configuration: the source region, another region, or another account.',
  }),
  recoveryMode: Type.Optional(Type.Literal('rebuild', { description: 'A configuration-only recovery rebuilds (the only mode the page allows).' })),
  crossRegionConfiguration: Type.Optional(CrossRegion),
  crossAccountConfiguration: Type.Optional(CrossAccount),
  protectionId: StartRecoveryBody.properties.protectionId,
  isolation: Type.Optional(Type.Literal('isolated', { description: 'Always isolated: a copy never names the source\'s data resources it leaves out.' })),
  resourceFilterStrategy: Type.Optional(RecoveryFilterSchema),
  dryRun: StartRecoveryBody.properties.dryRun,
  force: StartRecoveryBody.properties.force,
  resetAfterMinutes: StartRecoveryBody.properties.resetAfterMinutes,
}, { additionalProperties: false });
