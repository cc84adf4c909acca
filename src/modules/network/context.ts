import type { Store } from '../../platform/db/database.ts';
import { NotFoundError, PreconditionFailedError } from '../../platform/errors.ts';
import type { Permission } from '../../platform/http/route-config.ts';
import { allow, type Authorizer, type Caller } from './access.ts';
import { networkRepo as repo, type NetworkTable } from './repo.ts';
import type { NetworkTables } from './tables.ts';

export interface NetworkDeps {
  readonly store: Store<NetworkTables>;
  readonly tenancy: Authorizer;
  readonly now: () => number;
}

/** What each table is called in messages. */
export const KIND: Record<NetworkTable, string> = {
  cc_cloud_connections: 'Cloud connection',
  cc_network_instances: 'Network instance',
  cc_bandwidth_packages: 'Bandwidth package',
  cc_inter_region_bandwidths: 'Inter-region bandwidth',
};

/** The row the caller may use with `permission`: 404 when missing or outside its projects, 403 without the permission. */
export async function visible<Row extends { lb_project_id: string }>(
  deps: NetworkDeps, caller: Caller, table: NetworkTable, id: string, permission: Permission,
): Promise<Row> {
  const row = await repo.find<Row>(deps.store.db, table, caller.accountId, id);
  if (!row) throw new NotFoundError(`${KIND[table]} ${id}`);
  await allow(deps.tenancy, caller, row.lb_project_id, permission);
  return row;
}

/** Locks a row the caller already passed `visible` for; gone in between is a 404, a stale If-Match a 412. */
export async function locked<Row extends { version: number }>(
  trx: Parameters<typeof repo.lock>[0], table: NetworkTable, caller: Caller, id: string, expectedVersion?: number,
): Promise<Row> {
  const row = await repo.lock<Row>(trx, table, caller.accountId, id);
  if (!row) throw new NotFoundError(`${KIND[table]} ${id}`);
  if (expectedVersion !== undefined && row.version !== expectedVersion) throw new PreconditionFailedError(row.version);
  return row;
}
