import { describeClusterSnapshot } from '../snapshots/rds-cluster.ts';
import type { DescribeSnapshotRequest, SnapshotDescription } from '../../provider.ts';
import { awsCode } from '../errors.ts';
import { keyManagerOf } from '../kms.ts';
import { arnPrefix } from '../partition.ts';
import type { Session } from '../session.ts';
import { keyUsableIn } from '../buckets.ts';
import { notData } from '../snapshots/index.ts';
import { manifestKey } from '../snapshots/s3.ts';
import { readMarker, vaultFor } from '../snapshots/vault.ts';
import { vaultSharedWith } from './vault-share.ts';
import { commandsOf } from '../clients.ts';

const { DescribeBackupCommand } = commandsOf('dynamodb');
const { DescribeSnapshotAttributeCommand, DescribeSnapshotsCommand } = commandsOf('ec2');
const { DescribeDBClusterSnapshotAttributesCommand, DescribeDBSnapshotAttributesCommand, DescribeDBSnapshotsCommand } = commandsOf('rds');

/** What each type reports; keyManager only where it is known without a KMS key to describe (DynamoDB's own key). */
type Facts = Omit<SnapshotDescription, 'snapshotId' | 'region' | 'type' | 'keyManager'> & { readonly keyManager?: 'aws' };

/** The 12-digit account of an ARN (arn:partition:service:region:account:…). */
export const accountOfArn = (arn: string) => arn.split(':')[4] ?? '';

/** The RDS snapshot as the caller addresses it: its own by identifier, another account's shared one by ARN. */
export function rdsSnapshotRef(region: string, snapshotId: string, owner: string | undefined, self: string, kind: 'snapshot' | 'cluster-snapshot' = 'snapshot'): string {
  return owner && owner !== self ? `${arnPrefix(region)}:rds:${region}:${owner}:${kind}:${snapshotId}` : snapshotId;
}

const notFound = (error: unknown, ...codes: string[]) => codes.includes(awsCode(error));

async function describeVolumeSnapshot(session: Session, request: DescribeSnapshotRequest): Promise<Facts | undefined> {
  const ec2 = session.client('ec2', request.region);
  const self = await session.accountId();
  let snapshot;
  try {
    // Without OwnerIds, DescribeSnapshots of an id finds the caller's own snapshots and those shared with it.
    [snapshot] = (await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [request.snapshotId] }))).Snapshots ?? [];
  } catch (error) {
    if (notFound(error, 'InvalidSnapshot.NotFound')) return undefined;
    throw error;
  }
  if (!snapshot) return undefined;
  const owner = snapshot.OwnerId ?? request.ownerAccountId ?? self;
  // Only the owner may read a snapshot's createVolumePermission.
  const sharedWith = owner !== self ? [] : ((await ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId: request.snapshotId, Attribute: 'createVolumePermission' })))
    .CreateVolumePermissions ?? []).flatMap((p) => (p.UserId ? [p.UserId] : []));
  return { ownerAccountId: owner, kmsKeyId: snapshot.Encrypted ? snapshot.KmsKeyId ?? null : null, sharedWith };
}

async function describeDatabaseSnapshot(session: Session, request: DescribeSnapshotRequest): Promise<Facts | undefined> {
  const rds = session.client('rds', request.region);
  const self = await session.accountId();
  const ref = rdsSnapshotRef(request.region, request.snapshotId, request.ownerAccountId, self);
  const shared = ref !== request.snapshotId;
  let snapshot;
  try {
    // Another account's snapshot shows only with IncludeShared and SnapshotType `shared` (DescribeDBSnapshots).
    [snapshot] = (await rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: ref, ...(shared ? { IncludeShared: true, SnapshotType: 'shared' } : {}) }))).DBSnapshots ?? [];
  } catch (error) {
    if (notFound(error, 'DBSnapshotNotFound', 'DBSnapshotNotFoundFault')) return undefined;
    throw error;
  }
  if (!snapshot) return undefined;
  const owner = snapshot.DBSnapshotArn ? accountOfArn(snapshot.DBSnapshotArn) : request.ownerAccountId ?? self;
  const attributes = owner !== self ? [] : (await rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: request.snapshotId })))
    .DBSnapshotAttributesResult?.DBSnapshotAttributes ?? [];
  const sharedWith = attributes.find((a) => a.AttributeName === 'restore')?.AttributeValues ?? [];
  return { ownerAccountId: owner, kmsKeyId: snapshot.Encrypted ? snapshot.KmsKeyId ?? null : null, sharedWith };
}

/** An Aurora, DocumentDB or Neptune cluster snapshot: shared through its `restore` attribute, as a DB snapshot is. */
async function describeClusterSnapshotFacts(session: Session, request: DescribeSnapshotRequest): Promise<Facts | undefined> {
  const rds = session.client('rds', request.region);
  const self = await session.accountId();
  const ref = rdsSnapshotRef(request.region, request.snapshotId, request.ownerAccountId, self, 'cluster-snapshot');
  const snapshot = await describeClusterSnapshot(rds, ref, ref !== request.snapshotId);
  if (!snapshot) return undefined;
  const owner = snapshot.DBClusterSnapshotArn ? accountOfArn(snapshot.DBClusterSnapshotArn) : request.ownerAccountId ?? self;
  const attributes = owner !== self ? [] : (await rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: request.snapshotId })))
    .DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes ?? [];
  const sharedWith = attributes.find((a) => a.AttributeName === 'restore')?.AttributeValues ?? [];
  return { ownerAccountId: owner, kmsKeyId: snapshot.StorageEncrypted ? snapshot.KmsKeyId ?? null : null, sharedWith };
}

/**
 * A DynamoDB backup is never shared (on-demand backups cannot be). A table encrypted under the key DynamoDB owns
 * reports no SSEDescription: there is no KMS key in the account, and nothing another account could be granted.
 */
async function describeTableBackup(session: Session, request: DescribeSnapshotRequest): Promise<Facts | undefined> {
  let backup;
  try {
    backup = (await session.client('dynamodb', request.region).send(new DescribeBackupCommand({ BackupArn: request.snapshotId }))).BackupDescription;
  } catch (error) {
    if (notFound(error, 'BackupNotFoundException')) return undefined;
    throw error;
  }
  if (!backup || backup.BackupDetails?.BackupStatus === 'DELETED') return undefined;
  const key = backup.SourceTableFeatureDetails?.SSEDescription?.KMSMasterKeyArn ?? null;
  return { ownerAccountId: accountOfArn(request.snapshotId), kmsKeyId: key, sharedWith: [], ...(key ? {} : { keyManager: 'aws' as const }) };
}

/**
 * An S3 backup in a vault: its manifest says which KMS key the copies were written under (the protected bucket's
 * customer-managed key where the vault is in its region; else the vault's default encryption, no KMS key).
 */
async function describeVaultSnapshot(session: Session, request: DescribeSnapshotRequest): Promise<Facts | undefined> {
  const vault = await vaultFor(session, request.region, request.ownerAccountId);
  const manifest = await readMarker(session.client('s3', vault.region), vault, manifestKey(request.snapshotId));
  if (!manifest) return undefined;
  const key = manifest['kms-key-id'];
  const own = vault.owner === await session.accountId();
  return {
    ownerAccountId: vault.owner,
    kmsKeyId: key && keyUsableIn(key, vault.region) ? key : null,
    sharedWith: own ? await vaultSharedWith(session, request.region, request.snapshotId) : [],
  };
}

export async function describeSnapshot(session: Session, request: DescribeSnapshotRequest): Promise<SnapshotDescription | undefined> {
  const facts = await (() => {
    switch (request.type) {
      case 'ebs:volume': return describeVolumeSnapshot(session, request);
      case 'rds:db-instance': return describeDatabaseSnapshot(session, request);
      case 'rds:cluster': return describeClusterSnapshotFacts(session, request);
      case 'dynamodb:table': return describeTableBackup(session, request);
      case 's3:bucket': return describeVaultSnapshot(session, request);
      default: return notData(request.type);
    }
  })();
  if (!facts) return undefined;
  const keyManager = facts.keyManager ?? (facts.kmsKeyId ? await keyManagerOf(session, request.region, facts.kmsKeyId) : null);
  return {
    snapshotId: request.snapshotId, region: request.region, type: request.type, ownerAccountId: facts.ownerAccountId,
    kmsKeyId: facts.kmsKeyId, keyManager, sharedWith: facts.sharedWith,
  };
}
