import { clusterSnapshotAvailable, clusterSnapshotToCloud, createClusterSnapshotOnce, RDS_CLUSTER_SNAPSHOT_PREFIX } from '../snapshots/rds-cluster.ts';
import type { CloudSnapshot, RecoveryCopyRequest } from '../../provider.ts';
import { keyUsableIn } from '../buckets.ts';
import { awsCode, faultError } from '../errors.ts';
import type { Session } from '../session.ts';
import { completed, toCloud as volumeSnapshot } from '../snapshots/ebs.ts';
import { notData } from '../snapshots/index.ts';
import { keyedName, RESOURCE_ID_TAG } from '../snapshots/keys.ts';
import { available, createOnce, RDS_SNAPSHOT_PREFIX, toCloud as databaseSnapshot } from '../snapshots/rds.ts';
import { fromManifest, manifestKey, manifestTotals, objectsPrefix, S3_SNAPSHOT_PREFIX, writeManifest } from '../snapshots/s3.ts';
import { copyObjects, ensureVault, readMarker, vaultFor } from '../snapshots/vault.ts';
import { verifyCopy } from '../snapshots/objects.ts';
import { rdsSnapshotRef } from './describe.ts';
import { commandsOf, type EC2Client } from '../clients.ts';

const { CopySnapshotCommand, DescribeSnapshotsCommand } = commandsOf('ec2');
const { CopyDBClusterSnapshotCommand, CopyDBSnapshotCommand } = commandsOf('rds');

/**
 * The tag a recovery's copy carries: `<recoveryId>/<purpose>`, with the resource's id in RESOURCE_ID_TAG. Not the
 * recovery tag recreated resources carry: a copy is a snapshot, which the reset removes through the transfer's own
 * record (deleteSnapshot), not as a recovered resource.
 */
export const RECOVERY_COPY_TAG = 'lifeboat:recovery-copy';

const copyKey = (request: RecoveryCopyRequest) => `${request.recoveryId}/${request.purpose}`;
const copyTags = (request: RecoveryCopyRequest) => [{ Key: RECOVERY_COPY_TAG, Value: copyKey(request) }, { Key: RESOURCE_ID_TAG, Value: request.resourceId }];
/** RDS identifiers and vault prefixes are named from the idempotency key, like a protection's (keyedName). */
const copyName = (prefix: string, request: RecoveryCopyRequest) => keyedName(prefix, `recovery-copy:${copyKey(request)}`, request.resourceId, request.region);

/** What RDS and EC2 answer when the caller may not use the source's key or the copy's: said with what to fix. */
function keyRefusal(error: unknown, request: RecoveryCopyRequest): unknown {
  const code = awsCode(error);
  if (code !== 'KMSKeyNotAccessibleFault' && code !== 'KMSKeyNotAccessibleException') return error;
  return faultError(code, `${request.snapshotId} cannot be copied under ${request.kmsKeyId}: the source snapshot's key or the target key is not usable by this account `
    + `(a shared snapshot's key policy must grant it kms:Decrypt, kms:CreateGrant, kms:ReEncrypt*, kms:DescribeKey; an AWS-managed key never can). ${error instanceof Error ? error.message : ''}`.trim());
}

async function findCopy(ec2: EC2Client, request: RecoveryCopyRequest): Promise<string | undefined> {
  const answer = await ec2.send(new DescribeSnapshotsCommand({
    OwnerIds: ['self'],
    Filters: [{ Name: `tag:${RECOVERY_COPY_TAG}`, Values: [copyKey(request)] }, { Name: `tag:${RESOURCE_ID_TAG}`, Values: [request.resourceId] }],
  }));
  return (answer.Snapshots ?? []).find((s) => s.State !== 'error')?.SnapshotId;
}

async function copyVolumeSnapshot(session: Session, request: RecoveryCopyRequest): Promise<CloudSnapshot> {
  const ec2 = session.client('ec2', request.region);
  let snapshotId = await findCopy(ec2, request);
  if (!snapshotId) {
    // An in-region copy still names SourceRegion (CopySnapshot requires it); Encrypted with KmsKeyId re-encrypts the
    // copy under that key, and another account's shared snapshot is named by its id alone.
    const copied = await ec2.send(new CopySnapshotCommand({
      SourceRegion: request.region, SourceSnapshotId: request.snapshotId, Encrypted: true, KmsKeyId: request.kmsKeyId,
      Description: `Lifeboat recovery ${request.recoveryId} (${request.purpose} copy of ${request.snapshotId})`,
      TagSpecifications: [{ ResourceType: 'snapshot', Tags: copyTags(request) }],
    })).catch((error: unknown) => { throw keyRefusal(error, request); });
    snapshotId = copied.SnapshotId!;
  }
  return volumeSnapshot(await completed(session, ec2, snapshotId), request.region, request.resourceId, '');
}

async function copyDatabaseSnapshot(session: Session, request: RecoveryCopyRequest): Promise<CloudSnapshot> {
  const rds = session.client('rds', request.region);
  const identifier = copyName(RDS_SNAPSHOT_PREFIX, request);
  // Another account's shared snapshot must be named by its ARN (CopyDBSnapshot's SourceDBSnapshotIdentifier).
  const source = rdsSnapshotRef(request.region, request.snapshotId, request.ownerAccountId, await session.accountId());
  await createOnce(rds, identifier, () => rds.send(new CopyDBSnapshotCommand({
    SourceDBSnapshotIdentifier: source, TargetDBSnapshotIdentifier: identifier, KmsKeyId: request.kmsKeyId, Tags: copyTags(request),
  })).catch((error: unknown) => { throw keyRefusal(error, request); }));
  return databaseSnapshot(await available(session, rds, identifier), request.region, request.resourceId, '');
}

/** A cluster snapshot, like a DB snapshot: another account's shared one named by its ARN, the copy under the given key. */
async function copyClusterSnapshot(session: Session, request: RecoveryCopyRequest): Promise<CloudSnapshot> {
  const rds = session.client('rds', request.region);
  const identifier = copyName(RDS_CLUSTER_SNAPSHOT_PREFIX, request);
  const source = rdsSnapshotRef(request.region, request.snapshotId, request.ownerAccountId, await session.accountId(), 'cluster-snapshot');
  await createClusterSnapshotOnce(rds, identifier, () => rds.send(new CopyDBClusterSnapshotCommand({
    SourceDBClusterSnapshotIdentifier: source, TargetDBClusterSnapshotIdentifier: identifier, KmsKeyId: request.kmsKeyId, Tags: copyTags(request),
  })).catch((error: unknown) => { throw keyRefusal(error, request); }));
  return clusterSnapshotToCloud(await clusterSnapshotAvailable(session, rds, identifier), request.region, request.resourceId, '');
}

/**
 * An S3 backup is copied from its vault (another account's, once shared with the caller through the vault's policy)
 * into the caller's vault, its objects written under the key where the vault is in the key's region. The manifest,
 * written last, carries the key, so a bucket restored from the copy is encrypted under it too.
 */
async function copyVaultSnapshot(session: Session, request: RecoveryCopyRequest): Promise<CloudSnapshot> {
  const from = await vaultFor(session, request.region, request.ownerAccountId);
  const to = await vaultFor(session, request.region);
  const target = await ensureVault(session, to);
  const snapshotId = copyName(S3_SNAPSHOT_PREFIX, request);
  const existing = await readMarker(target, to, manifestKey(snapshotId));
  if (existing) return fromManifest(snapshotId, request.region, existing);
  const sourceS3 = session.client('s3', from.region);
  const source = await readMarker(sourceS3, from, manifestKey(request.snapshotId));
  if (!source) throw faultError('ResourceNotFoundException', `Recovery point not found: ${request.snapshotId} in ${from.bucket}`);
  const kmsKeyId = keyUsableIn(request.kmsKeyId, to.region) ? request.kmsKeyId : undefined;
  const copied = await copyObjects(session, target, { ...from, s3: sourceS3, prefix: objectsPrefix(request.snapshotId) }, { ...to, prefix: objectsPrefix(snapshotId), kmsKeyId });
  await verifyCopy(target, to, objectsPrefix(snapshotId), manifestTotals(source));
  return writeManifest(target, to, snapshotId, request.region, { protectionId: '', resourceId: request.resourceId, ...copied, kmsKeyId });
}

/** A copy made for a recovery carries no protection: its protectionId is empty. */
export async function copySnapshotForRecovery(session: Session, request: RecoveryCopyRequest): Promise<CloudSnapshot> {
  if (!request.kmsKeyId) throw faultError('InvalidParameterValue', 'kmsKeyId is required: a recovery copy is always encrypted under a key the caller controls');
  switch (request.type) {
    case 'ebs:volume': return copyVolumeSnapshot(session, request);
    case 'rds:db-instance': return copyDatabaseSnapshot(session, request);
    case 'rds:cluster': return copyClusterSnapshot(session, request);
    case 'dynamodb:table':
      throw faultError('UnsupportedOperation', `${request.snapshotId}: DynamoDB on-demand backups cannot be copied to or shared with another account`);
    case 's3:bucket': return copyVaultSnapshot(session, request);
    default: return notData(request.type);
  }
}
