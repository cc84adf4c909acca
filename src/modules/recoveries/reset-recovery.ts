import { setImmediate as turn } from 'node:timers/promises';
import { CloudCallError, type CloudCredentials } from '../../cloud/provider.ts';
import { eachLimited } from '../../platform/each-limited.ts';
import { ConflictError } from '../../platform/errors.ts';
import { enqueue, type JobContext, type JobHandler } from '../../platform/jobs/index.ts';
import { mutateRecovery, targetCredentials, type RecoveriesDeps } from './context.ts';
import { recoveryHookPayload } from './hook-payload.ts';
import { outcomeBuffer } from '../../platform/outcome-buffer.ts';
import { RESET_SWEEP_KIND, resetRecoveryJob } from './jobs.ts';
import { typeRank } from './plan.ts';
import { recoveriesRepo as repo, type RecoveryResourcePatch, type RecoveryRow } from './repo.ts';
import { cloudMessage } from './cloud-message.ts';
import { isRecoveryRunning, resetTransition, type ResetEvent } from './state-machine.ts';
import { removeTransfers } from './transfer-cleanup.ts';

const BATCH = 500;

/**
 * Asks for a reset, in the recovery's own transaction: refused while the recovery runs or once a reset is
 * under way or done; a failed reset may be asked for again.
 */
export async function requestReset(deps: RecoveriesDeps, recoveryId: string, by: string): Promise<RecoveryRow> {
  return mutateRecovery(deps, recoveryId, (row) => {
    if (isRecoveryRunning(row.status)) {
      throw new ConflictError('RECOVERY_RUNNING', `Recovery ${row.id} is ${row.status}; it can be reset once it has finished (or been cancelled)`);
    }
    const next = resetTransition(row.reset_status, { type: 'requested' });
    if (!next) {
      throw row.reset_status === 'completed'
        ? new ConflictError('ALREADY_RESET', `Recovery ${row.id} has already been reset`)
        : new ConflictError('RESET_IN_PROGRESS', `A reset of recovery ${row.id} is already ${row.reset_status}`);
    }
    return {
      patch: { reset_status: next, reset_message: null, reset_requested_at: deps.now(), reset_finished_at: null, reset_requested_by: by },
      jobs: [resetRecoveryJob(row.id)],
    };
  });
}

/**
 * The reset job: deletes what the recovery created, deepest level first (instances before their subnets,
 * subnets before their VPC), and then whatever still carries the recovery's tag in the target region, which
 * catches a resource created by a recovery killed before it could record it, and last the snapshot copies and
 * shares of a cross-account recovery. Resources the recovery reused or took from the source are never touched. Deleting is idempotent and recorded per resource, so a reset
 * killed half-way deletes the rest and nothing twice.
 */
export function recoveryReset(deps: RecoveriesDeps): JobHandler<{ recoveryId: string }> {
  const db = deps.store.db;

  const move = (id: string, event: ResetEvent, extra: { reset_message?: string | null; reset_deleted_count?: number } = {}) =>
    mutateRecovery(deps, id, async (row, trx) => {
      const next = resetTransition(row.reset_status, event);
      if (!next) return null;
      const finished = next === 'completed' || next === 'failed';
      const patch = { ...extra, reset_status: next, ...(finished ? { reset_finished_at: deps.now() } : {}) };
      if (finished) await deps.hooks.queuePostHook(trx, row.assembly_id, 'post-reset', () => recoveryHookPayload(deps, trx, { ...row, ...patch }, true));
      return { patch };
    });

  /** Deletes the recorded resources, level by level from the deepest; the failures' messages. */
  async function deleteRecorded(recovery: RecoveryRow, credentials: CloudCredentials, ctx: JobContext): Promise<string[]> {
    const failures: string[] = [];
    for (let level = await repo.maxLevel(db, recovery.id); level >= 0; level--) {
      let after = '';
      for (;;) {
        if (ctx.signal.aborted) throw ctx.signal.reason;
        const batch = await repo.toDeleteOfLevel(db, recovery.id, level, after, BATCH);
        if (batch.length === 0) break;
        after = batch[batch.length - 1]!.source_resource_id;
        const outcomes = outcomeBuffer<[string, RecoveryResourcePatch]>(deps.parallelism, async (written) => {
          const deleted = written.filter(([, o]) => o.status === 'deleted').length;
          // The usual flush, every one deleted: one statement on PostgreSQL. SQLite has no data-modifying CTE, and its
          // transaction costs no round trip.
          if (deleted === written.length && deps.store.dialect === 'postgres') {
            await repo.markDeleted(db, recovery.id, written.map(([id]) => id));
            return;
          }
          await deps.store.transaction(async (trx) => {
            await repo.setResources(trx, recovery.id, written);
            if (deleted) await repo.countDeleted(trx, recovery.id, deleted);
          });
        });
        try {
          await eachLimited(batch, deps.parallelism, async (resource) => {
            try {
              await deps.cloud.deleteResource(credentials, { region: recovery.target_region, resourceId: resource.recovered_resource_id!, type: resource.type });
              await outcomes.add([resource.source_resource_id, { status: 'deleted', error: null }]);
            } catch (error) {
              if (error instanceof CloudCallError && error.retryable) throw error;
              failures.push(`${resource.recovered_resource_id}: ${cloudMessage(error)}`);
              await outcomes.add([resource.source_resource_id, { status: 'delete-failed', error: `The reset could not delete it: ${cloudMessage(error)}` }]);
            }
          });
        } finally {
          await outcomes.flush();
        }
        // On SQLite every deletion above was synchronous: a turn lets the lease heartbeat and the API run between batches.
        await turn();
      }
    }
    return failures;
  }

  /** What still carries the recovery's tag: made but never recorded. Deleted dependents first, by type. */
  async function deleteUnrecorded(recovery: RecoveryRow, credentials: CloudCredentials): Promise<string[]> {
    const failed = new Set(await repo.deleteFailedIds(db, recovery.id));
    const leftovers = (await deps.cloud.listRecoveryResources(credentials, { region: recovery.target_region, recoveryId: recovery.id }))
      .filter((r) => !failed.has(r.resourceId))
      .sort((a, b) => typeRank(b.type) - typeRank(a.type));
    const failures: string[] = [];
    let deleted = 0;
    for (const resource of leftovers) {
      try {
        await deps.cloud.deleteResource(credentials, { region: resource.region, resourceId: resource.resourceId, type: resource.type });
        deleted++;
      } catch (error) {
        if (error instanceof CloudCallError && error.retryable) throw error;
        failures.push(`${resource.resourceId}: ${cloudMessage(error)}`);
      }
    }
    if (deleted) await repo.countDeleted(db, recovery.id, deleted);
    return failures;
  }

  return {
    kind: 'recoveries.reset',
    async run({ recoveryId }, ctx) {
      let recovery = await repo.findById(db, recoveryId);
      if (!recovery) return;
      if (recovery.reset_status === 'pending' || recovery.reset_status === 'stalled') {
        // Stalled while another recovery of the assembly runs: that recovery's outcome (or the sweep) queues this job again.
        let blocked = false;
        await mutateRecovery(deps, recoveryId, async (row, trx) => {
          const others = await repo.runningOn(trx, row.assembly_id, row.id);
          blocked = others.length > 0;
          if (!blocked) return null;
          const message = `Waiting for recovery ${others[0]!.id} (${others[0]!.status}) on this assembly's timeline: a reset is not allowed while a recovery runs`;
          if (row.reset_status === 'stalled' && row.reset_message === message) return null;
          return { patch: { reset_status: resetTransition(row.reset_status, { type: 'blocked' })!, reset_message: message } };
        });
        if (blocked) return;
        const requested = recovery;
        const hook = await deps.hooks.runPreHook(requested.assembly_id, 'pre-reset', () => recoveryHookPayload(deps, db, requested, true));
        if (!hook.ok) {
          await move(recoveryId, { type: 'failed' }, { reset_message: hook.error });
          return;
        }
        recovery = await move(recoveryId, { type: 'started' }, { reset_message: null });
      }
      if (recovery.reset_status !== 'in-progress') return;
      const credentials = await targetCredentials(deps, recovery);
      const failures = [
        ...await deleteRecorded(recovery, credentials, ctx), ...await deleteUnrecorded(recovery, credentials),
        // Only once nothing restored from them is left.
        ...await removeTransfers(deps, recovery, ctx),
      ];
      const done = await move(recoveryId, { type: 'finished', failed: failures.length }, {
        reset_message: failures.length
          ? `${failures.length} resource(s), snapshot copies or shares could not be removed: ${failures.slice(0, 5).join('; ')}${failures.length > 5 ? '; …' : ''}`
          : null,
      });
      ctx.logger.info({ recoveryId, resetStatus: done.reset_status, deleted: done.reset_deleted_count }, 'reset finished');
    },
    async onExhausted({ recoveryId }, error) {
      await move(recoveryId, { type: 'failed' }, { reset_message: `The reset gave up: ${cloudMessage(error)}` });
    },
  };
}

/**
 * Runs every few seconds on one worker: starts the automatic resets that are due (resetAfterMinutes), and
 * queues stalled resets again (a safety net: a finishing recovery queues them itself).
 */
export function resetSweep(deps: RecoveriesDeps): JobHandler<null> {
  return {
    kind: RESET_SWEEP_KIND,
    async run(_payload, ctx) {
      for (const { id } of await repo.dueResets(deps.store.db, deps.now())) {
        try {
          await requestReset(deps, id, 'auto-reset');
          ctx.logger.info({ recoveryId: id }, 'automatic reset started (resetAfterMinutes)');
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error; // asked for meanwhile: nothing to do
        }
      }
      for (const { id } of await repo.stalledResets(deps.store.db)) {
        const recovery = await repo.findById(deps.store.db, id);
        if (recovery && !(await repo.runningOn(deps.store.db, recovery.assembly_id, id)).length && (await enqueue(deps.store.db, resetRecoveryJob(id))) !== undefined) {
          deps.wake();
        }
      }
    },
  };
}
