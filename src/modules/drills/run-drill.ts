import { ConflictError, LifeboatError, type ErrorKind } from '../../platform/errors.ts';
import { enqueue, type JobHandler, type JobSpec } from '../../platform/jobs/index.ts';
import type { Logger } from '../../platform/logging.ts';
import type { DrillRecoveryView, DrillsDeps, RecoveryScopeRef } from './context.ts';
import { drillPoliciesRepo, drillRunsRepo as runs, type DrillRunPatch, type DrillRunRow } from './repo.ts';
import type { Executor } from './store-types.ts';

export const DRILL_ADVANCE_KIND = 'drills.advance';

/** The job that moves a run on; the key makes a second enqueue a no-op while one is queued or running. */
export function advanceRunJob(runId: number): JobSpec {
  return { kind: DRILL_ADVANCE_KIND, payload: { runId }, key: `drill-run:${runId}`, maxAttempts: 10 };
}

/** Who a run's recovery says started it: how a run killed after the start and before its record finds its recovery again. */
export const startedByOf = (run: Pick<DrillRunRow, 'id'>) => `drill-run:${run.id}`;
/** Within the recovery name rules (a lower-case letter first, 3–55 characters). */
const recoveryNameOf = (run: Pick<DrillRunRow, 'id' | 'policy_id'>) => `drill-${run.policy_id}-run-${run.id}`;

export const reportPath = (run: Pick<DrillRunRow, 'account_id' | 'project_id' | 'assembly_id'>, recoveryId: string) =>
  `/api/v1/accounts/${run.account_id}/projects/${run.project_id}/aws/cloud-assemblies/${run.assembly_id}/recoveries/${recoveryId}/report`;

/** The recoveries service's answers that no retry changes; an upstream (cloud) error is retried by the job instead. */
const REFUSALS: readonly ErrorKind[] = ['validation', 'conflict', 'not-found', 'unprocessable'];

const scopeOf = (run: DrillRunRow): RecoveryScopeRef => ({ accountId: run.account_id, projectId: run.project_id, assemblyId: run.assembly_id });

/** Inserts a run and queues its first step, in the caller's transaction. */
export async function insertRun(db: Executor, run: Pick<DrillRunRow, 'policy_id' | 'account_id' | 'project_id' | 'assembly_id' | 'trigger' | 'slot_at'>, at: number) {
  const row = await runs.insert(db, {
    ...run, status: 'pending', status_message: null, recovery_id: null, recovery_status: null, validation_status: null,
    rto_seconds: null, rpo_seconds: null, reset_status: null, leftovers: null, started_at: null, finished_at: null,
    created_at: at, updated_at: at, version: 1,
  });
  await enqueue(db, advanceRunJob(row.id));
  return row;
}

/**
 * Moves one run as far as it can go now: pending → recovering (its recovery started through the recoveries service)
 * → resetting (the recovery, and the validation it does, settled) → completed | failed (its reset finished), or
 * skipped. Every step is written with a version check, so two advancers (the tick and a job, or a reclaimed lease)
 * never both record a step; the one side effect, starting the recovery, is found again by who started it, so a
 * worker killed anywhere leaves a run the next advance finishes without a second recovery.
 */
export function drillAdvance(deps: DrillsDeps) {
  const db = deps.store.db;
  const step = (run: DrillRunRow, patch: DrillRunPatch) => runs.updateIfVersion(db, run.id, run.version, { ...patch, updated_at: deps.now() });

  /** Ends the run and queues its webhook in one transaction; a skipped run sends none (nothing was drilled). */
  async function finish(run: DrillRunRow, patch: DrillRunPatch & { status: 'completed' | 'failed' | 'skipped' }, recovery?: DrillRecoveryView) {
    return deps.store.transaction(async (trx) => {
      const done = await runs.updateIfVersion(trx, run.id, run.version, { ...patch, finished_at: deps.now(), updated_at: deps.now() });
      if (!done || patch.status === 'skipped') return done;
      const policy = await drillPoliciesRepo.findById(trx, run.policy_id);
      await deps.hooks.queuePostHook(trx, run.assembly_id, patch.status === 'completed' ? 'drill-completed' : 'drill-failed', {
        drillPolicy: { id: run.policy_id, name: policy?.name ?? null },
        run: { id: done.id, trigger: done.trigger, slotAt: done.slot_at, startedAt: done.started_at, finishedAt: done.finished_at, message: done.status_message },
        recoveryId: done.recovery_id,
        reportUrl: done.recovery_id && reportPath(done, done.recovery_id),
        outcome: patch.status === 'completed' ? 'passed' : 'failed',
        recoveryStatus: done.recovery_status, validationStatus: done.validation_status,
        rtoSeconds: recovery?.rtoSeconds ?? done.rto_seconds, rpoSeconds: recovery?.rpoSeconds ?? done.rpo_seconds,
        resetStatus: done.reset_status, leftovers: done.leftovers,
      });
      return done;
    });
  }

  async function start(run: DrillRunRow): Promise<DrillRunRow | undefined> {
    const scope = scopeOf(run);
    const startedBy = startedByOf(run);
    let recovery: { id: string } | undefined = await deps.recoveries.startedBy(scope, startedBy);
    if (!recovery) {
      const policy = await drillPoliciesRepo.findById(db, run.policy_id);
      if (!policy) return undefined; // deleted with its runs
      try {
        recovery = await deps.recoveries.start(scope, { ...policy.recovery, recoveryName: recoveryNameOf(run), resetAfterMinutes: policy.reset_after_minutes }, startedBy);
      } catch (error) {
        // A racing advancer of this same run may have started it: then it is ours, not a reason to skip.
        recovery = await deps.recoveries.startedBy(scope, startedBy);
        if (!recovery && error instanceof ConflictError && error.code === 'RECOVERY_RUNNING') {
          return finish(run, { status: 'skipped', status_message: `Skipped: ${error.message}` });
        }
        // The recoveries service refused it (no successful protection, a failed pre-flight check, a bad target): no retry helps.
        if (!recovery && error instanceof LifeboatError && REFUSALS.includes(error.kind)) return finish(run, { status: 'failed', status_message: `The recovery could not start: ${error.message}` });
        if (!recovery) throw error;
      }
    }
    return step(run, { status: 'recovering', recovery_id: recovery.id, started_at: deps.now() });
  }

  async function settle(run: DrillRunRow): Promise<DrillRunRow | undefined> {
    const recovery = await deps.recoveries.find(scopeOf(run), run.recovery_id!);
    if (!recovery) return finish(run, { status: 'failed', status_message: `Recovery ${run.recovery_id} is gone` });
    if (run.status === 'recovering') {
      if (recovery.running) return undefined;
      return step(run, {
        status: 'resetting', recovery_status: recovery.status, validation_status: recovery.validationStatus,
        rto_seconds: recovery.rtoSeconds, rpo_seconds: recovery.rpoSeconds,
      });
    }
    if (recovery.resetStatus !== 'completed' && recovery.resetStatus !== 'failed') return undefined;
    const leftovers = await deps.recoveries.leftovers(scopeOf(run), recovery.id);
    const problems = [
      run.recovery_status !== 'completed' && `the recovery ended ${run.recovery_status}${recovery.statusMessage ? ` (${recovery.statusMessage})` : ''}`,
      run.validation_status === 'failed' && 'its validation failed',
      recovery.resetStatus === 'failed' && `its reset failed${recovery.resetMessage ? ` (${recovery.resetMessage})` : ''}`,
      leftovers > 0 && `${leftovers} resource(s) still carry the recovery's tag after the reset`,
    ].filter((p): p is string => typeof p === 'string');
    return finish(run, {
      status: problems.length ? 'failed' : 'completed', status_message: problems.length ? `Drill failed: ${problems.join('; ')}` : null,
      reset_status: recovery.resetStatus, leftovers,
    }, recovery);
  }

  /** Advances the run until it waits on its recovery or its reset, ends, or loses a step to another advancer. */
  async function advance(runId: number, logger: Logger): Promise<void> {
    let run = await runs.findById(db, runId);
    while (run) {
      const before: string = run.status;
      if (run.status === 'pending') run = await start(run);
      else if (run.status === 'recovering' || run.status === 'resetting') run = await settle(run);
      else return;
      if (run && run.status !== before) logger.info({ runId, policyId: run.policy_id, status: run.status, recoveryId: run.recovery_id }, 'drill run moved on');
    }
  }

  const handler: JobHandler<{ runId: number }> = {
    kind: DRILL_ADVANCE_KIND,
    run: ({ runId }, ctx) => advance(runId, ctx.logger),
    async onExhausted({ runId }, error) {
      const run = await runs.findById(db, runId);
      if (run?.status === 'pending') await finish(run, { status: 'failed', status_message: `The drill gave up: ${error.message}` });
    },
  };
  return { advance, handler };
}
