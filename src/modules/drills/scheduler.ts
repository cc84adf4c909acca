import type { JobHandler } from '../../platform/jobs/index.ts';
import { dueSlot, upcomingSlot } from '../policies/index.ts';
import type { DrillsDeps } from './context.ts';
import { drillPoliciesRepo as policies, drillRunsRepo as runs, type DrillPolicyRow } from './repo.ts';
import { drillAdvance, insertRun } from './run-drill.ts';

export const DRILLS_TICK_KIND = 'drills.tick';

/** Policies fired and waiting runs looked at by one tick; the rest wait for the next. */
const BATCH = 200;

/**
 * The drills' sibling of the protection policies' scheduler tick, run by the job runner every few seconds. Each enabled
 * policy whose slot has come fires it once: the policy row's last_slot_at is written with a version check in the same
 * transaction that records the run (and a unique index on the run's policy and slot backs it), so of two ticks racing
 * exactly one records the slot. Then every open run is advanced: the tick is what re-checks a run waiting on its
 * recovery or its reset, so a run needs no job of its own while it waits (hours, for a long resetAfterMinutes).
 */
export function drillsTickHandler(deps: DrillsDeps): JobHandler<unknown> {
  const { advance } = drillAdvance(deps);
  return {
    kind: DRILLS_TICK_KIND,
    async run(_payload, ctx) {
      const now = deps.now();
      const due = await policies.due(deps.store.db, now, BATCH);
      const enabled = await deps.assemblies.enabledIn(deps.store.db, due.map((p) => ({ accountId: p.account_id, projectId: p.project_id, id: p.assembly_id })));
      let fired = 0;
      for (const policy of due) {
        if (ctx.signal.aborted) return;
        try {
          if (await fire(deps, policy, now, enabled.has(policy.assembly_id))) fired++;
        } catch (error) {
          // Nothing was recorded: the slot is still due and the next tick tries again.
          ctx.logger.error({ drillPolicyId: policy.id, error: (error as Error).message }, 'could not fire the drill policy');
        }
      }
      if (fired) {
        ctx.logger.info({ fired }, 'drill policies fired');
        deps.wake();
      }
      for (const { id } of await runs.open(deps.store.db, BATCH)) {
        if (ctx.signal.aborted) return;
        try {
          await advance(id, ctx.logger);
        } catch (error) {
          // One run the cloud or a deleted connection holds up does not hold up the others; the next tick tries it again.
          ctx.logger.error({ runId: id, error: (error as Error).message }, 'could not advance the drill run');
        }
      }
    },
  };
}

/**
 * Records the policy's due slot and, when its assembly is enabled, the slot's run; whether a run was recorded. A
 * disabled assembly's slot passes without a run rather than staying due, so such policies never crowd the batch.
 */
async function fire(deps: DrillsDeps, policy: DrillPolicyRow, now: number, assemblyEnabled: boolean): Promise<boolean> {
  const state = { slotsFrom: policy.slots_from, lastSlotAt: policy.last_slot_at, now };
  const slot = dueSlot(policy.schedule, state);
  const next = upcomingSlot(policy.schedule, { ...state, lastSlotAt: slot ?? policy.last_slot_at });
  return deps.store.transaction(async (trx) => {
    const won = await policies.updateIfVersion(trx, policy.id, policy.version, { last_slot_at: slot ?? policy.last_slot_at, next_slot_at: next });
    // Changed since it was read (another tick fired it, or it was paused or edited): the next tick reads it again.
    if (!won || slot === undefined || !assemblyEnabled) return false;
    await insertRun(trx, {
      policy_id: policy.id, account_id: policy.account_id, project_id: policy.project_id, assembly_id: policy.assembly_id, trigger: 'schedule', slot_at: slot,
    }, now);
    return true;
  });
}
