import { Cron } from 'croner';

/**
 * How often a schedule fires, spelled as the published Cloud Rewind API spells `frequencyType`
 * (https://api.commvault.com/docs/latest/api/cv/CloudRewindAPIs/create-aws-protection-policy); `custom` takes a cron
 * expression.
 */
export const FREQUENCY_TYPES = [
  'fifteen-minutes', 'thirty-minutes', 'hourly', 'two-hours', 'three-hours', 'four-hours', 'six-hours', 'eight-hours',
  'twelve-hours', 'daily', 'weekly', 'monthly', 'yearly', 'custom',
] as const;
export type FrequencyType = (typeof FREQUENCY_TYPES)[number];

/** `frequencyDetails.daysOfWeek` values, as the published policy template page lists them. */
export const DAYS_OF_WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

/** `frequencyDetails.months` values, as the published policy template page lists them. */
export const MONTHS = [
  'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER',
] as const;
export type Month = (typeof MONTHS)[number];

/** When in the period a schedule fires (the published `frequencyDetails`). Which fields a type uses: see DETAIL_FIELDS. */
export interface FrequencyDetails {
  /** Minutes the slot is delayed past the period's start: 0–59, and less than the period for the minute types. */
  readonly offset?: number;
  /** Hours of the day, 0–23 (daily and coarser). */
  readonly hours?: readonly number[];
  /** Weekly: the days it fires on. */
  readonly daysOfWeek?: readonly DayOfWeek[];
  /** Monthly and yearly: days of the month, 1–31. A day a month lacks (31 in April) is skipped in that month, as cron does. */
  readonly daysOfMonth?: readonly number[];
  /** Yearly: months. */
  readonly months?: readonly Month[];
}

/** When a schedule fires, read in its time zone. */
export interface Schedule {
  readonly frequencyType: FrequencyType;
  readonly frequencyDetails: FrequencyDetails;
  /** Five-field cron; `custom` only. */
  readonly cronExpression: string | null;
  /** IANA zone, or UTC. */
  readonly timeZone: string;
}

/** A schedule with what its protections keep. */
export interface PolicySchedule extends Schedule {
  readonly retentionCount: number;
  readonly replicaRetentionCount: number;
}

/** The period of the types that repeat within an hour or a day: minutes for the first two, hours for the others. */
const MINUTE_STEPS: Partial<Record<FrequencyType, number>> = { 'fifteen-minutes': 15, 'thirty-minutes': 30 };
const HOUR_STEPS: Partial<Record<FrequencyType, number>> = {
  'two-hours': 2, 'three-hours': 3, 'four-hours': 4, 'six-hours': 6, 'eight-hours': 8, 'twelve-hours': 12,
};

/** The detail fields each frequency type reads; any other is refused. */
export const DETAIL_FIELDS: Readonly<Record<FrequencyType, readonly (keyof FrequencyDetails)[]>> = {
  'fifteen-minutes': ['offset'],
  'thirty-minutes': ['offset'],
  hourly: ['offset'],
  'two-hours': ['offset'],
  'three-hours': ['offset'],
  'four-hours': ['offset'],
  'six-hours': ['offset'],
  'eight-hours': ['offset'],
  'twelve-hours': ['offset'],
  daily: ['offset', 'hours'],
  weekly: ['offset', 'hours', 'daysOfWeek'],
  monthly: ['offset', 'hours', 'daysOfMonth'],
  yearly: ['offset', 'hours', 'daysOfMonth', 'months'],
  custom: [],
};

/** The largest offset a type takes: less than its period for the minute types, else within the hour. */
export function maxOffset(type: FrequencyType): number {
  return (MINUTE_STEPS[type] ?? 60) - 1;
}

/** What an absent detail means, for the types that read it. */
export const DETAIL_DEFAULTS = { offset: 0, hours: [0], daysOfMonth: [1], months: ['JANUARY'] as readonly Month[] } as const;

const CRON_WEEKDAY: Readonly<Record<DayOfWeek, number>> = { SUNDAY: 0, MONDAY: 1, TUESDAY: 2, WEDNESDAY: 3, THURSDAY: 4, FRIDAY: 5, SATURDAY: 6 };

const list = (values: readonly number[]) => [...new Set(values)].sort((a, b) => a - b).join(',');

/** The five-field cron expression a schedule stands for, in its own time zone. */
export function toCron(schedule: Schedule): string {
  const details = schedule.frequencyDetails;
  const minute = details.offset ?? DETAIL_DEFAULTS.offset;
  const hours = list(details.hours ?? DETAIL_DEFAULTS.hours);
  const days = list(details.daysOfMonth ?? DETAIL_DEFAULTS.daysOfMonth);
  const type = schedule.frequencyType;
  const minuteStep = MINUTE_STEPS[type];
  if (minuteStep !== undefined) return minute === 0 ? `*/${minuteStep} * * * *` : `${minute}-59/${minuteStep} * * * *`;
  const hourStep = HOUR_STEPS[type];
  if (hourStep !== undefined) return `${minute} */${hourStep} * * *`;
  switch (type) {
    case 'hourly':
      return `${minute} * * * *`;
    case 'daily':
      return `${minute} ${hours} * * *`;
    case 'weekly':
      return `${minute} ${hours} * * ${list((details.daysOfWeek ?? []).map((day) => CRON_WEEKDAY[day]))}`;
    case 'monthly':
      return `${minute} ${hours} ${days} * *`;
    case 'yearly':
      return `${minute} ${hours} ${days} ${list((details.months ?? DETAIL_DEFAULTS.months).map((month) => MONTHS.indexOf(month) + 1))} *`;
    default:
      if (!schedule.cronExpression) throw new Error('A custom schedule needs a cron expression');
      return schedule.cronExpression.trim().split(/\s+/).join(' ');
  }
}

// The tick reads every due policy's schedule each time; parsing the same few expressions again is waste.
const CACHE_SIZE = 1000;
const cache = new Map<string, Cron>();

/**
 * Croner with the daylight-saving rule Lifeboat wants. `no-wildcard` makes every time without a `*` or a step in its
 * minute and hour fields a fixed time: one that falls in a spring-forward gap fires once, at the first valid time
 * after it, and one that occurs twice on a fall-back day fires once, on its first occurrence. Croner's default rule
 * counts only single values as fixed, so `30 2,14 * * *` would skip 02:30 in the gap and fire twice on fall-back.
 * Steps (`*\/2`) keep the interval behaviour, which is right for them: every real hour, none invented.
 */
export function cronOf(expression: string, timeZone: string): Cron {
  const key = `${timeZone} ${expression}`;
  let cron = cache.get(key);
  if (!cron) {
    // No callback: croner schedules nothing, it only computes.
    cron = new Cron(expression, { timezone: timeZone, mode: '5-part', fixedTimeRule: 'no-wildcard', paused: true });
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, cron);
  }
  return cron;
}

/** The first slot strictly after `afterMs` (epoch ms). A validated schedule always has one. */
export function nextSlot(schedule: Schedule, afterMs: number): number {
  const next = cronOf(toCron(schedule), schedule.timeZone).nextRun(new Date(afterMs));
  if (!next) throw new Error(`The schedule ${toCron(schedule)} (${schedule.timeZone}) never fires after ${new Date(afterMs).toISOString()}`);
  return next.getTime();
}

/** The last slot at or before `atOrBeforeMs`, or undefined when there is none. */
export function latestSlot(schedule: Schedule, atOrBeforeMs: number): number | undefined {
  // Croner counts a run earlier in the reference's own second as before it, and one exactly at the reference as not;
  // one millisecond later makes a slot exactly at atOrBeforeMs count.
  const [previous] = cronOf(toCron(schedule), schedule.timeZone).previousRuns(1, new Date(atOrBeforeMs + 1));
  return previous?.getTime();
}

/** Where a policy stands on its schedule. */
export interface SlotState {
  /** Slots before this instant never fire (activation, or the last schedule change or resume). */
  readonly slotsFrom: number;
  /** The last slot fired, if any. */
  readonly lastSlotAt: number | null;
  readonly now: number;
}

/**
 * The slot to fire now, if any: the latest slot that has come, provided it is not before slotsFrom and was not fired
 * already. However many slots passed since the last tick (a long downtime), only the latest one fires.
 */
export function dueSlot(schedule: Schedule, state: SlotState): number | undefined {
  const latest = latestSlot(schedule, state.now);
  if (latest === undefined || latest < state.slotsFrom) return undefined;
  if (state.lastSlotAt !== null && latest <= state.lastSlotAt) return undefined;
  return latest;
}

/** The slot that will fire next: the first one not before slotsFrom, after the last fired one, and not already past
 * (a slot exactly at `now` is still to fire). */
export function upcomingSlot(schedule: Schedule, state: SlotState): number {
  return nextSlot(schedule, Math.max(state.slotsFrom - 1, state.lastSlotAt ?? -Infinity, state.now - 1));
}
