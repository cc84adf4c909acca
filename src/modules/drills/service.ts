import { NotFoundError } from '../../platform/errors.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import type { DrillsDeps } from './context.ts';
import { drillPolicies, requireLiveAssembly } from './drill-policies.ts';
import { drillPoliciesRepo, drillRunsRepo, type DrillPolicyRef, type DrillRunRow } from './repo.ts';
import { drillAdvance, insertRun } from './run-drill.ts';
import { drillsTickHandler } from './scheduler.ts';
import type { Transaction } from './store-types.ts';

/** Drill policies (CRUD, pause and resume), their runs (now, or at their slots) and the jobs that carry them. */
export function createDrillsService(deps: DrillsDeps) {
  const crud = drillPolicies(deps);
  return {
    ...crud,

    /** Records a run of the policy now and queues it (202 with the run); it may still end skipped. */
    async runDrillPolicy(ref: DrillPolicyRef): Promise<DrillRunRow> {
      const run = await deps.store.transaction(async (trx) => {
        await requireLiveAssembly(deps, trx, ref);
        const policy = await drillPoliciesRepo.find(trx, ref);
        if (!policy) throw new NotFoundError(`Drill policy ${ref.id}`);
        return insertRun(trx, { policy_id: policy.id, account_id: ref.accountId, project_id: ref.projectId, assembly_id: ref.assemblyId, trigger: 'manual', slot_at: null }, deps.now());
      });
      deps.wake();
      return run;
    },

    /** The policy's runs, newest first. */
    async listDrillRuns(ref: DrillPolicyRef, range: ItemRange) {
      const policy = await crud.getDrillPolicy(ref);
      return drillRunsRepo.list(deps.store.db, policy.id, range);
    },

    jobHandlers: [drillAdvance(deps).handler, drillsTickHandler(deps)],
  };
}

export type DrillsService = ReturnType<typeof createDrillsService>;

/** For the assemblies module, in the transaction that deletes an assembly: its drill policies and their runs go with it. */
export const removeAssemblyDrillPolicies = (db: Transaction, assemblyId: number): Promise<number> => drillPoliciesRepo.removeForAssembly(db, assemblyId);
