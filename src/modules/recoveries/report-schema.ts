import { Type, type Static } from '@sinclair/typebox';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { IsolationSchema, PreflightCheckSchema, RecoveredResource, RecoveryScopeSchema, RecoveryStatusSchema, ResetStatusSchema } from './schemas.ts';

const Seconds = (description: string) => Nullable(Type.Number({ minimum: 0, description }));

const ValidationCheck = Type.Object({
  name: Type.String(), status: Type.String({ description: 'passed, failed or skipped' }), message: Nullable(Type.String()),
  resourceIds: Type.Array(Type.String()),
  details: Type.Optional(Type.Unknown({ description: "A webhook validator's check only: what its receiver answered as details." })),
});

const LeftoverResource = Type.Object({ resourceId: Type.String(), arn: Type.String(), region: Type.String(), type: Type.String() });

export const ReportResource = Type.Composite([RecoveredResource, Type.Object({
  outcome: StringEnum(['recovered', 'mapped', 'failed', 'skipped', 'blocked', 'pending'] as const, {
    description: 'How the recovery ended for it, whatever the reset did since: a resource the reset deleted was recovered.',
  }),
  startedAt: Nullable(Timestamp('When the recovery started on it; null when not recorded.')),
  finishedAt: Nullable(Timestamp()),
  durationSeconds: Seconds('finishedAt − startedAt; null when not recorded.'),
})]);

/** A recovery's drill report: what an auditor reads to see that the application came back, how fast, from how old a point. */
export const DrillReport = Type.Object({
  recoveryId: Type.String(), recoveryName: Type.String(), cloudAssemblyId: Int64(), cloudAssemblyName: Type.String(),
  recoveryStatus: RecoveryStatusSchema, statusMessage: Nullable(Type.String()),
  recoveryScope: RecoveryScopeSchema, isolation: IsolationSchema, targetCloudConnectionId: Int64(), targetRegion: Type.String(),
  generatedAt: Timestamp(), startedAt: Nullable(Timestamp()), finishedAt: Nullable(Timestamp()),
  recoveryPoint: Type.Object({ protectionId: Type.String(), protectionTimestamp: Nullable(Timestamp('When the protection was taken; null when it has since been deleted.')) }),
  targets: Type.Object({ rtoTargetMinutes: Nullable(Type.Integer()), rpoTargetMinutes: Nullable(Type.Integer()) }, { description: "The assembly's targets; null when it sets none." }),
  measured: Type.Object({
    rtoSeconds: Seconds('Start of the recovery to its validation passing; null when unknown (not validated).'),
    rpoSeconds: Seconds('Age of the recovery point when the recovery started; null before it started.'),
  }),
  forced: Type.Boolean(),
  checks: Type.Array(PreflightCheckSchema, { description: 'The pre-flight checks of the start.' }),
  validation: Nullable(Type.Object({ status: StringEnum(['passed', 'failed', 'skipped'] as const), checks: Type.Array(ValidationCheck) }, {
    description: 'Null when the recovery was not validated.',
  })),
  timing: StringEnum(['measured', 'order-only'] as const, { description: 'measured: resources carry their start and end; order-only: only their dependency order is known.' }),
  summary: Type.Object({ total: Type.Integer(), recovered: Type.Integer(), mapped: Type.Integer(), failed: Type.Integer(), skipped: Type.Integer(), blocked: Type.Integer() }),
  resources: Type.Array(ReportResource),
  reset: Type.Object({
    status: Type.Union([ResetStatusSchema, Type.Literal('not-run')], { description: 'not-run: no reset has been asked for; what the recovery made is still there.' }),
    message: Type.String(),
    requestedAt: Nullable(Timestamp()), requestedBy: Nullable(Type.String()), finishedAt: Nullable(Timestamp()), deletedCount: Type.Integer(),
    leftovers: Nullable(Type.Object({
      count: Type.Integer({ description: 'Resources still tagged with the recovery id: zero after a clean reset.' }),
      regions: Type.Array(Type.String(), { description: 'The regions of the target account asked.' }),
      resources: Type.Array(LeftoverResource),
    }, { description: 'Null until the reset has ended, or when the cloud could not be asked (leftoversError says why).' })),
    leftoversError: Nullable(Type.String()),
  }),
});

export type DrillReportBody = Static<typeof DrillReport>;
export type ReportResourceBody = Static<typeof ReportResource>;
