import type { Static } from '@sinclair/typebox';
import { toEnterpriseProjectId } from './access.ts';
import type { BandwidthPackageRow, CloudConnectionRow, InterRegionBandwidthRow, NetworkInstanceRow } from './repo.ts';
import type { BandwidthPackage, CloudConnection, InterRegionBandwidth, NetworkInstance } from './schemas.ts';

/** Epoch ms → `yyyy-MM-ddTHH:mm:ssZ`, the seed's format (no fraction). */
export const ccTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface AttachedCounts {
  readonly networkInstances: number;
  readonly bandwidthPackages: number;
  readonly interRegionBandwidths: number;
}

export function presentCloudConnection(row: CloudConnectionRow, domainId: string, counts: AttachedCounts): Static<typeof CloudConnection> {
  return {
    id: row.id, name: row.name, description: row.description, domain_id: domainId, enterprise_project_id: toEnterpriseProjectId(row.lb_project_id),
    created_at: ccTime(row.created_at), updated_at: ccTime(row.updated_at), tags: JSON.parse(row.tags), status: 'ACTIVE',
    admin_state_up: row.admin_state_up === 1, used_scene: 'vpc',
    network_instance_number: counts.networkInstances, bandwidth_package_number: counts.bandwidthPackages,
    inter_region_bandwidth_number: counts.interRegionBandwidths,
  };
}

export function presentNetworkInstance(row: NetworkInstanceRow, domainId: string): Static<typeof NetworkInstance> {
  return {
    id: row.id, name: row.name, description: row.description, domain_id: domainId, status: row.status,
    created_at: ccTime(row.created_at), updated_at: ccTime(row.updated_at), type: row.type, cloud_connection_id: row.cloud_connection_id,
    instance_id: row.instance_id, instance_domain_id: row.instance_domain_id ?? domainId, region_id: row.region_id, project_id: row.project_id,
    cidrs: JSON.parse(row.cidrs),
  };
}

export function presentBandwidthPackage(row: BandwidthPackageRow, domainId: string): Static<typeof BandwidthPackage> {
  return {
    id: row.id, name: row.name, description: row.description, domain_id: domainId, enterprise_project_id: toEnterpriseProjectId(row.lb_project_id),
    project_id: row.project_id, local_area_id: row.local_area_id, remote_area_id: row.remote_area_id,
    resource_id: row.resource_id ?? '', resource_type: row.resource_type ?? '', bandwidth: row.bandwidth, status: row.status,
    admin_state_up: row.admin_state_up === 1, billing_mode: row.billing_mode, charge_mode: row.charge_mode, interflow_mode: row.interflow_mode,
    spec_code: row.spec_code, created_at: ccTime(row.created_at), updated_at: ccTime(row.updated_at), tags: JSON.parse(row.tags),
  };
}

export function presentInterRegionBandwidth(row: InterRegionBandwidthRow, domainId: string): Static<typeof InterRegionBandwidth> {
  return {
    id: row.id, name: row.name, description: row.description, domain_id: domainId, created_at: ccTime(row.created_at), updated_at: ccTime(row.updated_at),
    cloud_connection_id: row.cloud_connection_id, bandwidth_package_id: row.bandwidth_package_id, bandwidth: row.bandwidth,
    inter_regions: JSON.parse(row.inter_regions),
  };
}
