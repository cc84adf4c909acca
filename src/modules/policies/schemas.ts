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
export const PolicyDescription = Type.String({ maxLength: 1000, description: 'Free text, up to 1000 characters. Default empty.' });

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

const FrequencyType = (description: string) => StringEnum(FREQUENCY_TYPES, {
  description: `${description} Every fifteen-minutes … twelve-hours (fixed periods from midnight), daily, weekly, monthly, yearly, or custom (cronExpression).`,
});
export const TemplateBody = Type.Object({
  name: PolicyName, description: Type.Optional(PolicyDescription), frequencyType: FrequencyType('How often the schedule fires.'), ...scheduleFields,
}, {
  additionalProperties: false,
  examples: [{ name: 'nightly', description: 'Every night at 02:30 Berlin time, a week kept', frequencyType: 'daily', frequencyDetails: { hours: [2], offset: 30 }, timeZone: 'Europe/Berlin', retentionCount: 7, replicaRetentionCount: 3 }],
});

export const ActivationBody = Type.Union([
  Type.Object({ type: Type.Literal('now', { description: 'now: the schedule starts at once (its first slot is the next one).' }) }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('at', { description: 'at: the schedule starts at startTime.' }), startTime: Type.String({ format: 'date-time', description: 'RFC 3339; not in the past.' }) }, { additionalProperties: false }),
], { discriminator: { propertyName: 'type' }, description: 'When the schedule starts. Default now.' });

const policyFields = {
  policyTemplateId: Type.Optional(Int64('A policy template of the project: the policy takes its schedule and retention (and, on create, its name when none is given); leave the schedule fields out then.')),
  description: Type.Optional(PolicyDescription),
  frequencyType: Type.Optional(FrequencyType('How often the policy protects; required without policyTemplateId.')),
  ...scheduleFields,
  activation: Type.Optional(ActivationBody),
};
export const CreatePolicyBody = Type.Object({
  name: Type.Optional(policyName("Unique in the project. Required without policyTemplateId; with one, the template's name by default.")),
  ...policyFields,
  status: Type.Optional(StringEnum(USER_STATUSES, { description: 'enabled (default) or paused. One enabled policy per assembly.' })),
}, {
  additionalProperties: false,
  examples: [
    { name: 'shop-hourly', description: 'Hourly at :05, a day kept', frequencyType: 'hourly', frequencyDetails: { offset: 5 }, retentionCount: 24, activation: { type: 'now' } },
    { policyTemplateId: 1 },
  ],
});
/** PUT replaces the schedule (template or its own); an absent description or activation is left as it is. */
export const UpdatePolicyBody = Type.Object({ name: PolicyName, ...policyFields }, {
  additionalProperties: false,
  examples: [{ name: 'shop-hourly', frequencyType: 'four-hours', frequencyDetails: { offset: 10 }, retentionCount: 12, activation: { type: 'at', startTime: '2026-12-05T00:00:00Z' } }],
});
export const PolicyStatusBody = Type.Object({
  status: StringEnum(USER_STATUSES, { description: 'paused: no protection is taken until it is enabled again; enabled: resume (slots slept through are not made up).' }),
}, { additionalProperties: false, examples: [{ status: 'paused' }] });

const scheduleOut = {
  frequencyType: FrequencyType('How often the schedule fires.'),
  frequencyDetails: FrequencyDetails,
  cronExpression: Nullable(Type.String(), 'custom: the cron expression (minute hour day-of-month month day-of-week, in timeZone); null for the other types.'),
  timeZone: Type.String({ description: 'The IANA time zone the schedule is read in (UTC by default).' }),
  retentionCount: Type.Integer({ description: 'Protections kept (the oldest beyond it are deleted), 1–1000.' }),
  replicaRetentionCount: Type.Integer({ description: 'Protections kept in each replica region, 0–1000.' }),
};

const TEMPLATE_EXAMPLE = {
  accountId: 1, projectId: 'default', id: 1, name: 'nightly', description: 'Every night at 02:30 Berlin time, a week kept', frequencyType: 'daily',
  frequencyDetails: { hours: [2], offset: 30 }, cronExpression: null, timeZone: 'Europe/Berlin', retentionCount: 7, replicaRetentionCount: 3,
  createdAt: '2026-12-04T14:10:00.000Z', updatedAt: '2026-12-04T14:10:00.000Z',
};
const POLICY_EXAMPLE = {
  accountId: 1, projectId: 'default', id: 1, cloudAssemblyId: 1, name: 'shop-hourly', description: 'Hourly at :05, a day kept', policyTemplateId: null,
  frequencyType: 'hourly', frequencyDetails: { offset: 5 }, cronExpression: null, timeZone: 'UTC', retentionCount: 24, replicaRetentionCount: 24,
  status: 'enabled', statusMessage: null, activation: { type: 'now', startTime: '2026-12-04T14:12:00.000Z' },
  nextRunAt: '2026-12-04T15:05:00.000Z', lastRunAt: '2026-12-04T14:05:00.000Z', createdAt: '2026-12-04T14:12:00.000Z', updatedAt: '2026-12-04T14:12:00.000Z',
};

export const PolicyTemplate = Type.Object({
  accountId: Int64('Account ID.'),
  projectId: Type.String({ description: 'Project ID.' }),
  id: Int64('Policy template ID.'),
  name: Type.String({ description: 'Name of the template (unique in the project).' }),
  description: Type.String({ description: 'Description (empty when none was given).' }),
  ...scheduleOut,
  createdAt: Timestamp('When the template was created.'),
  updatedAt: Timestamp('When the template was last changed.'),
}, { examples: [TEMPLATE_EXAMPLE] });

export const ProtectionPolicy = Type.Object({
  accountId: Int64('Account ID.'),
  projectId: Type.String({ description: 'Project ID.' }),
  id: Int64('Protection policy ID.'),
  cloudAssemblyId: Int64('The cloud assembly it protects.'),
  name: Type.String({ description: 'Name of the policy (unique in the project).' }),
  description: Type.String({ description: 'Description (empty when none was given).' }),
  policyTemplateId: Nullable(Int64('The template whose schedule applies; null when the policy has its own.')),
  ...scheduleOut,
  status: StringEnum(POLICY_STATUSES, { description: 'enabled (protects on schedule), paused (by PUT …/status), or error (statusMessage says why); the other values are never set.' }),
  statusMessage: Nullable(Type.String(), 'Why the policy is in error; null otherwise.'),
  activation: Type.Object({
    type: StringEnum(['now', 'at'] as const, { description: 'now (started when created) or at (starts at startTime).' }),
    startTime: Timestamp('When the schedule started (or starts).'),
  }, { description: 'When the schedule starts.' }),
  nextRunAt: Nullable(Timestamp('The next slot; null unless enabled.')),
  lastRunAt: Nullable(Timestamp('The last slot that fired a protection.')),
  createdAt: Timestamp('When the policy was created.'),
  updatedAt: Timestamp('When the policy was last changed.'),
}, { description: "The schedule fields are the one in effect: the template's, or the policy's own.", examples: [POLICY_EXAMPLE] });

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
