import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import { mutateProtection, type ProtectionRef, type ProtectionsDeps } from './context.ts';
import { protectionsRepo as repo, type ProtectionRow, type TimelineQuery } from './repo.ts';
import { isRunning } from './state-machine.ts';

/** Reading the timeline and a protection; cancel and lock. */
export function protectionManagement(deps: ProtectionsDeps) {
  const db = deps.store.db;
  /** The protection of that assembly in that project; 404 for one of another assembly. */
  async function get(ref: ProtectionRef): Promise<ProtectionRow> {
    await deps.assemblies.get({ accountId: ref.accountId, projectId: ref.projectId, id: ref.assemblyId });
    const row = await repo.find(db, ref.assemblyId, ref.id);
    if (!row) throw new NotFoundError(`Protection ${ref.id}`);
    return row;
  }
  return {
    get,
    async details(ref: ProtectionRef) {
      const protection = await get(ref);
      return { protection, resources: await repo.resources(db, protection.id) };
    },
    async timeline(scope: { accountId: number; projectId: string; assemblyId: number }, query: Omit<TimelineQuery, 'assemblyId'>, range: ItemRange) {
      await deps.assemblies.get({ accountId: scope.accountId, projectId: scope.projectId, id: scope.assemblyId });
      return repo.timeline(db, { ...query, assemblyId: scope.assemblyId }, range);
    },
    /** Asks a running protection to stop at its next step (202); it ends `failed`, saying it was cancelled. */
    async cancel(ref: ProtectionRef): Promise<ProtectionRow> {
      await get(ref);
      return mutateProtection(deps, ref.id, (row) => {
        if (!isRunning(row.status)) throw new ConflictError('PROTECTION_NOT_RUNNING', `Protection ${row.id} is ${row.status}; only a running one can be cancelled`);
        return row.cancel_requested ? null : { patch: { cancel_requested: 1 } };
      });
    },
    /** A locked protection is never pruned (and holds its assembly's deletion). */
    async lock(ref: ProtectionRef, locked: boolean): Promise<ProtectionRow> {
      await get(ref);
      return mutateProtection(deps, ref.id, (row) => {
        if (row.status === 'elapsed') throw new ConflictError('PROTECTION_ELAPSED', `Protection ${row.id} has been pruned; there is nothing left to lock`);
        return (row.locked === 1) === locked ? null : { patch: { locked: locked ? 1 : 0 } };
      });
    },
  };
}
