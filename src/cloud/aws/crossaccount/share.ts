import { describeClusterSnapshot } from '../snapshots/rds-cluster.ts';
import type { ShareSnapshotRequest } from '../../provider.ts';
import { faultError, isNotFound } from '../errors.ts';
import { keyManagerOf } from '../kms.ts';
import type { Session } from '../session.ts';
import { notData } from '../snapshots/index.ts';
import { describe as describeDbSnapshot } from '../snapshots/rds.ts';
import { bucketSnapshotManifest } from '../snapshots/s3.ts';
import { changeVaultShare } from './vault-share.ts';
import { commandsOf } from '../clients.ts';

const { DescribeSnapshotsCommand, ModifySnapshotAttributeCommand } = commandsOf('ec2');
const { ModifyDBClusterSnapshotAttributeCommand, ModifyDBSnapshotAttributeCommand } = commandsOf('rds');

/**
 * AWS refuses to share a snapshot encrypted under an AWS-managed key: no other account can use that key. EC2's
 * ModifySnapshotAttribute answers OperationNotPermitted ("Encrypted snapshots with EBS default key cannot be
 * shared"); RDS's user guide states the same rule for ModifyDBSnapshotAttribute ("You can't share a snapshot that
 * has been encrypted using the default AWS KMS key"), refused as an invalid parameter. The driver refuses up front
 * with the same codes and says what to do instead.
 */
async function refuseAwsManagedKey(session: Session, request: ShareSnapshotRequest, kmsKeyId: string | undefined, code: string): Promise<void> {
  if (!kmsKeyId || (await keyManagerOf(session, request.region, kmsKeyId)) !== 'aws') return;
  throw faultError(code, `${request.snapshotId} is encrypted under an AWS-managed key (${kmsKeyId}), which cannot be shared with another account: copy it under a customer-managed key that grants account ${request.accountId}, and share the copy`);
}

function checkAccount(accountId: string): void {
  if (!/^\d{12}$/.test(accountId)) throw faultError('InvalidParameterValue', `accountId: ${JSON.stringify(accountId)} is not a 12-digit AWS account id`);
}

async function shareVolumeSnapshot(session: Session, request: ShareSnapshotRequest): Promise<void> {
  const ec2 = session.client('ec2', request.region);
  const [snapshot] = (await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [request.snapshotId] }))).Snapshots ?? [];
  if (!snapshot) throw faultError('InvalidSnapshot.NotFound', `The snapshot '${request.snapshotId}' does not exist.`);
  await refuseAwsManagedKey(session, request, snapshot.Encrypted ? snapshot.KmsKeyId : undefined, 'OperationNotPermitted');
  // Adding an account that already has the permission is accepted: a retry is harmless.
  await ec2.send(new ModifySnapshotAttributeCommand({ SnapshotId: request.snapshotId, Attribute: 'createVolumePermission', OperationType: 'add', UserIds: [request.accountId] }));
}

async function shareDatabaseSnapshot(session: Session, request: ShareSnapshotRequest): Promise<void> {
  const rds = session.client('rds', request.region);
  const snapshot = await describeDbSnapshot(rds, request.snapshotId);
  if (!snapshot) throw faultError('DBSnapshotNotFound', `DBSnapshot ${request.snapshotId} not found.`);
  await refuseAwsManagedKey(session, request, snapshot.Encrypted ? snapshot.KmsKeyId : undefined, 'InvalidParameterValue');
  await rds.send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: request.snapshotId, AttributeName: 'restore', ValuesToAdd: [request.accountId] }));
}

async function shareClusterSnapshot(session: Session, request: ShareSnapshotRequest): Promise<void> {
  const rds = session.client('rds', request.region);
  const snapshot = await describeClusterSnapshot(rds, request.snapshotId);
  if (!snapshot) throw faultError('DBClusterSnapshotNotFoundFault', `DBClusterSnapshot ${request.snapshotId} not found.`);
  await refuseAwsManagedKey(session, request, snapshot.StorageEncrypted ? snapshot.KmsKeyId : undefined, 'InvalidParameterValue');
  await rds.send(new ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: request.snapshotId, AttributeName: 'restore', ValuesToAdd: [request.accountId] }));
}

export async function shareSnapshot(session: Session, request: ShareSnapshotRequest): Promise<void> {
  checkAccount(request.accountId);
  switch (request.type) {
    case 'ebs:volume': return shareVolumeSnapshot(session, request);
    case 'rds:db-instance': return shareDatabaseSnapshot(session, request);
    case 'rds:cluster': return shareClusterSnapshot(session, request);
    case 'dynamodb:table':
      throw faultError('UnsupportedOperation', `${request.snapshotId}: DynamoDB on-demand backups cannot be shared with another account`);
    case 's3:bucket':
      if (!(await bucketSnapshotManifest(session, request.region, request.snapshotId))) throw faultError('ResourceNotFoundException', `Recovery point not found: ${request.snapshotId}`);
      return changeVaultShare(session, request.region, request.snapshotId, request.accountId, true);
    default: return notData(request.type);
  }
}

/** Withdrawing a share that is not there, or from a snapshot (or vault) that is gone, succeeds. */
export async function unshareSnapshot(session: Session, request: ShareSnapshotRequest): Promise<void> {
  checkAccount(request.accountId);
  try {
    switch (request.type) {
      case 'ebs:volume':
        await session.client('ec2', request.region).send(new ModifySnapshotAttributeCommand({
          SnapshotId: request.snapshotId, Attribute: 'createVolumePermission', OperationType: 'remove', UserIds: [request.accountId],
        }));
        return;
      case 'rds:db-instance':
        await session.client('rds', request.region).send(new ModifyDBSnapshotAttributeCommand({
          DBSnapshotIdentifier: request.snapshotId, AttributeName: 'restore', ValuesToRemove: [request.accountId],
        }));
        return;
      case 'rds:cluster':
        await session.client('rds', request.region).send(new ModifyDBClusterSnapshotAttributeCommand({
          DBClusterSnapshotIdentifier: request.snapshotId, AttributeName: 'restore', ValuesToRemove: [request.accountId],
        }));
        return;
      case 'dynamodb:table': return; // never shared
      case 's3:bucket': return await changeVaultShare(session, request.region, request.snapshotId, request.accountId, false);
      default: return notData(request.type);
    }
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
}
