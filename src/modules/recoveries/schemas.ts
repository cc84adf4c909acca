import { Type, type Static } from '@sinclair/typebox';
import { AWS_REGIONS } from '../../cloud/regions.ts';
import { NativeErrorBody } from '../../platform/http/native-errors.ts';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { Tag } from '../assemblies/schemas.ts';
import { ISOLATIONS } from './isolation.ts';
import { RECOVERED_RESOURCE_STATUSES, RECOVERY_STATUSES, RESET_STATUSES } from './state-machine.ts';
import { RecoveryTransferSchema } from './transfer-presenter.ts';
import { VALIDATION_CHECK_STATUSES, VALIDATION_STATUSES } from './validation-tables.ts';
import { RECOVERY_DETAILS_EXAMPLE, RECOVERY_PLAN_EXAMPLE } from './examples.ts';

const Region = StringEnum(AWS_REGIONS, { description: 'An AWS region (us-west-2…) allowed by the target cloud connection.' });
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
export const RecoveryStatusSchema = StringEnum(RECOVERY_STATUSES, {
  description: 'pending → in-progress → completed, partially-completed (some resources failed or were skipped) or failed; aborted after a cancel.',
});
export const ResetStatusSchema = StringEnum(RESET_STATUSES, {
  description: 'Status of the reset operation: pending, stalled (waiting for another recovery of the assembly to end), in-progress, completed or failed.',
});
const ResourceId = Type.String({ minLength: 1, maxLength: 256, description: 'A source resource id (vol-…, sg-…, a bucket or table name).' });

const TagCondition = StringEnum(['match-all-tags', 'match-any-tags'] as const, {
  description: 'match-all-tags: a resource carries every tag; match-any-tags: at least one.',
});
const Tags = Type.Array(Tag, { minItems: 1, maxItems: 50, description: 'The tags, key and value (1 to 50).' });

export const RecoveryFilterSchema = Type.Union([
  Type.Object({ type: Type.Literal('all', { description: 'Every resource of the protection.' }) }, { additionalProperties: false }),
  Type.Object({
    type: Type.Literal('custom', { description: 'The resources named in resourceIds.' }),
    resourceIds: Type.Array(ResourceId, { minItems: 1, maxItems: 10_000, uniqueItems: true, description: 'The source resource ids to recover (1 to 10,000), with what they depend on.' }),
  }, { additionalProperties: false }),
  Type.Object({
    type: Type.Literal('tags', { description: 'The resources carrying the tags.' }),
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

const CrossRegion = Type.Object({
  recoveryRegion: { ...Region, description: 'The region to rebuild in.' },
}, { additionalProperties: false, description: 'With recoveryScope cross-region (required then).' });
const CrossZone = Type.Object({
  availabilityZone: Type.String({ pattern: '^[a-z]{2}(-[a-z]+)+-[0-9][a-z]$', description: 'A zone of the source region, e.g. us-east-1b.' }),
}, { additionalProperties: false, description: 'Optional: without it, each resource moves to the next zone of the region.' });
const CrossAccount = Type.Object({
  cloudConnectionId: Int64('The cloud connection (same project) of the account to rebuild in.'),
  recoveryRegion: Type.Optional({ ...Region, description: 'The region of that account to rebuild in. Default: the source region.' }),
}, { additionalProperties: false, description: 'With recoveryScope cross-account (required then).' });

export const StartRecoveryBody = Type.Object({
  recoveryName: Type.String({
    minLength: 3, maxLength: 55, pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$',
    description: 'A name for the recovery: 3–55 lower-case letters, digits and -, starting with a letter. Recovered resources are tagged with the recovery.',
  }),
  protectionId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Default: the latest successful protection.' })),
  recoveryScope: Type.Optional({ ...RecoveryScopeSchema, description: `${RecoveryScopeSchema.description} Default same-region.` }),
  recoveryMode: Type.Optional({ ...RecoveryModeSchema, description: `${RecoveryModeSchema.description} Default rebuild.` }),
  isolation: Type.Optional(IsolationSchema),
  resourceFilterStrategy: Type.Optional({ ...RecoveryFilterSchema, description: `${RecoveryFilterSchema.description} Default {type: all}.` }),
  crossRegionConfiguration: Type.Optional(CrossRegion),
  crossZoneConfiguration: Type.Optional(CrossZone),
  crossAccountConfiguration: Type.Optional(CrossAccount),
  dryRun: Type.Optional(Type.Boolean({ description: 'Answer 200 with the plan and its pre-flight checks; nothing is created or changed in the cloud (the checks only read it).' })),
  force: Type.Optional(Type.Boolean({
    description: 'Start even though a pre-flight check failed: the resources of the failed checks, and what depends on them, are skipped. An unready target connection still refuses (409).',
  })),
  resetAfterMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 43_200, description: 'Minutes: the drill resets itself this long after it started (1 minute to 30 days). Default: no automatic reset.' })),
}, {
  additionalProperties: false,
  examples: [{
    recoveryName: 'drill-1', recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' },
    resourceFilterStrategy: { type: 'all' }, isolation: 'isolated', dryRun: false, resetAfterMinutes: 120,
  }],
});

/** A recovery as the API answers it: the demo's shop rebuilt in us-west-2. */
export const RECOVERY_EXAMPLE = {
  id: 'rec-9e5a4783f9c9f6c54314', accountId: 1, projectId: 'default', cloudAssemblyId: 1, protectionId: 'prot-9fe48f3001a25dc27240', recoveryName: 'drill-1',
  recoveryScope: 'cross-region', recoveryMode: 'rebuild', isolation: 'isolated', resourceFilterStrategy: { type: 'all' }, configurationOnly: false,
  targetCloudConnectionId: 1, targetRegion: 'us-west-2', targetAvailabilityZone: null, recoveryStatus: 'completed', statusMessage: null, cancelRequested: false,
  resourceCount: 26, recoveredCount: 26, mappedCount: 0, failedCount: 0, skippedCount: 0, resetAfterMinutes: null, resetDueAt: null,
  resetStatus: null, resetMessage: null, resetRequestedAt: null, resetRequestedBy: null, resetFinishedAt: null, resetDeletedCount: 0,
  createdBy: 'service-account:1', createdAt: '2026-12-04T14:07:27.368Z', startedAt: '2026-12-04T14:07:27.394Z', finishedAt: '2026-12-04T14:07:27.439Z',
  updatedAt: '2026-12-04T14:07:27.439Z', rtoSeconds: 1, rpoSeconds: 5,
};

export const Recovery = Type.Object({
  id: Type.String({ description: 'The recovery id (rec-…).' }),
  accountId: Int64('The Lifeboat account it belongs to.'),
  projectId: Type.String({ description: 'The project it belongs to.' }),
  cloudAssemblyId: Int64('The cloud assembly it recovers.'),
  protectionId: Type.String({ description: 'The protection it recovers from (the recovery point).' }),
  recoveryName: Type.String({ description: 'Its name, as given.' }),
  recoveryScope: RecoveryScopeSchema, recoveryMode: RecoveryModeSchema, isolation: IsolationSchema,
  resourceFilterStrategy: Type.Record(Type.String(), Type.Unknown(), {
    description: '{type: all}, {type: custom, resourceIds}, or {type: tags, tagFilter: {tagFilterCondition, tags}} (also as conditions and tags).',
  }),
  configurationOnly: Type.Boolean({ description: 'A configuration-only recovery (POST …/recoveries/config-only): data resources were left out.' }),
  targetCloudConnectionId: Int64('The cloud connection it rebuilds in: the assembly\'s own, or crossAccountConfiguration.cloudConnectionId.'),
  targetRegion: Type.String({ description: 'The region it rebuilds in.' }),
  targetAvailabilityZone: Nullable(Type.String(), 'cross-zone: the zone asked for; null otherwise (or when each resource moves to the next zone).'),
  recoveryStatus: RecoveryStatusSchema,
  statusMessage: Nullable(Type.String(), 'Why it ended as it did; null while it runs and when it completed cleanly.'),
  cancelRequested: Type.Boolean({ description: 'A cancel was asked for; it ends aborted at its next step.' }),
  resourceCount: Type.Integer({ description: 'Resources in its plan (the selection and what it depends on).' }),
  recoveredCount: Type.Integer({ description: 'Resources created or restored in the target (still counted after a reset deleted them).' }),
  mappedCount: Type.Integer({
    description: 'Resources not created but mapped to one that exists: reuse-existing found it in the target, use-source kept the source\'s (its network). Their recovered id is that resource\'s.',
  }),
  failedCount: Type.Integer({ description: 'Resources whose recreate failed (each says why), blocked ones included.' }),
  skippedCount: Type.Integer({ description: 'Resources not attempted: what depends on a failed one, or what a forced start skipped.' }),
  resetAfterMinutes: Nullable(Type.Integer(), 'Minutes after its start at which it resets itself; null: no automatic reset.'),
  resetDueAt: Nullable(Timestamp(), 'When the automatic reset is due (RFC 3339, UTC); null without one.'),
  resetStatus: Nullable(ResetStatusSchema, 'The reset\'s status; null before a reset was asked for.'),
  resetMessage: Nullable(Type.String(), 'What the reset did or why it failed; null before it ends.'),
  resetRequestedAt: Nullable(Timestamp(), 'When the reset was asked for; null before.'),
  resetRequestedBy: Nullable(Type.String(), 'Who asked for the reset: service-account:<id>, or auto-reset for one due by resetAfterMinutes; null before.'),
  resetFinishedAt: Nullable(Timestamp(), 'When the reset ended; null before.'),
  resetDeletedCount: Type.Integer({ description: 'Resources the reset has deleted so far. 0 before a reset.' }),
  createdBy: Type.String({ description: 'Who started it: service-account:<id>, or drill-run:<id> for a drill policy\'s run.' }),
  createdAt: Timestamp('When it was asked for (RFC 3339, UTC).'),
  startedAt: Nullable(Timestamp(), 'When its job started; null while pending.'),
  finishedAt: Nullable(Timestamp(), 'When it ended; null while it runs.'),
  updatedAt: Timestamp('Its last change.'),
  rtoSeconds: Nullable(Type.Integer({ description: 'Measured RTO, seconds: from the recovery being asked for (createdAt) to its validation passing; null until then, or when it did not pass.' })),
  rpoSeconds: Nullable(Type.Integer({ description: 'Measured RPO, seconds: the age of the recovery point (its protection) when the recovery was asked for; null before the job started.' })),
}, { examples: [RECOVERY_EXAMPLE] });

const StepAction = StringEnum(['create', 'restore', 'reuse', 'use-source', 'blocked'] as const, {
  description: 'create: recreated from its configuration; restore: recreated from its snapshot; reuse: an existing one in the target is used; use-source: the source\'s own is used; blocked: it cannot be recovered (blocker says why).',
});
const DroppedReferences = Type.Array(Type.Object({
  field: Type.String({ description: 'Where it was in the configuration (ingress[1].sourceSecurityGroupId), or dependencies.' }),
  reference: Type.String({ description: 'What it named: a resource id, an ARN, a key pair.' }),
  reason: Type.String({ description: 'Why it was taken out (outside the recovery, another account\'s…).' }),
}), { description: 'What the isolation took out of the configuration the resource is recreated with.' });
const StepNote = Nullable(Type.String({ description: 'What the step does that one would not guess: a dependency data resource recreated empty, the source\'s own used.' }));

export const RecoveredResource = Type.Object({
  sourceResourceId: Type.String({ description: 'The source resource id.' }),
  sourceRegion: Type.String({ description: 'The source resource\'s region.' }),
  type: Type.String({ description: 'The resource type, service:kind (ec2:vpc, rds:db-instance…).' }),
  name: Type.String({ description: 'The source resource\'s name.' }),
  order: Type.Integer({ description: 'Dependency level: everything of a lower order is recovered first; a reset goes the other way.' }),
  action: StepAction,
  status: StringEnum(RECOVERED_RESOURCE_STATUSES, {
    description: 'pending, recovered (created or restored), mapped (an existing one is used), failed, skipped; after a reset deleted, or delete-failed.',
  }),
  recoveredResourceId: Nullable(Type.String(), 'The id of the copy in the target (the mapping source → recovered); null until made.'),
  recoveredArn: Nullable(Type.String(), 'The ARN of the copy; null until made.'),
  snapshotId: Nullable(Type.String(), 'The snapshot it was restored from; null for a created one.'),
  error: Nullable(Type.String(), 'Why it failed or was skipped; null otherwise.'),
  note: StepNote, droppedReferences: DroppedReferences,
  transfer: Type.Optional({ ...RecoveryTransferSchema, description: 'Cross-account recoveries of data resources only: how the snapshot crossed accounts.' }),
  startedAt: Nullable(Timestamp('When its recreate was asked for; null for a step that made nothing.')),
  finishedAt: Nullable(Timestamp('When the cloud answered with the copy (or the error).')),
  readyAt: Nullable(Timestamp('When the validation saw it ready (running, available, active).')),
  durationSeconds: Nullable(Type.Number({ description: 'startedAt to readyAt (or to finishedAt when it was never seen ready).' })),
});

export const PreflightCheckSchema = Type.Object({
  name: Type.String({ description: 'target-connection, services-and-regions, quota:<name>, instance-type-offerings, snapshots, snapshot-transfer, name-collisions, recovery-point-age.' }),
  status: StringEnum(['passed', 'warning', 'failed'] as const, { description: 'passed; warning (the start goes on); failed (the start is refused unless force).' }),
  message: Type.String({ description: 'What it found, with the figures (quota used and needed, age of the recovery point…).' }),
  resourceIds: Type.Array(Type.String(), { description: 'The source resources it is about; a forced start skips those of a failed check.' }),
});
const Checks = Type.Array(PreflightCheckSchema, { description: 'Pre-flight checks: a failed one stops the start unless force is given.' });

export const ValidationCheckSchema = Type.Object({
  name: Type.String({ description: 'resources-ready, references, isolation, or validator:<name> (the assembly\'s validators).' }),
  status: StringEnum(VALIDATION_CHECK_STATUSES, { description: 'passed, failed, or skipped (not run: the recovery was cancelled first).' }),
  message: Type.String({ description: 'What the check found.' }),
  resourceIds: Type.Array(Type.String(), { description: 'The source resources it is about: for a failed check, those at fault.' }),
  details: Type.Optional(Type.Unknown({
    description: 'A webhook validator\'s check only: the `details` its receiver answered (any JSON; longer than 16 KiB of JSON, a string of its start, saying so).',
  })),
  startedAt: Timestamp('When the check started.'), finishedAt: Timestamp('When it ended.'),
});
/** What the recovery's validation found; null until the rebuild ends (and for recoveries made before validation). */
export const ValidationSchema = Nullable(Type.Object({
  status: StringEnum(VALIDATION_STATUSES, { description: 'running while the checks run (the recovery stays in-progress); skipped when nothing was recovered.' }),
  checks: Type.Array(ValidationCheckSchema, { description: 'Each check, in the order run.' }),
}), 'What the recovery\'s validation found once the rebuild ended: are the copies ready, do they reference only each other; null until then.');

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
  resources: Type.Array(RecoveredResource, { description: 'Every resource of the plan in order: the mapping source → recovered, with each one\'s outcome.' }),
})], { examples: [RECOVERY_DETAILS_EXAMPLE] });

/** The 409 of a start refused by its checks: the native error body with the checks. */
export const PreflightConflict = Type.Composite([NativeErrorBody, Type.Object({ checks: Type.Optional(Checks) })], { description: 'Conflict: checks says which pre-flight checks failed' });

export const PlanStepSchema = Type.Object({
  order: Type.Integer({ description: 'Dependency level: everything of a lower order is recovered first.' }),
  sourceResourceId: Type.String({ description: 'The source resource id.' }),
  sourceRegion: Type.String({ description: 'The source resource\'s region.' }),
  type: Type.String({ description: 'The resource type, service:kind.' }),
  name: Type.String({ description: 'The source resource\'s name.' }),
  action: StepAction,
  reason: StringEnum(['selected', 'dependency'] as const, { description: 'selected by the filter, or in the plan because a selected resource depends on it.' }),
  targetRegion: Type.String({ description: 'The region it will be rebuilt in.' }),
  configuration: Type.Record(Type.String(), Type.Unknown(), { description: 'The configuration it will be recreated with (after isolation).' }),
  dependencies: Type.Array(Type.String(), { description: 'The source resource ids it depends on: they come first.' }),
  snapshotId: Nullable(Type.String(), 'The snapshot it will be restored from; null for a created one.'),
  blocker: Nullable(Type.String(), 'Why it cannot be recovered (action blocked); null otherwise.'),
  note: StepNote, droppedReferences: DroppedReferences,
});

export const RecoveryPlan = Type.Object({
  dryRun: Type.Literal(true, { description: 'Always true: a plan, nothing was started.' }),
  checks: Checks,
  protectionId: Type.String({ description: 'The protection it would recover from.' }),
  protectionTimestamp: Type.Integer({ description: 'That protection\'s point on the timeline, epoch ms.' }),
  recoveryScope: RecoveryScopeSchema, recoveryMode: RecoveryModeSchema, isolation: IsolationSchema,
  targetCloudConnectionId: Int64('The cloud connection it would rebuild in.'),
  targetRegion: Type.String({ description: 'The region it would rebuild in.' }),
  summary: Type.Object({
    total: Type.Integer({ description: 'Steps in the plan.' }),
    create: Type.Integer({ description: 'Resources to recreate from their configuration.' }),
    restore: Type.Integer({ description: 'Data resources to restore from a snapshot.' }),
    reuse: Type.Integer({ description: 'Resources found in the target and reused (reuse-existing).' }),
    useSource: Type.Integer({ description: 'Source resources used as they are (use-source).' }),
    blocked: Type.Integer({ description: 'Resources that cannot be recovered (see blockers).' }),
  }, { description: 'The steps counted by action.' }),
  blockers: Type.Array(Type.Object({
    sourceResourceId: Type.String({ description: 'The blocked source resource.' }),
    reason: Type.String({ description: 'Why it cannot be recovered.' }),
  }), { description: 'What cannot be recovered, and why (empty when everything can).' }),
  notes: Type.Array(Type.String(), { description: 'What the plan does that one would not guess (dependencies recreated empty, references dropped…).' }),
  steps: Type.Array(PlanStepSchema, { description: 'The steps, in the order they would run.' }),
}, { examples: [RECOVERY_PLAN_EXAMPLE] });

export const ResetStatusBody = Type.Object({
  status: ResetStatusSchema,
  message: Type.String({ description: 'Contains the recovery reset failure reasons if the reset operation fails.' }),
}, { examples: [{ status: 'completed', message: 'Deleted 26 resources that recovery rec-9e5a4783f9c9f6c54314 created' }] });

export const RecoveryListQuery = Type.Object({
  status: Type.Optional(Type.Array(RecoveryStatusSchema, { description: 'Only recoveries with one of these statuses (repeat the parameter). Default: every status.' })),
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
}, {
  additionalProperties: false,
  examples: [{ recoveryName: 'config-1', recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' }, dryRun: false }],
});
