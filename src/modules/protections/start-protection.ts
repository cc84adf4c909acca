import { ConflictError } from '../../platform/errors.ts';
import { randomId } from '../../platform/ids.ts';
import { enqueue, type JobSpec } from '../../platform/jobs/index.ts';
import type { ScheduledFiring } from '../policies/index.ts';
import type { ProtectionsDeps } from './context.ts';
import { protectionsRepo as repo, type ProtectionRow } from './repo.ts';
import type { Transaction } from './store-types.ts';

export function runProtectionJob(protectionId: string): JobSpec {
  return { kind: 'protections.run', payload: { protectionId }, key: `protection-run:${protectionId}`, maxAttempts: 10 };
}

/** A schedule slot coming due: the policies module's scheduler defines it and calls fireScheduled in its own transaction. */
export type { ScheduledFiring };

export function protectionStarts(deps: ProtectionsDeps) {
  async function insert(trx: Transaction, fields: {
    accountId: number; projectId: string; assemblyId: number; replicaRegions: readonly string[]; trigger: 'manual' | 'scheduled';
    createdBy: string; policyId?: number; slotAt?: number;
  }): Promise<ProtectionRow> {
    const at = deps.now();
    return repo.insert(trx, {
      id: randomId('prot'), account_id: fields.accountId, project_id: fields.projectId, assembly_id: fields.assemblyId,
      policy_id: fields.policyId ?? null, slot_at: fields.slotAt ?? null, trigger: fields.trigger, status: 'created', status_message: null,
      locked: 0, cancel_requested: 0, replica_regions: fields.replicaRegions, resource_count: 0, data_resource_count: 0, dependency_count: 0,
      snapshots_completed: 0, snapshots_failed: 0, has_recovery: 0, created_by: fields.createdBy,
      started_at: null, finished_at: null, created_at: at, updated_at: at, version: 1,
    });
  }

  return {
    /**
     * Protect now (202): the protection is created, claims its assembly and is queued, in one transaction.
     * 409 when the assembly is disabled, being deleted, or another protection of it is running.
     */
    async protectNow(ref: { accountId: number; projectId: string; assemblyId: number }, createdBy: string): Promise<ProtectionRow> {
      const assembly = await deps.assemblies.get({ accountId: ref.accountId, projectId: ref.projectId, id: ref.assemblyId });
      if (assembly.status !== 'enabled') throw new ConflictError('ASSEMBLY_NOT_ENABLED', `Cloud assembly ${assembly.id} is ${assembly.status}`);
      const row = await deps.store.transaction(async (trx) => {
        const protection = await insert(trx, { ...ref, replicaRegions: assembly.replica_regions, trigger: 'manual', createdBy });
        if (!(await deps.assemblies.claimForProtection(trx, ref.assemblyId, protection.id, deps.now()))) {
          // Read through the transaction: on SQLite a read on the store would wait for this transaction forever.
          const current = await deps.assemblies.findIn(trx, ref.assemblyId);
          if (!current) throw new ConflictError('ASSEMBLY_NOT_ENABLED', `Cloud assembly ${ref.assemblyId} is gone`);
          throw current.running_protection_id
            ? new ConflictError('PROTECTION_RUNNING', `Protection ${current.running_protection_id} of this assembly is running; one runs at a time`)
            : new ConflictError('ASSEMBLY_NOT_ENABLED', `Cloud assembly ${current.id} is ${current.status}`);
        }
        await enqueue(trx, runProtectionJob(protection.id));
        return protection;
      });
      deps.wake();
      return row;
    },

    /**
     * A scheduled protection, inside the scheduler's transaction. When another protection is running it is
     * recorded as skipped, with the reason; a disabled or deleted assembly records nothing.
     */
    async fireScheduled(trx: Transaction, firing: ScheduledFiring): Promise<void> {
      const assembly = await deps.assemblies.findIn(trx, firing.assemblyId);
      if (!assembly || assembly.status !== 'enabled') return;
      const protection = await insert(trx, {
        accountId: firing.accountId, projectId: firing.projectId, assemblyId: firing.assemblyId, replicaRegions: assembly.replica_regions,
        trigger: 'scheduled', createdBy: `policy:${firing.policyId}`, policyId: firing.policyId, slotAt: firing.slotAt,
      });
      if (await deps.assemblies.claimForProtection(trx, firing.assemblyId, protection.id, deps.now())) {
        await enqueue(trx, runProtectionJob(protection.id));
        return;
      }
      await repo.updateIfVersion(trx, protection.id, protection.version, {
        status: 'skipped', status_message: `Protection ${assembly.running_protection_id} was still running at the scheduled time`,
        finished_at: deps.now(), updated_at: deps.now(),
      });
    },
  };
}
