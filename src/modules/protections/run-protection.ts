import { sealUserData } from '../../platform/user-data.ts';
import { CloudCallError, isDataResource, type CloudCredentials, type DiscoveredResource } from '../../cloud/provider.ts';
import { enqueue, type JobContext, type JobHandler } from '../../platform/jobs/index.ts';
import { eachLimited } from '../../platform/each-limited.ts';
import { outcomeBuffer } from '../../platform/outcome-buffer.ts';
import { mutateProtection, type ProtectionsDeps } from './context.ts';
import { pruneJob } from './prune-protections.ts';
import type { SelectionPage, SelectionSummary } from '../assemblies/filter.ts';
import { protectionsRepo as repo, type ProtectionResourceInsert, type ProtectionResourceRow, type ProtectionRow, type SnapshotPatch } from './repo.ts';
import { isRunning, protectionTransition, type CaptureReason, type ProtectionEvent, type Replicas } from './state-machine.ts';
import type { Executor } from './store-types.ts';
const BATCH = 500;

/** What the protection says of its dependencies: how many were captured as configuration, and how many could not be found. */
function dependencySummary(selection: SelectionSummary): string | null {
  const captured = selection.dependencyCount;
  const missing = new Set(selection.warnings.filter((w) => w.outcome === 'not-found').map((w) => w.missingDependency)).size;
  const parts = [
    captured ? `${captured} ${captured === 1 ? 'dependency' : 'dependencies'} outside the selection captured as configuration (no data snapshot)` : '',
    missing ? `${missing} ${missing === 1 ? 'dependency' : 'dependencies'} not found in the source account and region` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join('; ')}: see GET …/resources` : null;
}

const message = (error: unknown) => (error instanceof CloudCallError ? `${error.cloudCode}: ${error.message}` : (error as Error).message);

/**
 * The protection job. Every step is persisted before the next, so a process killed anywhere resumes where it
 * stopped: the status says which phase, each resource row says whether its snapshot is done, and the cloud's
 * snapshot calls are idempotent per (protection, resource, region), so an interrupted call is never doubled.
 */
export function protectionRun(deps: ProtectionsDeps): JobHandler<{ protectionId: string }> {
  /**
   * Moves the protection on. An outcome frees its assembly in the same commit that records it, so nobody
   * sees a finished protection whose assembly still refuses the next one. (The assembly is not touched for
   * the steps in between: its ETag moves only when a protection starts and when it ends.)
   */
  const advance = (id: string, event: ProtectionEvent, extra: Record<string, unknown> = {}) =>
    mutateProtection(deps, id, async (row, trx) => {
      const next = protectionTransition(row.status, event);
      if (!next) return null;
      if (!isRunning(next)) {
        await showOnAssembly(trx, { ...row, status: next });
        await deps.hooks.queuePostHook(trx, row.assembly_id, 'post-protection', await hookPayload(trx, { ...row, ...extra, status: next } as ProtectionRow));
      }
      return { patch: { status: next, ...extra } };
    });

  /** What a protection webhook receives: the ids and names of the connection, assembly and protection, and the timeline point. */
  async function hookPayload(db: Executor, protection: ProtectionRow) {
    const assembly = await deps.assemblies.hookSubject(db, protection.assembly_id);
    return {
      accountId: protection.account_id, projectId: protection.project_id,
      cloudConnection: assembly?.connection ?? null,
      cloudAssembly: { id: protection.assembly_id, name: assembly?.name ?? null },
      protection: {
        id: protection.id, status: protection.status, statusMessage: protection.status_message, trigger: protection.trigger,
        timestamp: protection.created_at, resourceCount: protection.resource_count, snapshotsCompleted: protection.snapshots_completed,
        snapshotsFailed: protection.snapshots_failed,
      },
    };
  }

  /** Shows the protection on its assembly (while it holds it); an outcome frees the assembly. Only a `success` is a
   * successful protection for the RPO: a partial one misses some resource's data. */
  const showOnAssembly = (db: Executor, protection: Pick<ProtectionRow, 'id' | 'status' | 'assembly_id'>) =>
    deps.assemblies.showProtection(db, protection.assembly_id, {
      id: protection.id, status: protection.status, finished: !isRunning(protection.status), succeeded: protection.status === 'success',
    }, deps.now());

  /** After the outcome is recorded: frees the assembly if a repeat delivery finds it still held, and queues pruning. */
  async function finish(protection: ProtectionRow): Promise<void> {
    await showOnAssembly(deps.store.db, protection);
    if (protection.status === 'success' || protection.status === 'partially-protected' || protection.status === 'failed') {
      await enqueue(deps.store.db, pruneJob(protection.assembly_id));
      deps.wake();
    }
  }

  async function fail(id: string, reason: string): Promise<void> {
    const row = await advance(id, { type: 'failed' }, { status_message: reason, finished_at: deps.now() });
    await finish(row);
  }

  /**
   * Captures the selection: the region is read page by page (filter.ts streamSelection) and each page of selected
   * resources and dependencies written and dropped, so 100,000 resources never sit in memory at once. A preparation
   * killed half-way left some rows: they are deleted and the selection read again from the start, since the region
   * may have changed meanwhile and the counts must be those of the rows.
   */
  async function prepare(protection: ProtectionRow, ctx: JobContext): Promise<ProtectionRow> {
    const assembly = await deps.assemblies.get({ accountId: protection.account_id, projectId: protection.project_id, id: protection.assembly_id });
    await repo.deleteResources(deps.store.db, protection.id);
    const pendingReplicas: Replicas = Object.fromEntries(protection.replica_regions.map((r) => [r, { status: 'pending' }]));
    const captured = (r: DiscoveredResource, reason: CaptureReason): ProtectionResourceInsert => {
      const snapshotted = reason === 'selected' && isDataResource(r.type);
      return {
        protection_id: protection.id, resource_id: r.resourceId, region: r.region, arn: r.arn, type: r.type, service: r.service, name: r.name,
        // An instance's user data is kept sealed (discovery read it live from the cloud).
        configuration: sealUserData(r.configuration, deps.secrets), tags: { ...r.tags }, dependencies: [...r.dependencies], capture_reason: reason,
        is_data: snapshotted ? 1 : 0, snapshot_status: snapshotted ? 'pending' : 'not-applicable', snapshot_id: null,
        snapshot_error: null, replicas: snapshotted ? pendingReplicas : {},
      };
    };
    const pages = deps.assemblies.streamSelection(assembly, ctx.signal);
    let next: IteratorResult<SelectionPage, SelectionSummary>;
    while (!(next = await pages.next()).done) {
      const { reason, resources } = next.value;
      await repo.insertResources(deps.store.db, resources.map((r) => captured(r, reason)));
    }
    const selection = next.value;
    await deps.assemblies.recordSelectionVpc(assembly.id, selection.vpcId);
    if (selection.resourceCount === 0) {
      return advance(protection.id, { type: 'nothing-selected' }, { status_message: 'The resource filter selects nothing', finished_at: deps.now() });
    }
    return advance(protection.id, { type: 'prepared' }, {
      resource_count: selection.resourceCount, data_resource_count: selection.dataResourceCount, dependency_count: selection.dependencyCount,
      status_message: dependencySummary(selection),
    });
  }

  async function snapshotAll(protection: ProtectionRow, credentials: CloudCredentials, ctx: JobContext): Promise<'cancelled' | 'done'> {
    for (;;) {
      const current = await repo.findById(deps.store.db, protection.id);
      if (current?.cancel_requested) return 'cancelled';
      if (ctx.signal.aborted) throw ctx.signal.reason;
      const batch = await repo.pendingSnapshots(deps.store.db, protection.id, BATCH);
      if (batch.length === 0) return 'done';
      // Outcomes are written a few at a time, in one transaction (not one commit each: measured 3× faster and
      // 10× less written on SQLite at 500 a commit); a crash loses at most those, and redoing their calls finds
      // the snapshots already made.
      let cancelled = false;
      let seen: { cancelRequested: boolean } | undefined;
      const outcomes = outcomeBuffer<[string, SnapshotPatch]>(
        deps.snapshotParallelism,
        // One statement per shape of outcome (update-each.ts), no transaction: a crash between two loses only outcomes
        // whose snapshots the resumed job finds already made. The write returns the cancel flag (no read of its own).
        async (written) => {
          seen = await repo.setSnapshots(deps.store.db, protection.id, written);
        },
        async () => {
          // A cancel is seen at the next write, not only between batches.
          const flag = seen ?? { cancelRequested: Boolean((await repo.findById(deps.store.db, protection.id))?.cancel_requested) };
          seen = undefined;
          cancelled = flag.cancelRequested;
        },
      );
      try {
        await eachLimited(batch, deps.snapshotParallelism, async (resource) => {
          try {
            const snapshot = await deps.cloud.snapshot(credentials, { region: resource.region, resourceId: resource.resource_id, type: resource.type, protectionId: protection.id });
            await outcomes.add([resource.resource_id, {
              snapshot_status: 'completed', snapshot_id: snapshot.snapshotId, snapshot_error: null, snapshot_object_count: snapshot.objectCount ?? null,
            }]);
          } catch (error) {
            if (error instanceof CloudCallError && error.retryable) throw error; // the job retries
            // Without a snapshot there is nothing to copy: its replicas are settled as skipped, not left pending.
            const replicas: Replicas = Object.fromEntries(Object.keys(resource.replicas)
              .map((region) => [region, { status: 'skipped', error: 'No snapshot to copy: the snapshot of the resource failed' }]));
            await outcomes.add([resource.resource_id, { snapshot_status: 'failed', snapshot_error: message(error), replicas }]);
          }
        }, () => cancelled);
      } finally {
        await outcomes.flush();
      }
      if (cancelled) return 'cancelled';
    }
  }

  /** After a cancel: snapshots and copies never taken are settled (failed, skipped), so nothing reads as pending. */
  async function settleOutstanding(protectionId: string): Promise<void> {
    const outstanding = await repo.outstanding(deps.store.db, protectionId);
    await deps.store.transaction(async (trx) => {
      for (const resource of outstanding) {
        const replicas: Replicas = { ...resource.replicas };
        for (const [region, replica] of Object.entries(replicas)) {
          if (replica.status === 'pending') replicas[region] = { status: 'skipped', error: 'Cancelled before the copy was made' };
        }
        await repo.setSnapshot(trx, protectionId, resource.resource_id, {
          replicas,
          ...(resource.snapshot_status === 'pending' ? { snapshot_status: 'failed', snapshot_error: 'Cancelled before its snapshot was taken' } : {}),
        });
      }
    });
  }

  /** Copies one resource's snapshot to every replica region not done yet; the new replicas, or undefined. */
  async function copyReplicas(protection: ProtectionRow, resource: ProtectionResourceRow, regions: readonly string[], credentials: CloudCredentials) {
    const replicas: Replicas = { ...resource.replicas };
    let changed = false;
    for (const region of regions) {
      if (replicas[region]?.status === 'completed' || replicas[region]?.status === 'failed') continue;
      try {
        const copy = await deps.cloud.copySnapshot(credentials, {
          snapshotId: resource.snapshot_id!, sourceRegion: resource.region, targetRegion: region,
          resourceId: resource.resource_id, type: resource.type, protectionId: protection.id,
        });
        replicas[region] = { status: 'completed', snapshotId: copy.snapshotId };
      } catch (error) {
        if (error instanceof CloudCallError && error.retryable) throw error;
        replicas[region] = { status: 'failed', error: message(error) };
      }
      changed = true;
    }
    return changed ? replicas : undefined;
  }

  async function copyAll(protection: ProtectionRow, credentials: CloudCredentials, ctx: JobContext): Promise<'cancelled' | 'done'> {
    const regions = protection.replica_regions;
    if (regions.length === 0) return 'done';
    let after = '';
    for (;;) {
      if ((await repo.findById(deps.store.db, protection.id))?.cancel_requested) return 'cancelled';
      if (ctx.signal.aborted) throw ctx.signal.reason;
      const batch = await repo.completedAfter(deps.store.db, protection.id, after, BATCH);
      if (batch.length === 0) return 'done';
      after = batch[batch.length - 1]!.resource_id;
      const updates: Array<[string, Replicas]> = []; // written a batch at a time, as for snapshots
      try {
        await eachLimited(batch, deps.snapshotParallelism, async (resource) => {
          const replicas = await copyReplicas(protection, resource, regions, credentials);
          if (replicas) updates.push([resource.resource_id, replicas]);
        });
      } finally {
        // One statement for the batch (update-each.ts), all or nothing as the transaction of one update each was.
        await repo.setSnapshots(deps.store.db, protection.id, updates.map(([resourceId, replicas]) => [resourceId, { replicas }]));
      }
    }
  }

  return {
    kind: 'protections.run',
    async run({ protectionId }, ctx) {
      let protection = await repo.findById(deps.store.db, protectionId);
      if (!protection) return;
      if (!isRunning(protection.status)) {
        // A repeat delivery after the outcome was recorded (the worker died before freeing the assembly):
        // finish what is left, which frees the assembly only if this protection still holds it.
        await finish(protection);
        return;
      }
      if (protection.status === 'created') {
        const hook = await deps.hooks.runPreHook(protection.assembly_id, 'pre-protection', await hookPayload(deps.store.db, protection));
        if (!hook.ok) {
          await fail(protectionId, hook.error);
          return;
        }
        protection = await advance(protectionId, { type: 'started' }, { started_at: deps.now() });
      }
      if (protection.cancel_requested && (protection.status === 'preparing' || protection.status === 'preparation-completed')) {
        await fail(protectionId, 'Cancelled before any snapshot was taken');
        return;
      }
      if (protection.status === 'preparing') {
        protection = await prepare(protection, ctx);
        if (protection.status === 'skipped') {
          await finish(protection);
          return;
        }
      }
      if (protection.status === 'preparation-completed') protection = await advance(protectionId, { type: 'snapshotting' });
      if (protection.status !== 'in-progress') return; // finished already (a repeat delivery)

      const access = await deps.connections.cloudAccess(protection.account_id, protection.project_id,
        (await deps.assemblies.get({ accountId: protection.account_id, projectId: protection.project_id, id: protection.assembly_id })).cloud_connection_id);
      let outcome = await snapshotAll(protection, access.credentials, ctx);
      if (outcome === 'done') outcome = await copyAll(protection, access.credentials, ctx);
      const counts = await repo.snapshotCounts(deps.store.db, protectionId);
      if (outcome === 'cancelled') {
        await settleOutstanding(protectionId);
        await fail(protectionId, `Cancelled: ${counts.completed} of ${counts.data} snapshots had been taken and are kept until pruned`);
        return;
      }
      // A resource whose replica copy failed is only partly protected: it counts as a failure for the status.
      const replicaFailures = await repo.replicaFailures(deps.store.db, protectionId);
      const problems = [
        counts.failed ? `${counts.failed} of ${counts.data} snapshots failed` : '',
        replicaFailures ? `${replicaFailures} replica copies failed` : '',
      ].filter(Boolean).join('; ');
      const done = await advance(protectionId, {
        type: 'finished', completed: counts.completed, failed: counts.failed + replicaFailures, data: counts.data,
      }, {
        snapshots_completed: counts.completed, snapshots_failed: counts.failed, finished_at: deps.now(),
        status_message: problems ? `${problems}: see each resource's error` : protection.status_message,
      });
      await finish(done);
      ctx.logger.info({ protectionId, status: done.status, snapshots: counts.completed, failed: counts.failed }, 'protection finished');
    },
    async onExhausted({ protectionId }, error) {
      await fail(protectionId, `The protection gave up after retries: ${message(error)}`);
    },
  };
}
