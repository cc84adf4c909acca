import type { Generated } from 'kysely';

/**
 * Columns every network resource shares. `seq` orders lists and backs the `marker` paging (ids are random);
 * `lb_project_id` is the Lifeboat project the resource lives in (`enterprise_project_id` on the wire, "0"
 * for `default`); a resource loaded into a cloud connection inherits the connection's.
 */
interface NetworkResource {
  seq: Generated<number>;
  /** A UUID, as the Cloud Connect API names resources. */
  id: string;
  account_id: number;
  lb_project_id: string;
  /** 1–64 characters. */
  name: string;
  /** At most 255 characters, no `<` or `>`. */
  description: string;
  /** ACTIVE (the only status this build reaches). */
  status: string;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface CcCloudConnectionsTable extends NetworkResource {
  admin_state_up: number;
  /** vpc */
  used_scene: string;
  /** JSON array of {key, value}, at most 20. The `*_number` counts are never stored: they are counted. */
  tags: string;
}

export interface CcNetworkInstancesTable extends NetworkResource {
  cloud_connection_id: string;
  /** vpc | vgw */
  type: string;
  /** The VPC or virtual gateway's own id; loaded at most once per cloud connection. */
  instance_id: string;
  instance_domain_id: string | null;
  /** The region's project id on the cloud (not a Lifeboat project). */
  project_id: string;
  region_id: string;
  /** JSON array of CIDR strings; none overlaps another instance's in the same connection. */
  cidrs: string;
}

export interface CcBandwidthPackagesTable extends NetworkResource {
  local_area_id: string;
  remote_area_id: string;
  /** bandwidth | 95peak_plus */
  charge_mode: string;
  /** "1"–"6", the Cloud Connect billing modes. */
  billing_mode: string;
  /** Mbit/s; never below the sum of the inter-region bandwidths that use the package. */
  bandwidth: number;
  project_id: string;
  interflow_mode: string;
  spec_code: string;
  /** The cloud connection it is bound to, or null. */
  resource_id: string | null;
  resource_type: string | null;
  admin_state_up: number;
  tags: string;
}

export interface CcInterRegionBandwidthsTable extends NetworkResource {
  cloud_connection_id: string;
  bandwidth_package_id: string;
  /** Mbit/s. */
  bandwidth: number;
  /** The two region ids, sorted and joined with a space: unique per cloud connection. */
  region_pair: string;
  /** JSON: [{id, project_id, local_region_id, remote_region_id}] for both directions. */
  inter_regions: string;
}

export interface NetworkTables {
  cc_cloud_connections: CcCloudConnectionsTable;
  cc_network_instances: CcNetworkInstancesTable;
  cc_bandwidth_packages: CcBandwidthPackagesTable;
  cc_inter_region_bandwidths: CcInterRegionBandwidthsTable;
}
