import { randomUUID } from 'node:crypto';
import type { Executor } from '../../platform/db/database.ts';
import { allowCreate, allowList, toProjectId, visibleProjects, type Caller } from './access.ts';
import { locked, visible, type NetworkDeps } from './context.ts';
import { NetworkRefusal } from './errors.ts';
import type { AttachedCounts } from './presenter.ts';
import { networkRepo as repo, type CloudConnectionRow, type Page } from './repo.ts';
import type { NetworkTables } from './tables.ts';
import { checkDistinctKeys, matchesTags, withoutTags, withTags, type ResourceTag } from './tags.ts';

const T = 'cc_cloud_connections';
const P = 'network-cloud-connections';

export interface CloudConnectionView {
  readonly row: CloudConnectionRow;
  readonly counts: AttachedCounts;
}

export interface CreateCloudConnection {
  readonly name: string;
  readonly description?: string;
  readonly enterprise_project_id?: string;
  readonly used_scene?: string;
  readonly tags?: ResourceTag[];
}

export interface ListFilters {
  readonly id?: string[]; readonly name?: string[]; readonly description?: string[]; readonly status?: string[];
  readonly enterprise_project_id?: string[]; readonly used_scene?: string[];
}

/** The `*_number` fields: counted from what is attached, at read time, so no writer can leave them wrong. */
async function countsFor(db: Executor<NetworkTables>, ids: readonly string[]): Promise<Map<string, AttachedCounts>> {
  const [instances, packages, bandwidths] = await Promise.all([
    repo.countBy(db, 'cc_network_instances', 'cloud_connection_id', ids),
    repo.countBy(db, 'cc_bandwidth_packages', 'resource_id', ids),
    repo.countBy(db, 'cc_inter_region_bandwidths', 'cloud_connection_id', ids),
  ]);
  return new Map(ids.map((id) => [id, {
    networkInstances: instances.get(id) ?? 0, bandwidthPackages: packages.get(id) ?? 0, interRegionBandwidths: bandwidths.get(id) ?? 0,
  }]));
}

export type CloudConnectionsService = ReturnType<typeof createCloudConnectionsService>;

export function createCloudConnectionsService(deps: NetworkDeps) {
  const db = deps.store.db;
  const view = async (row: CloudConnectionRow): Promise<CloudConnectionView> => ({ row, counts: (await countsFor(db, [row.id])).get(row.id)! });

  async function retag(caller: Caller, id: string, change: (tags: ResourceTag[]) => ResourceTag[]): Promise<void> {
    await visible(deps, caller, T, id, `${P}:update`);
    await deps.store.transaction(async (trx) => {
      const row = await locked<CloudConnectionRow>(trx, T, caller, id);
      await repo.update(trx, T, row, { tags: JSON.stringify(change(JSON.parse(row.tags))), updated_at: deps.now() });
    });
  }

  return {
    async create(caller: Caller, input: CreateCloudConnection): Promise<CloudConnectionView> {
      const projectId = toProjectId(input.enterprise_project_id ?? '0');
      await allowCreate(deps.tenancy, caller, projectId, `${P}:create`, 'cloud_connection.enterprise_project_id');
      if (input.tags) checkDistinctKeys(input.tags, 'cloud_connection.tags');
      const at = deps.now();
      const row = await repo.insert<CloudConnectionRow>(db, T, {
        id: randomUUID(), account_id: caller.accountId, lb_project_id: projectId, name: input.name, description: input.description ?? '',
        status: 'ACTIVE', admin_state_up: 1, used_scene: 'vpc', tags: JSON.stringify(input.tags ?? []), created_at: at, updated_at: at, version: 1,
      });
      return { row, counts: { networkInstances: 0, bandwidthPackages: 0, interRegionBandwidths: 0 } };
    },

    async list(caller: Caller, filters: ListFilters, paging: { limit: number; marker?: string; reverse?: boolean }): Promise<Page<CloudConnectionView>> {
      await allowList(deps.tenancy, caller, `${P}:read`);
      const page = await repo.page<CloudConnectionRow>(db, T, {
        accountId: caller.accountId, projects: visibleProjects(caller), ...paging,
        filters: { ...filters, enterprise_project_id: undefined, lb_project_id: filters.enterprise_project_id?.map(toProjectId) },
      });
      const counts = await countsFor(db, page.rows.map((r) => r.id));
      return { ...page, rows: page.rows.map((row) => ({ row, counts: counts.get(row.id)! })) };
    },

    get: async (caller: Caller, id: string) => view(await visible<CloudConnectionRow>(deps, caller, T, id, `${P}:read`)),

    /** Seed 004: name and description only; an absent field is kept. */
    async update(caller: Caller, id: string, input: { name?: string; description?: string }, expectedVersion?: number): Promise<CloudConnectionView> {
      await visible(deps, caller, T, id, `${P}:update`);
      const row = await deps.store.transaction(async (trx) => {
        const current = await locked<CloudConnectionRow>(trx, T, caller, id, expectedVersion);
        return repo.update<CloudConnectionRow>(trx, T, current, {
          name: input.name ?? current.name, description: input.description ?? current.description, updated_at: deps.now(),
        });
      });
      return view(row);
    },

    /** Refused while anything is attached: the connection's lock makes the check and the delete one step. */
    async remove(caller: Caller, id: string): Promise<void> {
      await visible(deps, caller, T, id, `${P}:delete`);
      await deps.store.transaction(async (trx) => {
        await locked(trx, T, caller, id);
        const counts = (await countsFor(trx, [id])).get(id)!;
        if (counts.networkInstances || counts.bandwidthPackages || counts.interRegionBandwidths) {
          throw new NetworkRefusal('CONNECTION_IN_USE', `Cloud connection ${id} still has ${counts.networkInstances} network instance(s), `
            + `${counts.bandwidthPackages} bandwidth package(s) and ${counts.interRegionBandwidths} inter-region bandwidth(s)`);
        }
        await repo.remove(trx, T, id);
      });
    },

    async tag(caller: Caller, id: string, tags: ResourceTag[]): Promise<void> {
      checkDistinctKeys(tags, 'tags');
      await retag(caller, id, (current) => withTags(current, tags));
    },
    untag: (caller: Caller, id: string, tags: { key: string; value?: string }[]) => retag(caller, id, (current) => withoutTags(current, tags)),

    /** Connections whose tags match every `{key, values}` (any of the values; any value when none). */
    async filter(caller: Caller, wanted: { key: string; values: string[] }[]): Promise<CloudConnectionView[]> {
      await allowList(deps.tenancy, caller, `${P}:read`);
      const page = await repo.page<CloudConnectionRow>(db, T, { accountId: caller.accountId, projects: visibleProjects(caller), filters: {}, limit: 100_000 });
      const rows = page.rows.filter((r) => matchesTags(JSON.parse(r.tags), wanted));
      const counts = await countsFor(db, rows.map((r) => r.id));
      return rows.map((row) => ({ row, counts: counts.get(row.id)! }));
    },

    /** Every tag key in use on the connections the caller sees, with its values. */
    async tagKeys(caller: Caller): Promise<Array<{ key: string; values: string[] }>> {
      await allowList(deps.tenancy, caller, `${P}:read`);
      const page = await repo.page<CloudConnectionRow>(db, T, { accountId: caller.accountId, projects: visibleProjects(caller), filters: {}, limit: 100_000 });
      const keys = new Map<string, Set<string>>();
      for (const row of page.rows) for (const tag of JSON.parse(row.tags) as ResourceTag[]) keys.set(tag.key, (keys.get(tag.key) ?? new Set()).add(tag.value));
      return [...keys].sort(([a], [b]) => a.localeCompare(b)).map(([key, values]) => ({ key, values: [...values].sort() }));
    },
  };
}
