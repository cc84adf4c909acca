import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { ValidationError } from '../../platform/errors.ts';
import { allowList, toProjectId, visibleProjects, type Caller } from './access.ts';
import { allocated } from './bandwidth-packages.ts';
import { locked, visible, type NetworkDeps } from './context.ts';
import { NetworkRefusal } from './errors.ts';
import { networkRepo as repo, type BandwidthPackageRow, type CloudConnectionRow, type InterRegionBandwidthRow, type Page } from './repo.ts';

const T = 'cc_inter_region_bandwidths';
const P = 'inter-region-bandwidths';

export interface CreateInterRegionBandwidth {
  readonly cloud_connection_id: string;
  readonly bandwidth_package_id: string;
  readonly bandwidth: number;
  readonly inter_region_ids: string[];
  readonly name?: string;
  readonly description?: string;
}

export interface InterRegionBandwidthFilters {
  readonly id?: string[]; readonly cloud_connection_id?: string[]; readonly bandwidth_package_id?: string[];
  readonly enterprise_project_id?: string[];
}

const exceeded = (packageId: string, total: number, used: number, wanted: number) => new NetworkRefusal('BANDWIDTH_EXCEEDED',
  `Bandwidth package ${packageId} has ${total} Mbit/s and ${used} are in use; ${wanted} more do not fit`);

export type InterRegionBandwidthsService = ReturnType<typeof createInterRegionBandwidthsService>;

export function createInterRegionBandwidthsService(deps: NetworkDeps) {
  const db = deps.store.db;
  const taken = (pair: string) => new NetworkRefusal('REGION_PAIR_TAKEN', `Regions ${pair.replace(' ', ' and ')} already have an inter-region bandwidth in the cloud connection`);

  return {
    /**
     * Splits part of a bound package between two regions that have network instances in the connection.
     * The connection then the package are locked, so two writers sum the package's use one after the other
     * and the sum never passes the package's bandwidth.
     */
    async create(caller: Caller, input: CreateInterRegionBandwidth): Promise<InterRegionBandwidthRow> {
      const [a, b] = input.inter_region_ids as [string, string];
      if (a === b) throw new ValidationError({ 'inter_region_bandwidth.inter_region_ids': 'must name two different regions' });
      const connection = await visible<CloudConnectionRow>(deps, caller, 'cc_cloud_connections', input.cloud_connection_id, `${P}:create`);
      await visible(deps, caller, 'cc_bandwidth_packages', input.bandwidth_package_id, 'bandwidth-packages:read');
      const pair = [a, b].sort().join(' ');
      const at = deps.now();
      try {
        return await deps.store.transaction(async (trx) => {
          await locked(trx, 'cc_cloud_connections', caller, connection.id);
          const pkg = await locked<BandwidthPackageRow>(trx, 'cc_bandwidth_packages', caller, input.bandwidth_package_id);
          if (pkg.resource_id !== connection.id) {
            throw new NetworkRefusal('PACKAGE_NOT_ON_CONNECTION', `Bandwidth package ${pkg.id} is not bound to cloud connection ${connection.id}`);
          }
          const instances = await trx.selectFrom('cc_network_instances').select(['region_id', 'project_id'])
            .where('cloud_connection_id', '=', connection.id).where('region_id', 'in', [a, b]).execute();
          const projectOf = new Map(instances.map((i) => [i.region_id, i.project_id]));
          for (const region of [a, b]) {
            if (!projectOf.has(region)) throw new NetworkRefusal('REGION_NOT_LOADED', `Region ${region} has no network instance in cloud connection ${connection.id}`);
          }
          if (await trx.selectFrom(T).select('id').where('cloud_connection_id', '=', connection.id).where('region_pair', '=', pair).executeTakeFirst()) throw taken(pair);
          const used = await allocated(trx, pkg.id);
          if (used + input.bandwidth > pkg.bandwidth) throw exceeded(pkg.id, pkg.bandwidth, used, input.bandwidth);
          const id = randomUUID();
          const interRegions = [
            { id: randomUUID(), project_id: projectOf.get(a)!, local_region_id: a, remote_region_id: b },
            { id: randomUUID(), project_id: projectOf.get(b)!, local_region_id: b, remote_region_id: a },
          ];
          return repo.insert<InterRegionBandwidthRow>(trx, T, {
            id, account_id: caller.accountId, lb_project_id: connection.lb_project_id, name: input.name ?? `${a}-${b}`,
            description: input.description ?? '', status: 'ACTIVE', created_at: at, updated_at: at, version: 1,
            cloud_connection_id: connection.id, bandwidth_package_id: pkg.id, bandwidth: input.bandwidth, region_pair: pair,
            inter_regions: JSON.stringify(interRegions),
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw taken(pair);
        throw error;
      }
    },

    async list(caller: Caller, filters: InterRegionBandwidthFilters, paging: { limit: number; marker?: string; reverse?: boolean }): Promise<Page<InterRegionBandwidthRow>> {
      await allowList(deps.tenancy, caller, `${P}:read`);
      return repo.page<InterRegionBandwidthRow>(db, T, {
        accountId: caller.accountId, projects: visibleProjects(caller), ...paging,
        filters: { ...filters, enterprise_project_id: undefined, lb_project_id: filters.enterprise_project_id?.map(toProjectId) },
      });
    },

    get: (caller: Caller, id: string) => visible<InterRegionBandwidthRow>(deps, caller, T, id, `${P}:read`),

    /** A new bandwidth, within what the package has left (under the package's lock). */
    async update(caller: Caller, id: string, input: { bandwidth?: number; name?: string; description?: string }, expectedVersion?: number): Promise<InterRegionBandwidthRow> {
      const row = await visible<InterRegionBandwidthRow>(deps, caller, T, id, `${P}:update`);
      return deps.store.transaction(async (trx) => {
        const pkg = await locked<BandwidthPackageRow>(trx, 'cc_bandwidth_packages', caller, row.bandwidth_package_id);
        const current = await locked<InterRegionBandwidthRow>(trx, T, caller, id, expectedVersion);
        if (input.bandwidth !== undefined) {
          const used = await allocated(trx, pkg.id, id);
          if (used + input.bandwidth > pkg.bandwidth) throw exceeded(pkg.id, pkg.bandwidth, used, input.bandwidth);
        }
        return repo.update<InterRegionBandwidthRow>(trx, T, current, {
          bandwidth: input.bandwidth ?? current.bandwidth, name: input.name ?? current.name,
          description: input.description ?? current.description, updated_at: deps.now(),
        });
      });
    },

    async remove(caller: Caller, id: string): Promise<void> {
      await visible(deps, caller, T, id, `${P}:delete`);
      await repo.remove(db, T, id);
    },
  };
}
