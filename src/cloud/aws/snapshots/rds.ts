import type { DBSnapshot } from '@aws-sdk/client-rds';
import type { CloudSnapshot, CopySnapshotRequest, SnapshotRequest } from '../../provider.ts';
import { awsCode, faultError, isNotFound } from '../errors.ts';
import { arnPrefix, samePartition } from '../partition.ts';
import { copyKeyFor } from '../kms.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { GiB, keyedName, protectionTags } from './keys.ts';
import { commandsOf, type RDSClient } from '../clients.ts';

const { CopyDBSnapshotCommand, CreateDBSnapshotCommand, DeleteDBSnapshotCommand, DescribeDBInstancesCommand, DescribeDBSnapshotsCommand, DescribeOptionGroupsCommand } = commandsOf('rds');

/** RDS manual snapshot identifiers Lifeboat makes: `lifeboat-rds-` and a digest of the idempotency key. */
export const RDS_SNAPSHOT_PREFIX = 'lifeboat-rds';

export async function describe(rds: RDSClient, identifier: string): Promise<DBSnapshot | undefined> {
  try {
    const answer = await rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: identifier }));
    return answer.DBSnapshots?.[0];
  } catch (error) {
    if (awsCode(error) === 'DBSnapshotNotFound' || awsCode(error) === 'DBSnapshotNotFoundFault') return undefined;
    throw error;
  }
}

export async function available(session: Session, rds: RDSClient, identifier: string): Promise<DBSnapshot> {
  return waitFor(`RDS snapshot ${identifier}`, async () => {
    const snapshot = await describe(rds, identifier);
    if (snapshot?.Status === 'failed') throw faultError('SnapshotFailed', `RDS snapshot ${identifier} failed`);
    return snapshot?.Status === 'available' ? snapshot : undefined;
  }, session.settings);
}

export function toCloud(snapshot: DBSnapshot, region: string, resourceId: string, protectionId: string): CloudSnapshot {
  return {
    snapshotId: snapshot.DBSnapshotIdentifier!, region, resourceId, type: 'rds:db-instance', protectionId,
    sizeBytes: (snapshot.AllocatedStorage ?? 0) * GiB, createdAt: (snapshot.SnapshotCreateTime ?? snapshot.OriginalSnapshotCreateTime)?.getTime() ?? Date.now(),
  };
}

/** Creating under a name derived from the key is the look-up: a retry finds it, or AWS says it exists already. */
export async function createOnce(rds: RDSClient, identifier: string, create: () => Promise<unknown>): Promise<void> {
  if (await describe(rds, identifier)) return;
  try {
    await create();
  } catch (error) {
    if (!/AlreadyExists/.test(awsCode(error))) throw error;
  }
}

/** RDS refuses CreateDBSnapshot for an Aurora, DocumentDB or Neptune member: its data is the cluster's (CreateDBClusterSnapshot). */
async function refuseClusterMember(rds: RDSClient, identifier: string): Promise<void> {
  const [db] = (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: identifier }))).DBInstances ?? [];
  if (db?.DBClusterIdentifier) {
    throw faultError('InvalidParameterValue', `${identifier} (${db.Engine ?? 'engine unknown'}) is a member of cluster ${db.DBClusterIdentifier}: RDS snapshots cluster members only as their cluster (CreateDBClusterSnapshot). Discover the connection again: the instance is an rds:cluster-instance, and the rds:cluster ${db.DBClusterIdentifier} is what a protection snapshots`);
  }
}

export async function snapshotDatabase(session: Session, request: SnapshotRequest): Promise<CloudSnapshot> {
  const rds = session.client('rds', request.region);
  const identifier = keyedName(RDS_SNAPSHOT_PREFIX, request.protectionId, request.resourceId, request.region);
  await createOnce(rds, identifier, async () => {
    await refuseClusterMember(rds, request.resourceId);
    return rds.send(new CreateDBSnapshotCommand({
      DBSnapshotIdentifier: identifier, DBInstanceIdentifier: request.resourceId, Tags: protectionTags(request.protectionId, request.resourceId),
    }));
  });
  return toCloud(await available(session, rds, identifier), request.region, request.resourceId, request.protectionId);
}

export async function copyDatabaseSnapshot(session: Session, request: CopySnapshotRequest): Promise<CloudSnapshot> {
  const rds = session.client('rds', request.targetRegion);
  const identifier = keyedName(RDS_SNAPSHOT_PREFIX, request.protectionId, request.resourceId, request.targetRegion);
  samePartition(request.sourceRegion, request.targetRegion);
  const sourceArn = `${arnPrefix(request.sourceRegion)}:rds:${request.sourceRegion}:${await session.accountId()}:snapshot:${request.snapshotId}`;
  // The source named by an ARN of another region: the SDK's RDS middleware presigns the cross-region request.
  await createOnce(rds, identifier, async () => {
    const source = await describe(session.client('rds', request.sourceRegion), request.snapshotId);
    if (!source) throw faultError('DBSnapshotNotFound', `RDS snapshot ${request.snapshotId} not found in ${request.sourceRegion}`);
    return rds.send(new CopyDBSnapshotCommand({
      SourceDBSnapshotIdentifier: sourceArn, TargetDBSnapshotIdentifier: identifier, Tags: protectionTags(request.protectionId, request.resourceId),
      // KMS keys are regional: an encrypted snapshot copied to another region needs a key there (CopyDBSnapshot's KmsKeyId):
      // RDS's AWS-managed key for one under it; for a customer-managed key, its multi-Region replica or Lifeboat's key (kms.ts copyKeyFor).
      ...(source.Encrypted ? { KmsKeyId: await rdsCopyKey(session, request, source.KmsKeyId) } : {}),
      // A non-default option group must be named for a cross-region copy; it must exist in the target.
      ...(await targetOptionGroup(rds, request.targetRegion, source.OptionGroupName)),
    }));
  });
  return toCloud(await available(session, rds, identifier), request.targetRegion, request.resourceId, request.protectionId);
}

/** The alias of RDS's AWS-managed KMS key, present in every region of an account that uses RDS encryption. */
const RDS_MANAGED_KEY = 'alias/aws/rds';

/**
 * The key of the destination region an encrypted RDS snapshot (a DB or a cluster snapshot) is copied under: RDS's own key
 * for one under it; for a customer-managed key, its multi-Region replica or Lifeboat's key (kms.ts copyKeyFor).
 */
export async function rdsCopyKey(session: Session, request: CopySnapshotRequest, sourceKeyId: string | undefined): Promise<string> {
  // An encrypted snapshot always names its key; without one, RDS's own key is all that can be said.
  if (!sourceKeyId) return RDS_MANAGED_KEY;
  const key = await copyKeyFor(session, {
    sourceKeyId, sourceRegion: request.sourceRegion, targetRegion: request.targetRegion, awsManagedAlias: RDS_MANAGED_KEY, what: `RDS snapshot ${request.snapshotId}`,
  });
  return key.keyId;
}

async function targetOptionGroup(rds: RDSClient, region: string, name: string | undefined): Promise<{ OptionGroupName?: string }> {
  if (!name || name.startsWith('default:')) return {};
  const exists = await rds.send(new DescribeOptionGroupsCommand({ OptionGroupName: name }))
    .then((a) => (a.OptionGroupsList ?? []).length > 0, (error: unknown) => { if (isNotFound(error)) return false; throw error; });
  if (!exists) throw faultError('OptionGroupNotFoundFault', `the snapshot uses option group ${name}, which does not exist in ${region}: create it there under the same name before copying`);
  return { OptionGroupName: name };
}

export async function deleteDatabaseSnapshot(session: Session, region: string, snapshotId: string): Promise<void> {
  try {
    await session.client('rds', region).send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: snapshotId }));
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
