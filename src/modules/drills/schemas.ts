import { Type, type Static } from '@sinclair/typebox';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { FrequencyDetails, PolicyDescription, PolicyName, scheduleTimingFields } from '../policies/schemas.ts';
import { FREQUENCY_TYPES } from '../policies/index.ts';
import { StartRecoveryBody } from '../recoveries/schemas.ts';
import { DRILL_POLICY_STATUSES, DRILL_RUN_STATUSES, DRILL_TRIGGERS } from './tables.ts';

/**
 * The recovery each run starts: the start-recovery body's own schema pieces (scope, mode, isolation, filter, target
 * region, zone or connection), so a drill accepts exactly what a recovery does. The name, the protection (always the
 * latest successful one), dryRun, force and resetAfterMinutes are the drill's to set.
 */
export const DrillRecoveryBody = Type.Pick(StartRecoveryBody, [
  'recoveryScope', 'recoveryMode', 'isolation', 'resourceFilterStrategy', 'crossRegionConfiguration', 'crossZoneConfiguration', 'crossAccountConfiguration',
], {
  additionalProperties: false, description: 'As the start-recovery body (default same-region, rebuild, isolated, all resources).',
  examples: [{ recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' }, isolation: 'isolated', resourceFilterStrategy: { type: 'all' } }],
});
export type DrillRecovery = Static<typeof DrillRecoveryBody>;

/** A week: the longest a drill copy may stand before it is torn down. */
export const MAX_RESET_AFTER_MINUTES = 10_080;
const ResetAfterMinutes = Type.Integer({
  minimum: 1, maximum: MAX_RESET_AFTER_MINUTES, description: 'The drill resets its recovery this long after the recovery started (1 minute to 7 days).',
});

const CREATE_EXAMPLE = {
  name: 'shop-weekly-drill', description: 'Every Saturday 03:00 Berlin: the shop rebuilt in us-west-2, torn down after an hour',
  frequencyType: 'weekly', frequencyDetails: { daysOfWeek: ['SATURDAY'], hours: [3] }, timeZone: 'Europe/Berlin',
  recovery: { recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' }, isolation: 'isolated', resourceFilterStrategy: { type: 'all' } },
  resetAfterMinutes: 60,
};

const drillPolicyFields = {
  name: PolicyName,
  description: Type.Optional(PolicyDescription),
  frequencyType: StringEnum(FREQUENCY_TYPES, { description: 'How often a drill runs: fifteen-minutes … twelve-hours, daily, weekly, monthly, yearly, or custom (cronExpression).' }),
  ...scheduleTimingFields,
  recovery: Type.Optional(DrillRecoveryBody),
  resetAfterMinutes: ResetAfterMinutes,
};
export const CreateDrillPolicyBody = Type.Object({
  ...drillPolicyFields,
  status: Type.Optional(StringEnum(DRILL_POLICY_STATUSES, { description: 'enabled (runs on schedule; the default) or paused.' })),
}, { additionalProperties: false, examples: [CREATE_EXAMPLE] });
/** PUT replaces everything but the status (an absent description or recovery is empty, as on create). */
export const UpdateDrillPolicyBody = Type.Object(drillPolicyFields, { additionalProperties: false, examples: [{ ...CREATE_EXAMPLE, resetAfterMinutes: 120 }] });
export const DrillPolicyStatusBody = Type.Object({
  status: StringEnum(DRILL_POLICY_STATUSES, { description: 'paused: no run until enabled again; enabled: resume from the next slot.' }),
}, { additionalProperties: false, examples: [{ status: 'paused' }] });

const POLICY_EXAMPLE = {
  accountId: 1, projectId: 'default', id: 1, cloudAssemblyId: 1, ...CREATE_EXAMPLE, status: 'enabled', frequencyDetails: { daysOfWeek: ['SATURDAY'], hours: [3], offset: 0 }, cronExpression: null,
  nextRunAt: '2026-12-05T02:00:00.000Z', lastRunAt: null, createdAt: '2026-12-04T14:20:00.000Z', updatedAt: '2026-12-04T14:20:00.000Z',
};
const RUN_EXAMPLE = {
  id: 1, drillPolicyId: 1, cloudAssemblyId: 1, trigger: 'schedule', slotAt: '2026-12-05T02:00:00.000Z', status: 'completed', statusMessage: null, outcome: 'passed',
  recoveryId: 'rec-9e5a4783f9c9f6c54314', recoveryStatus: 'completed', validationStatus: 'passed', rtoSeconds: 41, rpoSeconds: 3300, resetStatus: 'completed', leftovers: 0,
  reportUrl: '/api/v1/accounts/1/projects/default/aws/cloud-assemblies/1/recoveries/rec-9e5a4783f9c9f6c54314/report',
  startedAt: '2026-12-05T02:00:01.000Z', finishedAt: '2026-12-05T03:00:40.000Z', createdAt: '2026-12-05T02:00:00.500Z',
};

export const DrillPolicy = Type.Object({
  accountId: Int64('Account ID.'),
  projectId: Type.String({ description: 'Project ID.' }),
  id: Int64('Drill policy ID.'),
  cloudAssemblyId: Int64('The cloud assembly it drills.'),
  name: Type.String({ description: 'Name of the drill policy (unique in the project).' }),
  description: Type.String({ description: 'Description (empty when none was given).' }),
  frequencyType: StringEnum(FREQUENCY_TYPES, { description: 'How often a drill runs.' }),
  frequencyDetails: FrequencyDetails,
  cronExpression: Nullable(Type.String(), 'custom: the cron expression (minute hour day-of-month month day-of-week, in timeZone); null for the other types.'),
  timeZone: Type.String({ description: 'The IANA time zone the schedule is read in (UTC by default).' }),
  recovery: DrillRecoveryBody,
  resetAfterMinutes: Type.Integer({ description: 'Minutes after its recovery started that a run resets it (1 minute to 7 days).' }),
  status: StringEnum(DRILL_POLICY_STATUSES, { description: 'enabled (runs on schedule) or paused.' }),
  nextRunAt: Nullable(Timestamp('The next slot; null unless enabled.')),
  lastRunAt: Nullable(Timestamp('The last slot that fired a run.')),
  createdAt: Timestamp('When the drill policy was created.'),
  updatedAt: Timestamp('When the drill policy was last changed.'),
}, { examples: [POLICY_EXAMPLE] });

export const DrillRun = Type.Object({
  id: Int64('Drill run ID.'),
  drillPolicyId: Int64('The drill policy it ran for.'),
  cloudAssemblyId: Int64('The cloud assembly it drilled.'),
  trigger: StringEnum(DRILL_TRIGGERS, { description: 'schedule (a slot of the policy) or manual (POST …/run).' }),
  slotAt: Nullable(Timestamp('The slot a scheduled run fired for; null for a manual run.')),
  status: StringEnum(DRILL_RUN_STATUSES, {
    description: 'pending, recovering (its recovery runs and is validated), resetting (its recovery is being torn down), then completed, failed, or skipped (statusMessage says why, e.g. no successful protection).',
  }),
  statusMessage: Nullable(Type.String({ description: 'Why it was skipped or failed.' })),
  outcome: Nullable(StringEnum(['passed', 'failed'] as const, { description: 'Once finished: passed when the recovery completed (and validated, when it validates) and its reset left nothing behind.' })),
  recoveryId: Nullable(Type.String(), 'The recovery the run started (GET …/recoveries/{recoveryId}); null before it started.'),
  recoveryStatus: Nullable(Type.String(), "The recovery's status as last seen (completed, failed, …); null before it started."),
  validationStatus: Nullable(Type.String(), "The recovery's validation status (passed, failed, …); null before it was validated."),
  rtoSeconds: Nullable(Type.Number(), 'Measured RTO, seconds: from the recovery being asked for to its validation passing; null until then.'),
  rpoSeconds: Nullable(Type.Number(), 'Measured RPO, seconds: the age of the protection it recovered when the recovery was asked for; null before it started.'),
  resetStatus: Nullable(Type.String(), "The recovery's reset status (in-progress, completed, failed); null before the reset."),
  leftovers: Nullable(Type.Integer({ description: "Resources still tagged with the recovery's id after its reset." })),
  reportUrl: Nullable(Type.String({ description: "The recovery's drill report (GET …/recoveries/{id}/report)." })),
  startedAt: Nullable(Timestamp(), 'When the run started its recovery; null before.'),
  finishedAt: Nullable(Timestamp(), 'When the run ended (completed, failed or skipped); null before.'),
  createdAt: Timestamp('When the run was created.'),
}, { examples: [RUN_EXAMPLE] });
