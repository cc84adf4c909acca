import { CloudCallError, type CloudCredentials } from '../../cloud/provider.ts';
import type { JobHandler, JobSpec } from '../../platform/jobs/index.ts';
import type { AssemblyDeletionHolds } from '../assemblies/service.ts';
import { mutateProtection, type ProtectionsDeps } from './context.ts';
import { protectionsRepo as repo, type ProtectionRow } from './repo.ts';
import { isRunning, protectionTransition, type Replicas } from './state-machine.ts';

export function pruneJob(assemblyId: number): JobSpec {
  return { kind: 'protections.prune', payload: { assemblyId }, key: `protection-prune:${assemblyId}`, maxAttempts: 6 };
}

/**
 * Retention and clean-up. Deleting is idempotent in the cloud and recorded per snapshot, so a prune that
 * dies half-way deletes the rest next time and never fails on what is already gone.
 */
export function protectionPruning(deps: ProtectionsDeps) {
  async function credentialsOf(protection: ProtectionRow): Promise<CloudCredentials> {
    const assembly = await deps.assemblies.get({ accountId: protection.account_id, projectId: protection.project_id, id: protection.assembly_id });
    return (await deps.connections.cloudAccess(protection.account_id, protection.project_id, assembly.cloud_connection_id)).credentials;
  }

  /** Deletes the protection's replica copies, and its source snapshots too unless `replicasOnly`. */
  async function deleteSnapshots(protection: ProtectionRow, replicasOnly: boolean): Promise<void> {
    const credentials = await credentialsOf(protection);
    for (const resource of await repo.resources(deps.store.db, protection.id)) {
      if (!resource.is_data) continue;
      const replicas: Replicas = { ...resource.replicas };
      let changed = false;
      for (const [region, replica] of Object.entries(replicas)) {
        if (replica.status !== 'completed' || !replica.snapshotId) continue;
        await deps.cloud.deleteSnapshot(credentials, { snapshotId: replica.snapshotId, region });
        replicas[region] = { ...replica, status: 'deleted' };
        changed = true;
      }
      const dropSource = !replicasOnly && resource.snapshot_status === 'completed' && resource.snapshot_id;
      if (dropSource) await deps.cloud.deleteSnapshot(credentials, { snapshotId: resource.snapshot_id!, region: resource.region });
      if (changed || dropSource) {
        await repo.setSnapshot(deps.store.db, protection.id, resource.resource_id, {
          replicas, ...(dropSource ? { snapshot_status: 'deleted' } : {}),
        });
      }
    }
  }

  /** Prunes one protection: elapsed when its snapshots are gone, pruning-failed (with the reason) when the cloud refuses. */
  async function prune(protection: ProtectionRow): Promise<boolean> {
    try {
      await deleteSnapshots(protection, false);
    } catch (error) {
      if (!(error instanceof CloudCallError) || error.retryable) throw error;
      await mutateProtection(deps, protection.id, (row) => {
        const next = protectionTransition(row.status, { type: 'pruning-failed' });
        return next ? { patch: { status: next, status_message: `Pruning failed: ${error.cloudCode}: ${error.message}` } } : null;
      });
      return false;
    }
    await mutateProtection(deps, protection.id, (row) => {
      const next = protectionTransition(row.status, { type: 'pruned' });
      return next ? { patch: { status: next, status_message: 'Pruned by retention: its snapshots are deleted' } } : null;
    });
    return true;
  }

  /** Whether a running recovery reads the protection's snapshots: retention leaves it alone meanwhile. */
  type RecoveryHolds = (protectionId: string) => Promise<boolean>;
  const pruneHandler = (recoveryHolds: RecoveryHolds): JobHandler<{ assemblyId: number }> => ({
    kind: 'protections.prune',
    async run({ assemblyId }, ctx) {
      const retention = await deps.retentionFor(assemblyId);
      if (!retention) return;
      const retained = await repo.retained(deps.store.db, assemblyId);
      let pruned = 0;
      for (const [index, protection] of retained.entries()) {
        if (protection.locked) continue; // a locked protection is never pruned
        // A running recovery restores from its snapshots (or copies): pruned at the next prune instead.
        if (await recoveryHolds(protection.id)) continue;
        if (index >= retention.retentionCount) {
          if (await prune(protection)) pruned++;
        } else if (index >= retention.replicaRetentionCount) {
          try {
            await deleteSnapshots(protection, true);
          } catch (error) {
            if (!(error instanceof CloudCallError) || error.retryable) throw error;
            // The copies that could not be deleted stay `completed` and are tried again at the next prune.
            ctx.logger.warn({ assemblyId, protectionId: protection.id, code: error.cloudCode }, 'could not delete replica copies');
          }
        }
      }
      if (pruned) ctx.logger.info({ assemblyId, pruned }, 'protections pruned');
    },
  });

  /** What the protections hold of their assembly's deletion (the recoveries' part is added in build.ts). */
  const deletionHolds: AssemblyDeletionHolds = {
    lockedCount: (assemblyId) => repo.lockedCount(deps.store.db, assemblyId),
    async cancelRunning(assemblyId) {
      const running = await repo.runningOf(deps.store.db, assemblyId);
      for (const protection of running) {
        await mutateProtection(deps, protection.id, (row) => (isRunning(row.status) && !row.cancel_requested ? { patch: { cancel_requested: 1 } } : null));
      }
      return running.length > 0;
    },
    async purge(assemblyId) {
      for (const protection of await repo.all(deps.store.db, assemblyId)) {
        if (protection.status === 'elapsed' || protection.status === 'skipped') continue;
        await deleteSnapshots(protection, false);
        await mutateProtection(deps, protection.id, (row) => {
          const next = protectionTransition(row.status, { type: 'pruned' });
          return next ? { patch: { status: next, status_message: 'The assembly was deleted: its snapshots are deleted' } } : null;
        });
      }
    },
  };

  return { pruneHandler, deletionHolds };
}
