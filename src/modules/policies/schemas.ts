import { Type } from '@sinclair/typebox';
import { FilterCondition, SortOrder } from '../../platform/http/native-params.ts';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { FREQUENCY_TYPES, WEEKDAYS } from './schedule.ts';
import { POLICY_STATUSES, USER_STATUSES } from './statuses.ts';

/** Names of templates and policies: 3–50 characters, a letter first, then letters, digits and hyphens. */
export const PolicyName = Type.String({ minLength: 3, maxLength: 50, pattern: '^[a-zA-Z][a-zA-Z0-9-]*$', description: 'Unique in the project.' });
export const PolicyDescription = Type.String({ maxLength: 1000 });

const Hours = Type.Array(Type.Integer({ minimum: 0, maximum: 23 }), { minItems: 1, maxItems: 24, uniqueItems: true, description: 'Hours of the day (daily and coarser). Default [0].' });

export const FrequencyDetails = Type.Object({
  offsetMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 59, description: 'Minute past the hour (hourly and coarser). Default 0.' })),
  hours: Type.Optional(Hours),
  daysOfWeek: Type.Optional(Type.Array(StringEnum(WEEKDAYS), { minItems: 1, maxItems: 7, uniqueItems: true, description: 'Weekly: required.' })),
  daysOfMonth: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 31 }), {
    minItems: 1, maxItems: 31, uniqueItems: true, description: 'Monthly and yearly. Default [1]. A month without the day skips it, as cron does.',
  })),
  months: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 12 }), { minItems: 1, maxItems: 12, uniqueItems: true, description: 'Yearly. Default [1].' })),
}, { additionalProperties: false, description: 'Only the fields the frequency type uses; any other is refused.' });

/** The schedule fields a template has and an inline policy schedule repeats. */
const scheduleFields = {
  frequencyType: StringEnum(FREQUENCY_TYPES),
  frequencyDetails: Type.Optional(FrequencyDetails),
  cronExpression: Type.Optional(Type.Unsafe<string | null>({
    type: ['string', 'null'], maxLength: 200, description: 'custom only: five fields, minute hour day-of-month month day-of-week, read in timeZone.',
  })),
  timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone (Europe/Berlin) or UTC. Default UTC.' })),
  retentionCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'Protections kept. Default 7.' })),
  replicaRetentionCount: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: 'Protections kept in each replica region. Default retentionCount.' })),
};

export const TemplateBody = Type.Object({ name: PolicyName, description: Type.Optional(PolicyDescription), ...scheduleFields }, { additionalProperties: false });
export const ScheduleBody = Type.Object(scheduleFields, { additionalProperties: false });

export const ActivationBody = Type.Union([
  Type.Object({ type: Type.Literal('now') }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('at'), startTime: Type.String({ format: 'date-time', description: 'RFC 3339; not in the past.' }) }, { additionalProperties: false }),
], { discriminator: { propertyName: 'type' }, description: 'When the schedule starts. Default now.' });

const policyFields = {
  name: PolicyName,
  description: Type.Optional(PolicyDescription),
  templateId: Type.Optional(Int64('A policy template of the project. Give this or schedule, not both.')),
  schedule: Type.Optional(ScheduleBody),
  activation: Type.Optional(ActivationBody),
};
export const CreatePolicyBody = Type.Object({
  ...policyFields,
  status: Type.Optional(StringEnum(USER_STATUSES, { description: 'Default enabled. One enabled policy per assembly.' })),
}, { additionalProperties: false });
/** PUT replaces the schedule (template or inline); an absent description or activation is left as it is. */
export const UpdatePolicyBody = Type.Object(policyFields, { additionalProperties: false });
export const PolicyStatusBody = Type.Object({ status: StringEnum(USER_STATUSES) }, { additionalProperties: false });

const scheduleOut = {
  frequencyType: StringEnum(FREQUENCY_TYPES),
  frequencyDetails: FrequencyDetails,
  cronExpression: Nullable(Type.String()),
  timeZone: Type.String(),
  retentionCount: Type.Integer(),
  replicaRetentionCount: Type.Integer(),
};

export const PolicyTemplate = Type.Object({
  accountId: Int64('Account ID.'),
  projectId: Type.String(),
  id: Int64('Policy template ID.'),
  name: Type.String(),
  description: Type.String(),
  ...scheduleOut,
  createdAt: Timestamp(),
  updatedAt: Timestamp(),
});

export const ProtectionPolicy = Type.Object({
  accountId: Int64('Account ID.'),
  projectId: Type.String(),
  id: Int64('Protection policy ID.'),
  cloudAssemblyId: Int64('The cloud assembly it protects.'),
  name: Type.String(),
  description: Type.String(),
  templateId: Nullable(Int64('The template whose schedule applies; null for an inline schedule.')),
  schedule: Type.Object(scheduleOut, { description: "The schedule in effect: the template's, or the inline one." }),
  status: StringEnum(POLICY_STATUSES),
  statusMessage: Nullable(Type.String()),
  activation: Type.Object({ type: StringEnum(['now', 'at'] as const), startTime: Timestamp('When the schedule started (or starts).') }),
  nextRunAt: Nullable(Timestamp('The next slot; null unless enabled.')),
  lastRunAt: Nullable(Timestamp('The last slot that fired a protection.')),
  createdAt: Timestamp(),
  updatedAt: Timestamp(),
});

export const TemplateListQuery = Type.Object({
  name: Type.Optional(Type.String({ maxLength: 50, description: 'Part of the name, any case.' })),
  frequency_type: Type.Optional(Type.Array(StringEnum(FREQUENCY_TYPES), { description: 'Repeat to match several.' })),
  filter_condition: FilterCondition,
  sort_by: Type.Optional(StringEnum(['name', 'created-at'] as const, { description: 'Default created-at.' })),
  sort_order: SortOrder,
}, { additionalProperties: false });

export const PolicyListQuery = Type.Object({
  name: Type.Optional(Type.String({ maxLength: 50, description: 'Part of the name, any case.' })),
  status: Type.Optional(Type.Array(StringEnum(POLICY_STATUSES), { description: 'Repeat to match several.' })),
  filter_condition: FilterCondition,
  sort_by: Type.Optional(StringEnum(['name', 'created-at'] as const, { description: 'Default created-at.' })),
  sort_order: SortOrder,
}, { additionalProperties: false });
