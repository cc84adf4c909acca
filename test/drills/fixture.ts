// Shared set-up of the drill tests: URLs, a valid body, and "nothing written" counts of the drills module's tables.
import type { Kysely } from 'kysely';
import type { TestApp } from '../helpers/app.ts';

export const drillPoliciesUrl = (t: TestApp, assemblyId: number, P = t.P) => `${P}/aws/cloud-assemblies/${assemblyId}/drill-policies`;

/** Once a year, on 29 February at 03:17: never due while a test runs. */
export const QUIET_SCHEDULE = { frequencyType: 'yearly', frequencyDetails: { offset: 17, hours: [3], daysOfMonth: [29], months: ['FEBRUARY'] }, timeZone: 'UTC' };

export function drillBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'nightly-drill', description: 'the shop, every night', ...QUIET_SCHEDULE, recovery: { recoveryScope: 'same-region' }, resetAfterMinutes: 30, ...overrides };
}

export async function drillRowCounts(t: TestApp): Promise<{ policies: number; runs: number; jobs: number }> {
  const db = t.app.store.db as unknown as Kysely<any>;
  const count = async (table: string, kind?: string) => {
    let q = db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    if (kind) q = q.where('kind', 'like', kind);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  return { policies: await count('drill_policies'), runs: await count('drill_runs'), jobs: await count('jobs', 'drills.advance') };
}
