import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/platform/errors.ts';
import {
  dueSlot, FREQUENCY_TYPES, latestSlot, nextSlot, toCron, upcomingSlot, type FrequencyDetails, type FrequencyType, type Schedule,
} from '../../src/modules/policies/schedule.ts';
import { normaliseSchedule, type ScheduleInput } from '../../src/modules/policies/schedule-input.ts';

const at = (iso: string) => Date.parse(iso);
const isoOf = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
function schedule(frequencyType: FrequencyType, frequencyDetails: FrequencyDetails = {}, timeZone = 'UTC', cronExpression: string | null = null): Schedule {
  return { frequencyType, frequencyDetails, timeZone, cronExpression };
}
/** Every slot in [from, to). */
function slotsBetween(s: Schedule, from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = nextSlot(s, at(from) - 1); t < at(to); t = nextSlot(s, t)) out.push(new Date(t).toISOString());
  return out;
}

describe('toCron', () => {
  const cases: Array<[FrequencyType, FrequencyDetails, string]> = [
    ['fifteen-minutes', {}, '*/15 * * * *'],
    ['fifteen-minutes', { offset: 5 }, '5-59/15 * * * *'],
    ['three-hours', { offset: 10 }, '10 */3 * * *'],
    ['thirty-minutes', {}, '*/30 * * * *'],
    ['hourly', {}, '0 * * * *'],
    ['hourly', { offset: 45 }, '45 * * * *'],
    ['two-hours', { offset: 5 }, '5 */2 * * *'],
    ['four-hours', {}, '0 */4 * * *'],
    ['six-hours', {}, '0 */6 * * *'],
    ['eight-hours', {}, '0 */8 * * *'],
    ['twelve-hours', { offset: 30 }, '30 */12 * * *'],
    ['daily', {}, '0 0 * * *'],
    ['daily', { offset: 30, hours: [14, 2] }, '30 2,14 * * *'],
    ['weekly', { daysOfWeek: ['SUNDAY', 'MONDAY', 'FRIDAY'], hours: [9] }, '0 9 * * 0,1,5'],
    ['monthly', {}, '0 0 1 * *'],
    ['monthly', { daysOfMonth: [15, 1], hours: [6], offset: 10 }, '10 6 1,15 * *'],
    ['yearly', {}, '0 0 1 1 *'],
    ['yearly', { months: ['SEPTEMBER', 'MARCH'], daysOfMonth: [10] }, '0 0 10 3,9 *'],
  ];
  for (const [type, details, cron] of cases) {
    it(`${type} ${JSON.stringify(details)} → ${cron}`, () => expect(toCron(schedule(type, details))).toBe(cron));
  }
  it('custom: the expression, whitespace normalised', () => {
    expect(toCron(schedule('custom', {}, 'UTC', '  0  9-17/4 * *   mon-fri '))).toBe('0 9-17/4 * * mon-fri');
  });
});

describe('nextSlot and latestSlot, every frequency type (UTC, Wednesday 2026-05-13 10:07)', () => {
  const now = at('2026-05-13T10:07:00Z');
  const cases: Array<[FrequencyType, FrequencyDetails, string | null, string, string]> = [
    ['fifteen-minutes', { offset: 10 }, null, '2026-05-13T09:55:00.000Z', '2026-05-13T10:10:00.000Z'],
    ['thirty-minutes', {}, null, '2026-05-13T10:00:00.000Z', '2026-05-13T10:30:00.000Z'],
    ['hourly', { offset: 5 }, null, '2026-05-13T10:05:00.000Z', '2026-05-13T11:05:00.000Z'],
    ['two-hours', {}, null, '2026-05-13T10:00:00.000Z', '2026-05-13T12:00:00.000Z'],
    ['three-hours', {}, null, '2026-05-13T09:00:00.000Z', '2026-05-13T12:00:00.000Z'],
    ['four-hours', {}, null, '2026-05-13T08:00:00.000Z', '2026-05-13T12:00:00.000Z'],
    ['six-hours', {}, null, '2026-05-13T06:00:00.000Z', '2026-05-13T12:00:00.000Z'],
    ['eight-hours', {}, null, '2026-05-13T08:00:00.000Z', '2026-05-13T16:00:00.000Z'],
    ['twelve-hours', {}, null, '2026-05-13T00:00:00.000Z', '2026-05-13T12:00:00.000Z'],
    ['daily', { offset: 30, hours: [2, 14] }, null, '2026-05-13T02:30:00.000Z', '2026-05-13T14:30:00.000Z'],
    ['weekly', { daysOfWeek: ['MONDAY', 'FRIDAY'], hours: [9] }, null, '2026-05-11T09:00:00.000Z', '2026-05-15T09:00:00.000Z'],
    ['monthly', { daysOfMonth: [1, 15], hours: [6] }, null, '2026-05-01T06:00:00.000Z', '2026-05-15T06:00:00.000Z'],
    ['yearly', { months: ['MARCH', 'SEPTEMBER'], daysOfMonth: [10] }, null, '2026-03-10T00:00:00.000Z', '2026-09-10T00:00:00.000Z'],
    ['custom', {}, '0 9-17/4 * * mon-fri', '2026-05-13T09:00:00.000Z', '2026-05-13T13:00:00.000Z'],
  ];
  it('covers every frequency type', () => expect(new Set(cases.map((c) => c[0]))).toEqual(new Set(FREQUENCY_TYPES)));
  for (const [type, details, cron, latest, next] of cases) {
    it(`${type}: latest ${latest}, next ${next}`, () => {
      const s = schedule(type, details, 'UTC', cron);
      expect(isoOf(latestSlot(s, now))).toBe(latest);
      expect(isoOf(nextSlot(s, now))).toBe(next);
    });
  }

  it('a slot exactly at the instant is the latest slot, and the next one is the following slot', () => {
    const s = schedule('hourly');
    expect(isoOf(latestSlot(s, at('2026-05-13T10:00:00Z')))).toBe('2026-05-13T10:00:00.000Z');
    expect(isoOf(latestSlot(s, at('2026-05-13T09:59:59.999Z')))).toBe('2026-05-13T09:00:00.000Z');
    expect(isoOf(nextSlot(s, at('2026-05-13T10:00:00Z')))).toBe('2026-05-13T11:00:00.000Z');
    expect(isoOf(nextSlot(s, at('2026-05-13T09:59:59.999Z')))).toBe('2026-05-13T10:00:00.000Z');
  });

  it('reads the schedule in its time zone', () => {
    // 09:00 in Tokyo (UTC+9, no DST) is midnight UTC; 09:00 in New York in May (EDT, UTC−4) is 13:00 UTC.
    expect(isoOf(nextSlot(schedule('daily', { hours: [9] }, 'Asia/Tokyo'), now))).toBe('2026-05-14T00:00:00.000Z');
    expect(isoOf(nextSlot(schedule('daily', { hours: [9] }, 'America/New_York'), now))).toBe('2026-05-13T13:00:00.000Z');
    // Monthly on the 31st skips the months without one, as cron does.
    expect(slotsBetween(schedule('monthly', { daysOfMonth: [31] }), '2026-04-01T00:00:00Z', '2026-08-01T00:00:00Z'))
      .toEqual(['2026-05-31T00:00:00.000Z', '2026-07-31T00:00:00.000Z']);
  });
});

describe('daylight saving: Europe/Berlin (2026: spring forward 29 March 02:00 → 03:00, fall back 25 October 03:00 → 02:00)', () => {
  const tz = 'Europe/Berlin';
  const daily0230 = schedule('daily', { offset: 30, hours: [2] }, tz);

  it('a daily 02:30 on the spring-forward day fires once, at the shifted time (03:00 CEST = 01:00Z)', () => {
    expect(slotsBetween(daily0230, '2026-03-27T23:00:00Z', '2026-03-30T22:00:00Z')).toEqual([
      '2026-03-28T01:30:00.000Z', // 02:30 CET
      '2026-03-29T01:00:00.000Z', // 02:30 does not exist: 03:00 CEST
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
    ]);
    expect(isoOf(latestSlot(daily0230, at('2026-03-29T01:30:00Z')))).toBe('2026-03-29T01:00:00.000Z');
    expect(isoOf(latestSlot(daily0230, at('2026-03-29T00:59:59Z')))).toBe('2026-03-28T01:30:00.000Z');
  });

  it('a daily 02:30 on the fall-back day fires once, on the first 02:30 (CEST), never twice', () => {
    expect(slotsBetween(daily0230, '2026-10-23T22:00:00Z', '2026-10-26T23:00:00Z')).toEqual([
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z', // the first 02:30 (CEST); the second (01:30Z, CET) is not a slot
      '2026-10-26T01:30:00.000Z',
    ]);
    expect(isoOf(latestSlot(daily0230, at('2026-10-25T01:45:00Z')))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('several hours a day keep the same rule: the 02:30 of 02:30 and 14:30 is shifted in spring and single in autumn', () => {
    const twice = schedule('daily', { offset: 30, hours: [2, 14] }, tz);
    expect(slotsBetween(twice, '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toEqual(['2026-03-29T01:00:00.000Z', '2026-03-29T12:30:00.000Z']);
    expect(slotsBetween(twice, '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z')).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T13:30:00.000Z']);
  });

  it('hourly follows real hours: 23 slots on the short day, 25 on the long one', () => {
    const hourly = schedule('hourly', {}, tz);
    expect(slotsBetween(hourly, '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toHaveLength(23);
    expect(slotsBetween(hourly, '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z')).toHaveLength(25);
    expect(slotsBetween(schedule('fifteen-minutes', {}, tz), '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toHaveLength(92);
  });

  it('every 2 hours counts local hours: the hour that does not exist is skipped, the repeated one runs in both offsets', () => {
    const everyTwo = schedule('two-hours', {}, tz);
    expect(slotsBetween(everyTwo, '2026-03-28T23:00:00Z', '2026-03-29T06:00:00Z'))
      .toEqual(['2026-03-28T23:00:00.000Z', '2026-03-29T02:00:00.000Z', '2026-03-29T04:00:00.000Z']); // 00:00 CET, 04:00 and 06:00 CEST
    expect(slotsBetween(everyTwo, '2026-10-24T22:00:00Z', '2026-10-25T04:00:00Z'))
      .toEqual(['2026-10-24T22:00:00.000Z', '2026-10-25T00:00:00.000Z', '2026-10-25T01:00:00.000Z', '2026-10-25T03:00:00.000Z']);
  });

  it('weekly on Sunday at 02:30 and yearly on 29 March at 02:30 follow the same shift', () => {
    expect(isoOf(nextSlot(schedule('weekly', { daysOfWeek: ['SUNDAY'], hours: [2], offset: 30 }, tz), at('2026-03-28T12:00:00Z'))))
      .toBe('2026-03-29T01:00:00.000Z');
    expect(isoOf(nextSlot(schedule('yearly', { months: ['MARCH'], daysOfMonth: [29], hours: [2], offset: 30 }, tz), at('2026-01-01T00:00:00Z'))))
      .toBe('2026-03-29T01:00:00.000Z');
  });

  it('custom cron: a fixed time is shifted like daily; a step in the hour field skips the missing hour', () => {
    expect(slotsBetween(schedule('custom', {}, tz, '30 2 * * *'), '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toEqual(['2026-03-29T01:00:00.000Z']);
    expect(slotsBetween(schedule('custom', {}, tz, '30 2 * * *'), '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z')).toEqual(['2026-10-25T00:30:00.000Z']);
    expect(slotsBetween(schedule('custom', {}, tz, '*/30 2 * * *'), '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toEqual([]);
  });
});

describe('daylight saving: America/New_York (2026: spring forward 8 March 02:00 → 03:00, fall back 1 November 02:00 → 01:00)', () => {
  const tz = 'America/New_York';

  it('a daily 02:30 on the spring-forward day fires once, at 03:00 EDT', () => {
    expect(slotsBetween(schedule('daily', { hours: [2], offset: 30 }, tz), '2026-03-07T05:00:00Z', '2026-03-10T04:00:00Z')).toEqual([
      '2026-03-07T07:30:00.000Z', // 02:30 EST
      '2026-03-08T07:00:00.000Z', // 03:00 EDT
      '2026-03-09T06:30:00.000Z', // 02:30 EDT
    ]);
  });

  it('a daily 01:30 on the fall-back day fires once, on the first 01:30 (EDT)', () => {
    const daily0130 = schedule('daily', { hours: [1], offset: 30 }, tz);
    expect(slotsBetween(daily0130, '2026-10-31T04:00:00Z', '2026-11-03T05:00:00Z')).toEqual([
      '2026-10-31T05:30:00.000Z',
      '2026-11-01T05:30:00.000Z', // 01:30 EDT; 01:30 EST (06:30Z) is not a slot
      '2026-11-02T06:30:00.000Z',
    ]);
    expect(isoOf(latestSlot(daily0130, at('2026-11-01T07:00:00Z')))).toBe('2026-11-01T05:30:00.000Z');
    expect(isoOf(nextSlot(daily0130, at('2026-11-01T05:30:00Z')))).toBe('2026-11-02T06:30:00.000Z');
  });

  it('monthly on the 1st at 01:30 and hourly across the long day', () => {
    expect(isoOf(nextSlot(schedule('monthly', { daysOfMonth: [1], hours: [1], offset: 30 }, tz), at('2026-10-15T00:00:00Z'))))
      .toBe('2026-11-01T05:30:00.000Z');
    expect(slotsBetween(schedule('hourly', { offset: 30 }, tz), '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z')).toHaveLength(25);
  });

  it('custom cron in New York: weekdays at 02:30 on the Monday after the change is 02:30 EDT', () => {
    expect(isoOf(nextSlot(schedule('custom', {}, tz, '30 2 * * 1-5'), at('2026-03-07T12:00:00Z')))).toBe('2026-03-09T06:30:00.000Z');
  });
});

describe('latestSlot and nextSlot agree around every transition (property)', () => {
  const details: Partial<Record<FrequencyType, FrequencyDetails>> = {
    hourly: { offset: 30 }, 'two-hours': { offset: 30 }, daily: { hours: [1, 2, 3], offset: 30 },
    weekly: { daysOfWeek: ['SUNDAY', 'MONDAY'], hours: [2], offset: 30 }, monthly: { daysOfMonth: [1, 25, 29, 31], hours: [2], offset: 30 },
    yearly: { months: ['MARCH', 'OCTOBER', 'NOVEMBER'], daysOfMonth: [1, 8, 25, 29], hours: [1, 2], offset: 30 },
  };
  const windows = ['2026-03-08T00:00:00Z', '2026-03-29T00:00:00Z', '2026-10-25T00:00:00Z', '2026-11-01T00:00:00Z'];
  // A fixed pseudo-random sequence: the same instants on every run.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (const tz of ['Europe/Berlin', 'America/New_York']) {
    for (const type of FREQUENCY_TYPES) {
      it(`${tz} ${type}: latest ≤ t < next, with no slot between them`, () => {
        const s = schedule(type, details[type] ?? {}, tz, type === 'custom' ? '*/20 1-3 * * *' : null);
        for (const window of windows) {
          for (let i = 0; i < 25; i++) {
            const t = at(window) + Math.floor(random() * 2 * 86_400_000);
            const latest = latestSlot(s, t)!;
            const next = nextSlot(s, t);
            expect(latest).toBeLessThanOrEqual(t);
            expect(next).toBeGreaterThan(t);
            expect(nextSlot(s, latest)).toBe(next);
            expect(latestSlot(s, next - 1)).toBe(latest);
          }
        }
      });
    }
  }
});

describe('dueSlot and upcomingSlot', () => {
  const hourly = schedule('hourly');
  const state = (now: string, slotsFrom: string, lastSlotAt: string | null = null) => ({ now: at(now), slotsFrom: at(slotsFrom), lastSlotAt: lastSlotAt === null ? null : at(lastSlotAt) });

  it('fires the latest slot once: not again at the next tick', () => {
    expect(isoOf(dueSlot(hourly, state('2026-05-13T10:00:05Z', '2026-05-13T08:30:00Z', '2026-05-13T09:00:00Z')))).toBe('2026-05-13T10:00:00.000Z');
    expect(dueSlot(hourly, state('2026-05-13T10:00:15Z', '2026-05-13T08:30:00Z', '2026-05-13T10:00:00Z'))).toBeUndefined();
  });

  it('after a long downtime only the latest missed slot is due', () => {
    expect(isoOf(dueSlot(hourly, state('2026-05-15T07:20:00Z', '2026-05-13T08:30:00Z', '2026-05-13T09:00:00Z')))).toBe('2026-05-15T07:00:00.000Z');
  });

  it('nothing before slotsFrom (activation, a schedule change, a resume)', () => {
    expect(dueSlot(hourly, state('2026-05-13T10:20:00Z', '2026-05-13T10:10:00Z'))).toBeUndefined();
    expect(isoOf(upcomingSlot(hourly, state('2026-05-13T10:20:00Z', '2026-05-13T10:10:00Z')))).toBe('2026-05-13T11:00:00.000Z');
    // A future activation: the first slot at or after it.
    expect(isoOf(upcomingSlot(hourly, state('2026-05-13T10:20:00Z', '2026-05-14T06:00:00Z')))).toBe('2026-05-14T06:00:00.000Z');
    expect(isoOf(dueSlot(hourly, state('2026-05-14T06:00:00Z', '2026-05-14T06:00:00Z')))).toBe('2026-05-14T06:00:00.000Z');
  });

  it('the upcoming slot is after the last fired one and after now', () => {
    expect(isoOf(upcomingSlot(hourly, state('2026-05-13T10:00:00Z', '2026-05-13T08:30:00Z', '2026-05-13T10:00:00Z')))).toBe('2026-05-13T11:00:00.000Z');
    expect(isoOf(upcomingSlot(hourly, state('2026-05-13T10:00:00Z', '2026-05-13T08:30:00Z', '2026-05-13T09:00:00Z')))).toBe('2026-05-13T10:00:00.000Z');
  });
});

describe('normaliseSchedule', () => {
  const fields = (input: ScheduleInput): Record<string, string> => {
    try {
      normaliseSchedule(input);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return { ...(error as ValidationError).fieldErrors };
    }
    throw new Error('accepted');
  };

  it('fills in what absent details mean, sorts lists and defaults the rest', () => {
    expect(normaliseSchedule({ frequencyType: 'daily' })).toEqual({
      frequencyType: 'daily', frequencyDetails: { offset: 0, hours: [0] }, cronExpression: null, timeZone: 'UTC', retentionCount: 7, replicaRetentionCount: 7,
    });
    expect(normaliseSchedule({ frequencyType: 'weekly', frequencyDetails: { daysOfWeek: ['SUNDAY', 'MONDAY'], hours: [20, 8] }, retentionCount: 3 })).toMatchObject({
      frequencyDetails: { offset: 0, hours: [8, 20], daysOfWeek: ['MONDAY', 'SUNDAY'] }, retentionCount: 3, replicaRetentionCount: 3,
    });
    expect(normaliseSchedule({ frequencyType: 'yearly', replicaRetentionCount: 0 }).frequencyDetails).toEqual({ offset: 0, hours: [0], daysOfMonth: [1], months: ['JANUARY'] });
    expect(normaliseSchedule({ frequencyType: 'fifteen-minutes' }).frequencyDetails).toEqual({ offset: 0 });
    // Published clients send every detail field, the unused ones empty: they say nothing.
    expect(normaliseSchedule({ frequencyType: 'daily', frequencyDetails: { daysOfWeek: [], months: [], daysOfMonth: [], hours: [], offset: 0 } }).frequencyDetails)
      .toEqual({ offset: 0, hours: [0] });
    expect(normaliseSchedule({ frequencyType: 'custom', cronExpression: '0 3 * * *', frequencyDetails: { hours: [], offset: 0 } }).frequencyDetails).toEqual({});
    expect(normaliseSchedule({ frequencyType: 'custom', cronExpression: ' 0  3 * * * ', timeZone: 'Europe/Berlin' }).cronExpression).toBe('0 3 * * *');
  });

  it('refuses details the type does not use, naming each', () => {
    expect(fields({ frequencyType: 'fifteen-minutes', frequencyDetails: { offset: 15 } })).toEqual({ 'frequencyDetails.offset': 'must be at most 14 for fifteen-minutes' });
    expect(Object.keys(fields({ frequencyType: 'hourly', frequencyDetails: { hours: [1], daysOfWeek: ['MONDAY'] } }))).toEqual(['frequencyDetails.hours', 'frequencyDetails.daysOfWeek']);
    expect(Object.keys(fields({ frequencyType: 'daily', frequencyDetails: { months: ['JANUARY'] } }))).toEqual(['frequencyDetails.months']);
    expect(Object.keys(fields({ frequencyType: 'monthly', frequencyDetails: { daysOfWeek: ['MONDAY'] } }))).toEqual(['frequencyDetails.daysOfWeek']);
    expect(Object.keys(fields({ frequencyType: 'custom', cronExpression: '0 3 * * *', frequencyDetails: { hours: [3] } }))).toEqual(['frequencyDetails.hours']);
  });

  it('requires the days of a weekly schedule and refuses a yearly one that never runs', () => {
    expect(fields({ frequencyType: 'weekly' })).toEqual({ 'frequencyDetails.daysOfWeek': 'is required for weekly' });
    expect(Object.keys(fields({ frequencyType: 'yearly', frequencyDetails: { months: ['FEBRUARY'], daysOfMonth: [30, 31] } }))).toEqual(['frequencyDetails.daysOfMonth']);
    expect(normaliseSchedule({ frequencyType: 'yearly', frequencyDetails: { months: ['FEBRUARY'], daysOfMonth: [29] } }).frequencyDetails.daysOfMonth).toEqual([29]);
  });

  it('checks the cron expression: custom only, five fields, valid, runs some day', () => {
    expect(Object.keys(fields({ frequencyType: 'custom' }))).toEqual(['cronExpression']);
    expect(Object.keys(fields({ frequencyType: 'daily', cronExpression: '0 3 * * *' }))).toEqual(['cronExpression']);
    for (const bad of ['0 3 * *', '0 0 3 * * *', '61 * * * *', '0 24 * * *', '*/0 * * * *', '@daily', '0 0 ? * *', 'a b c d e', '0 0 31 2 *']) {
      expect(Object.keys(fields({ frequencyType: 'custom', cronExpression: bad })), bad).toEqual(['cronExpression']);
    }
  });

  it('checks the time zone against IANA names, UTC included', () => {
    for (const ok of ['UTC', 'Etc/UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Calcutta', 'Europe/Kyiv']) expect(normaliseSchedule({ frequencyType: 'hourly', timeZone: ok }).timeZone).toBe(ok);
    for (const bad of ['Mars/Olympus', 'CEST', '+02:00', 'europe/berlin', 'Europe', '']) {
      expect(Object.keys(fields({ frequencyType: 'hourly', timeZone: bad })), bad).toEqual(['timeZone']);
    }
  });
});
