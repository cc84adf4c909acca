import { discoverRegion } from '../../cloud/discover-all.ts';
import type { DiscoveredResource } from '../../cloud/provider.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import type { AssembliesDeps, AssemblyRef } from './context.ts';
import { normaliseFilter, selectResources, streamSelection, type ResourceFilterInput, type Selection, type SelectionPage, type SelectionSummary } from './filter.ts';
import { assembliesRepo as repo, type AssemblyListQuery, type AssemblyRow } from './repo.ts';
import { evaluateRpo, type RpoEvaluation } from './rpo.ts';

/** An assembly as the API shows it: the row and its RPO now. */
export type AssemblyView = AssemblyRow & { readonly rpo: RpoEvaluation; readonly cloud_connection_name?: string };

export function assemblyReads(deps: AssembliesDeps) {
  const db = deps.store.db;
  async function get(ref: AssemblyRef): Promise<AssemblyRow> {
    const row = await repo.find(db, ref.accountId, ref.projectId, ref.id);
    if (!row) throw new NotFoundError(`Cloud assembly ${ref.id}`);
    return row;
  }

  /** Everything the assembly's connection sees in its source region now, through the cloud (not the inventory), page by page. */
  async function* regionPages(row: AssemblyRow, signal?: AbortSignal): AsyncGenerator<DiscoveredResource[]> {
    const access = await deps.connections.cloudAccess(row.account_id, row.project_id, row.cloud_connection_id);
    yield* discoverRegion(deps.cloud, access.credentials, row.source_region, access.services, signal);
  }

  /** Everything the assembly's connection sees in its source region now, in one array. */
  async function regionResources(row: AssemblyRow, signal?: AbortSignal): Promise<DiscoveredResource[]> {
    const all: DiscoveredResource[] = [];
    for await (const page of regionPages(row, signal)) all.push(...page);
    return all;
  }

  /** The assembly's RPO at the app's clock: its target, else its enabled policy's interval (see evaluateRpo). */
  async function rpoOf(row: AssemblyRow): Promise<RpoEvaluation> {
    const cadence = row.rpo_target_minutes === null ? await deps.policies.protectionInterval(row.id) : undefined;
    return evaluateRpo({
      rpoTargetMinutes: row.rpo_target_minutes, policyIntervalMs: cadence?.intervalMs,
      lastSuccessfulProtectionAt: row.last_successful_protection_at, createdAt: row.created_at, now: deps.now(),
    });
  }
  const withRpo = async <R extends AssemblyRow>(row: R): Promise<R & { rpo: RpoEvaluation }> => ({ ...row, rpo: await rpoOf(row) });

  const select = async (row: AssemblyRow, signal?: AbortSignal): Promise<Selection> => selectResources(await regionResources(row, signal), row.resource_filter);

  return {
    get,
    rpoOf,
    /** The row with its RPO now: what every answer of the API shows. */
    withRpo,
    /** The assemblies and the names of their connections (what lists show). */
    async list(query: Omit<AssemblyListQuery, 'connectionIds'> & { connectionName?: string }, range: ItemRange) {
      const { connectionName, ...rest } = query;
      const connectionIds = connectionName ? await deps.connections.idsNamedLike(query.accountId, query.projectId, connectionName) : undefined;
      const { rows, total } = await repo.list(db, { ...rest, connectionIds }, range);
      const names = await deps.connections.namesOf([...new Set(rows.map((r) => r.cloud_connection_id))]);
      const views = await Promise.all(rows.map((r) => withRpo({ ...r, cloud_connection_name: names.get(r.cloud_connection_id) ?? '' })));
      return { rows: views, total };
    },
    regionResources,
    /** What the assembly's filter selects right now, through the cloud: what a protection takes. */
    select,
    /** The same, in pages, for a protection that writes each page and drops it (filter.ts streamSelection). */
    streamSelection: (row: AssemblyRow, signal?: AbortSignal): AsyncGenerator<SelectionPage, SelectionSummary> =>
      streamSelection(() => regionPages(row, signal), row.resource_filter),
    /** What the filter selects right now, with dependencies that fall outside the selection. */
    async preview(ref: AssemblyRef): Promise<Selection> {
      const row = await get(ref);
      if (row.status === 'deleted') throw new ConflictError('ASSEMBLY_DELETED', `Cloud assembly ${row.id} is deleted: it selects nothing`);
      return select(row);
    },
    /** What another filter would select now, on the assembly's connection and source region: nothing is written. */
    async previewFilter(ref: AssemblyRef, filter: ResourceFilterInput): Promise<Selection> {
      const row = await get(ref);
      if (row.status === 'deleted') throw new ConflictError('ASSEMBLY_DELETED', `Cloud assembly ${row.id} is deleted: it selects nothing`);
      return selectResources(await regionResources(row), normaliseFilter(filter));
    },
  };
}
