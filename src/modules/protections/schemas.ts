import { Type } from '@sinclair/typebox';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { CAPTURE_REASONS, PROTECTION_STATUSES, SNAPSHOT_STATUSES } from './state-machine.ts';

export const ProtectionStatusEnum = StringEnum(PROTECTION_STATUSES, { description: 'Status of the protection.' });

export const Protection = Type.Object({
  id: Type.String(), accountId: Int64(), projectId: Type.String(), cloudAssemblyId: Int64(),
  name: Type.String({ description: 'A name for the protection (the published list shows one): how it was started and its point on the timeline, UTC (scheduled-20261203-040000).' }),
  status: ProtectionStatusEnum, statusMessage: Nullable(Type.String()),
  trigger: StringEnum(['manual', 'scheduled'] as const), protectionPolicyId: Nullable(Int64()), scheduledFor: Nullable(Timestamp()),
  locked: Type.Boolean(), cancelRequested: Type.Boolean(), hasRecovery: Type.Boolean(),
  replicaRegions: Type.Array(Type.String()),
  resourceCount: Type.Integer(), dataResourceCount: Type.Integer(), snapshotsCompleted: Type.Integer(), snapshotsFailed: Type.Integer(),
  dependencyCount: Type.Integer({ description: 'Resources outside the selection that it depends on, directly or not: captured as configuration only (not in resourceCount).' }),
  createdBy: Type.String(),
  createdAt: Timestamp(), startedAt: Nullable(Timestamp()), finishedAt: Nullable(Timestamp()), updatedAt: Timestamp(),
  /** Epoch ms of createdAt: the point on the timeline. */
  timestamp: Type.Integer({ description: 'The point on the timeline, epoch ms (createdAt).' }),
});

export const ProtectionResource = Type.Object({
  resourceId: Type.String(), type: Type.String(), service: Type.String(), region: Type.String(), name: Type.String(), arn: Type.String(),
  dataResource: Type.Boolean(),
  captureReason: StringEnum(CAPTURE_REASONS, { description: 'selected by the filter, or captured because the selection depends on it (configuration only, no data snapshot).' }),
  captureNote: Nullable(Type.String({ description: 'Why a resource has no snapshot: a data resource captured as a dependency is recreated empty by a recovery.' })),
  snapshotStatus: StringEnum(SNAPSHOT_STATUSES),
  snapshotId: Nullable(Type.String()), error: Nullable(Type.String()),
  replicas: Type.Record(Type.String(), Type.Object({ status: Type.String(), snapshotId: Type.Optional(Type.String()), error: Type.Optional(Type.String()) })),
  dependencies: Type.Array(Type.String()),
  tags: Type.Record(Type.String(), Type.String()),
  configuration: Type.Record(Type.String(), Type.Unknown()),
});

export const ProtectionDetails = Type.Intersect([Protection, Type.Object({ resources: Type.Array(ProtectionResource) })]);

export const TimelineQuery = Type.Object({
  start_time: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Epoch ms, inclusive.' })),
  end_time: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Epoch ms, inclusive.' })),
  status: Type.Optional(Type.Array(ProtectionStatusEnum)),
}, { additionalProperties: false });

/** Seed 002: `protection_id` is required. */
export const StatusQuery = Type.Object({
  protection_id: Type.String({ minLength: 1, maxLength: 100, description: 'AWS cloud assembly protection ID.' }),
}, { additionalProperties: false });

export const LockBody = Type.Object({ locked: Type.Boolean() }, { additionalProperties: false });
