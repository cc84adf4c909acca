import { discoverRegion } from '../../cloud/discover-all.ts';
import type { DiscoveredResource } from '../../cloud/provider.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import type { AssembliesDeps, AssemblyRef } from './context.ts';
import { selectResources, type Selection } from './filter.ts';
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

  const select = async (row: AssemblyRow, signal?: AbortSignal): Promise<Selection> => selectResources(await regionResources(row, signal), row.resource_filter);

  return {
    get,
    /** The assemblies and the names of their connections (what lists show). */
    async list(query: Omit<AssemblyListQuery, 'connectionIds'> & { connectionName?: string }, range: ItemRange) {
      const { connectionName, ...rest } = query;
      const connectionIds = connectionName ? await deps.connections.idsNamedLike(query.accountId, query.projectId, connectionName) : undefined;
      const { rows, total } = await repo.list(db, { ...rest, connectionIds }, range);
      const names = await deps.connections.namesOf([...new Set(rows.map((r) => r.cloud_connection_id))]);
      return { rows: rows.map((r) => ({ ...r, cloud_connection_name: names.get(r.cloud_connection_id) ?? '' })), total };
    },
    regionResources,
    /** What the assembly's filter selects right now, through the cloud: what a protection takes. */
    select,
    /** What the filter selects right now, with dependencies that fall outside the selection. */
    async preview(ref: AssemblyRef): Promise<Selection> {
      const row = await get(ref);
      if (row.status === 'deleted') throw new ConflictError('ASSEMBLY_DELETED', `Cloud assembly ${row.id} is deleted: it selects nothing`);
      return select(row);
    },
  };
}
