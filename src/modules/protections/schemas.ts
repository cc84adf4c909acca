import { Type } from '@sinclair/typebox';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { PROTECTION_DETAILS_EXAMPLE } from './examples.ts';
import { CAPTURE_REASONS, PROTECTION_STATUSES, SNAPSHOT_STATUSES } from './state-machine.ts';

export const ProtectionStatusEnum = StringEnum(PROTECTION_STATUSES, {
  description: 'Status of the protection: created → preparing → preparation-completed → in-progress → success, partially-protected or failed; '
    + 'skipped when nothing was selected; elapsed once pruned by retention (its snapshots deleted), pruning-failed when that failed.',
});

export const Protection = Type.Object({
  id: Type.String({ description: 'The protection id (prot-…): pass it as protection_id, or as protectionId to a recovery.' }),
  accountId: Int64('The Lifeboat account it belongs to.'),
  projectId: Type.String({ description: 'The project it belongs to.' }),
  cloudAssemblyId: Int64('The cloud assembly it protects.'),
  name: Type.String({ description: 'A name for the protection (the published list shows one): how it was started and its point on the timeline, UTC (scheduled-20261203-040000).' }),
  status: ProtectionStatusEnum,
  statusMessage: Nullable(Type.String(), 'Why it ended as it did (a failure, a partial protection, dependencies captured as configuration); null when there is nothing to say.'),
  trigger: StringEnum(['manual', 'scheduled'] as const, { description: 'manual: started by POST …/protections; scheduled: started by the assembly\'s protection policy.' }),
  protectionPolicyId: Nullable(Int64(), 'The protection policy that started it; null for a manual one.'),
  scheduledFor: Nullable(Timestamp(), 'The policy occurrence it was started for (RFC 3339, UTC); null for a manual one.'),
  locked: Type.Boolean({ description: 'A locked protection is kept by retention and cannot be pruned until unlocked (PUT …/lock). Default false.' }),
  cancelRequested: Type.Boolean({ description: 'A cancel was asked for; the protection ends failed at its next step.' }),
  hasRecovery: Type.Boolean({ description: 'A recovery has been started from it (such a protection is kept by retention while the recovery exists).' }),
  replicaRegions: Type.Array(Type.String(), { description: 'The regions its snapshots are copied to (the assembly\'s replica regions when it started).' }),
  resourceCount: Type.Integer({ description: 'Resources the assembly selected and this protection captured (configuration, and data for data resources).' }),
  dataResourceCount: Type.Integer({ description: 'Of those, the data resources (volumes, databases, tables, buckets, file systems) that get a snapshot.' }),
  snapshotsCompleted: Type.Integer({ description: 'Snapshots finished so far (replica copies not counted).' }),
  snapshotsFailed: Type.Integer({ description: 'Snapshots that failed; the protection then ends partially-protected or failed.' }),
  dependencyCount: Type.Integer({ description: 'Resources outside the selection that it depends on, directly or not: captured as configuration only (not in resourceCount).' }),
  createdBy: Type.String({ description: 'Who started it: service-account:<id>, or policy:<id> for a scheduled one.' }),
  createdAt: Timestamp('When it was asked for (RFC 3339, UTC).'),
  startedAt: Nullable(Timestamp(), 'When its job started; null while created.'),
  finishedAt: Nullable(Timestamp(), 'When it ended; null while it runs.'),
  updatedAt: Timestamp('Its last change.'),
  /** Epoch ms of createdAt: the point on the timeline. */
  timestamp: Type.Integer({ description: 'The point on the timeline, epoch ms (createdAt).' }),
}, {
  examples: [{
    id: 'prot-9fe48f3001a25dc27240', accountId: 1, projectId: 'default', cloudAssemblyId: 1, name: 'manual-20261204-140722', status: 'success',
    statusMessage: '1 dependency outside the selection captured as configuration (no data snapshot): see GET …/resources',
    trigger: 'manual', protectionPolicyId: null, scheduledFor: null, locked: false, cancelRequested: false, hasRecovery: false,
    replicaRegions: ['us-west-2'], resourceCount: 25, dataResourceCount: 6, snapshotsCompleted: 6, snapshotsFailed: 0, dependencyCount: 1,
    createdBy: 'service-account:1', createdAt: '2026-12-04T14:07:22.864Z', startedAt: '2026-12-04T14:07:22.870Z', finishedAt: '2026-12-04T14:07:22.905Z',
    updatedAt: '2026-12-04T14:07:22.905Z', timestamp: 1796393242864,
  }],
});

export const ProtectionResource = Type.Object({
  resourceId: Type.String({ description: 'The cloud resource id (vol-…, sg-…, a bucket or table name).' }),
  type: Type.String({ description: 'The resource type, service:kind (ebs:volume, rds:db-instance, route53:hosted-zone…).' }),
  service: Type.String({ description: 'The AWS service (EC2, EBS, RDS, Route53…).' }),
  region: Type.String({ description: 'Its region.' }),
  name: Type.String({ description: 'Its Name tag, or its id when it has none.' }),
  arn: Type.String({ description: 'Its ARN.' }),
  dataResource: Type.Boolean({ description: 'A data resource (volume, database, table, bucket, file system): it gets a snapshot.' }),
  captureReason: StringEnum(CAPTURE_REASONS, { description: 'selected by the filter, or captured because the selection depends on it (configuration only, no data snapshot).' }),
  captureNote: Nullable(Type.String({ description: 'Why a resource has no snapshot: a data resource captured as a dependency is recreated empty by a recovery.' })),
  snapshotStatus: StringEnum(SNAPSHOT_STATUSES, { description: 'Its snapshot: not-applicable for a configuration resource, else pending, completed or failed; deleted once retention pruned it.' }),
  snapshotId: Nullable(Type.String(), 'The snapshot (or backup) id; null without one.'),
  error: Nullable(Type.String(), 'Why its snapshot failed; null otherwise.'),
  replicas: Type.Record(Type.String(), Type.Object({
    status: Type.String({ description: 'The copy\'s status: pending, in-progress, completed or failed.' }),
    snapshotId: Type.Optional(Type.String({ description: 'The copy\'s id in that region.' })),
    error: Type.Optional(Type.String({ description: 'Why the copy failed.' })),
  }), { description: 'Its snapshot\'s copy per replica region (keyed by region); empty without a snapshot.' }),
  dependencies: Type.Array(Type.String(), { description: 'The resource ids it depends on (its VPC, subnets, security groups…).' }),
  tags: Type.Record(Type.String(), Type.String(), { description: 'Its tags when captured.' }),
  configuration: Type.Record(Type.String(), Type.Unknown(), { description: 'Its configuration as captured: what a recovery recreates it with.' }),
});

export const ProtectionDetails = Type.Intersect([Protection, Type.Object({
  resources: Type.Array(ProtectionResource, { description: 'Every resource it captured, with its snapshot and replica copies.' }),
})], { examples: [PROTECTION_DETAILS_EXAMPLE] });

export const TimelineQuery = Type.Object({
  start_time: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Epoch ms, inclusive.' })),
  end_time: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Epoch ms, inclusive.' })),
  status: Type.Optional(Type.Array(ProtectionStatusEnum, { description: 'Only protections with one of these statuses (repeat the parameter). Default: every status.' })),
}, { additionalProperties: false });

/** The published protection status: `protection_id` is required. */
export const StatusQuery = Type.Object({
  protection_id: Type.String({ minLength: 1, maxLength: 100, description: 'AWS cloud assembly protection ID.' }),
}, { additionalProperties: false });

export const LockBody = Type.Object({
  locked: Type.Boolean({ description: 'true: retention keeps the protection until it is unlocked; false: it is pruned as usual.' }),
}, { additionalProperties: false, examples: [{ locked: true }] });
