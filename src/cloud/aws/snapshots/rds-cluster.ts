import type { DBClusterSnapshot } from '@aws-sdk/client-rds';
import type { CloudSnapshot, CopySnapshotRequest, SnapshotRequest } from '../../provider.ts';
import { awsCode, faultError, isNotFound } from '../errors.ts';
import { arnPrefix, samePartition } from '../partition.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { GiB, keyedName, protectionTags } from './keys.ts';
import { rdsCopyKey } from './rds.ts';
import { commandsOf, type RDSClient } from '../clients.ts';

const { CopyDBClusterSnapshotCommand, CreateDBClusterSnapshotCommand, DeleteDBClusterSnapshotCommand, DescribeDBClusterSnapshotsCommand } = commandsOf('rds');

/**
 * Aurora, DocumentDB and Neptune keep their data in the cluster's volume: a protection snapshots the cluster
 * (CreateDBClusterSnapshot), never its instances (RDS refuses CreateDBSnapshot for a member). Identifiers Lifeboat
 * makes: `lifeboat-rdsc-` and a digest of the idempotency key.
 */
export const RDS_CLUSTER_SNAPSHOT_PREFIX = 'lifeboat-rdsc';

export async function describeClusterSnapshot(rds: RDSClient, identifier: string, shared = false): Promise<DBClusterSnapshot | undefined> {
  try {
    // Another account's snapshot shows only with IncludeShared and SnapshotType `shared` (DescribeDBClusterSnapshots).
    const answer = await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: identifier, ...(shared ? { IncludeShared: true, SnapshotType: 'shared' } : {}) }));
    return answer.DBClusterSnapshots?.[0];
  } catch (error) {
    if (/^DBClusterSnapshotNotFound/.test(awsCode(error))) return undefined;
    throw error;
  }
}

export async function clusterSnapshotAvailable(session: Session, rds: RDSClient, identifier: string): Promise<DBClusterSnapshot> {
  return waitFor(`RDS cluster snapshot ${identifier}`, async () => {
    const snapshot = await describeClusterSnapshot(rds, identifier);
    if (snapshot?.Status === 'failed') throw faultError('SnapshotFailed', `RDS cluster snapshot ${identifier} failed`);
    return snapshot?.Status === 'available' ? snapshot : undefined;
  }, session.settings);
}

export function clusterSnapshotToCloud(snapshot: DBClusterSnapshot, region: string, resourceId: string, protectionId: string): CloudSnapshot {
  return {
    snapshotId: snapshot.DBClusterSnapshotIdentifier!, region, resourceId, type: 'rds:cluster', protectionId,
    sizeBytes: (snapshot.AllocatedStorage ?? 0) * GiB, createdAt: snapshot.SnapshotCreateTime?.getTime() ?? Date.now(),
  };
}

/** Creating under a name derived from the key is the look-up: a retry finds it, or AWS says it exists already. */
export async function createClusterSnapshotOnce(rds: RDSClient, identifier: string, create: () => Promise<unknown>): Promise<void> {
  if (await describeClusterSnapshot(rds, identifier)) return;
  try {
    await create();
  } catch (error) {
    if (!/AlreadyExists/.test(awsCode(error))) throw error;
  }
}

export async function snapshotCluster(session: Session, request: SnapshotRequest): Promise<CloudSnapshot> {
  const rds = session.client('rds', request.region);
  const identifier = keyedName(RDS_CLUSTER_SNAPSHOT_PREFIX, request.protectionId, request.resourceId, request.region);
  await createClusterSnapshotOnce(rds, identifier, () => rds.send(new CreateDBClusterSnapshotCommand({
    DBClusterSnapshotIdentifier: identifier, DBClusterIdentifier: request.resourceId, Tags: protectionTags(request.protectionId, request.resourceId),
  })));
  return clusterSnapshotToCloud(await clusterSnapshotAvailable(session, rds, identifier), request.region, request.resourceId, request.protectionId);
}

/**
 * CopyDBClusterSnapshot into another region: the source named by its ARN (the SDK's RDS middleware presigns the
 * cross-region request). KMS keys are regional: an encrypted cluster snapshot needs a KmsKeyId of the destination
 * region, else RDS refuses the copy: the same key a DB snapshot's copy gets (rds.ts rdsCopyKey).
 */
export async function copyClusterSnapshot(session: Session, request: CopySnapshotRequest): Promise<CloudSnapshot> {
  const rds = session.client('rds', request.targetRegion);
  const identifier = keyedName(RDS_CLUSTER_SNAPSHOT_PREFIX, request.protectionId, request.resourceId, request.targetRegion);
  samePartition(request.sourceRegion, request.targetRegion);
  const sourceArn = `${arnPrefix(request.sourceRegion)}:rds:${request.sourceRegion}:${await session.accountId()}:cluster-snapshot:${request.snapshotId}`;
  await createClusterSnapshotOnce(rds, identifier, async () => {
    const source = await describeClusterSnapshot(session.client('rds', request.sourceRegion), request.snapshotId);
    if (!source) throw faultError('DBClusterSnapshotNotFoundFault', `RDS cluster snapshot ${request.snapshotId} not found in ${request.sourceRegion}`);
    return rds.send(new CopyDBClusterSnapshotCommand({
      SourceDBClusterSnapshotIdentifier: sourceArn, TargetDBClusterSnapshotIdentifier: identifier, Tags: protectionTags(request.protectionId, request.resourceId),
      ...(source.StorageEncrypted ? { KmsKeyId: await rdsCopyKey(session, request, source.KmsKeyId) } : {}),
    }));
  });
  return clusterSnapshotToCloud(await clusterSnapshotAvailable(session, rds, identifier), request.targetRegion, request.resourceId, request.protectionId);
}

export async function deleteClusterSnapshot(session: Session, region: string, snapshotId: string): Promise<void> {
  try {
    await session.client('rds', region).send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: snapshotId }));
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
