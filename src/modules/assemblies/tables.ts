import type { Generated } from 'kysely';
import type { RpoStatus } from './rpo.ts';
import type { AssemblyStatus } from './state-machine.ts';

export interface CloudAssembliesTable {
  /** int64, assigned by the database. */
  id: Generated<number>;
  account_id: number;
  project_id: string;
  /** 3–50, `^[a-zA-Z][a-zA-Z0-9-]*$`; unique in the project among assemblies that are not deleted. */
  name: string;
  description: string;
  /** `aws` (the only cloud so far). */
  cloud_type: 'aws';
  cloud_connection_id: number;
  source_region: string;
  /** JSON (decoded by the repository into a ResourceFilter): {filterType: manual|vpc|tags, resourceIds?, vpcId?, conditions?: match-all-tags|match-any-tags, tags?}. */
  resource_filter: string;
  allow_cross_region_recovery: number;
  /** JSON array of regions protections are copied to. */
  replica_regions: string;
  /** JSON array (decoded by the repository) of the assembly's validators (validators.ts), run by every recovery. */
  validators: string;
  status: AssemblyStatus;
  status_message: string | null;
  /** The protection running now, if any: one runs at a time per assembly. */
  running_protection_id: string | null;
  last_protection_id: string | null;
  last_protection_status: string | null;
  last_protection_at: number | null;
  /** When the last `success` protection finished (a partial one does not count: its recovery point misses data). */
  last_successful_protection_at: number | null;
  /** Optional targets, 1–525600 minutes. The RPO target is what rpoStatus measures against (else the policy's interval). */
  rto_target_minutes: number | null;
  rpo_target_minutes: number | null;
  /** met | breached | unknown as the periodic evaluation last recorded it (null before its first run): each change fires once. */
  rpo_status: RpoStatus | null;
  /** The VPC the assembly protects, as given on create or update (or the vpc filter's); null when none was given. */
  vpc_id: string | null;
  /** The one VPC the last protection's selection lay in (derived when it was resolved); null when it spans several or none. */
  selected_vpc_id: string | null;
  /** Cloud Rewind's `protectionStrategy`, stored as given (its values are not published): it changes nothing Lifeboat does. */
  protection_strategy: string | null;
  /** JSON (decoded by the repository): Cloud Rewind's `protectionStrategyOptions` as given, `{}` when none. */
  protection_strategy_options: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  version: number;
}

export interface AssemblyTables {
  cloud_assemblies: CloudAssembliesTable;
}
