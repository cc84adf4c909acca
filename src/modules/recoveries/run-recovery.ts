import { setImmediate as turn } from 'node:timers/promises';
import { openUserData } from '../../platform/user-data.ts';
import { CloudCallError, isDataResource, type AwsService, type CloudCredentials } from '../../cloud/provider.ts';
import { eachLimited } from '../../platform/each-limited.ts';
import type { JobContext, JobHandler } from '../../platform/jobs/index.ts';
import { capturedLayoutInput, capturedReader } from './captured.ts';
import { cloudMessage } from './cloud-message.ts';
import { mutateRecovery, targetCredentials, type RecoveriesDeps } from './context.ts';
import { recoveryHookPayload } from './hook-payload.ts';
import { outcomeBuffer } from '../../platform/outcome-buffer.ts';
import { resetRecoveryJob } from './jobs.ts';
import { layOutPlan } from './plan.ts';
import { planPages } from './plan-pages.ts';
import { placeZones, readTargetZones } from './zones.ts';
import { stepRow } from './step-rows.ts';
import { recoveriesRepo as repo, type RecoveryPatch, type RecoveryResourcePatch, type RecoveryResourceRow, type RecoveryRow } from './repo.ts';
import { isRecoveryRunning, recoveryTransition, type RecoveryEvent } from './state-machine.ts';
import { recoveryTransfers } from './transfer.ts';
import { cutByCancel, recoveryValidation, type ValidationResult } from './validation.ts';

const BATCH = 500;
type Outcome = RecoveryResourcePatch;

// It lives apart so that the transfer can use it without an import cycle; importers of run-recovery keep finding it here.
export { cloudMessage };

/** Every string a configuration holds, at any depth (what remapIds may replace). */
function stringsOf(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, into);
}

/**
 * Replaces every string in a configuration that is the source id or ARN of a recovered resource with the copy's.
 * The plan's isolation (isolation.ts) has already taken out what must not be named, so what is left is either
 * mapped here or kept as the existing resource.
 */
function remapIds(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remapIds(v, ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapIds(v, ids)]));
  return value;
}

/** The resources' problems, then each failed validation check by name with what it found. */
function statusMessage(problems: string, validation: ValidationResult): string {
  const failed = validation.checks.filter((c) => c.status === 'failed');
  const said = failed.length ? `Validation failed: ${failed.map((c) => `${c.name}: ${c.message}`).join('; ')}` : '';
  return [problems, said].filter(Boolean).join('. ');
}

/** The resource counts of a recovery, from its resource rows. */
export async function recoveryCounts(db: Parameters<typeof repo.counts>[0], recoveryId: string) {
  const counts = await repo.counts(db, recoveryId);
  const of = (status: keyof typeof counts) => counts[status] ?? 0;
  return {
    recovered_count: of('recovered') + of('deleted') + of('delete-failed'), mapped_count: of('mapped'),
    failed_count: of('failed'), skipped_count: of('skipped'),
  };
}

/**
 * The recovery job. The plan is written as one row per resource before anything is created; each level of
 * the dependency order is then rebuilt, a few resources at a time, and every outcome recorded. The cloud's
 * recreate is idempotent per (recovery, source resource, region), so a process killed anywhere resumes at
 * the first unrecorded resource and the retried call returns what the first one made: nothing twice. Across
 * accounts, a data resource's snapshot is first carried into the target account (transfer.ts), step by
 * recorded step, with the same guarantee. Once the last level is rebuilt, the recovery is validated (validation.ts) before
 * its outcome is settled; a job resumed during the validation skips the rebuild.
 */
export function recoveryRun(deps: RecoveriesDeps): JobHandler<{ recoveryId: string }> {
  const db = deps.store.db;

  /** Records the outcome: frees the assembly's recovery slot, queues the post-recovery hook and wakes stalled resets, in one commit. */
  const settle = (id: string, event: RecoveryEvent, extra: Pick<RecoveryPatch, 'status_message' | 'validation_status' | 'validated_at'> = {}) =>
    mutateRecovery(deps, id, async (row, trx) => {
      const next = recoveryTransition(row.status, event);
      if (!next) return null;
      const at = deps.now();
      const patch = {
        ...extra, ...(await recoveryCounts(trx, id)), status: next, running_slot: null, finished_at: at,
        // Due resetAfterMinutes after the start, but never before the recovery ended.
        reset_due_at: row.reset_after_minutes ? Math.max(row.created_at + row.reset_after_minutes * 60_000, at) : null,
      };
      await deps.hooks.queuePostHook(trx, row.assembly_id, 'post-recovery', () => recoveryHookPayload(deps, trx, { ...row, ...patch }, true));
      const stalled = await repo.stalledResets(trx, row.assembly_id);
      return { patch, jobs: stalled.map((r) => resetRecoveryJob(r.id)) };
    });

  const validate = recoveryValidation(deps);

  const advance = (id: string, patch: { started_at: number; resource_count: number; rpo_seconds: number | null }) =>
    mutateRecovery(deps, id, (row) => (row.status === 'pending' ? { patch: { ...patch, status: recoveryTransition('pending', { type: 'started' })! } } : null));

  async function existingIn(credentials: CloudCredentials, region: string, services: ReadonlySet<AwsService>, ctx: JobContext): Promise<Set<string>> {
    const ids = new Set<string>();
    for (const service of services) {
      let nextToken: string | undefined;
      do {
        if (ctx.signal.aborted) throw ctx.signal.reason;
        const page = await deps.cloud.discover(credentials, { region, service, nextToken });
        for (const resource of page.resources) ids.add(resource.resourceId);
        nextToken = page.nextToken;
      } while (nextToken);
    }
    return ids;
  }

  /**
   * Lays the plan out as resource rows (a repeat after a crash inserts nothing new): from the protection's skeletons,
   * then a page of steps at a time, each page's configurations read, planned, written and dropped.
   */
  async function prepare(recovery: RecoveryRow, credentials: CloudCredentials, ctx: JobContext): Promise<number> {
    const assembly = await deps.assemblies.get({ accountId: recovery.account_id, projectId: recovery.project_id, id: recovery.assembly_id });
    const { resources, serviceOf } = await capturedLayoutInput(deps.protections, recovery.protection_id);
    const mode = recovery.mode;
    // reuse-existing asks the cloud what exists in the target now (the dry run could only forecast from the last sync).
    const services = new Set(resources.filter((r) => !isDataResource(r.type)).map((r) => serviceOf.get(r.resourceId)!));
    // The zones as the start placed them: read again from the target (the same reading gives the same placement).
    const where = { resources, scope: recovery.scope, sourceRegion: assembly.source_region, targetRegion: recovery.target_region, targetZone: recovery.target_zone ?? undefined };
    const zones = placeZones(where, await readTargetZones(deps.cloud, credentials, where));
    const layout = layOutPlan({
      resources, scope: recovery.scope, mode, filter: recovery.resource_filter, zones,
      sourceRegion: assembly.source_region, targetRegion: recovery.target_region, targetZone: recovery.target_zone ?? undefined,
      isolation: recovery.isolation, configurationOnly: recovery.configuration_only === 1, existingInTarget: mode === 'reuse-existing' ? await existingIn(credentials, recovery.target_region, services, ctx) : undefined,
    });
    for await (const page of planPages(layout, capturedReader(deps.protections, recovery.protection_id))) {
      if (ctx.signal.aborted) throw ctx.signal.reason;
      await repo.insertResources(db, page.map((step) => {
        const mapped = step.action === 'reuse' || step.action === 'use-source';
        return stepRow(recovery.id, step, {
          status: step.action === 'blocked' ? 'failed' : mapped ? 'mapped' : 'pending', recovered_resource_id: mapped ? step.sourceResourceId : null, error: step.blocker,
        });
      }));
    }
    return layout.order.length;
  }

  /**
   * What the dependencies and referenced resources of a batch became (all of them are on lower levels, and settled): asked
   * for the strings the batch's configurations and dependencies hold, instead of a map of every resource below the level
   * (100,000 ids and ARNs). A string that is no resource of the plan finds nothing and stays as it is.
   */
  async function settledFor(recoveryId: string, level: number, batch: readonly RecoveryResourceRow[]) {
    const named = new Set<string>();
    for (const resource of batch) {
      stringsOf(resource.configuration, named);
      for (const dependency of resource.dependencies) named.add(dependency);
    }
    const ids = [...named];
    const recoveredIds = new Map<string, string>();
    const lost = new Set<string>();
    for (const row of await repo.settledOf(db, recoveryId, level, ids, ids.filter((s) => s.startsWith('arn:')))) {
      if (row.recovered_resource_id && (row.status === 'recovered' || row.status === 'mapped')) {
        recoveredIds.set(row.source_resource_id, row.recovered_resource_id);
        // A mapped resource keeps the source's ARN (the source's own, or the target's same-id one).
        if (row.source_arn) recoveredIds.set(row.source_arn, row.recovered_arn ?? row.source_arn);
      } else lost.add(row.source_resource_id);
    }
    return { recoveredIds, lost };
  }

  async function rebuildAll(recovery: RecoveryRow, credentials: CloudCredentials, ctx: JobContext): Promise<'cancelled' | 'done'> {
    const deepest = await repo.maxLevel(db, recovery.id);
    const transfers = await recoveryTransfers(deps, recovery, ctx);
    for (let level = 0; level <= deepest; level++) {
      for (;;) {
        if (await repo.cancelRequested(db, recovery.id)) return 'cancelled';
        if (ctx.signal.aborted) throw ctx.signal.reason;
        const batch = await repo.pendingOfLevel(db, recovery.id, level, BATCH);
        if (batch.length === 0) break;
        const { recoveredIds, lost } = await settledFor(recovery.id, level, batch);
        let cancelled = false;
        let seen: boolean | undefined;
        const outcomes = outcomeBuffer<[string, Outcome]>(deps.parallelism, async (written) => {
          // One statement per shape of outcome, no transaction: a crash between two loses only outcomes whose
          // (idempotent) calls the resumed job makes again, as a crash before the write would. The write returns the
          // cancel flag.
          seen = await repo.setResources(db, recovery.id, written);
        }, async () => {
          // A cancel is seen at the next write, not only between batches (read apart only when the write wrote nothing).
          cancelled = seen ?? await repo.cancelRequested(db, recovery.id);
          seen = undefined;
          // And the event loop gets a turn: on SQLite a batch of 500 instances is seconds of synchronous calls, and the
          // job's lease heartbeat (every 10 s of a 30 s lease) must not wait for all of it.
          await turn();
        });
        try {
          await eachLimited(batch, deps.parallelism, async (resource) => {
            const dependencies = resource.dependencies;
            const lostDependency = dependencies.find((d) => lost.has(d));
            if (lostDependency) {
              await outcomes.add([resource.source_resource_id, { status: 'skipped', error: `its dependency ${lostDependency} was not recovered` }]);
            } else {
              let startedAt: number | null = null;
              try {
                // Cross-account, a data resource is restored from the target account's own copy of its snapshot (or created empty).
                const snapshotId = transfers && resource.action === 'restore' && resource.snapshot_id ? await transfers.carry(resource) : resource.snapshot_id;
                startedAt = deps.now();
                const made = await deps.cloud.recreate(credentials, {
                  region: recovery.target_region, recoveryId: recovery.id, sourceResourceId: resource.source_resource_id, type: resource.type,
                  // An instance's user data is kept sealed; it is opened only for this call.
                  name: resource.name, configuration: openUserData(remapIds(resource.configuration, recoveredIds) as Record<string, unknown>, deps.secrets),
                  tags: resource.tags, dependencies: dependencies.map((d) => recoveredIds.get(d) ?? d),
                  ...(snapshotId ? { snapshotId } : {}),
                });
                await outcomes.add([resource.source_resource_id, {
                  status: 'recovered', recovered_resource_id: made.resourceId, recovered_arn: made.arn, error: null, started_at: startedAt, finished_at: deps.now(),
                }]);
              } catch (error) {
                if (error instanceof CloudCallError && error.retryable) throw error; // the job retries; recreate is idempotent
                await outcomes.add([resource.source_resource_id, { status: 'failed', error: cloudMessage(error), started_at: startedAt, finished_at: startedAt && deps.now() }]);
              }
            }
          }, () => cancelled);
        } finally {
          await outcomes.flush();
        }
        if (cancelled) return 'cancelled';
        // On SQLite every call above was synchronous: a turn lets the lease heartbeat and the API run between batches.
        await turn();
      }
    }
    return 'done';
  }

  return {
    kind: 'recoveries.run',
    async run({ recoveryId }, ctx) {
      let recovery = await repo.findById(db, recoveryId);
      if (!recovery || !isRecoveryRunning(recovery.status)) return; // gone, or a repeat delivery after the outcome
      if (recovery.status === 'pending') {
        if (recovery.cancel_requested) {
          await settle(recoveryId, { type: 'aborted' }, { status_message: 'Cancelled before it started' });
          return;
        }
        const pending = recovery;
        const hook = await deps.hooks.runPreHook(pending.assembly_id, 'pre-recovery', () => recoveryHookPayload(deps, db, pending, false));
        if (!hook.ok) {
          await settle(recoveryId, { type: 'failed' }, { status_message: hook.error });
          return;
        }
        const count = await prepare(recovery, await targetCredentials(deps, recovery), ctx);
        // The recovery point's age when the recovery was asked for: what a real incident would have lost.
        const point = await deps.protections.find(recovery.assembly_id, recovery.protection_id);
        const rpoSeconds = point ? Math.max(0, Math.round((recovery.created_at - point.created_at) / 1000)) : null;
        recovery = await advance(recoveryId, { started_at: deps.now(), resource_count: count, rpo_seconds: rpoSeconds });
      }
      const credentials = await targetCredentials(deps, recovery);
      const outcome = recovery.validation_status === null ? await rebuildAll(recovery, credentials, ctx) : 'done';
      if (outcome === 'cancelled') {
        await repo.skipPending(db, recoveryId, 'Cancelled before it was recovered');
        const counts = await recoveryCounts(db, recoveryId);
        await settle(recoveryId, { type: 'aborted' }, {
          status_message: `Cancelled: ${counts.recovered_count} of ${recovery.resource_count} resources had been recovered (a reset removes them)`,
        });
        return;
      }
      // The status waits for the validation: it stays in-progress with validation running, recorded so a resumed job skips the rebuild.
      recovery = await mutateRecovery(deps, recoveryId, (row) => (row.validation_status === null ? { patch: { validation_status: 'running' } } : null));
      const validation = await validate(recovery, credentials, ctx);
      const counts = await recoveryCounts(db, recoveryId);
      if (validation.cancelled) {
        // As a cancel during the rebuild: aborted, what was made stays for a reset; the checks it cut short say skipped.
        const ran = validation.checks.filter((c) => !cutByCancel(c)).length;
        const failed = validation.checks.filter((c) => c.status === 'failed').map((c) => c.name);
        await settle(recoveryId, { type: 'aborted' }, {
          status_message: `Cancelled during validation: ${ran} of ${validation.checks.length} checks had run${failed.length ? ` (failed: ${failed.join(', ')})` : ''}; `
            + `${counts.recovered_count} of ${recovery.resource_count} resources had been recovered (a reset removes them)`,
          validation_status: validation.status, validated_at: null,
        });
        return;
      }
      const problems = [
        counts.failed_count ? `${counts.failed_count} failed` : '', counts.skipped_count ? `${counts.skipped_count} skipped (a dependency was not recovered)` : '',
      ].filter(Boolean).join(', ');
      const done = await settle(recoveryId, {
        // A failed validation counts as a failure: the outcome is partially-completed, not failed, because what was made
        // exists (a reset must remove it) and the checks say what does not work; failed stays "nothing came back".
        type: 'finished', recovered: counts.recovered_count + counts.mapped_count,
        failed: counts.failed_count + counts.skipped_count + (validation.status === 'failed' ? 1 : 0),
      }, {
        status_message: statusMessage(problems ? `${problems} of ${recovery.resource_count} resources: see each resource's error` : '', validation) || null,
        validation_status: validation.status, validated_at: validation.status === 'passed' ? deps.now() : null,
      });
      ctx.logger.info({ recoveryId, status: done.status, recovered: counts.recovered_count, failed: counts.failed_count }, 'recovery finished');
    },
    async onExhausted({ recoveryId }, error) {
      await repo.skipPending(db, recoveryId, 'The recovery stopped before this resource');
      // A validation cut short proved nothing: it ends failed, not running forever.
      const cutShort = (await repo.findById(db, recoveryId))?.validation_status === 'running';
      await settle(recoveryId, { type: 'failed' }, { status_message: `The recovery gave up: ${cloudMessage(error)}`, ...(cutShort && { validation_status: 'failed' as const }) });
    },
  };
}
