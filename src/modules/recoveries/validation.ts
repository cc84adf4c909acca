import { CloudCallError, type CloudCredentials } from '../../cloud/provider.ts';
import type { JobContext } from '../../platform/jobs/index.ts';
import { cloudMessage } from './cloud-message.ts';
import type { RecoveriesDeps } from './context.ts';
import { recoveriesRepo as repo, type ValidatedResource, type RecoveryRow } from './repo.ts';
import { isolationHeld, referencesIntact, resourcesReady, type CheckOutcome } from './validation-checks.ts';
import { recoveryHookPayload } from './hook-payload.ts';
import { runHttpValidator } from './validation-http.ts';
import { runWebhookValidator, validatorDeliveryId, WEBHOOK_VALIDATOR_EVENT } from './validation-webhook.ts';
import { validationRepo, type ValidationCheck } from './validation-repo.ts';
import { resourceStates } from './validation-state.ts';

export interface ValidationResult {
  readonly status: 'passed' | 'failed' | 'skipped';
  readonly checks: ValidationCheck[];
  /** A cancel cut it short: the checks it did not finish are recorded skipped, and the recovery ends aborted. */
  readonly cancelled: boolean;
}

/** Recovered configurations the isolation check reads at a time. */
const CONFIGURATION_PAGE = 500;

/** What a check a cancel cut short says; every such message starts with CANCELLED. */
const CANCELLED = 'Cancelled';
const CANCELLED_BEFORE = `${CANCELLED} before this check ran`;
export const cutByCancel = (check: Pick<ValidationCheck, 'status' | 'message'>) => check.status === 'skipped' && check.message.startsWith(CANCELLED);

interface PlannedCheck {
  readonly name: string;
  /** `position`: the check's place in the order (what a webhook validator's delivery id is stable for). */
  run(position: number): Promise<CheckOutcome>;
}

/**
 * Validates what a recovery made, once its last level is rebuilt: the built-in checks (resources ready, references
 * intact, isolation held), then the assembly's validators, in that fixed order. Each check's outcome is recorded as it
 * finishes, so a job killed half-way resumes at the first check without a row and ends with the same outcome. A
 * recovery that made nothing is not validated (skipped): there is nothing to prove. A cancel stops it as it stops the
 * rebuild: at the next check boundary, or during the wait for readiness; the checks left are recorded skipped
 * ("Cancelled …") and the validation is skipped (failed when a check that ran failed).
 */
export function recoveryValidation(deps: RecoveriesDeps) {
  const db = deps.store.db;

  return async function validate(recovery: RecoveryRow, credentials: CloudCredentials, ctx: JobContext): Promise<ValidationResult> {
    // Every step without its configuration: the isolation check reads those a page at a time.
    const rows = await repo.validated(db, recovery.id);
    if (!rows.some((r) => r.status === 'recovered' || r.status === 'mapped')) return { status: 'skipped', checks: [], cancelled: false };
    const assembly = await deps.assemblies.get({ accountId: recovery.account_id, projectId: recovery.project_id, id: recovery.assembly_id });
    // What the checks read of the protection: its ids and ARNs, and each bucket's object count (not its configurations).
    const captured = (await deps.protections.capturedSkeletons(recovery.protection_id))
      .map((r) => ({ resource_id: r.resource_id, arn: r.arn, snapshot_object_count: r.snapshot_object_count }));
    // A bucket restored from its snapshot must hold the objects the snapshot held (counted when the protection took it).
    const protectedObjects = new Map(captured.filter((r) => r.snapshot_object_count !== null).map((r) => [r.resource_id, r.snapshot_object_count!]));
    const states = resourceStates(deps.cloud, credentials, recovery.target_region, protectedObjects);
    // Each resource's ready time is written as it is seen, so a resumed wait asks only about the others.
    const seenReady = new Set(rows.filter((r) => r.ready_at !== null).map((r) => r.source_resource_id));
    // Through the relaxed commits (Store.relaxed): a ready time lost with a crash of PostgreSQL itself only means the
    // resumed wait asks about that resource again. A commit per resource waiting for its WAL flush was most of a
    // PostgreSQL recovery's validation (issue 19).
    const readyDb = deps.store.relaxed ?? db;
    const markReady = async (ready: ValidatedResource[], at: number) => {
      const ids = ready.map((row) => row.source_resource_id);
      await repo.setReadyAt(readyDb, recovery.id, ids, at);
      for (const id of ids) seenReady.add(id);
    };

    // A cancel is the recovery's flag, read at each check boundary and during the wait for readiness (as the rebuild reads it between writes).
    const cancelRequested = () => repo.cancelRequested(db, recovery.id);

    // What every webhook validator is sent: read once, when the first one runs (a mapping can be 10,000 rows).
    let payload: Promise<object> | undefined;
    const mapping = () => (payload ??= recoveryHookPayload(deps, db, recovery, true));

    const planned: PlannedCheck[] = [
      {
        name: 'resources-ready',
        async run() {
          const waiting = rows.filter((r) => r.status === 'recovered' && r.recovered_resource_id && !seenReady.has(r.source_resource_id));
          const wait = await states.waitReady(waiting, ctx.signal, deps.now, markReady, cancelRequested);
          if (wait.outcome === 'stopped') {
            const made = rows.filter((r) => r.status === 'recovered' && r.recovered_resource_id).length;
            const ids = wait.waiting.map((r) => r.source_resource_id);
            return {
              status: 'skipped', resourceIds: ids,
              message: `${CANCELLED} while waiting for ${ids.length} of ${made} recovered resources to be ready: ${wait.waiting.map((r) => `${r.source_resource_id} (${r.recovered_resource_id})`).join(', ')}`,
            };
          }
          return resourcesReady(rows, states, seenReady);
        },
      },
      { name: 'references', run: () => referencesIntact(rows, states) },
      { name: 'isolation', run: () => isolationHeld(recovery, rows, captured, (after) => repo.recoveredConfigurations(db, recovery.id, after, CONFIGURATION_PAGE)) },
      ...assembly.validators.map((validator): PlannedCheck => ({
        name: `validator:${validator.name}`,
        run: async (position) => (validator.type === 'webhook'
          ? runWebhookValidator(validator, {
            payload: { event: WEBHOOK_VALIDATOR_EVENT, validator: { name: validator.name }, ...await mapping() },
            secret: deps.assemblies.validatorSecret(validator), deliveryId: validatorDeliveryId(recovery.id, position),
            now: deps.now, allowPrivate: deps.validatorTargets.allowPrivate, lookup: deps.validatorTargets.lookup,
          })
          : runHttpValidator(validator, { cloud: deps.cloud, credentials, region: recovery.target_region, rows, states })),
      })),
    ];

    const recorded = await validationRepo.list(db, recovery.id);
    const done = new Set(recorded.map((c) => c.position));
    let cancelled = recorded.some(cutByCancel);
    for (const [position, check] of planned.entries()) {
      if (done.has(position)) continue;
      if (ctx.signal.aborted) throw ctx.signal.reason;
      const startedAt = deps.now();
      // A check boundary: once cancelled (now, or by a run this one resumes), every check not yet recorded is skipped.
      if (cancelled || (await cancelRequested())) {
        cancelled = true;
        await validationRepo.insert(db, recovery.id, { position, name: check.name, status: 'skipped', message: CANCELLED_BEFORE, resourceIds: [], startedAt, finishedAt: startedAt });
        continue;
      }
      let outcome: CheckOutcome;
      try {
        outcome = await check.run(position);
      } catch (error) {
        // Throttling and unavailability pass: the job retries and the check runs again. Anything else is the check's answer.
        if (!(error instanceof CloudCallError) || error.retryable) throw error;
        outcome = { status: 'failed', message: `The cloud refused a call the check needs: ${cloudMessage(error)}`, resourceIds: [] };
      }
      await validationRepo.insert(db, recovery.id, { position, name: check.name, ...outcome, startedAt, finishedAt: deps.now() });
      if (cutByCancel(outcome)) cancelled = true;
    }
    const checks = await validationRepo.list(db, recovery.id);
    const failed = checks.some((c) => c.status === 'failed');
    // Cut short, it proved nothing either way unless a check it did run failed.
    return { status: failed ? 'failed' : cancelled ? 'skipped' : 'passed', checks, cancelled };
  };
}
