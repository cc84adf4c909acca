import type { Executor } from '../../platform/db/database.ts';
import { CloudCallError } from '../provider.ts';
import { batchedDependents } from './batches.ts';
import { clusterRefusal } from '../rds-cluster-limits.ts';
import { findResource } from './resources.ts';
import { invalidParameter } from './snapshot-kinds.ts';
import type { SimTables } from './tables.ts';

/**
 * What RDS holds to for Aurora, DocumentDB and Neptune clusters (`rds:cluster`) and their instances
 * (`rds:cluster-instance`), as the strict sim enforces it beside the AWS driver.
 */

type Place = { readonly accountId: string; readonly region: string };

/**
 * A cluster is recreated only from a cluster snapshot (RestoreDBClusterFromSnapshot): a new empty one
 * (CreateDBCluster) needs a master password Lifeboat never holds. The restore names its engine (Engine is
 * required). The restored cluster is `available`.
 */
export function clusterRestore(request: { snapshotId?: string; sourceResourceId: string; configuration: Readonly<Record<string, unknown>> }): Record<string, unknown> {
  if (request.snapshotId === undefined) {
    throw invalidParameter(`DB cluster ${request.sourceResourceId} is recovered from a cluster snapshot only: a new cluster needs a master password Lifeboat does not hold`);
  }
  // A global database's member, Aurora Serverless v1: refused as the AWS driver refuses them (rds-cluster-limits.ts).
  const refused = clusterRefusal(request.sourceResourceId, request.configuration);
  if (refused) throw refused;
  const engine = request.configuration.engine;
  if (typeof engine !== 'string' || engine === '') throw invalidParameter('RestoreDBClusterFromSnapshot needs the Engine of the cluster (configuration.engine)');
  return { status: 'available' };
}

/**
 * An instance is created in its cluster (CreateDBInstance with DBClusterIdentifier), which must exist in the
 * account and region (DBClusterNotFoundFault) and be `available` (InvalidDBClusterStateFault, which passes:
 * retryable, as the AWS driver reports it).
 */
export async function assertClusterReady(executor: Executor<SimTables>, place: Place, configuration: Readonly<Record<string, unknown>>): Promise<void> {
  const clusterId = configuration.dbClusterIdentifier;
  if (typeof clusterId !== 'string' || clusterId === '') throw invalidParameter('a cluster instance needs its DBClusterIdentifier (configuration.dbClusterIdentifier)');
  const cluster = await findResource(executor, { ...place, resourceId: clusterId });
  if (!cluster || cluster.type !== 'rds:cluster') throw new CloudCallError('fault', 'DBClusterNotFoundFault', `DBClusterNotFoundFault: DBCluster ${clusterId} not found.`);
  const status = String(cluster.configuration.status ?? 'available');
  if (status !== 'available') {
    throw new CloudCallError('unavailable', 'InvalidDBClusterStateFault', `InvalidDBClusterStateFault: DB cluster ${clusterId} is ${status}, not available: its instances are created once it is available.`);
  }
}

/** RDS refuses DeleteDBCluster while the cluster still has instances (InvalidDBClusterStateFault: delete them first; retryable). */
export async function assertNoMembers(
  executor: Executor<SimTables>,
  key: Place & { readonly resourceId: string },
  /** Its members, when the caller read them already (with its other reads). */
  read: Promise<string[]> = batchedDependents(executor, key),
): Promise<void> {
  const members = await read;
  if (members.length === 0) return;
  throw new CloudCallError('unavailable', 'InvalidDBClusterStateFault',
    `InvalidDBClusterStateFault: Cluster cannot be deleted, it still contains DB instances in non-deleting state (${members.join(', ')}).`);
}
