import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor as Db } from './store-types.ts';
import type { RecoveryTransfersTable } from './tables.ts';

export type RecoveryTransferRow = Selectable<RecoveryTransfersTable>;
export type RecoveryTransferInsert = Insertable<RecoveryTransfersTable>;
export type RecoveryTransferPatch = Omit<Updateable<RecoveryTransfersTable>, 'recovery_id' | 'source_resource_id'>;

/** The statements on recovery_transfers. */
export const transfersRepo = {
  /** The transfer of one resource, made on first use: a repeat after a crash finds the row the first run wrote. */
  async open(db: Db, row: RecoveryTransferInsert): Promise<RecoveryTransferRow> {
    await db.insertInto('recovery_transfers').values(row).onConflict((oc) => oc.doNothing()).execute();
    return db.selectFrom('recovery_transfers').selectAll().where('recovery_id', '=', row.recovery_id)
      .where('source_resource_id', '=', row.source_resource_id).executeTakeFirstOrThrow();
  },
  /** Records a step's result; the row it returns is what the next step starts from. */
  update: (db: Db, recoveryId: string, sourceResourceId: string, patch: RecoveryTransferPatch) =>
    db.updateTable('recovery_transfers').set(patch).where('recovery_id', '=', recoveryId).where('source_resource_id', '=', sourceResourceId)
      .returningAll().executeTakeFirstOrThrow(),
  /** Every transfer of a recovery, in source id order (the details, and what a reset undoes). */
  ofRecovery: (db: Db, recoveryId: string) =>
    db.selectFrom('recovery_transfers').selectAll().where('recovery_id', '=', recoveryId).orderBy('source_resource_id').execute(),
};
