import type { ProtectionsDeps } from './context.ts';
import { protectionsRepo as repo, type ProtectionResourceRow, type ProtectionRow } from './repo.ts';
import type { Executor } from './store-types.ts';

/** What the recoveries module reads of the timeline: a protection, its captured resources and snapshots. */
export function protectionRecoverySource(deps: Pick<ProtectionsDeps, 'store'>) {
  const db = deps.store.db;
  return {
    /** The protection of that assembly, or undefined. */
    find: (assemblyId: number, id: string): Promise<ProtectionRow | undefined> => repo.find(db, assemblyId, id),
    /** The same by id, in the caller's transaction (a webhook payload names the protection a recovery used). */
    findIn: (db: Executor, id: string): Promise<ProtectionRow | undefined> => repo.findById(db, id),
    /** The newest protection of the assembly that succeeded: what a recovery uses when none is named. */
    latestSuccessful: (assemblyId: number): Promise<ProtectionRow | undefined> => repo.latestWithStatus(db, assemblyId, 'success'),
    capturedResources: (protectionId: string): Promise<ProtectionResourceRow[]> => repo.resources(db, protectionId),
    /** In the transaction that starts a recovery: the protection shows it has been recovered from. */
    markRecovered: (db: Executor, protectionId: string, at: number) => repo.markRecovered(db, protectionId, at),
  };
}
