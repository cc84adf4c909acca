import { randomBytes } from 'node:crypto';
import { CloudCallError, DATA_RESOURCE_TYPES, isDataResource, type DataResourceType, type DiscoveredResource } from '../provider.ts';
import { simHex } from './kinds.ts';

/**
 * A resource tagged `lifeboat-sim-fault` = `snapshot,copySnapshot,deleteSnapshot` (any of them) fails
 * those operations with InternalError every time: a demo or a test can break one resource of an estate
 * without an admin call, and the failure survives a reseed, a restart and a retry. `recreate` fails the
 * recreation of a resource whose source carries the tag (recreate reads it from the request's tags);
 * `deleteResource` fails deleting a resource carrying it (a recreated resource keeps its source's tags).
 */
export const SIM_FAULT_TAG = 'lifeboat-sim-fault';

interface DataKind {
  /** The id AWS would give a new snapshot of this kind. */
  snapshotId(resourceId: string): string;
  /** The configuration key holding the resource's size, and its unit in bytes. */
  readonly sizeKey: string;
  readonly sizeUnit: number;
  /** The error AWS answers for a resource, or a snapshot, that is not there. */
  readonly resourceMissing: (resourceId: string) => CloudCallError;
  readonly snapshotMissing: (snapshotId: string) => CloudCallError;
}

const GiB = 2 ** 30;
const hex = (length: number) => randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
const missing = (code: string, message: string) => new CloudCallError('fault', code, `${code}: ${message}`);

// EBS snapshots for volumes, RDS manual snapshots, and backups (DynamoDB on-demand, AWS Backup for S3).
const KINDS: Readonly<Record<DataResourceType, DataKind>> = {
  'ebs:volume': {
    snapshotId: () => `snap-${hex(17)}`,
    sizeKey: 'size',
    sizeUnit: GiB,
    resourceMissing: (id) => missing('InvalidVolume.NotFound', `The volume '${id}' does not exist.`),
    snapshotMissing: (id) => missing('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`),
  },
  'rds:db-instance': {
    snapshotId: (resourceId) => `rds:${resourceId}-${hex(12)}`,
    sizeKey: 'allocatedStorage',
    sizeUnit: GiB,
    resourceMissing: (id) => missing('DBInstanceNotFound', `DBInstance ${id} not found.`),
    snapshotMissing: (id) => missing('DBSnapshotNotFound', `DBSnapshot ${id} not found.`),
  },
  // Aurora, DocumentDB and Neptune: a cluster snapshot (CreateDBClusterSnapshot) holds the cluster's volume.
  'rds:cluster': {
    snapshotId: (resourceId) => `rds:${resourceId}-cluster-${hex(12)}`,
    sizeKey: 'allocatedStorage',
    sizeUnit: GiB,
    resourceMissing: (id) => missing('DBClusterNotFoundFault', `DBCluster ${id} not found.`),
    snapshotMissing: (id) => missing('DBClusterSnapshotNotFoundFault', `DBClusterSnapshot ${id} not found.`),
  },
  'dynamodb:table': {
    snapshotId: () => `backup-${hex(17)}`,
    sizeKey: 'tableSizeBytes',
    sizeUnit: 1,
    resourceMissing: (id) => missing('TableNotFoundException', `Table not found: ${id}`),
    snapshotMissing: (id) => missing('BackupNotFoundException', `Backup not found: ${id}`),
  },
  's3:bucket': {
    snapshotId: () => `backup-${hex(17)}`,
    sizeKey: 'sizeBytes',
    sizeUnit: 1,
    resourceMissing: (id) => missing('NoSuchBucket', `The specified bucket does not exist: ${id}`),
    snapshotMissing: (id) => missing('ResourceNotFoundException', `Recovery point not found: ${id}`),
  },
};

export function dataKind(type: DataResourceType): DataKind {
  return KINDS[type];
}

/**
 * The configured size (volume GiB, allocatedStorage GiB, tableSizeBytes, sizeBytes) when the resource
 * has one, else 1 MiB to 64 GiB derived from its identity, the same on every run.
 */
export function snapshotSize(kind: DataKind, accountId: string, resource: DiscoveredResource): number {
  const configured = resource.configuration[kind.sizeKey];
  if (typeof configured === 'number' && Number.isFinite(configured) && configured > 0) return Math.round(configured * kind.sizeUnit);
  const seed = Number.parseInt(simHex(`${accountId}/${resource.region}/${resource.resourceId}/size`, 8), 16);
  return 2 ** 20 * (1 + (seed % 65_536));
}

/**
 * How many objects a bucket holds: its configured `objectCount` when it has one (a test or a demo sets it), else 1 to
 * 5,000 derived from its identity, the same on every run. A bucket a recovery restored holds its snapshot's count.
 */
export function bucketObjectCount(accountId: string, resource: Pick<DiscoveredResource, 'region' | 'resourceId' | 'configuration'>): number {
  const configured = resource.configuration.objectCount;
  if (typeof configured === 'number' && Number.isSafeInteger(configured) && configured >= 0) return configured;
  return 1 + (Number.parseInt(simHex(`${accountId}/${resource.region}/${resource.resourceId}/objects`, 8), 16) % 5_000);
}

/** Throws the tag fault when the resource's lifeboat-sim-fault tag lists the operation. */
export function throwIfTaggedToFail(resource: Pick<DiscoveredResource, 'resourceId' | 'tags'> | undefined, operation: string): void {
  const listed = resource?.tags[SIM_FAULT_TAG];
  if (listed === undefined || !listed.split(',').some((entry) => entry.trim() === operation)) return;
  throw new CloudCallError(
    'fault',
    'InternalError',
    `InternalError: We encountered an internal error. Please try again. (sim fault tag ${SIM_FAULT_TAG} on ${operation} of ${resource!.resourceId})`,
  );
}

export function invalidParameter(message: string): CloudCallError {
  return new CloudCallError('fault', 'InvalidParameterValue', `InvalidParameterValue: ${message}`);
}

/** The type as a data resource type, or InvalidParameterValue naming the four. */
export function dataType(type: string): DataResourceType {
  if (!isDataResource(type)) throw invalidParameter(`${JSON.stringify(type)} is not a data resource type; snapshots are of ${DATA_RESOURCE_TYPES.join(', ')}`);
  return type;
}

/**
 * CreateDBSnapshot of an Aurora, DocumentDB or Neptune member: RDS refuses it, the data being the cluster's
 * (InvalidParameterValue, "The specified instance is a member of a cluster and a snapshot cannot be created
 * directly. Please use the CreateDBClusterSnapshot API instead.", as boto3 reports it in cloud-custodian#313).
 */
export function clusterMemberSnapshot(resource: Pick<DiscoveredResource, 'type' | 'configuration'>): CloudCallError | undefined {
  const cluster = resource.configuration.dbClusterIdentifier;
  if (resource.type !== 'rds:cluster-instance' && !(resource.type === 'rds:db-instance' && typeof cluster === 'string' && cluster !== '')) return undefined;
  return new CloudCallError(
    'fault',
    'InvalidParameterValue',
    'InvalidParameterValue: The specified instance is a member of a cluster and a snapshot cannot be created directly. Please use the CreateDBClusterSnapshot API instead.',
  );
}
