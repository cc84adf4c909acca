import { sealUserData } from '../../platform/user-data.ts';
import { CloudCallError, type AwsService } from '../../cloud/provider.ts';
import { ConflictError } from '../../platform/errors.ts';
import type { JobHandler, JobSpec } from '../../platform/jobs/index.ts';
import { mutateConnection, parseList, type ConnectionRef, type ConnectionsDeps } from './context.ts';
import { credentialsOf } from './credentials.ts';
import { createPacer } from '../../platform/pace.ts';
import { connectionsRepo as repo } from './repo.ts';
import { isDeleting, type ConnectionStatus } from './state-machine.ts';

interface SyncPayload {
  readonly connectionId: number;
  /** The sync generation this job fills; inventory rows it writes carry it. */
  readonly generation: number;
}

/** The checkpoint: the region/service pairs read in full, and where the pair under way stopped. */
interface SyncProgress {
  readonly done: string[];
  readonly cursor: { readonly pair: string; readonly nextToken: string } | null;
}

/**
 * The key names the generation, not just the connection. One sync at a time is the connection's own rule
 * (requestSync starts a generation only when sync_status is neither queued nor running, in the same
 * transaction). A key per connection also held a sync's job key from the moment its handler reported idle
 * until its worker recorded the success, and a sync requested in that moment was dropped by the key: the
 * connection stayed `queued` for good (seen when successes were recorded in batches; issue 19).
 */
export function syncJob(connectionId: number, generation: number): JobSpec {
  return { kind: 'connections.sync', payload: { connectionId, generation }, key: `connection-sync:${connectionId}:${generation}`, maxAttempts: 6 };
}

/**
 * Sync: discovery of every region × service of the connection into the inventory. Each page is upserted,
 * then the position is checkpointed, so a worker killed mid-sync leaves a job that another worker resumes
 * where it stopped; a pair read in full drops what that pair no longer has. lastSync is set at the end.
 */
export function connectionSync(deps: ConnectionsDeps) {
  const syncHandler: JobHandler<SyncPayload> = {
    kind: 'connections.sync',
    async run({ connectionId, generation }, ctx) {
      const row = await repo.findById(deps.store.db, connectionId);
      if (!row || row.sync_generation !== generation || isDeleting(row.status as ConnectionStatus)) return;
      if (row.status !== 'enabled') {
        await finish(connectionId, generation, 'failed', `The connection is ${row.status}; enable it to sync`);
        return;
      }
      await mutateConnection(deps, { id: connectionId }, (current) =>
        current.sync_generation === generation && current.sync_status !== 'running' ? { patch: { sync_status: 'running', sync_message: null } } : null);
      const credentials = credentialsOf(row, deps.secrets);
      const regions = parseList(row.operational_regions);
      const services = parseList(row.services) as AwsService[];
      const progress: SyncProgress = (ctx.progress as SyncProgress | null) ?? { done: [], cursor: null };
      const done = [...progress.done];
      const pace = createPacer();
      try {
        for (const region of regions) {
          for (const service of services) {
            const pair = `${region}/${service}`;
            if (done.includes(pair)) continue;
            let nextToken = progress.cursor?.pair === pair ? progress.cursor.nextToken : undefined;
            do {
              if (ctx.signal.aborted) throw ctx.signal.reason;
              await pace();
              const page = await deps.cloud.discover(credentials, { region, service, nextToken });
              const at = deps.now();
              await repo.upsertInventory(deps.store.db, page.resources.map((r) => ({
                connection_id: connectionId, region, resource_id: r.resourceId, arn: r.arn, type: r.type, service, name: r.name,
                configuration: JSON.stringify(sealUserData(r.configuration, deps.secrets)), tags: JSON.stringify(r.tags), dependencies: JSON.stringify(r.dependencies),
                generation, discovered_at: at,
              })));
              nextToken = page.nextToken;
              if (nextToken) await ctx.checkpoint({ done, cursor: { pair, nextToken } } satisfies SyncProgress);
            } while (nextToken);
            await repo.deleteStaleInventory(deps.store.db, connectionId, region, service, generation);
            done.push(pair);
            await ctx.checkpoint({ done, cursor: null } satisfies SyncProgress);
          }
        }
      } catch (error) {
        if (error instanceof CloudCallError && !error.retryable) {
          // Bad credentials or a refusal will not pass with retries: the sync fails now, and says why.
          await finish(connectionId, generation, 'failed', `${error.cloudCode}: ${error.message}`,
            error.reason === 'authentication' ? { connectivity_status: 'authentication-failed', connectivity_message: `${error.cloudCode}: ${error.message}` } : {});
          return;
        }
        throw error;
      }
      await repo.deleteInventoryOutside(deps.store.db, connectionId, regions, services);
      await finish(connectionId, generation, 'idle', null, { last_sync: deps.now() });
      ctx.logger.info({ connectionId, pairs: done.length }, 'sync completed');
    },
    async onExhausted({ connectionId, generation }, error) {
      await finish(connectionId, generation, 'failed', `Sync gave up after retries: ${error.message}`);
    },
  };

  async function finish(connectionId: number, generation: number, syncStatus: 'idle' | 'failed', message: string | null, extra: Record<string, unknown> = {}) {
    await mutateConnection(deps, { id: connectionId }, (row) =>
      row.sync_generation === generation ? { patch: { sync_status: syncStatus, sync_message: message, ...extra } } : null);
  }

  return {
    handlers: [syncHandler] as JobHandler<any>[],

    /** POST …/sync (202). A sync already queued or running is not started twice: the caller sees it. */
    requestSync(ref: ConnectionRef) {
      return mutateConnection(deps, ref, (row) => {
        if (row.status !== 'enabled') throw new ConflictError('CONNECTION_NOT_ENABLED', `Cloud connection ${row.id} is ${row.status}; only an enabled connection syncs`);
        if (row.sync_status === 'queued' || row.sync_status === 'running') return null;
        const generation = row.sync_generation + 1;
        return { patch: { sync_status: 'queued', sync_message: null, sync_generation: generation }, jobs: [syncJob(row.id, generation)] };
      });
    },
  };
}
