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
], { additionalProperties: false, description: 'As the start-recovery body (default same-region, rebuild, isolated, all resources).' });
export type DrillRecovery = Static<typeof DrillRecoveryBody>;

/** A week: the longest a drill copy may stand before it is torn down. */
export const MAX_RESET_AFTER_MINUTES = 10_080;
const ResetAfterMinutes = Type.Integer({
  minimum: 1, maximum: MAX_RESET_AFTER_MINUTES, description: 'The drill resets its recovery this long after the recovery started (1 minute to 7 days).',
});

const drillPolicyFields = {
  name: PolicyName,
  description: Type.Optional(PolicyDescription),
  frequencyType: StringEnum(FREQUENCY_TYPES),
  ...scheduleTimingFields,
  recovery: Type.Optional(DrillRecoveryBody),
  resetAfterMinutes: ResetAfterMinutes,
};
export const CreateDrillPolicyBody = Type.Object({
  ...drillPolicyFields,
  status: Type.Optional(StringEnum(DRILL_POLICY_STATUSES, { description: 'Default enabled.' })),
}, { additionalProperties: false });
/** PUT replaces everything but the status (an absent description or recovery is empty, as on create). */
export const UpdateDrillPolicyBody = Type.Object(drillPolicyFields, { additionalProperties: false });
export const DrillPolicyStatusBody = Type.Object({ status: StringEnum(DRILL_POLICY_STATUSES) }, { additionalProperties: false });

export const DrillPolicy = Type.Object({
  accountId: Int64('Account ID.'),
  projectId: Type.String(),
  id: Int64('Drill policy ID.'),
  cloudAssemblyId: Int64('The cloud assembly it drills.'),
  name: Type.String(),
  description: Type.String(),
  frequencyType: StringEnum(FREQUENCY_TYPES),
  frequencyDetails: FrequencyDetails,
  cronExpression: Nullable(Type.String()),
  timeZone: Type.String(),
  recovery: DrillRecoveryBody,
  resetAfterMinutes: Type.Integer(),
  status: StringEnum(DRILL_POLICY_STATUSES),
  nextRunAt: Nullable(Timestamp('The next slot; null unless enabled.')),
  lastRunAt: Nullable(Timestamp('The last slot that fired a run.')),
  createdAt: Timestamp(),
  updatedAt: Timestamp(),
});

export const DrillRun = Type.Object({
  id: Int64('Drill run ID.'),
  drillPolicyId: Int64(),
  cloudAssemblyId: Int64(),
  trigger: StringEnum(DRILL_TRIGGERS),
  slotAt: Nullable(Timestamp('The slot a scheduled run fired for.')),
  status: StringEnum(DRILL_RUN_STATUSES),
  statusMessage: Nullable(Type.String({ description: 'Why it was skipped or failed.' })),
  outcome: Nullable(StringEnum(['passed', 'failed'] as const, { description: 'Once finished: passed when the recovery completed (and validated, when it validates) and its reset left nothing behind.' })),
  recoveryId: Nullable(Type.String()),
  recoveryStatus: Nullable(Type.String()),
  validationStatus: Nullable(Type.String()),
  rtoSeconds: Nullable(Type.Number()),
  rpoSeconds: Nullable(Type.Number()),
  resetStatus: Nullable(Type.String()),
  leftovers: Nullable(Type.Integer({ description: "Resources still tagged with the recovery's id after its reset." })),
  reportUrl: Nullable(Type.String({ description: "The recovery's drill report (GET …/recoveries/{id}/report)." })),
  startedAt: Nullable(Timestamp()),
  finishedAt: Nullable(Timestamp()),
  createdAt: Timestamp(),
});
