import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { ValidationError } from '../../platform/errors.ts';
import { allowList, visibleProjects, type Caller } from './access.ts';
import { locked, visible, type NetworkDeps } from './context.ts';
import { overlaps, parseCidr, type Cidr } from './cidr.ts';
import { NetworkRefusal } from './errors.ts';
import { networkRepo as repo, type CloudConnectionRow, type NetworkInstanceRow, type Page } from './repo.ts';

const T = 'cc_network_instances';
const P = 'network-instances';

export interface CreateNetworkInstance {
  readonly type: 'vpc' | 'vgw';
  readonly instance_id: string;
  readonly instance_domain_id?: string;
  readonly project_id: string;
  readonly region_id: string;
  readonly cloud_connection_id: string;
  readonly cidrs: string[];
  readonly name?: string;
  readonly description?: string;
}

export interface NetworkInstanceFilters {
  readonly id?: string[]; readonly name?: string[]; readonly description?: string[]; readonly status?: string[]; readonly type?: string[];
  readonly cloud_connection_id?: string[]; readonly region_id?: string[]; readonly instance_id?: string[];
}

/** Each CIDR valid, none repeated or overlapping another of the list: a 400 naming the entry. */
function parseCidrs(cidrs: readonly string[], field: string): Cidr[] {
  const parsed: Cidr[] = [];
  for (const [index, text] of cidrs.entries()) {
    const cidr = parseCidr(text);
    if (typeof cidr === 'string') throw new ValidationError({ [`${field}.${index}`]: cidr });
    const clash = parsed.find((p) => overlaps(p, cidr));
    if (clash) throw new ValidationError({ [`${field}.${index}`]: `overlaps ${clash.text} of the same list` });
    parsed.push(cidr);
  }
  return parsed;
}

/** Under the connection's lock: the CIDRs must not overlap another instance of the connection. */
async function checkOverlap(trx: Parameters<typeof repo.page>[0], connectionId: string, cidrs: readonly Cidr[], exceptId?: string): Promise<void> {
  const others = await trx.selectFrom(T).select(['id', 'cidrs']).where('cloud_connection_id', '=', connectionId).execute();
  for (const other of others) {
    if (other.id === exceptId) continue;
    for (const theirs of JSON.parse(other.cidrs) as string[]) {
      const block = parseCidr(theirs) as Cidr;
      const mine = cidrs.find((c) => overlaps(c, block));
      if (mine) throw new NetworkRefusal('CIDR_OVERLAP', `${mine.text} overlaps ${theirs} of network instance ${other.id} in the same cloud connection`);
    }
  }
}

export type NetworkInstancesService = ReturnType<typeof createNetworkInstancesService>;

export function createNetworkInstancesService(deps: NetworkDeps) {
  const db = deps.store.db;
  const loaded = (id: string) => new NetworkRefusal('INSTANCE_LOADED', `Instance ${id} is already loaded into the cloud connection`);

  return {
    /** Loads a VPC or virtual gateway into a cloud connection the caller may update. */
    async create(caller: Caller, input: CreateNetworkInstance): Promise<NetworkInstanceRow> {
      const cidrs = parseCidrs(input.cidrs, 'network_instance.cidrs');
      const connection = await visible<CloudConnectionRow>(deps, caller, 'cc_cloud_connections', input.cloud_connection_id, `${P}:create`);
      const at = deps.now();
      try {
        return await deps.store.transaction(async (trx) => {
          await locked(trx, 'cc_cloud_connections', caller, connection.id);
          const existing = await trx.selectFrom(T).select('id').where('cloud_connection_id', '=', connection.id).where('instance_id', '=', input.instance_id).executeTakeFirst();
          if (existing) throw loaded(input.instance_id);
          await checkOverlap(trx, connection.id, cidrs);
          return repo.insert<NetworkInstanceRow>(trx, T, {
            id: randomUUID(), account_id: caller.accountId, lb_project_id: connection.lb_project_id, name: input.name ?? input.instance_id,
            description: input.description ?? '', status: 'ACTIVE', created_at: at, updated_at: at, version: 1,
            cloud_connection_id: connection.id, type: input.type, instance_id: input.instance_id, instance_domain_id: input.instance_domain_id ?? null,
            project_id: input.project_id, region_id: input.region_id, cidrs: JSON.stringify(input.cidrs),
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw loaded(input.instance_id);
        throw error;
      }
    },

    async list(caller: Caller, filters: NetworkInstanceFilters, paging: { limit: number; marker?: string; reverse?: boolean }): Promise<Page<NetworkInstanceRow>> {
      await allowList(deps.tenancy, caller, `${P}:read`);
      return repo.page<NetworkInstanceRow>(db, T, { accountId: caller.accountId, projects: visibleProjects(caller), filters: { ...filters }, ...paging });
    },

    get: (caller: Caller, id: string) => visible<NetworkInstanceRow>(deps, caller, T, id, `${P}:read`),

    /** Name, description and CIDRs only; new CIDRs are checked against the connection's other instances. */
    async update(caller: Caller, id: string, input: { name?: string; description?: string; cidrs?: string[] }, expectedVersion?: number): Promise<NetworkInstanceRow> {
      const cidrs = input.cidrs ? parseCidrs(input.cidrs, 'network_instance.cidrs') : undefined;
      const row = await visible<NetworkInstanceRow>(deps, caller, T, id, `${P}:update`);
      return deps.store.transaction(async (trx) => {
        await locked(trx, 'cc_cloud_connections', caller, row.cloud_connection_id);
        const current = await locked<NetworkInstanceRow>(trx, T, caller, id, expectedVersion);
        if (cidrs) await checkOverlap(trx, current.cloud_connection_id, cidrs, id);
        return repo.update<NetworkInstanceRow>(trx, T, current, {
          name: input.name ?? current.name, description: input.description ?? current.description,
          cidrs: input.cidrs ? JSON.stringify(input.cidrs) : current.cidrs, updated_at: deps.now(),
        });
      });
    },

    /** Unloads the instance, unless it is its region's last and an inter-region bandwidth still uses the region. */
    async remove(caller: Caller, id: string): Promise<void> {
      const row = await visible<NetworkInstanceRow>(deps, caller, T, id, `${P}:delete`);
      await deps.store.transaction(async (trx) => {
        await locked(trx, 'cc_cloud_connections', caller, row.cloud_connection_id);
        const current = await locked<NetworkInstanceRow>(trx, T, caller, id);
        const sameRegion = await trx.selectFrom(T).select('id').where('cloud_connection_id', '=', current.cloud_connection_id)
          .where('region_id', '=', current.region_id).where('id', '<>', id).executeTakeFirst();
        if (!sameRegion) {
          const users = await trx.selectFrom('cc_inter_region_bandwidths').select(['id', 'region_pair'])
            .where('cloud_connection_id', '=', current.cloud_connection_id).execute();
          const user = users.find((u) => u.region_pair.split(' ').includes(current.region_id));
          if (user) throw new NetworkRefusal('REGION_IN_USE', `Inter-region bandwidth ${user.id} uses region ${current.region_id}; delete it first`);
        }
        await repo.remove(trx, T, id);
      });
    },
  };
}
