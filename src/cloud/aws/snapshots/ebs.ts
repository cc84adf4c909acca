import type { Snapshot } from '@aws-sdk/client-ec2';
import type { CloudSnapshot, CopySnapshotRequest, SnapshotRequest } from '../../provider.ts';
import { faultError, isNotFound } from '../errors.ts';
import { copyKeyFor } from '../kms.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { GiB, PROTECTION_ID_TAG, protectionTags, RESOURCE_ID_TAG } from './keys.ts';
import { commandsOf, type EC2Client } from '../clients.ts';

const { CopySnapshotCommand, CreateSnapshotCommand, DeleteSnapshotCommand, DescribeSnapshotsCommand } = commandsOf('ec2');

/** The snapshot of the volume for the protection in this client's region, unless it failed. */
async function findTagged(ec2: EC2Client, protectionId: string, resourceId: string): Promise<Snapshot | undefined> {
  const answer = await ec2.send(new DescribeSnapshotsCommand({
    OwnerIds: ['self'],
    Filters: [{ Name: `tag:${PROTECTION_ID_TAG}`, Values: [protectionId] }, { Name: `tag:${RESOURCE_ID_TAG}`, Values: [resourceId] }],
  }));
  return (answer.Snapshots ?? []).find((s) => s.State !== 'error');
}

export async function completed(session: Session, ec2: EC2Client, snapshotId: string): Promise<Snapshot> {
  return waitFor(`EBS snapshot ${snapshotId}`, async () => {
    const answer = await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] }));
    const snapshot = answer.Snapshots?.[0];
    if (snapshot?.State === 'error') throw faultError('SnapshotFailed', `EBS snapshot ${snapshotId} failed: ${snapshot.StateMessage ?? 'no reason given'}`);
    return snapshot?.State === 'completed' ? snapshot : undefined;
  }, session.settings);
}

export function toCloud(snapshot: Snapshot, region: string, resourceId: string, protectionId: string): CloudSnapshot {
  return {
    snapshotId: snapshot.SnapshotId!, region, resourceId, type: 'ebs:volume', protectionId,
    sizeBytes: (snapshot.VolumeSize ?? 0) * GiB, createdAt: snapshot.StartTime?.getTime() ?? Date.now(),
  };
}

export async function snapshotVolume(session: Session, request: SnapshotRequest): Promise<CloudSnapshot> {
  const ec2 = session.client('ec2', request.region);
  let snapshotId = (await findTagged(ec2, request.protectionId, request.resourceId))?.SnapshotId;
  if (!snapshotId) {
    const created = await ec2.send(new CreateSnapshotCommand({
      VolumeId: request.resourceId,
      Description: `Lifeboat protection ${request.protectionId}`,
      TagSpecifications: [{ ResourceType: 'snapshot', Tags: protectionTags(request.protectionId, request.resourceId) }],
    }));
    snapshotId = created.SnapshotId!;
  }
  return toCloud(await completed(session, ec2, snapshotId), request.region, request.resourceId, request.protectionId);
}

export async function copyVolumeSnapshot(session: Session, request: CopySnapshotRequest): Promise<CloudSnapshot> {
  const ec2 = session.client('ec2', request.targetRegion);
  let snapshotId = (await findTagged(ec2, request.protectionId, request.resourceId))?.SnapshotId;
  if (!snapshotId) {
    // CopySnapshot is called in the target region and names the source region.
    const copied = await ec2.send(new CopySnapshotCommand({
      SourceRegion: request.sourceRegion,
      SourceSnapshotId: request.snapshotId,
      Description: `Lifeboat protection ${request.protectionId} (copy of ${request.snapshotId})`,
      TagSpecifications: [{ ResourceType: 'snapshot', Tags: protectionTags(request.protectionId, request.resourceId) }],
      ...(await copyEncryption(session, request)),
    }));
    snapshotId = copied.SnapshotId!;
  }
  return toCloud(await completed(session, ec2, snapshotId), request.targetRegion, request.resourceId, request.protectionId);
}

/** EBS's AWS-managed key, in every region of an account: what CopySnapshot uses when it is named no key. */
const EBS_MANAGED_KEY = 'alias/aws/ebs';

/**
 * The key a cross-region copy of an encrypted snapshot is made under. CopySnapshot without KmsKeyId re-encrypts the copy
 * under the account's default EBS key of the destination (alias/aws/ebs unless the account chose another): right for a
 * snapshot under alias/aws/ebs, but a snapshot under a customer-managed key would silently lose it. So a customer key gets
 * the same destination key as an RDS copy (kms.ts copyKeyFor: its multi-Region replica there, else
 * alias/lifeboat-recovered), named with `Encrypted: true`, which CopySnapshot requires beside KmsKeyId.
 */
async function copyEncryption(session: Session, request: CopySnapshotRequest): Promise<{ Encrypted?: true; KmsKeyId?: string }> {
  const source = (await session.client('ec2', request.sourceRegion).send(new DescribeSnapshotsCommand({ SnapshotIds: [request.snapshotId] })))?.Snapshots?.[0];
  if (!source?.Encrypted || !source.KmsKeyId) return {};
  const key = await copyKeyFor(session, {
    sourceKeyId: source.KmsKeyId, sourceRegion: request.sourceRegion, targetRegion: request.targetRegion, awsManagedAlias: EBS_MANAGED_KEY, what: `EBS snapshot ${request.snapshotId}`,
  });
  return key.manager === 'aws' ? {} : { Encrypted: true, KmsKeyId: key.keyId };
}

export async function deleteVolumeSnapshot(session: Session, region: string, snapshotId: string): Promise<void> {
  try {
    await session.client('ec2', region).send(new DeleteSnapshotCommand({ SnapshotId: snapshotId }));
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
