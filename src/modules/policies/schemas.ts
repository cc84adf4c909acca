import { Type } from '@sinclair/typebox';
import { FilterCondition, SortOrder } from '../../platform/http/native-params.ts';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { DAYS_OF_WEEK, FREQUENCY_TYPES, MONTHS } from './schedule.ts';
import { POLICY_STATUSES, USER_STATUSES } from './statuses.ts';

// The request and answer shapes of the published Cloud Rewind pages: flat bodies, frequencyType and frequencyDetails
// spelled as there.
// https://api.commvault.com/docs/latest/api/cv/CloudRewindAPIs/create-aws-protection-policy
// https://api.commvault.com/docs/SP32/api/cv/CloudRewindAPIs/update-aws-protection-policy
// https://api.commvault.com/docs/SP32/api/cv/CloudRewindAPIs/get-aws-protection-policy
// https://api.commvault.com/docs/SP32/api/cv/CloudRewindAPIs/create-aws-policy-template
// https://api.commvault.com/docs/SP32/api/cv/CloudRewindAPIs/find-aws-policy-template

/** Names of templates and policies: 3–50 characters, a letter first, then letters, digits and hyphens. */
const policyName = (description: string) => Type.String({ minLength: 3, maxLength: 50, pattern: '^[a-zA-Z][a-zA-Z0-9-]*$', description });
export const PolicyName = policyName('Unique in the project.');
export const PolicyDescription = Type.String({ maxLength: 1000 });

/** Published clients send every detail field, the ones a type does not use empty: an empty list means "not given". */
const unique = (description: string) => ({ maxItems: 31, uniqueItems: true, description });
export const FrequencyDetails = Type.Object({
  daysOfWeek: Type.Optional(Type.Array(StringEnum(DAYS_OF_WEEK), { ...unique('Weekly: required.'), maxItems: 7 })),
  months: Type.Optional(Type.Array(StringEnum(MONTHS), { ...unique('Yearly. Default [JANUARY].'), maxItems: 12 })),
  daysOfMonth: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 31 }), unique('Monthly and yearly. Default [1]. A month without the day skips it, as cron does.'))),
  hours: Type.Optional(Type.Array(Type.Integer({ minimum: 0, maximum: 23 }), { ...unique('Hours of the day (daily and coarser). Default [0].'), maxItems: 24 })),
  offset: Type.Optional(Type.Integer({
    minimum: 0, maximum: 59, description: 'Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0.',
  })),
}, { additionalProperties: false, description: 'Only the fields the frequency type uses; another one that is not empty is refused.' });

const CronExpression = Type.Unsafe<string | null>({
  type: ['string', 'null'], maxLength: 200, description: 'custom only: five fields, minute hour day-of-month month day-of-week, read in timeZone.',
});
const TimeZone = Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone (Europe/Berlin) or UTC. Default UTC.' });
const RetentionCount = Type.Integer({ minimum: 1, maximum: 1000, description: 'Protections kept. Default 7.' });
const ReplicaRetentionCount = Type.Integer({ minimum: 0, maximum: 1000, description: 'Protections kept in each replica region. Default retentionCount.' });

/** When a schedule fires, next to its frequencyType: what drill policies share with protection policies. */
export const scheduleTimingFields = {
  frequencyDetails: Type.Optional(FrequencyDetails),
  cronExpression: Type.Optional(CronExpression),
  timeZone: Type.Optional(TimeZone),
};

/** The schedule fields a template has and a policy without a template repeats, flat in the body. */
const scheduleFields = {
  ...scheduleTimingFields,
  retentionCount: Type.Optional(RetentionCount),
  replicaRetentionCount: Type.Optional(ReplicaRetentionCount),
};

export const TemplateBody = Type.Object({ name: PolicyName, description: Type.Optional(PolicyDescription), frequencyType: StringEnum(FREQUENCY_TYPES), ...scheduleFields }, { additionalProperties: false });

export const ActivationBody = Type.Union([
  Type.Object({ type: Type.Literal('now') }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('at'), startTime: Type.String({ format: 'date-time', description: 'RFC 3339; not in the past.' }) }, { additionalProperties: false }),
], { discriminator: { propertyName: 'type' }, description: 'When the schedule starts. Default now.' });

const policyFields = {
  policyTemplateId: Type.Optional(Int64('A policy template of the project: the policy takes its schedule and retention (and, on create, its name when none is given); leave the schedule fields out then.')),
  description: Type.Optional(PolicyDescription),
  frequencyType: Type.Optional(StringEnum(FREQUENCY_TYPES, { description: 'Required without policyTemplateId.' })),
  ...scheduleFields,
  activation: Type.Optional(ActivationBody),
};
export const CreatePolicyBody = Type.Object({
  name: Type.Optional(policyName("Unique in the project. Required without policyTemplateId; with one, the template's name by default.")),
  ...policyFields,
  status: Type.Optional(StringEnum(USER_STATUSES, { description: 'Default enabled. One enabled policy per assembly.' })),
}, { additionalProperties: false });
/** PUT replaces the schedule (template or its own); an absent description or activation is left as it is. */
export const UpdatePolicyBody = Type.Object({ name: PolicyName, ...policyFields }, { additionalProperties: false });
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
  policyTemplateId: Nullable(Int64('The template whose schedule applies; null when the policy has its own.')),
  ...scheduleOut,
  status: StringEnum(POLICY_STATUSES),
  statusMessage: Nullable(Type.String()),
  activation: Type.Object({ type: StringEnum(['now', 'at'] as const), startTime: Timestamp('When the schedule started (or starts).') }),
  nextRunAt: Nullable(Timestamp('The next slot; null unless enabled.')),
  lastRunAt: Nullable(Timestamp('The last slot that fired a protection.')),
  createdAt: Timestamp(),
  updatedAt: Timestamp(),
}, { description: "The schedule fields are the one in effect: the template's, or the policy's own." });

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
