import { CloudCallError } from '../../cloud/provider.ts';
import { ConflictError } from '../../platform/errors.ts';
import type { JobHandler } from '../../platform/jobs/index.ts';
import { mutateConnection, type ConnectionDeletionGuard, type ConnectionRef, type ConnectionsDeps } from './context.ts';
import { credentialsOf } from './credentials.ts';
import { connectionsRepo as repo } from './repo.ts';
import { transition, type ConnectionStatus } from './state-machine.ts';
import { deleteJob } from './write-connection.ts';

/**
 * Deletion: DELETE moves the connection to delete-pending (or delete-locked while deletion protection is on)
 * and queues the deletion job, which takes it through delete-in-progress to deleted — or to delete-locked
 * when something still uses it, or delete-failed when the cloud refuses the clean-up. A deleted connection
 * keeps its row (readable as `deleted`, its secret erased) and frees its name.
 */
export function connectionDeletion(deps: ConnectionsDeps) {
  const deleteHandler = (deletionGuards: readonly ConnectionDeletionGuard[]): JobHandler<{ connectionId: number }> => ({
    kind: 'connections.delete',
    async run({ connectionId }, ctx) {
      let row = await repo.findById(deps.store.db, connectionId);
      if (!row || (row.status !== 'delete-pending' && row.status !== 'delete-in-progress')) return; // cancelled or done
      row = await mutateConnection(deps, { id: connectionId }, (current) => {
        const next = transition(current.status as ConnectionStatus, { type: 'deletion-started' });
        return next ? { patch: { status: next, status_message: null } } : null;
      });
      if (row.status !== 'delete-in-progress') return;

      const holds = (await Promise.all(deletionGuards.map((guard) => guard(row!)))).filter((h): h is string => Boolean(h));
      if (holds.length) {
        await move(connectionId, 'deletion-blocked', `Deletion is held: ${holds.join('; ')}. Remove what uses the connection, then delete it again.`);
        return;
      }
      try {
        await deps.cloud.releaseConnection(credentialsOf(row, deps.secrets));
      } catch (error) {
        if (!(error instanceof CloudCallError)) throw error;
        if (error.retryable) throw error;
        // Credentials that no longer work leave nothing of ours reachable in the account: nothing to release.
        if (error.reason !== 'authentication') {
          await move(connectionId, 'deletion-failed', `The cloud refused the clean-up: ${error.cloudCode}: ${error.message}`);
          return;
        }
        ctx.logger.warn({ connectionId, code: error.cloudCode }, 'credentials no longer work; deleting without cloud clean-up');
      }
      await mutateConnection(deps, { id: connectionId }, async (current, trx) => {
        const next = transition(current.status as ConnectionStatus, { type: 'deletion-completed' });
        if (!next) return null;
        await repo.deleteInventory(trx, connectionId);
        return { patch: { status: next, status_message: null, deleted_at: deps.now(), secret_sealed: null } };
      });
      ctx.logger.info({ connectionId }, 'connection deleted');
    },
    async onExhausted({ connectionId }, error) {
      await move(connectionId, 'deletion-failed', `Deletion gave up after retries: ${error.message}`);
    },
  });

  async function move(connectionId: number, type: 'deletion-blocked' | 'deletion-failed', message: string) {
    await mutateConnection(deps, { id: connectionId }, (row) => {
      const next = transition(row.status as ConnectionStatus, { type });
      return next ? { patch: { status: next, status_message: message } } : null;
    });
  }

  return {
    /** The deletion job, given what may hold a deletion (the assemblies, made after this service). */
    handler: deleteHandler,

    /** DELETE (202). Repeating it while a deletion is under way changes nothing; after delete-failed it retries. */
    requestDeletion(ref: ConnectionRef, expectedVersion?: number) {
      return mutateConnection(deps, ref, (row) => {
        const status = row.status as ConnectionStatus;
        if (status === 'deleted') throw new ConflictError('CONNECTION_DELETED', `Cloud connection ${row.id} is already deleted`);
        if (status === 'delete-pending' || status === 'delete-in-progress') return null;
        const isProtected = row.deletion_protection === 1;
        const next = transition(status, { type: 'delete-requested', protected: isProtected })!;
        const live = status === 'enabled' || status === 'disabled' || status === 'suspended' || status === 'critical-suspended';
        return {
          patch: {
            status: next,
            status_message: isProtected ? 'Deletion protection is on: turn it off (PUT …/deletion-protection) and the deletion proceeds' : null,
            ...(live ? { status_before_deletion: status } : {}),
          },
          jobs: next === 'delete-pending' ? [deleteJob(row.id)] : [],
        };
      }, expectedVersion);
    },
  };
}
