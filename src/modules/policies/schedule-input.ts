import { ValidationError } from '../../platform/errors.ts';
import {
  cronOf, DAYS_OF_WEEK, DETAIL_DEFAULTS, DETAIL_FIELDS, maxOffset, MONTHS,
  type FrequencyDetails, type FrequencyType, type PolicySchedule,
} from './schedule.ts';

/** A schedule as a request states it: the shape is checked by the route's schema, the sense here. */
export interface ScheduleInput {
  readonly frequencyType: FrequencyType;
  readonly frequencyDetails?: FrequencyDetails;
  readonly cronExpression?: string | null;
  readonly timeZone?: string;
  readonly retentionCount?: number;
  readonly replicaRetentionCount?: number;
}

export const DEFAULT_TIME_ZONE = 'UTC';
export const DEFAULT_RETENTION_COUNT = 7;

let zones: ReadonlySet<string> | undefined;
/**
 * An IANA zone this runtime's ICU knows, or UTC. Intl.supportedValuesOf lists ICU's canonical names, some of them the
 * old ones (Asia/Calcutta, Europe/Kiev), so a current IANA name or a link (Asia/Kolkata, Europe/Kyiv, Etc/UTC) is
 * accepted too when ICU resolves it to a listed zone; spelled as IANA spells it, not in another case.
 */
export function isTimeZone(name: string): boolean {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  if (zones.has(name)) return true;
  if (!/^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Z0-9][A-Za-z0-9_+-]*)*$/.test(name)) return false;
  try {
    return zones.has(new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone);
  } catch {
    return false;
  }
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An empty list or a zero offset says nothing: published clients send every detail field, the unused ones empty. */
const isEmpty = (value: unknown) => (Array.isArray(value) ? value.length === 0 : value === undefined || value === 0);
const given = <T>(value: readonly T[] | undefined): readonly T[] | undefined => (value?.length ? value : undefined);
const sorted = (values: readonly number[]) => [...new Set(values)].sort((a, b) => a - b);

/**
 * Checks that a schedule makes sense for its frequency type and fills in what an absent detail means, so a
 * response shows the schedule that runs. Throws one ValidationError naming every bad field.
 */
export function normaliseSchedule(input: ScheduleInput): PolicySchedule {
  const errors: Record<string, string> = {};
  const type = input.frequencyType;
  const details = input.frequencyDetails ?? {};
  const allowed = DETAIL_FIELDS[type];
  for (const field of Object.keys(details) as (keyof FrequencyDetails)[]) {
    if (isEmpty(details[field]) || allowed.includes(field)) continue;
    errors[`frequencyDetails.${field}`] = type === 'custom'
      ? 'does not apply to custom: the cron expression says when it runs'
      : `does not apply to ${type}`;
  }
  if (allowed.includes('offset') && (details.offset ?? 0) > maxOffset(type)) {
    errors['frequencyDetails.offset'] = `must be at most ${maxOffset(type)} for ${type}`;
  }
  if (type === 'weekly' && !details.daysOfWeek?.length) errors['frequencyDetails.daysOfWeek'] = 'is required for weekly';
  if (type === 'yearly') {
    const months = given(details.months) ?? DETAIL_DEFAULTS.months;
    const days = given(details.daysOfMonth) ?? DETAIL_DEFAULTS.daysOfMonth;
    if (!months.some((month) => days.some((day) => day <= DAYS_IN_MONTH[MONTHS.indexOf(month)]!))) {
      errors['frequencyDetails.daysOfMonth'] = 'none of these days exists in the months given: the schedule would never run';
    }
  }

  const cronExpression = input.cronExpression ?? null;
  if (type === 'custom') {
    const problem = cronExpression === null ? 'is required for custom' : cronProblem(cronExpression, input.timeZone ?? DEFAULT_TIME_ZONE);
    if (problem) errors.cronExpression = problem;
  } else if (cronExpression !== null) {
    errors.cronExpression = `applies to custom only; this schedule is ${type}`;
  }

  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) errors.timeZone = 'must be an IANA time zone such as Europe/Berlin, or UTC';

  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const retentionCount = input.retentionCount ?? DEFAULT_RETENTION_COUNT;
  return {
    frequencyType: type,
    frequencyDetails: effectiveDetails(type, details),
    cronExpression: type === 'custom' ? cronExpression!.trim().split(/\s+/).join(' ') : null,
    timeZone,
    retentionCount,
    replicaRetentionCount: input.replicaRetentionCount ?? retentionCount,
  };
}

/** Only the fields the type reads, defaults filled in, lists in calendar order without repeats. */
function effectiveDetails(type: FrequencyType, details: FrequencyDetails): FrequencyDetails {
  const allowed = DETAIL_FIELDS[type];
  const out: { -readonly [K in keyof FrequencyDetails]: FrequencyDetails[K] } = {};
  if (allowed.includes('offset')) out.offset = details.offset ?? DETAIL_DEFAULTS.offset;
  if (allowed.includes('hours')) out.hours = sorted(given(details.hours) ?? DETAIL_DEFAULTS.hours);
  if (allowed.includes('daysOfWeek')) out.daysOfWeek = DAYS_OF_WEEK.filter((day) => details.daysOfWeek?.includes(day));
  if (allowed.includes('daysOfMonth')) out.daysOfMonth = sorted(given(details.daysOfMonth) ?? DETAIL_DEFAULTS.daysOfMonth);
  if (allowed.includes('months')) {
    const months = given(details.months) ?? DETAIL_DEFAULTS.months;
    out.months = MONTHS.filter((month) => months.includes(month));
  }
  return out;
}

/** Why a custom cron expression is refused, or undefined when it is fine. */
function cronProblem(expression: string, timeZone: string): string | undefined {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) return 'must have five fields: minute hour day-of-month month day-of-week';
  // `?` is croner's "the moment the pattern is parsed": a schedule that moved with each restart.
  if (fields.some((field) => !/^[0-9A-Za-z*,/#-]+$/.test(field))) return 'may use digits, names, * , / - # L and W only';
  try {
    const cron = cronOf(fields.join(' '), isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE);
    if (!cron.nextRun()) return 'never runs (no date matches it)';
  } catch (error) {
    return `is not a valid cron expression: ${(error as Error).message.replace(/^CronPattern:\s*/, '')}`;
  }
  return undefined;
}
