import {
  CopyDBSnapshotCommand, CreateDBSnapshotCommand, DeleteDBSnapshotCommand, DescribeDBSnapshotsCommand, type DBSnapshot, type RDSClient,
} from '@aws-sdk/client-rds';
import type { CloudSnapshot, CopySnapshotRequest, SnapshotRequest } from '../../provider.ts';
import { awsCode, faultError, isNotFound } from '../errors.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { GiB, keyedName, protectionTags } from './keys.ts';

/** RDS manual snapshot identifiers Lifeboat makes: `lifeboat-rds-` and a digest of the idempotency key. */
export const RDS_SNAPSHOT_PREFIX = 'lifeboat-rds';

async function describe(rds: RDSClient, identifier: string): Promise<DBSnapshot | undefined> {
  try {
    const answer = await rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: identifier }));
    return answer.DBSnapshots?.[0];
  } catch (error) {
    if (awsCode(error) === 'DBSnapshotNotFound' || awsCode(error) === 'DBSnapshotNotFoundFault') return undefined;
    throw error;
  }
}

async function available(session: Session, rds: RDSClient, identifier: string): Promise<DBSnapshot> {
  return waitFor(`RDS snapshot ${identifier}`, async () => {
    const snapshot = await describe(rds, identifier);
    if (snapshot?.Status === 'failed') throw faultError('SnapshotFailed', `RDS snapshot ${identifier} failed`);
    return snapshot?.Status === 'available' ? snapshot : undefined;
  }, session.settings);
}

function toCloud(snapshot: DBSnapshot, region: string, resourceId: string, protectionId: string): CloudSnapshot {
  return {
    snapshotId: snapshot.DBSnapshotIdentifier!, region, resourceId, type: 'rds:db-instance', protectionId,
    sizeBytes: (snapshot.AllocatedStorage ?? 0) * GiB, createdAt: (snapshot.SnapshotCreateTime ?? snapshot.OriginalSnapshotCreateTime)?.getTime() ?? Date.now(),
  };
}

/** Creating under a name derived from the key is the look-up: a retry finds it, or AWS says it exists already. */
async function createOnce(rds: RDSClient, identifier: string, create: () => Promise<unknown>): Promise<void> {
  if (await describe(rds, identifier)) return;
  try {
    await create();
  } catch (error) {
    if (!/AlreadyExists/.test(awsCode(error))) throw error;
  }
}

export async function snapshotDatabase(session: Session, request: SnapshotRequest): Promise<CloudSnapshot> {
  const rds = session.client('rds', request.region);
  const identifier = keyedName(RDS_SNAPSHOT_PREFIX, request.protectionId, request.resourceId, request.region);
  await createOnce(rds, identifier, () => rds.send(new CreateDBSnapshotCommand({
    DBSnapshotIdentifier: identifier, DBInstanceIdentifier: request.resourceId, Tags: protectionTags(request.protectionId, request.resourceId),
  })));
  return toCloud(await available(session, rds, identifier), request.region, request.resourceId, request.protectionId);
}

export async function copyDatabaseSnapshot(session: Session, request: CopySnapshotRequest): Promise<CloudSnapshot> {
  const rds = session.client('rds', request.targetRegion);
  const identifier = keyedName(RDS_SNAPSHOT_PREFIX, request.protectionId, request.resourceId, request.targetRegion);
  const sourceArn = `arn:aws:rds:${request.sourceRegion}:${await session.accountId()}:snapshot:${request.snapshotId}`;
  // The source named by an ARN of another region: the SDK's RDS middleware presigns the cross-region request.
  await createOnce(rds, identifier, () => rds.send(new CopyDBSnapshotCommand({
    SourceDBSnapshotIdentifier: sourceArn, TargetDBSnapshotIdentifier: identifier,
    Tags: protectionTags(request.protectionId, request.resourceId),
  })));
  return toCloud(await available(session, rds, identifier), request.targetRegion, request.resourceId, request.protectionId);
}

export async function deleteDatabaseSnapshot(session: Session, region: string, snapshotId: string): Promise<void> {
  try {
    await session.client('rds', region).send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: snapshotId }));
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
