import type { Executor } from '../../platform/db/database.ts';
import { CloudCallError, RECOVERY_ID_TAG, SOURCE_ID_TAG, type DataResourceType, type DiscoveredResource } from '../provider.ts';
import { emptyDatabaseParameters, masterPasswordProblem } from '../rds-empty.ts';
import { awsManagedKey, keyOfArn, mayUseKey } from './keys.ts';
import { simHex } from './kinds.ts';
import { isOffered, unsupportedInZone, zonesOf } from './offerings.ts';
import { quotaLimit, sharedQuotaUsed, vcpusOf, type SimQuotaName } from './quotas.ts';
import { keyNotAccessible } from './recovery-copies.ts';
import { isSharedWith, type SnapshotRow } from './sharing.ts';
import { batchedBucketHolder, batchedLiveSnapshotById, handled, type BucketHolder } from './batches.ts';
import { dataKind, invalidParameter } from './snapshot-kinds.ts';
import type { SimTables } from './tables.ts';

/** What AWS refuses a recreate with before creating anything: the checks recreateResource runs in order. */

type Place = { readonly accountId: string; readonly region: string };

/**
 * The snapshot a data resource is restored from, as the caller's account may use it: its own, or one
 * shared with it (else the type's NotFound: AWS does not tell an unshared snapshot from a missing one),
 * under a key whose policy lets the caller use it. Returns the key the restored resource is encrypted
 * under: the snapshot's when the caller owns that key, else the caller's own AWS-managed key of the type
 * (what EBS and RDS use when a restore names no key); null for an unencrypted snapshot.
 */
export async function restorableSnapshot(
  executor: Executor<SimTables>,
  place: Place,
  request: { snapshotId: string; type: DataResourceType },
  /** The live snapshot with the id, when the caller read it already (with its other reads). */
  read: Promise<SnapshotRow | undefined> = batchedLiveSnapshotById(executor, { snapshotId: request.snapshotId, region: place.region }),
): Promise<{ kmsKeyId: string | null; objectCount: number | null }> {
  const kind = dataKind(request.type);
  const row = await read;
  const snapshot = row && (row.account_id === place.accountId || (await isSharedWith(executor, row.snapshot_id, place.accountId))) ? row : undefined;
  if (!snapshot) throw kind.snapshotMissing(request.snapshotId);
  if (snapshot.type !== request.type) throw invalidParameter(`snapshot ${request.snapshotId} is of a ${snapshot.type}, not a ${request.type}`);
  const objectCount = snapshot.object_count === null ? null : Number(snapshot.object_count);
  if (snapshot.kms_key_id === null) return { kmsKeyId: null, objectCount };
  const key = await keyOfArn(executor, snapshot.kms_key_id);
  if (!mayUseKey(key, place.accountId)) throw keyNotAccessible(request.type, snapshot.kms_key_id);
  if (key.accountId === place.accountId) return { kmsKeyId: key.keyArn, objectCount };
  const defaultAlias = request.type === 'rds:db-instance' || request.type === 'rds:cluster' ? 'alias/aws/rds' : request.type === 'ebs:volume' ? 'alias/aws/ebs' : undefined;
  return { kmsKeyId: defaultAlias ? awsManagedKey(place.accountId, place.region, defaultAlias).keyArn : key.keyArn, objectCount };
}

/** True when the resource is the one this recreate made before (its retry's answer). */
export function madeBy(resource: DiscoveredResource, request: { recoveryId: string; sourceResourceId: string }): boolean {
  return resource.tags[RECOVERY_ID_TAG] === request.recoveryId && resource.tags[SOURCE_ID_TAG] === request.sourceResourceId;
}

/**
 * A resource already at the recreated id that this recovery did not make (`existing`): a name another resource holds.
 * S3 bucket names are global across accounts and regions (BucketAlreadyExists; the caller's own bucket in
 * another region: BucketAlreadyOwnedByYou, as outside us-east-1); RDS identifiers are unique per account
 * and region (DBInstanceAlreadyExists); DynamoDB table names too (ResourceInUseException).
 */
export function assertNameFree(
  place: Place,
  request: { type: string; resourceId: string },
  existing: DiscoveredResource | undefined,
  /** What bucketHolder found. */
  holder: { readonly account_id: string } | undefined,
): void {
  if (existing) throw nameTaken(request.type, request.resourceId, 'own');
  if (holder) throw nameTaken(request.type, request.resourceId, holder.account_id === place.accountId ? 'own' : 'other');
}

/** For an S3 bucket (whose names are global), a bucket of the name in another account or region; undefined for other types. */
export async function bucketHolder(
  executor: Executor<SimTables>,
  place: Place,
  request: { type: string; resourceId: string },
): Promise<BucketHolder | undefined> {
  if (request.type !== 's3:bucket') return undefined;
  return batchedBucketHolder(executor, { ...place, resourceId: request.resourceId });
}

function nameTaken(type: string, name: string, holder: 'own' | 'other'): CloudCallError {
  switch (type) {
    case 's3:bucket':
      return holder === 'other'
        ? new CloudCallError('fault', 'BucketAlreadyExists', 'BucketAlreadyExists: The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.')
        : new CloudCallError('fault', 'BucketAlreadyOwnedByYou', 'BucketAlreadyOwnedByYou: Your previous request to create the named bucket succeeded and you already own it.');
    case 'rds:db-instance':
    case 'rds:cluster-instance':
      return new CloudCallError('fault', 'DBInstanceAlreadyExists', `DBInstanceAlreadyExists: DB instance already exists: ${name}`);
    case 'rds:cluster':
      return new CloudCallError('fault', 'DBClusterAlreadyExistsFault', `DBClusterAlreadyExistsFault: DB cluster already exists: ${name}`);
    case 'dynamodb:table':
      return new CloudCallError('fault', 'ResourceInUseException', `ResourceInUseException: Table already exists: ${name}`);
    default:
      return invalidParameter(`${name} already exists`);
  }
}

/** What a new resource of the type adds to a quota, if it counts against one. */
function quotaNeed(type: string, configuration: Readonly<Record<string, unknown>>): { quota: SimQuotaName; amount: number } | undefined {
  switch (type) {
    case 'ec2:vpc':
      return { quota: 'vpcs', amount: 1 };
    case 'ec2:nat-gateway':
      return configuration.connectivityType === 'private' ? undefined : { quota: 'elastic-ips', amount: 1 };
    case 'ec2:instance':
      return { quota: 'on-demand-vcpus', amount: vcpusOf(configuration.instanceType) };
    case 'rds:db-instance':
    case 'rds:cluster-instance':
      return { quota: 'rds-instances', amount: 1 };
    default:
      return undefined;
  }
}

/** A quota's use, read ahead of the check (with a recreate's other reads). */
export interface QuotaUse {
  readonly quota: SimQuotaName;
  readonly used: Promise<number>;
}

/**
 * Starts reading the use of the quota a new resource of the type would count against (undefined: none), so that
 * assertWithinQuota need not wait for it. The read is shared with the recreates in flight in the same place (quotas.ts).
 */
export function quotaUse(executor: Executor<SimTables>, place: Place, type: string, configuration: Readonly<Record<string, unknown>>): QuotaUse | undefined {
  const need = quotaNeed(type, configuration);
  return need && { quota: need.quota, used: handled(sharedQuotaUsed(executor, place, need.quota)) };
}

/**
 * Refuses a resource that would take the account past a quota in the region, with the code the create
 * call answers: CreateVpc VpcLimitExceeded, AllocateAddress (a NAT gateway's Elastic IP)
 * AddressLimitExceeded, RunInstances VcpuLimitExceeded, CreateDBInstance / RestoreDBInstanceFromDBSnapshot
 * InstanceQuotaExceeded. Not atomic with the insert: two racing creates may both pass at the limit.
 */
export async function assertWithinQuota(
  executor: Executor<SimTables>,
  place: Place,
  type: string,
  configuration: Readonly<Record<string, unknown>>,
  /** What quotaUse read ahead, with the call's other reads. */
  read?: QuotaUse,
): Promise<void> {
  const need = quotaNeed(type, configuration);
  if (!need) return;
  // Recreate has entered its call (enter-call.ts): the cached configuration is current as of the call's log.
  const limit = await quotaLimit(executor, place, need.quota, true);
  const used = read?.quota === need.quota ? await read.used : await sharedQuotaUsed(executor, place, need.quota);
  if (used + need.amount <= limit) return;
  switch (need.quota) {
    case 'vpcs':
      throw new CloudCallError('fault', 'VpcLimitExceeded', 'VpcLimitExceeded: The maximum number of VPCs has been reached.');
    case 'elastic-ips':
      throw new CloudCallError('fault', 'AddressLimitExceeded', 'AddressLimitExceeded: The maximum number of addresses has been reached.');
    case 'on-demand-vcpus':
      throw new CloudCallError(
        'fault',
        'VcpuLimitExceeded',
        `VcpuLimitExceeded: You have requested more vCPU capacity than your current vCPU limit of ${limit} allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.`,
      );
    case 'rds-instances':
      throw new CloudCallError('fault', 'InstanceQuotaExceeded', 'InstanceQuotaExceeded: DB instance quota exceeded');
  }
}

/**
 * A subnet, volume or instance placed in a zone the region does not have (us-east-1e has no us-west-2e): EC2 refuses it
 * with InvalidParameterValue, CreateSubnet naming the zones it can use, CreateVolume and RunInstances "Invalid
 * availability zone". A zone of another region is refused the same way: the recovery places zones before it creates.
 */
export function assertZoneExists(type: string, configuration: Readonly<Record<string, unknown>>, region: string): void {
  if (type !== 'ec2:subnet' && type !== 'ebs:volume' && type !== 'ec2:instance') return;
  const zone = configuration.availabilityZone;
  if (typeof zone !== 'string' || zone === '') return;
  const zones = zonesOf(region);
  if (zones.includes(zone)) return;
  if (type === 'ec2:subnet') {
    throw new CloudCallError('fault', 'InvalidParameterValue',
      `InvalidParameterValue: Value (${zone}) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: ${zones.join(', ')}.`);
  }
  throw new CloudCallError('fault', 'InvalidParameterValue', `InvalidParameterValue: Invalid availability zone: [${zone}]`);
}

/** An instance whose zone (configuration.availabilityZone, in the target region) does not offer its type: RunInstances' Unsupported. */
export function assertOffered(type: string, configuration: Readonly<Record<string, unknown>>, region: string): void {
  if (type !== 'ec2:instance') return;
  const zone = configuration.availabilityZone;
  const instanceType = configuration.instanceType;
  // A zone of another region is the source's, left for the recovery to place; only the target's zones are checked.
  if (typeof zone !== 'string' || typeof instanceType !== 'string' || !zone.startsWith(region)) return;
  if (!isOffered(instanceType, zone)) throw unsupportedInZone(instanceType, zone, region);
}

/**
 * A database recreated empty (no snapshot) is CreateDBInstance with the parameters the AWS driver sends
 * (src/cloud/rds-empty.ts): no password Lifeboat would hold, RDS manages it in Secrets Manager. The sim refuses a
 * create whose parameters neither give a password nor have it managed, as RDS does, and records the secret RDS
 * makes (MasterUserSecret, `rds!db-…`) in the recovered database's configuration.
 */
export function emptyDatabaseCreate(
  configuration: Readonly<Record<string, unknown>>,
  place: Place & { resourceId: string },
  parameters = emptyDatabaseParameters(configuration),
): Record<string, unknown> {
  const problem = masterPasswordProblem(parameters);
  if (problem) throw problem;
  const secretId = `rds!db-${simHex(`rds-secret/${place.accountId}/${place.region}/${place.resourceId}`, 32)}`;
  return {
    masterUsername: parameters.MasterUsername,
    manageMasterUserPassword: true,
    masterUserSecret: { secretArn: `arn:aws:secretsmanager:${place.region}:${place.accountId}:secret:${secretId}`, secretStatus: 'active' },
  };
}
