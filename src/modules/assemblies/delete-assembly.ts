import { CloudCallError } from '../../cloud/provider.ts';
import type { JobHandler } from '../../platform/jobs/index.ts';
import { mutateAssembly, type AssembliesDeps, type AssemblyDeletionHolds } from './context.ts';
import { assembliesRepo as repo } from './repo.ts';
import { assemblyTransition, type AssemblyEvent } from './state-machine.ts';

/** Raised to retry later (with the runner's backoff) while a cancelled protection winds down. */
class WaitingForProtection extends Error {}

/**
 * The deletion job: locked protections hold it (delete-locked); a running protection is cancelled and
 * waited for (delete-pending); then every snapshot of its protections is deleted (delete-in-progress) and
 * the assembly is marked deleted, or delete-failed when the cloud refuses.
 */
export function assemblyDeletion(deps: AssembliesDeps, holds: AssemblyDeletionHolds): JobHandler<{ assemblyId: number }> {
  const move = (assemblyId: number, event: AssemblyEvent, message: string | null, extra: Record<string, unknown> = {}) =>
    mutateAssembly(deps, { id: assemblyId }, (row) => {
      const next = assemblyTransition(row.status, event);
      return next ? { patch: { status: next, status_message: message, ...extra } } : null;
    });

  return {
    kind: 'assemblies.delete',
    async run({ assemblyId }, ctx) {
      const row = await repo.findById(deps.store.db, assemblyId);
      if (!row || !['delete-requested', 'delete-pending', 'delete-in-progress'].includes(row.status)) return;
      if (row.status !== 'delete-in-progress') {
        const locked = await holds.lockedCount(assemblyId);
        if (locked > 0) {
          await move(assemblyId, { type: 'deletion-locked' }, `${locked} locked protection(s) hold the deletion: unlock them and delete again`);
          return;
        }
        if (await holds.cancelRunning(assemblyId)) {
          await move(assemblyId, { type: 'deletion-waiting' }, 'Waiting for the running protection or recovery to stop');
          throw new WaitingForProtection('a protection or recovery of the assembly is still running');
        }
        await move(assemblyId, { type: 'deletion-started' }, null);
      }
      try {
        await holds.purge(assemblyId);
      } catch (error) {
        if (error instanceof CloudCallError && !error.retryable) {
          await move(assemblyId, { type: 'deletion-failed' }, `The cloud refused to delete a snapshot: ${error.cloudCode}: ${error.message}`);
          return;
        }
        throw error;
      }
      await mutateAssembly(deps, { id: assemblyId }, async (row, trx) => {
        const next = assemblyTransition(row.status, { type: 'deletion-completed' });
        if (!next) return null;
        await deps.onDeleted(trx, assemblyId);
        return { patch: { status: next, status_message: null, deleted_at: deps.now() } };
      });
      ctx.logger.info({ assemblyId }, 'assembly deleted');
    },
    async onExhausted({ assemblyId }, error) {
      const row = await repo.findById(deps.store.db, assemblyId);
      if (row?.status === 'delete-pending' || row?.status === 'delete-requested') {
        await move(assemblyId, { type: 'deletion-locked' }, `Deletion gave up waiting: ${error.message}`);
      } else {
        await move(assemblyId, { type: 'deletion-failed' }, `Deletion gave up after retries: ${error.message}`);
      }
    },
  };
}
