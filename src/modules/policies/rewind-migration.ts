import type { Kysely } from 'kysely';
import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** The frequency types renamed to the published Cloud Rewind spellings (three-hours is new, so nothing maps to it). */
const RENAMED_TYPES: Readonly<Record<string, string>> = {
  'every-15-minutes': 'fifteen-minutes',
  'every-30-minutes': 'thirty-minutes',
  'every-2-hours': 'two-hours',
  'every-4-hours': 'four-hours',
  'every-6-hours': 'six-hours',
  'every-8-hours': 'eight-hours',
  'every-12-hours': 'twelve-hours',
};
const DAYS: Readonly<Record<string, string>> = {
  mon: 'MONDAY', tue: 'TUESDAY', wed: 'WEDNESDAY', thu: 'THURSDAY', fri: 'FRIDAY', sat: 'SATURDAY', sun: 'SUNDAY',
};
const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];

interface StoredDetails {
  offsetMinutes?: number;
  hours?: number[];
  daysOfWeek?: string[];
  daysOfMonth?: number[];
  months?: number[];
}

/** Frequency details as 0008 stored them (offsetMinutes, mon…sun, months 1–12), in the published spellings. */
export function rewindDetails(stored: StoredDetails): Record<string, unknown> {
  const { offsetMinutes, daysOfWeek, months, ...rest } = stored;
  return {
    ...(offsetMinutes === undefined ? {} : { offset: offsetMinutes }),
    ...rest,
    ...(daysOfWeek === undefined ? {} : { daysOfWeek: daysOfWeek.map((day) => DAYS[day] ?? day) }),
    ...(months === undefined ? {} : { months: months.map((month) => MONTHS[month - 1] ?? month) }),
  };
}

/** Rewrites every stored schedule of one table; the rows are few (one per template or policy), so row by row. */
async function rewindTable(db: Kysely<any>, table: 'policy_templates' | 'protection_policies'): Promise<void> {
  const rows = await db.selectFrom(table).select(['id', 'frequency_type', 'frequency_details']).where('frequency_type', 'is not', null).execute();
  for (const row of rows) {
    await db.updateTable(table).set({
      frequency_type: RENAMED_TYPES[row.frequency_type] ?? row.frequency_type,
      frequency_details: JSON.stringify(rewindDetails(JSON.parse(row.frequency_details) as StoredDetails)),
    }).where('id', '=', row.id).execute();
  }
}

/** Schedules in the published Cloud Rewind spellings (frequencyType, frequencyDetails.offset, days and months by name). */
export const policiesRewindMigration: LifeboatMigration = {
  name: '0025-policies-rewind',
  async up(db) {
    await rewindTable(db, 'policy_templates');
    await rewindTable(db, 'protection_policies');
  },
};
