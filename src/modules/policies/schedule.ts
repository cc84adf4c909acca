import { Cron } from 'croner';

/** How often a schedule fires; `custom` takes a cron expression. */
export const FREQUENCY_TYPES = [
  'every-15-minutes', 'every-30-minutes', 'hourly', 'every-2-hours', 'every-4-hours', 'every-6-hours', 'every-8-hours',
  'every-12-hours', 'daily', 'weekly', 'monthly', 'yearly', 'custom',
] as const;
export type FrequencyType = (typeof FREQUENCY_TYPES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** When in the period a schedule fires. Which fields a type uses: see DETAIL_FIELDS. */
export interface FrequencyDetails {
  /** Minute past the hour, 0–59 (hourly and coarser). */
  readonly offsetMinutes?: number;
  /** Hours of the day, 0–23 (daily and coarser). */
  readonly hours?: readonly number[];
  /** Weekly: the days it fires on. */
  readonly daysOfWeek?: readonly Weekday[];
  /** Monthly and yearly: days of the month, 1–31. A day a month lacks (31 in April) is skipped in that month, as cron does. */
  readonly daysOfMonth?: readonly number[];
  /** Yearly: months, 1–12. */
  readonly months?: readonly number[];
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

/** The detail fields each frequency type reads; any other is refused. */
export const DETAIL_FIELDS: Readonly<Record<FrequencyType, readonly (keyof FrequencyDetails)[]>> = {
  'every-15-minutes': [],
  'every-30-minutes': [],
  hourly: ['offsetMinutes'],
  'every-2-hours': ['offsetMinutes'],
  'every-4-hours': ['offsetMinutes'],
  'every-6-hours': ['offsetMinutes'],
  'every-8-hours': ['offsetMinutes'],
  'every-12-hours': ['offsetMinutes'],
  daily: ['offsetMinutes', 'hours'],
  weekly: ['offsetMinutes', 'hours', 'daysOfWeek'],
  monthly: ['offsetMinutes', 'hours', 'daysOfMonth'],
  yearly: ['offsetMinutes', 'hours', 'daysOfMonth', 'months'],
  custom: [],
};

/** What an absent detail means, for the types that read it. */
export const DETAIL_DEFAULTS = { offsetMinutes: 0, hours: [0], daysOfMonth: [1], months: [1] } as const;

const HOUR_STEPS: Partial<Record<FrequencyType, number>> = {
  'every-2-hours': 2, 'every-4-hours': 4, 'every-6-hours': 6, 'every-8-hours': 8, 'every-12-hours': 12,
};
const CRON_WEEKDAY: Readonly<Record<Weekday, number>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const list = (values: readonly number[]) => [...new Set(values)].sort((a, b) => a - b).join(',');

/** The five-field cron expression a schedule stands for, in its own time zone. */
export function toCron(schedule: Schedule): string {
  const details = schedule.frequencyDetails;
  const minute = details.offsetMinutes ?? DETAIL_DEFAULTS.offsetMinutes;
  const hours = list(details.hours ?? DETAIL_DEFAULTS.hours);
  const days = list(details.daysOfMonth ?? DETAIL_DEFAULTS.daysOfMonth);
  switch (schedule.frequencyType) {
    case 'every-15-minutes':
      return '*/15 * * * *';
    case 'every-30-minutes':
      return '*/30 * * * *';
    case 'hourly':
      return `${minute} * * * *`;
    case 'daily':
      return `${minute} ${hours} * * *`;
    case 'weekly':
      return `${minute} ${hours} * * ${list((details.daysOfWeek ?? []).map((day) => CRON_WEEKDAY[day]))}`;
    case 'monthly':
      return `${minute} ${hours} ${days} * *`;
    case 'yearly':
      return `${minute} ${hours} ${days} ${list(details.months ?? DETAIL_DEFAULTS.months)} *`;
    case 'custom':
      if (!schedule.cronExpression) throw new Error('A custom schedule needs a cron expression');
      return schedule.cronExpression.trim().split(/\s+/).join(' ');
    default:
      return `${minute} */${HOUR_STEPS[schedule.frequencyType]} * * *`;
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
