import { discoverRegion } from '../../cloud/discover-all.ts';
import type { DiscoveredResource } from '../../cloud/provider.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import type { AssembliesDeps, AssemblyRef } from './context.ts';
import { selectResources, type ResourceFilter, type Selection } from './filter.ts';
import { assembliesRepo as repo, type AssemblyListQuery, type AssemblyRow } from './repo.ts';

export function assemblyReads(deps: AssembliesDeps) {
  const db = deps.store.db;
  async function get(ref: AssemblyRef): Promise<AssemblyRow> {
    const row = await repo.find(db, ref.accountId, ref.projectId, ref.id);
    if (!row) throw new NotFoundError(`Cloud assembly ${ref.id}`);
    return row;
  }

  /** Everything the assembly's connection sees in its source region now, through the cloud (not the inventory). */
  async function regionResources(row: AssemblyRow, signal?: AbortSignal): Promise<DiscoveredResource[]> {
    const access = await deps.connections.cloudAccess(row.account_id, row.project_id, row.cloud_connection_id);
    const all: DiscoveredResource[] = [];
    for await (const page of discoverRegion(deps.cloud, access.credentials, row.source_region, access.services, signal)) all.push(...page);
    return all;
  }

  return {
    get,
    /** The assembly and the name of its connection (what lists show). */
    list: (query: AssemblyListQuery, range: ItemRange) => repo.list(db, query, range),
    regionResources,
    /** What the filter selects right now, with dependencies that fall outside the selection. */
    async preview(ref: AssemblyRef): Promise<Selection> {
      const row = await get(ref);
      if (row.status === 'deleted') throw new ConflictError('ASSEMBLY_DELETED', `Cloud assembly ${row.id} is deleted: it selects nothing`);
      return selectResources(await regionResources(row), JSON.parse(row.resource_filter) as ResourceFilter);
    },
  };
}
