import type { PreflightCheck } from './checks-model.ts';
import type { Executor as Db } from './store-types.ts';

/** The checks a recovery started with, as the module reads them. */
export interface RecoveryChecks {
  readonly forced: boolean;
  readonly checks: PreflightCheck[];
}

export const recoveryChecksRepo = {
  insert: (db: Db, recoveryId: string, row: RecoveryChecks & { checkedAt: number }) =>
    db.insertInto('recovery_checks').values({
      recovery_id: recoveryId, forced: row.forced ? 1 : 0, checks: JSON.stringify(row.checks), checked_at: row.checkedAt,
    }).execute(),
  /** Undefined for a recovery started before checks were kept. */
  async find(db: Db, recoveryId: string): Promise<RecoveryChecks | undefined> {
    const row = await db.selectFrom('recovery_checks').select(['forced', 'checks']).where('recovery_id', '=', recoveryId).executeTakeFirst();
    return row ? { forced: row.forced === 1, checks: JSON.parse(row.checks) as PreflightCheck[] } : undefined;
  },
};
