import type { Executor as Db } from './store-types.ts';
import type { ValidationCheckStatus } from './validation-tables.ts';

/** One finished validation check as the module reads it. */
export interface ValidationCheck {
  readonly position: number;
  readonly name: string;
  readonly status: ValidationCheckStatus;
  readonly message: string;
  readonly resourceIds: string[];
  readonly startedAt: number;
  readonly finishedAt: number;
}

export const validationRepo = {
  /** Records a finished check; a repeat after a crash (same position) changes nothing: the first outcome stands. */
  insert: (db: Db, recoveryId: string, check: ValidationCheck) =>
    db.insertInto('recovery_validation_checks').values({
      recovery_id: recoveryId, position: check.position, name: check.name, status: check.status, message: check.message,
      resource_ids: JSON.stringify(check.resourceIds), started_at: check.startedAt, finished_at: check.finishedAt,
    }).onConflict((oc) => oc.doNothing()).execute(),
  async list(db: Db, recoveryId: string): Promise<ValidationCheck[]> {
    const rows = await db.selectFrom('recovery_validation_checks').selectAll().where('recovery_id', '=', recoveryId).orderBy('position').execute();
    return rows.map((r) => ({
      position: Number(r.position), name: r.name, status: r.status, message: r.message, resourceIds: JSON.parse(r.resource_ids) as string[],
      startedAt: Number(r.started_at), finishedAt: Number(r.finished_at),
    }));
  },
};
