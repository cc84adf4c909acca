import { createBandwidthPackagesService } from './bandwidth-packages.ts';
import { createCloudConnectionsService } from './cloud-connections.ts';
import type { NetworkDeps } from './context.ts';
import { createInterRegionBandwidthsService } from './inter-region-bandwidths.ts';
import { createNetworkInstancesService } from './network-instances.ts';

export type { NetworkDeps } from './context.ts';

/** Network cloud connections (Cloud Connect v3): connections, the instances loaded into them, bandwidth packages
 * and the inter-region bandwidths that split them. */
export function createNetworkService(deps: NetworkDeps) {
  return {
    cloudConnections: createCloudConnectionsService(deps),
    networkInstances: createNetworkInstancesService(deps),
    bandwidthPackages: createBandwidthPackagesService(deps),
    interRegionBandwidths: createInterRegionBandwidthsService(deps),
  };
}

export type NetworkService = ReturnType<typeof createNetworkService>;
