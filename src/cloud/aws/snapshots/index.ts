import { DATA_RESOURCE_TYPES, isDataResource, type CloudSnapshot, type CopySnapshotRequest, type DeleteSnapshotRequest, type SnapshotRequest } from '../../provider.ts';
import { faultError } from '../errors.ts';
import type { Session } from '../session.ts';
import { copyTableBackup, deleteTableBackup, snapshotTable } from './dynamodb.ts';
import { copyVolumeSnapshot, deleteVolumeSnapshot, snapshotVolume } from './ebs.ts';
import { copyDatabaseSnapshot, deleteDatabaseSnapshot, RDS_SNAPSHOT_PREFIX, snapshotDatabase } from './rds.ts';
import { copyClusterSnapshot, deleteClusterSnapshot, RDS_CLUSTER_SNAPSHOT_PREFIX, snapshotCluster } from './rds-cluster.ts';
import { copyBucketSnapshot, deleteBucketSnapshot, S3_SNAPSHOT_PREFIX, snapshotBucket } from './s3.ts';

export function notData(type: string): never {
  throw faultError('InvalidParameterValue', `${JSON.stringify(type)} is not a data resource type; snapshots are of ${DATA_RESOURCE_TYPES.join(', ')}`);
}

export function takeSnapshot(session: Session, request: SnapshotRequest): Promise<CloudSnapshot> {
  if (!isDataResource(request.type)) notData(request.type);
  switch (request.type) {
    case 'ebs:volume': return snapshotVolume(session, request);
    case 'rds:db-instance': return snapshotDatabase(session, request);
    case 'rds:cluster': return snapshotCluster(session, request);
    case 'dynamodb:table': return snapshotTable(session, request);
    case 's3:bucket': return snapshotBucket(session, request);
  }
}

export async function copySnapshot(session: Session, request: CopySnapshotRequest): Promise<CloudSnapshot> {
  if (!isDataResource(request.type)) notData(request.type);
  // A same-region copy would share its source's idempotency key (protection, resource, region).
  if (request.targetRegion === request.sourceRegion) throw faultError('InvalidParameterValue', 'targetRegion must differ from sourceRegion');
  switch (request.type) {
    case 'ebs:volume': return copyVolumeSnapshot(session, request);
    case 'rds:db-instance': return copyDatabaseSnapshot(session, request);
    case 'rds:cluster': return copyClusterSnapshot(session, request);
    case 'dynamodb:table': return copyTableBackup();
    case 's3:bucket': return copyBucketSnapshot(session, request);
  }
}

/** The kind of a snapshot is read from its id: each kind's ids have their own shape. */
export function deleteSnapshot(session: Session, request: DeleteSnapshotRequest): Promise<void> {
  const id = request.snapshotId;
  if (id.startsWith('snap-')) return deleteVolumeSnapshot(session, request.region, id);
  if (id.startsWith(`${RDS_SNAPSHOT_PREFIX}-`)) return deleteDatabaseSnapshot(session, request.region, id);
  if (id.startsWith(`${RDS_CLUSTER_SNAPSHOT_PREFIX}-`)) return deleteClusterSnapshot(session, request.region, id);
  if (id.startsWith(`${S3_SNAPSHOT_PREFIX}-`)) return deleteBucketSnapshot(session, request.region, id);
  if (/^arn:aws[a-z-]*:dynamodb:/.test(id)) return deleteTableBackup(session, request.region, id);
  throw faultError('InvalidParameterValue', `${JSON.stringify(id)} is not a snapshot id this driver makes`);
}
