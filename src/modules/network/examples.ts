/**
 * Example values for the API reference, copied from a real run of the /v3 surface (a cloud connection joining the
 * VPCs of two regions through a bound bandwidth package), so every id has the shape the server produces.
 */
export const DOMAIN_ID = '1cc00db2a7db3ed16467b03ee82aab47';
export const CONNECTION_ID = '893833bd-59cc-4a3a-974b-c9ee21dc5e40';
export const PACKAGE_ID = 'd63c15a6-86cc-40c7-80b3-bbfcd2b9eede';
export const REQUEST_ID = 'e3adec12-c05e-4dc3-b5db-4714f6e52da8';
const PROJECT_NORTH = '0b3bc1f1a2d34f0e8c7b6a5d4e3f2a1b';
const PROJECT_EAST = '5e6f7a8b9c0d4e1f2a3b4c5d6e7f8a9b';
const AT = '2026-12-05T03:22:49Z';

export const CLOUD_CONNECTION = {
  id: CONNECTION_ID, name: 'hub-cc', description: 'Joins the VPCs of cn-north-4 and cn-east-3', domain_id: DOMAIN_ID, enterprise_project_id: '0',
  created_at: AT, updated_at: AT, tags: [{ key: 'env', value: 'prod' }], status: 'ACTIVE', admin_state_up: true, used_scene: 'vpc',
  network_instance_number: 2, bandwidth_package_number: 1, inter_region_bandwidth_number: 1,
};

export const NETWORK_INSTANCE = {
  id: 'b8d78e6d-3eed-453f-8b54-22268031a4f4', name: 'vpc-beijing', description: '', domain_id: DOMAIN_ID, status: 'ACTIVE',
  created_at: AT, updated_at: AT, type: 'vpc', cloud_connection_id: CONNECTION_ID, instance_id: '3b4a2f6e-4f8c-4c3e-9d9e-0a1b2c3d4e5f',
  instance_domain_id: DOMAIN_ID, region_id: 'cn-north-4', project_id: PROJECT_NORTH, cidrs: ['10.0.0.0/16'],
};

export const BANDWIDTH_PACKAGE = {
  id: PACKAGE_ID, name: 'bwp-cn', description: '', domain_id: DOMAIN_ID, enterprise_project_id: '0', project_id: PROJECT_NORTH,
  local_area_id: 'Chinese-Mainland', remote_area_id: 'Chinese-Mainland', resource_id: CONNECTION_ID, resource_type: 'cloud_connection',
  bandwidth: 100, status: 'ACTIVE', admin_state_up: true, billing_mode: '3', charge_mode: 'bandwidth', interflow_mode: 'Area', spec_code: '',
  created_at: '2026-12-05T03:22:50Z', updated_at: '2026-12-05T03:22:50Z', tags: [],
};

export const INTER_REGION_BANDWIDTH = {
  id: '944654d4-2712-4ce4-8f1e-e124be9ce680', name: 'cn-north-4-cn-east-3', description: '', domain_id: DOMAIN_ID,
  created_at: '2026-12-05T03:22:50Z', updated_at: '2026-12-05T03:22:51Z', cloud_connection_id: CONNECTION_ID, bandwidth_package_id: PACKAGE_ID, bandwidth: 50,
  inter_regions: [
    { id: 'eec1d771-1fb4-4b0f-b348-7b6c1ed234f8', project_id: PROJECT_NORTH, local_region_id: 'cn-north-4', remote_region_id: 'cn-east-3' },
    { id: 'ee0cbff7-7918-4782-8577-64ee12b373a2', project_id: PROJECT_EAST, local_region_id: 'cn-east-3', remote_region_id: 'cn-north-4' },
  ],
};

/** Request bodies' inner objects, as a user would send them. */
export const REQUESTS = {
  createConnection: { name: 'hub-cc', description: 'Joins the VPCs of cn-north-4 and cn-east-3', enterprise_project_id: '0', used_scene: 'vpc', tags: [{ key: 'env', value: 'prod' }] },
  updateConnection: { name: 'hub cc', description: 'Joins cn-north-4, cn-east-3 and ap-southeast-1' },
  createInstance: {
    type: 'vpc', instance_id: '3b4a2f6e-4f8c-4c3e-9d9e-0a1b2c3d4e5f', project_id: PROJECT_NORTH, region_id: 'cn-north-4',
    cloud_connection_id: CONNECTION_ID, cidrs: ['10.0.0.0/16'], name: 'vpc-beijing',
  },
  updateInstance: { name: 'vpc-beijing', cidrs: ['10.0.0.0/16', '10.3.0.0/24'] },
  createPackage: {
    name: 'bwp-cn', local_area_id: 'Chinese-Mainland', remote_area_id: 'Chinese-Mainland', charge_mode: 'bandwidth', billing_mode: '3',
    bandwidth: 100, project_id: PROJECT_NORTH,
  },
  updatePackage: { bandwidth: 200 },
  bindPackage: { resource_id: CONNECTION_ID, resource_type: 'cloud_connection' },
  createBandwidth: { cloud_connection_id: CONNECTION_ID, bandwidth_package_id: PACKAGE_ID, bandwidth: 20, inter_region_ids: ['cn-north-4', 'cn-east-3'] },
  updateBandwidth: { bandwidth: 50 },
} as const;
