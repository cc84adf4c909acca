import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CopySnapshotCommand, DescribeSnapshotsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CopyDBSnapshotCommand, DescribeDBSnapshotsCommand, RDSClient } from '@aws-sdk/client-rds';
import { CopyObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RecoveryCopyRequest } from '../../src/cloud/provider.ts';
import { ACCOUNT, awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { ec2, rds, s3, cloud } = useMockedCloud({ ec2: EC2Client, rds: RDSClient, dynamodb: DynamoDBClient });

const SOURCE = '222222222222';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/lifeboat`;
const copy = (type: string, snapshotId: string, extra: Partial<RecoveryCopyRequest> = {}) => cloud.copySnapshotForRecovery(KEYS, {
  region: 'us-east-1', type, snapshotId, resourceId: 'res-1', kmsKeyId: KEY, recoveryId: 'rec-1', purpose: 'receive', ownerAccountId: SOURCE, ...extra,
});

describe('EBS copies for a recovery', () => {
  it('CopySnapshot in the region under the key, tagged with the idempotency key, returned once completed', async () => {
    ec2.on(DescribeSnapshotsCommand, { OwnerIds: ['self'] }).resolves({ Snapshots: [] });
    ec2.on(CopySnapshotCommand).resolves({ SnapshotId: 'snap-copy' });
    ec2.on(DescribeSnapshotsCommand, { SnapshotIds: ['snap-copy'] })
      .resolvesOnce({ Snapshots: [{ SnapshotId: 'snap-copy', State: 'pending' }] })
      .resolves({ Snapshots: [{ SnapshotId: 'snap-copy', State: 'completed', VolumeSize: 8, StartTime: new Date(1_000) }] });
    expect(await copy('ebs:volume', 'snap-src')).toEqual({
      snapshotId: 'snap-copy', region: 'us-east-1', resourceId: 'res-1', type: 'ebs:volume', protectionId: '', sizeBytes: 8 * 2 ** 30, createdAt: 1_000,
    });
    expect(input(ec2.commandCalls(CopySnapshotCommand))).toEqual({
      SourceRegion: 'us-east-1', SourceSnapshotId: 'snap-src', Encrypted: true, KmsKeyId: KEY,
      Description: 'Lifeboat recovery rec-1 (receive copy of snap-src)',
      TagSpecifications: [{ ResourceType: 'snapshot', Tags: [{ Key: 'lifeboat:recovery-copy', Value: 'rec-1/receive' }, { Key: 'lifeboat:resource-id', Value: 'res-1' }] }],
    });
    expect(input(ec2.commandCalls(DescribeSnapshotsCommand))).toEqual({
      OwnerIds: ['self'], Filters: [{ Name: 'tag:lifeboat:recovery-copy', Values: ['rec-1/receive'] }, { Name: 'tag:lifeboat:resource-id', Values: ['res-1'] }],
    });
  });

  it('a repeat finds the first copy by its tags and copies nothing; a failed copy is not reused', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [{ SnapshotId: 'snap-copy', State: 'completed' }] });
    await copy('ebs:volume', 'snap-src');
    expect(ec2.commandCalls(CopySnapshotCommand)).toHaveLength(0);

    ec2.on(DescribeSnapshotsCommand, { OwnerIds: ['self'] }).resolves({ Snapshots: [{ SnapshotId: 'snap-bad', State: 'error' }] });
    ec2.on(CopySnapshotCommand).resolves({ SnapshotId: 'snap-new' });
    ec2.on(DescribeSnapshotsCommand, { SnapshotIds: ['snap-new'] }).resolves({ Snapshots: [{ SnapshotId: 'snap-new', State: 'completed' }] });
    expect(await copy('ebs:volume', 'snap-src')).toMatchObject({ snapshotId: 'snap-new' });
  });

  it('share and receive copies of one resource are told apart by their purpose', async () => {
    ec2.on(DescribeSnapshotsCommand, { OwnerIds: ['self'] }).resolves({ Snapshots: [] });
    ec2.on(CopySnapshotCommand).resolves({ SnapshotId: 'snap-copy' });
    ec2.on(DescribeSnapshotsCommand, { SnapshotIds: ['snap-copy'] }).resolves({ Snapshots: [{ SnapshotId: 'snap-copy', State: 'completed' }] });
    await copy('ebs:volume', 'snap-src', { purpose: 'share', ownerAccountId: undefined });
    expect(input(ec2.commandCalls(DescribeSnapshotsCommand)).Filters![0]).toEqual({ Name: 'tag:lifeboat:recovery-copy', Values: ['rec-1/share'] });
  });

  it('a key the account may not use is a fault that says which grants are missing', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] });
    ec2.on(CopySnapshotCommand).rejects(awsError('KMSKeyNotAccessibleFault', { message: 'The KMS key is not accessible.' }));
    await expect(copy('ebs:volume', 'snap-src')).rejects.toMatchObject({ reason: 'fault', cloudCode: 'KMSKeyNotAccessibleFault', message: expect.stringContaining('kms:CreateGrant') });
  });
});

describe('RDS copies for a recovery', () => {
  const available = { DBSnapshots: [{ DBSnapshotIdentifier: 'x', Status: 'available', AllocatedStorage: 20 }] };

  it('CopyDBSnapshot names another account\'s shared snapshot by its ARN, under the key, with an identifier from the idempotency key', async () => {
    let made = false;
    rds.on(DescribeDBSnapshotsCommand).callsFake(async () => { if (!made) throw awsError('DBSnapshotNotFound', { status: 404 }); return available; });
    rds.on(CopyDBSnapshotCommand).callsFake(async () => { made = true; return {}; });
    expect(await copy('rds:db-instance', 'lifeboat-rds-src')).toMatchObject({ type: 'rds:db-instance', sizeBytes: 20 * 2 ** 30, protectionId: '' });
    const sent = input(rds.commandCalls(CopyDBSnapshotCommand));
    expect(sent).toMatchObject({
      SourceDBSnapshotIdentifier: `arn:aws:rds:us-east-1:${SOURCE}:snapshot:lifeboat-rds-src`, KmsKeyId: KEY,
      Tags: [{ Key: 'lifeboat:recovery-copy', Value: 'rec-1/receive' }, { Key: 'lifeboat:resource-id', Value: 'res-1' }],
    });
    expect(sent.TargetDBSnapshotIdentifier).toMatch(/^lifeboat-rds-[0-9a-f]{24}$/);
  });

  it('a repeat finds the copy and copies nothing', async () => {
    rds.on(DescribeDBSnapshotsCommand).resolves(available);
    await copy('rds:db-instance', 'lifeboat-rds-src');
    expect(rds.commandCalls(CopyDBSnapshotCommand)).toHaveLength(0);
  });

  it('a snapshot of the caller\'s own account is named by its identifier', async () => {
    rds.on(DescribeDBSnapshotsCommand).rejectsOnce(awsError('DBSnapshotNotFound')).resolves(available);
    rds.on(CopyDBSnapshotCommand).resolves({});
    await copy('rds:db-instance', 'lifeboat-rds-src', { purpose: 'share', ownerAccountId: ACCOUNT });
    expect(input(rds.commandCalls(CopyDBSnapshotCommand)).SourceDBSnapshotIdentifier).toBe('lifeboat-rds-src');
  });

  it('two recoveries\' copies of one snapshot get different identifiers', async () => {
    rds.on(DescribeDBSnapshotsCommand).rejectsOnce(awsError('DBSnapshotNotFound')).rejectsOnce(awsError('DBSnapshotNotFound')).resolves(available);
    rds.on(CopyDBSnapshotCommand).resolves({});
    await copy('rds:db-instance', 'lifeboat-rds-src');
    await copy('rds:db-instance', 'lifeboat-rds-src', { recoveryId: 'rec-2' });
    const [first, second] = rds.commandCalls(CopyDBSnapshotCommand).map((c) => c.args[0].input.TargetDBSnapshotIdentifier);
    expect(first).not.toBe(second);
  });

  it('KMSKeyNotAccessibleFault (the shared snapshot\'s key does not grant this account) is a fault with what to fix', async () => {
    rds.on(DescribeDBSnapshotsCommand).rejects(awsError('DBSnapshotNotFound'));
    rds.on(CopyDBSnapshotCommand).rejects(awsError('KMSKeyNotAccessibleFault', { message: 'Specified KMS key [arn] does not exist, is not enabled or you do not have permissions to access it.' }));
    await expect(copy('rds:db-instance', 'lifeboat-rds-src')).rejects.toMatchObject({
      reason: 'fault', retryable: false, cloudCode: 'KMSKeyNotAccessibleFault', message: expect.stringContaining('key policy must grant it kms:Decrypt'),
    });
  });

  it('AccessDenied on the copy is an authentication failure', async () => {
    rds.on(DescribeDBSnapshotsCommand).rejects(awsError('DBSnapshotNotFound'));
    rds.on(CopyDBSnapshotCommand).rejects(awsError('AccessDenied', { status: 403 }));
    await expect(copy('rds:db-instance', 'lifeboat-rds-src')).rejects.toMatchObject({ reason: 'authentication', cloudCode: 'AccessDenied' });
  });
});

describe('S3 and DynamoDB copies for a recovery', () => {
  beforeEach(() => {
    s3.on(ListObjectsV2Command, { Bucket: `vault-${SOURCE}-us-east-1` }).resolves({ Contents: [{ Key: 'snapshots/lifeboat-s3-src/objects/a.txt', Size: 5 }] });
  });

  it('receive: the shared backup\'s objects are copied from the source account\'s vault into the caller\'s under the key, the manifest last', async () => {
    let copied = false;
    s3.on(HeadObjectCommand, { Bucket: `vault-${SOURCE}-us-east-1` }).resolves({ Metadata: { 'object-count': '1', 'size-bytes': '5' } });
    s3.on(HeadObjectCommand, { Bucket: `vault-${ACCOUNT}-us-east-1` }).rejects(awsError('NotFound', { status: 404 }));
    s3.on(CopyObjectCommand).callsFake(async () => { copied = true; return {}; });
    s3.on(ListObjectsV2Command, { Bucket: `vault-${ACCOUNT}-us-east-1` }).callsFake(async (sent: { Prefix: string }) => ({
      Contents: copied ? [{ Key: `${sent.Prefix}a.txt`, Size: 5 }] : [],
    }));
    const result = await copy('s3:bucket', 'lifeboat-s3-src');
    expect(result).toMatchObject({ type: 's3:bucket', resourceId: 'res-1', sizeBytes: 5, protectionId: '' });
    expect(result.snapshotId).toMatch(/^lifeboat-s3-[0-9a-f]{24}$/);
    expect(input(s3.commandCalls(CopyObjectCommand))).toMatchObject({
      Bucket: `vault-${ACCOUNT}-us-east-1`, ExpectedBucketOwner: ACCOUNT, ExpectedSourceBucketOwner: SOURCE,
      CopySource: `vault-${SOURCE}-us-east-1/snapshots/lifeboat-s3-src/objects/a.txt`, Key: `snapshots/${result.snapshotId}/objects/a.txt`,
      ServerSideEncryption: 'aws:kms', SSEKMSKeyId: KEY,
    });
    const manifest = s3.commandCalls(PutObjectCommand).map((c) => c.args[0].input).find((i) => i.Key === `snapshots/${result.snapshotId}/manifest.json`);
    expect(manifest?.Metadata).toMatchObject({ 'kms-key-id': KEY, 'resource-id': 'res-1', 'object-count': '1' });
  });

  it('a repeat finds the manifest and copies nothing; a backup that is not shared (or gone) is ResourceNotFoundException', async () => {
    s3.on(HeadObjectCommand, { Bucket: `vault-${ACCOUNT}-us-east-1` }).resolves({ Metadata: { 'resource-id': 'res-1', 'size-bytes': '5', 'created-at': '7' } });
    expect(await copy('s3:bucket', 'lifeboat-s3-src')).toMatchObject({ sizeBytes: 5, createdAt: 7 });
    expect(s3.commandCalls(CopyObjectCommand)).toHaveLength(0);

    s3.on(HeadObjectCommand).rejects(awsError('NotFound', { status: 404 }));
    await expect(copy('s3:bucket', 'lifeboat-s3-src')).rejects.toMatchObject({ reason: 'fault', cloudCode: 'ResourceNotFoundException' });
  });

  it('DynamoDB backups cannot cross accounts; a copy without a key is refused', async () => {
    await expect(copy('dynamodb:table', `arn:aws:dynamodb:us-east-1:${SOURCE}:table/t/backup/1`)).rejects.toMatchObject({ reason: 'fault', cloudCode: 'UnsupportedOperation' });
    await expect(copy('ebs:volume', 'snap-1', { kmsKeyId: '' })).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue', message: expect.stringContaining('kmsKeyId') });
    await expect(copy('ec2:instance', 'i-1')).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue' });
  });
});
