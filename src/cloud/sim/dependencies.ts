import type { Executor } from '../../platform/db/database.ts';
import type { SimTables } from './tables.ts';

/** 4 bound columns an edge: 2,000 edges a statement stay inside both databases' parameter limits. */
const EDGE_CHUNK = 2000;
/** Resource ids per `in (…)` list. */
const ID_CHUNK = 1000;

interface ResourceEdges {
  readonly account_id: string;
  readonly region: string;
  readonly resource_id: string;
  /** JSON array of resource ids, as sim_resources keeps it. */
  readonly dependencies: string;
}

/**
 * Keeps sim_dependencies (who uses whom) in step with rows just written to sim_resources. With `replace`
 * the rows' earlier edges go first (an upsert may have changed their dependencies).
 */
export async function writeDependencyEdges(executor: Executor<SimTables>, rows: readonly ResourceEdges[], replace: boolean): Promise<void> {
  if (replace) {
    const groups = new Map<string, string[]>();
    for (const row of rows) {
      const key = `${row.account_id}\u0000${row.region}`;
      groups.set(key, [...(groups.get(key) ?? []), row.resource_id]);
    }
    for (const [key, ids] of groups) {
      const [accountId, region] = key.split('\u0000') as [string, string];
      for (let start = 0; start < ids.length; start += ID_CHUNK) {
        await executor.deleteFrom('sim_dependencies').where('account_id', '=', accountId).where('region', '=', region)
          .where('resource_id', 'in', ids.slice(start, start + ID_CHUNK)).execute();
      }
    }
  }
  const edges = rows.flatMap((row) => [...new Set(JSON.parse(row.dependencies) as string[])]
    .map((dependsOn) => ({ account_id: row.account_id, region: row.region, resource_id: row.resource_id, depends_on: dependsOn })));
  for (let start = 0; start < edges.length; start += EDGE_CHUNK) {
    await executor.insertInto('sim_dependencies').values(edges.slice(start, start + EDGE_CHUNK)).onConflict((oc) => oc.doNothing()).execute();
  }
}

/** A deleted resource no longer uses anything. */
export async function dropDependencyEdges(executor: Executor<SimTables>, key: { accountId: string; region: string; resourceId: string }): Promise<void> {
  await executor.deleteFrom('sim_dependencies').where('account_id', '=', key.accountId).where('region', '=', key.region).where('resource_id', '=', key.resourceId).execute();
}
