import { randomUUID } from 'node:crypto';
import { allowCreate, allowList, toProjectId, visibleProjects, type Caller } from './access.ts';
import { locked, visible, type NetworkDeps } from './context.ts';
import { NetworkRefusal } from './errors.ts';
import { networkRepo as repo, type BandwidthPackageRow, type CloudConnectionRow, type Page } from './repo.ts';
import { checkDistinctKeys, type ResourceTag } from './tags.ts';

const T = 'cc_bandwidth_packages';
const P = 'bandwidth-packages';

export interface CreateBandwidthPackage {
  readonly name: string;
  readonly description?: string;
  readonly local_area_id: string;
  readonly remote_area_id: string;
  readonly charge_mode: string;
  readonly billing_mode: string;
  readonly bandwidth: number;
  readonly project_id: string;
  readonly interflow_mode?: string;
  readonly spec_code?: string;
  readonly enterprise_project_id?: string;
  readonly resource_id?: string;
  readonly resource_type?: string;
  readonly tags?: ResourceTag[];
}

export interface UpdateBandwidthPackage {
  readonly name?: string;
  readonly description?: string;
  readonly bandwidth?: number;
  readonly billing_mode?: string;
}

export interface BandwidthPackageFilters {
  readonly id?: string[]; readonly name?: string[]; readonly status?: string[]; readonly enterprise_project_id?: string[];
  readonly billing_mode?: string[]; readonly resource_id?: string[];
  /** The cloud connection a package is bound to: its resource_id, so both filters narrow the same column. */
  readonly cloud_connection_id?: string[];
}

/** Both filters, or either; none match when they share no id (an id no row can hold stands for "none"). */
function boundTo(resourceIds: string[] | undefined, connectionIds: string[] | undefined): string[] | undefined {
  if (!resourceIds || !connectionIds) return resourceIds ?? connectionIds;
  const both = resourceIds.filter((id) => connectionIds.includes(id));
  return both.length ? both : [''];
}

/** Mbit/s the package's inter-region bandwidths use; read under the package's lock. */
export async function allocated(trx: Parameters<typeof repo.page>[0], packageId: string, exceptId?: string): Promise<number> {
  let query = trx.selectFrom('cc_inter_region_bandwidths').select((eb) => eb.fn.sum<number | string | null>('bandwidth').as('total'))
    .where('bandwidth_package_id', '=', packageId);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return Number((await query.executeTakeFirstOrThrow()).total ?? 0);
}

const samePair = (a: BandwidthPackageRow, b: { local_area_id: string; remote_area_id: string }) =>
  (a.local_area_id === b.local_area_id && a.remote_area_id === b.remote_area_id) || (a.local_area_id === b.remote_area_id && a.remote_area_id === b.local_area_id);

export type BandwidthPackagesService = ReturnType<typeof createBandwidthPackagesService>;

export function createBandwidthPackagesService(deps: NetworkDeps) {
  const db = deps.store.db;

  /** Under both locks (connection first): bind the package, one package per area pair per connection. */
  async function bind(trx: Parameters<typeof repo.page>[0], caller: Caller, packageId: string, connectionId: string): Promise<BandwidthPackageRow> {
    await locked(trx, 'cc_cloud_connections', caller, connectionId);
    const pkg = await locked<BandwidthPackageRow>(trx, T, caller, packageId);
    if (pkg.resource_id === connectionId) return pkg;
    if (pkg.resource_id) throw new NetworkRefusal('PACKAGE_BOUND_ELSEWHERE', `Bandwidth package ${packageId} is bound to cloud connection ${pkg.resource_id}`);
    const bound = await trx.selectFrom(T).selectAll().where('resource_id', '=', connectionId).execute();
    const clash = bound.find((b) => samePair(b, pkg));
    if (clash) throw new NetworkRefusal('AREA_PAIR_TAKEN', `Cloud connection ${connectionId} already has bandwidth package ${clash.id} between ${pkg.local_area_id} and ${pkg.remote_area_id}`);
    return repo.update<BandwidthPackageRow>(trx, T, pkg, { resource_id: connectionId, resource_type: 'cloud_connection', updated_at: deps.now() });
  }

  return {
    /** Creates a package, bound at once when resource_id names a cloud connection. */
    async create(caller: Caller, input: CreateBandwidthPackage): Promise<BandwidthPackageRow> {
      const projectId = toProjectId(input.enterprise_project_id ?? '0');
      await allowCreate(deps.tenancy, caller, projectId, `${P}:create`, 'bandwidth_package.enterprise_project_id');
      if (input.tags) checkDistinctKeys(input.tags, 'bandwidth_package.tags');
      if (input.resource_id) await visible<CloudConnectionRow>(deps, caller, 'cc_cloud_connections', input.resource_id, `${P}:update`);
      const at = deps.now();
      return deps.store.transaction(async (trx) => {
        const row = await repo.insert<BandwidthPackageRow>(trx, T, {
          id: randomUUID(), account_id: caller.accountId, lb_project_id: projectId, name: input.name, description: input.description ?? '',
          status: 'ACTIVE', created_at: at, updated_at: at, version: 1, local_area_id: input.local_area_id, remote_area_id: input.remote_area_id,
          charge_mode: input.charge_mode, billing_mode: input.billing_mode, bandwidth: input.bandwidth, project_id: input.project_id,
          interflow_mode: input.interflow_mode ?? 'Area', spec_code: input.spec_code ?? '', resource_id: null, resource_type: null,
          admin_state_up: 1, tags: JSON.stringify(input.tags ?? []),
        });
        return input.resource_id ? bind(trx, caller, row.id, input.resource_id) : row;
      });
    },

    async list(caller: Caller, filters: BandwidthPackageFilters, paging: { limit: number; marker?: string; reverse?: boolean }): Promise<Page<BandwidthPackageRow>> {
      await allowList(deps.tenancy, caller, `${P}:read`);
      return repo.page<BandwidthPackageRow>(db, T, {
        accountId: caller.accountId, projects: visibleProjects(caller), ...paging,
        filters: {
          ...filters, enterprise_project_id: undefined, lb_project_id: filters.enterprise_project_id?.map(toProjectId),
          cloud_connection_id: undefined, resource_id: boundTo(filters.resource_id, filters.cloud_connection_id),
        },
      });
    },

    get: (caller: Caller, id: string) => visible<BandwidthPackageRow>(deps, caller, T, id, `${P}:read`),

    /** The bandwidth may not drop below what its inter-region bandwidths use (checked under the package's lock). */
    async update(caller: Caller, id: string, input: UpdateBandwidthPackage, expectedVersion?: number): Promise<BandwidthPackageRow> {
      await visible(deps, caller, T, id, `${P}:update`);
      return deps.store.transaction(async (trx) => {
        const current = await locked<BandwidthPackageRow>(trx, T, caller, id, expectedVersion);
        if (input.bandwidth !== undefined) {
          const used = await allocated(trx, id);
          if (input.bandwidth < used) throw new NetworkRefusal('BANDWIDTH_BELOW_ALLOCATED', `Inter-region bandwidths use ${used} Mbit/s of the package; the bandwidth cannot be ${input.bandwidth}`);
        }
        return repo.update<BandwidthPackageRow>(trx, T, current, {
          name: input.name ?? current.name, description: input.description ?? current.description,
          bandwidth: input.bandwidth ?? current.bandwidth, billing_mode: input.billing_mode ?? current.billing_mode, updated_at: deps.now(),
        });
      });
    },

    async remove(caller: Caller, id: string): Promise<void> {
      await visible(deps, caller, T, id, `${P}:delete`);
      await deps.store.transaction(async (trx) => {
        const current = await locked<BandwidthPackageRow>(trx, T, caller, id);
        if (current.resource_id) throw new NetworkRefusal('PACKAGE_BOUND', `Bandwidth package ${id} is bound to cloud connection ${current.resource_id}; disassociate it first`);
        await repo.remove(trx, T, id);
      });
    },

    /** Binds the package to a cloud connection the caller may see (idempotent for the same one). */
    async associate(caller: Caller, id: string, connectionId: string): Promise<BandwidthPackageRow> {
      await visible(deps, caller, T, id, `${P}:update`);
      await visible(deps, caller, 'cc_cloud_connections', connectionId, 'network-cloud-connections:read');
      return deps.store.transaction((trx) => bind(trx, caller, id, connectionId));
    },

    /** Unbinds it from that connection, unless inter-region bandwidths still use it. */
    async disassociate(caller: Caller, id: string, connectionId: string): Promise<BandwidthPackageRow> {
      await visible(deps, caller, T, id, `${P}:update`);
      return deps.store.transaction(async (trx) => {
        await locked(trx, 'cc_cloud_connections', caller, connectionId).catch(() => undefined);
        const pkg = await locked<BandwidthPackageRow>(trx, T, caller, id);
        if (pkg.resource_id !== connectionId) throw new NetworkRefusal('PACKAGE_NOT_BOUND', `Bandwidth package ${id} is not bound to cloud connection ${connectionId}`);
        const users = await trx.selectFrom('cc_inter_region_bandwidths').select('id').where('bandwidth_package_id', '=', id).execute();
        if (users.length) throw new NetworkRefusal('PACKAGE_IN_USE', `Inter-region bandwidths ${users.map((u) => u.id).join(', ')} use the package; delete them first`);
        return repo.update<BandwidthPackageRow>(trx, T, pkg, { resource_id: null, resource_type: null, updated_at: deps.now() });
      });
    },
  };
}
