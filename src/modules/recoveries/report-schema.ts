import { Type, type Static } from '@sinclair/typebox';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { DRILL_REPORT_EXAMPLE } from './examples.ts';
import { IsolationSchema, PreflightCheckSchema, RecoveredResource, RecoveryScopeSchema, RecoveryStatusSchema, ResetStatusSchema } from './schemas.ts';

const Seconds = (description: string) => Nullable(Type.Number({ minimum: 0, description }));

const ValidationCheck = Type.Object({
  name: Type.String({ description: 'resources-ready, references, isolation, or validator:<name>.' }),
  status: Type.String({ description: 'passed, failed or skipped' }),
  message: Nullable(Type.String(), 'What the check found.'),
  resourceIds: Type.Array(Type.String(), { description: 'The source resources it is about: for a failed check, those at fault.' }),
  details: Type.Optional(Type.Unknown({ description: "A webhook validator's check only: what its receiver answered as details." })),
});

const LeftoverResource = Type.Object({
  resourceId: Type.String({ description: 'The resource still there.' }),
  arn: Type.String({ description: 'Its ARN.' }),
  region: Type.String({ description: 'Its region.' }),
  type: Type.String({ description: 'Its type, service:kind.' }),
});

export const ReportResource = Type.Composite([Type.Omit(RecoveredResource, ['startedAt', 'finishedAt', 'durationSeconds']), Type.Object({
  outcome: StringEnum(['recovered', 'mapped', 'failed', 'skipped', 'blocked', 'pending'] as const, {
    description: 'How the recovery ended for it, whatever the reset did since: a resource the reset deleted was recovered.',
  }),
  startedAt: Nullable(Timestamp('When the recovery started on it; null when not recorded.')),
  finishedAt: Nullable(Timestamp(), 'When it was ready (or failed); null when not recorded.'),
  durationSeconds: Seconds('finishedAt − startedAt; null when not recorded.'),
})]);

/** A recovery's drill report: what an auditor reads to see that the application came back, how fast, from how old a point. */
export const DrillReport = Type.Object({
  recoveryId: Type.String({ description: 'The recovery id (rec-…).' }),
  recoveryName: Type.String({ description: 'Its name.' }),
  cloudAssemblyId: Int64('The assembly recovered.'),
  cloudAssemblyName: Type.String({ description: 'The assembly\'s name.' }),
  recoveryStatus: RecoveryStatusSchema,
  statusMessage: Nullable(Type.String(), 'Why it ended as it did; null when it completed cleanly.'),
  recoveryScope: RecoveryScopeSchema, isolation: IsolationSchema,
  targetCloudConnectionId: Int64('The cloud connection it rebuilt in.'),
  targetRegion: Type.String({ description: 'The region it rebuilt in.' }),
  generatedAt: Timestamp('When this report was made (RFC 3339, UTC).'),
  startedAt: Nullable(Timestamp(), 'When the recovery started; null while pending.'),
  finishedAt: Nullable(Timestamp(), 'When it ended; null while it runs.'),
  recoveryPoint: Type.Object({
    protectionId: Type.String({ description: 'The protection it recovered from.' }),
    protectionTimestamp: Nullable(Timestamp('When the protection was taken; null when it has since been deleted.')),
  }, { description: 'The recovery point.' }),
  targets: Type.Object({
    rtoTargetMinutes: Nullable(Type.Integer(), 'The assembly\'s RTO target, minutes; null when it sets none.'),
    rpoTargetMinutes: Nullable(Type.Integer(), 'The assembly\'s RPO target, minutes; null when it sets none.'),
  }, { description: "The assembly's targets; null when it sets none." }),
  measured: Type.Object({
    rtoSeconds: Seconds('Start of the recovery to its validation passing; null when unknown (not validated).'),
    rpoSeconds: Seconds('Age of the recovery point when the recovery started; null before it started.'),
  }, { description: 'What this drill measured, seconds.' }),
  forced: Type.Boolean({ description: 'Started with force past a failed pre-flight check.' }),
  checks: Type.Array(PreflightCheckSchema, { description: 'The pre-flight checks of the start.' }),
  validation: Nullable(Type.Object({
    status: StringEnum(['passed', 'failed', 'skipped'] as const, { description: 'passed, failed, or skipped (nothing was recovered).' }),
    checks: Type.Array(ValidationCheck, { description: 'Each validation check, in the order run.' }),
  }, {
    description: 'Null when the recovery was not validated.',
  })),
  timing: StringEnum(['measured', 'order-only'] as const, { description: 'measured: resources carry their start and end; order-only: only their dependency order is known.' }),
  summary: Type.Object({
    total: Type.Integer({ description: 'Resources in the plan.' }),
    recovered: Type.Integer({ description: 'Created or restored.' }),
    mapped: Type.Integer({ description: 'Mapped to an existing resource (reuse-existing, use-source).' }),
    failed: Type.Integer({ description: 'Failed.' }),
    skipped: Type.Integer({ description: 'Not attempted.' }),
    blocked: Type.Integer({ description: 'Could not be recovered at all.' }),
  }, { description: 'The resources counted by outcome.' }),
  resources: Type.Array(ReportResource, { description: 'Every resource: its outcome and timing.' }),
  reset: Type.Object({
    status: Type.Union([ResetStatusSchema, Type.Literal('not-run')], { description: 'not-run: no reset has been asked for; what the recovery made is still there.' }),
    message: Type.String({ description: 'What the reset did, or why it failed.' }),
    requestedAt: Nullable(Timestamp(), 'When the reset was asked for; null before.'),
    requestedBy: Nullable(Type.String(), 'Who asked for it (service-account:<id>, auto-reset); null before.'),
    finishedAt: Nullable(Timestamp(), 'When it ended; null before.'),
    deletedCount: Type.Integer({ description: 'Resources it deleted.' }),
    leftovers: Nullable(Type.Object({
      count: Type.Integer({ description: 'Resources still tagged with the recovery id: zero after a clean reset.' }),
      regions: Type.Array(Type.String(), { description: 'The regions of the target account asked.' }),
      resources: Type.Array(LeftoverResource, { description: 'Those resources.' }),
    }, { description: 'Null until the reset has ended, or when the cloud could not be asked (leftoversError says why).' })),
    leftoversError: Nullable(Type.String(), 'Why the leftovers could not be counted; null otherwise.'),
  }, { description: 'The reset: what it deleted and what is left.' }),
}, { examples: [DRILL_REPORT_EXAMPLE] });

export type DrillReportBody = Static<typeof DrillReport>;
export type ReportResourceBody = Static<typeof ReportResource>;
