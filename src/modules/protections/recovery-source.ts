import type { Transaction } from 'kysely';
import type { ProtectionsDeps } from './context.ts';
import { protectionsRepo as repo, type ProtectionResourceRow, type ProtectionRow } from './repo.ts';

/** What the recoveries module reads of the timeline: a protection, its captured resources and snapshots. */
export function protectionRecoverySource(deps: Pick<ProtectionsDeps, 'store'>) {
  const db = deps.store.db;
  return {
    /** The protection of that assembly, or undefined. */
    find: (assemblyId: number, id: string): Promise<ProtectionRow | undefined> => repo.find(db, assemblyId, id),
    /** The newest protection of the assembly that succeeded: what a recovery uses when none is named. */
    latestSuccessful: (assemblyId: number): Promise<ProtectionRow | undefined> => repo.latestWithStatus(db, assemblyId, 'success'),
    capturedResources: (protectionId: string): Promise<ProtectionResourceRow[]> => repo.resources(db, protectionId),
    /** In the transaction that starts a recovery: the protection shows it has been recovered from. */
    markRecovered: (trx: Transaction<any>, protectionId: string, at: number) =>
      trx.updateTable('protections').set((eb) => ({ has_recovery: 1, version: eb('version', '+', 1), updated_at: at }))
        .where('id', '=', protectionId).where('has_recovery', '=', 0).execute(),
  };
}
