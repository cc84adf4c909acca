import { DescribeBackupCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeSnapshotAttributeCommand, DescribeSnapshotsCommand, EC2Client, ModifySnapshotAttributeCommand } from '@aws-sdk/client-ec2';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { DescribeDBSnapshotAttributesCommand, DescribeDBSnapshotsCommand, ModifyDBSnapshotAttributeCommand, RDSClient } from '@aws-sdk/client-rds';
import { DeleteBucketPolicyCommand, GetBucketPolicyCommand, HeadObjectCommand, PutBucketPolicyCommand } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ShareSnapshotRequest } from '../../src/cloud/provider.ts';
import { ACCOUNT, awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { ec2, rds, dynamodb, kms, s3, cloud } = useMockedCloud({ ec2: EC2Client, rds: RDSClient, dynamodb: DynamoDBClient, kms: KMSClient });

const TARGET = '222222222222';
const AWS_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/aws-managed`;
const OWN_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/customer`;

beforeEach(() => {
  kms.on(DescribeKeyCommand, { KeyId: AWS_KEY }).resolves({ KeyMetadata: { KeyId: 'aws-managed', Arn: AWS_KEY, KeyManager: 'AWS', KeyState: 'Enabled' } });
  kms.on(DescribeKeyCommand, { KeyId: OWN_KEY }).resolves({ KeyMetadata: { KeyId: 'customer', Arn: OWN_KEY, KeyManager: 'CUSTOMER', KeyState: 'Enabled' } });
});

/** The vault's bucket policy as S3 keeps it: read, replaced and deleted whole. */
function fakeVaultPolicy(initial?: object) {
  const state = { policy: initial ? JSON.stringify(initial) : undefined as string | undefined };
  s3.on(GetBucketPolicyCommand).callsFake(async () => { if (!state.policy) throw awsError('NoSuchBucketPolicy', { status: 404 }); return { Policy: state.policy }; });
  s3.on(PutBucketPolicyCommand).callsFake(async (sent: { Policy: string }) => { state.policy = sent.Policy; return {}; });
  s3.on(DeleteBucketPolicyCommand).callsFake(async () => { state.policy = undefined; return {}; });
  return state;
}

const share = (type: string, snapshotId: string, accountId = TARGET): ShareSnapshotRequest => ({ region: 'us-east-1', type, snapshotId, accountId });

describe('describeSnapshot', () => {
  it('EBS: owner, key and its manager, and the accounts in createVolumePermission', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [{ SnapshotId: 'snap-1', OwnerId: ACCOUNT, Encrypted: true, KmsKeyId: AWS_KEY }] });
    ec2.on(DescribeSnapshotAttributeCommand).resolves({ CreateVolumePermissions: [{ UserId: TARGET }, { Group: 'all' }] });
    const found = await cloud.describeSnapshot(KEYS, { region: 'us-east-1', snapshotId: 'snap-1', type: 'ebs:volume' });
    expect(found).toEqual({ snapshotId: 'snap-1', region: 'us-east-1', type: 'ebs:volume', ownerAccountId: ACCOUNT, kmsKeyId: AWS_KEY, keyManager: 'aws', sharedWith: [TARGET] });
    expect(input(ec2.commandCalls(DescribeSnapshotsCommand))).toEqual({ SnapshotIds: ['snap-1'] });
    expect(input(ec2.commandCalls(DescribeSnapshotAttributeCommand))).toEqual({ SnapshotId: 'snap-1', Attribute: 'createVolumePermission' });
  });

  it('EBS: another account\'s shared snapshot is described without its attribute (only the owner may read it); unencrypted has no key', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [{ SnapshotId: 'snap-2', OwnerId: TARGET, Encrypted: false }] });
    const found = await cloud.describeSnapshot(KEYS, { region: 'us-east-1', snapshotId: 'snap-2', type: 'ebs:volume', ownerAccountId: TARGET });
    expect(found).toMatchObject({ ownerAccountId: TARGET, kmsKeyId: null, keyManager: null, sharedWith: [] });
    expect(ec2.commandCalls(DescribeSnapshotAttributeCommand)).toHaveLength(0);
  });

  it('a snapshot that does not exist is undefined, for each type', async () => {
    ec2.on(DescribeSnapshotsCommand).rejects(awsError('InvalidSnapshot.NotFound'));
    rds.on(DescribeDBSnapshotsCommand).rejects(awsError('DBSnapshotNotFound'));
    dynamodb.on(DescribeBackupCommand).rejects(awsError('BackupNotFoundException'));
    s3.on(HeadObjectCommand).rejects(awsError('NotFound', { status: 404 }));
    for (const [type, snapshotId] of [['ebs:volume', 'snap-x'], ['rds:db-instance', 'lifeboat-rds-x'], ['dynamodb:table', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/t/backup/1`], ['s3:bucket', 'lifeboat-s3-x']] as const) {
      expect(await cloud.describeSnapshot(KEYS, { region: 'us-east-1', snapshotId, type })).toBeUndefined();
    }
  });

  it('RDS: own snapshot by identifier with its `restore` accounts; another account\'s by ARN with IncludeShared', async () => {
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [{ DBSnapshotArn: `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:db-1`, Encrypted: true, KmsKeyId: OWN_KEY }] });
    rds.on(DescribeDBSnapshotAttributesCommand).resolves({ DBSnapshotAttributesResult: { DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: [TARGET] }] } });
    expect(await cloud.describeSnapshot(KEYS, { region: 'us-east-1', snapshotId: 'db-1', type: 'rds:db-instance' }))
      .toMatchObject({ ownerAccountId: ACCOUNT, kmsKeyId: OWN_KEY, keyManager: 'customer', sharedWith: [TARGET] });
    expect(input(rds.commandCalls(DescribeDBSnapshotsCommand))).toEqual({ DBSnapshotIdentifier: 'db-1' });

    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [{ DBSnapshotArn: `arn:aws:rds:us-east-1:${TARGET}:snapshot:db-2`, Encrypted: false }] });
    expect(await cloud.describeSnapshot(KEYS, { region: 'us-east-1', snapshotId: 'db-2', type: 'rds:db-instance', ownerAccountId: TARGET }))
      .toMatchObject({ ownerAccountId: TARGET, kmsKeyId: null, keyManager: null, sharedWith: [] });
    expect(input(rds.commandCalls(DescribeDBSnapshotsCommand), 1))
      .toEqual({ DBSnapshotIdentifier: `arn:aws:rds:us-east-1:${TARGET}:snapshot:db-2`, IncludeShared: true, SnapshotType: 'shared' });
    expect(rds.commandCalls(DescribeDBSnapshotAttributesCommand)).toHaveLength(1);
  });

  it('DynamoDB: never shared; a table under DynamoDB\'s own key has no KMS key and counts as AWS-managed', async () => {
    const arn = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders/backup/01`;
    dynamodb.on(DescribeBackupCommand).resolves({ BackupDescription: { BackupDetails: { BackupArn: arn, BackupStatus: 'AVAILABLE' } as never } });
    expect(await cloud.describeSnapshot(KEYS, { region: 'us-east-1', snapshotId: arn, type: 'dynamodb:table' }))
      .toMatchObject({ ownerAccountId: ACCOUNT, kmsKeyId: null, keyManager: 'aws', sharedWith: [] });
    dynamodb.on(DescribeBackupCommand).resolves({ BackupDescription: { SourceTableFeatureDetails: { SSEDescription: { SSEType: 'KMS', KMSMasterKeyArn: OWN_KEY } } } });
    expect(await cloud.describeSnapshot(KEYS, { region: 'us-east-1', snapshotId: arn, type: 'dynamodb:table' })).toMatchObject({ kmsKeyId: OWN_KEY, keyManager: 'customer' });
  });

  it('S3: the vault backup\'s key from its manifest and the accounts its bucket policy grants', async () => {
    s3.on(HeadObjectCommand).resolves({ Metadata: { 'kms-key-id': OWN_KEY } });
    fakeVaultPolicy();
    await cloud.shareSnapshot(KEYS, share('s3:bucket', 'lifeboat-s3-abc'));
    expect(await cloud.describeSnapshot(KEYS, { region: 'us-east-1', snapshotId: 'lifeboat-s3-abc', type: 's3:bucket' }))
      .toMatchObject({ ownerAccountId: ACCOUNT, kmsKeyId: OWN_KEY, keyManager: 'customer', sharedWith: [TARGET] });
    expect(input(s3.commandCalls(HeadObjectCommand))).toMatchObject({ Bucket: `vault-${ACCOUNT}-us-east-1`, Key: 'snapshots/lifeboat-s3-abc/manifest.json', ExpectedBucketOwner: ACCOUNT });
  });
});

describe('shareSnapshot and unshareSnapshot', () => {
  it('EBS: createVolumePermission add, then remove, of the account', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [{ SnapshotId: 'snap-1', Encrypted: true, KmsKeyId: OWN_KEY }] });
    ec2.on(ModifySnapshotAttributeCommand).resolves({});
    await cloud.shareSnapshot(KEYS, share('ebs:volume', 'snap-1'));
    await cloud.shareSnapshot(KEYS, share('ebs:volume', 'snap-1'));
    await cloud.unshareSnapshot(KEYS, share('ebs:volume', 'snap-1'));
    const calls = ec2.commandCalls(ModifySnapshotAttributeCommand);
    expect(input(calls, 0)).toEqual({ SnapshotId: 'snap-1', Attribute: 'createVolumePermission', OperationType: 'add', UserIds: [TARGET] });
    expect(input(calls, 1)).toEqual(input(calls, 0));
    expect(input(calls, 2)).toEqual({ SnapshotId: 'snap-1', Attribute: 'createVolumePermission', OperationType: 'remove', UserIds: [TARGET] });
  });

  it('EBS under an AWS-managed key is refused up front with EC2\'s OperationNotPermitted, and nothing is modified', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [{ SnapshotId: 'snap-1', Encrypted: true, KmsKeyId: AWS_KEY }] });
    await expect(cloud.shareSnapshot(KEYS, share('ebs:volume', 'snap-1')))
      .rejects.toMatchObject({ reason: 'fault', cloudCode: 'OperationNotPermitted', message: expect.stringContaining('AWS-managed key') });
    expect(ec2.commandCalls(ModifySnapshotAttributeCommand)).toHaveLength(0);
  });

  it('RDS: the `restore` attribute gains and loses the account; an AWS-managed key is refused', async () => {
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [{ DBSnapshotIdentifier: 'db-1', Encrypted: false }] });
    rds.on(ModifyDBSnapshotAttributeCommand).resolves({});
    await cloud.shareSnapshot(KEYS, share('rds:db-instance', 'db-1'));
    await cloud.unshareSnapshot(KEYS, share('rds:db-instance', 'db-1'));
    expect(input(rds.commandCalls(ModifyDBSnapshotAttributeCommand), 0)).toEqual({ DBSnapshotIdentifier: 'db-1', AttributeName: 'restore', ValuesToAdd: [TARGET] });
    expect(input(rds.commandCalls(ModifyDBSnapshotAttributeCommand), 1)).toEqual({ DBSnapshotIdentifier: 'db-1', AttributeName: 'restore', ValuesToRemove: [TARGET] });

    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [{ DBSnapshotIdentifier: 'db-1', Encrypted: true, KmsKeyId: AWS_KEY }] });
    await expect(cloud.shareSnapshot(KEYS, share('rds:db-instance', 'db-1'))).rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterValue' });
    expect(rds.commandCalls(ModifyDBSnapshotAttributeCommand)).toHaveLength(2);
  });

  it('sharing a snapshot that does not exist is the type\'s NotFound; withdrawing from one that is gone succeeds', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] });
    await expect(cloud.shareSnapshot(KEYS, share('ebs:volume', 'snap-gone'))).rejects.toMatchObject({ cloudCode: 'InvalidSnapshot.NotFound' });
    ec2.on(ModifySnapshotAttributeCommand).rejects(awsError('InvalidSnapshot.NotFound'));
    rds.on(ModifyDBSnapshotAttributeCommand).rejects(awsError('DBSnapshotNotFound', { status: 404 }));
    await cloud.unshareSnapshot(KEYS, share('ebs:volume', 'snap-gone'));
    await cloud.unshareSnapshot(KEYS, share('rds:db-instance', 'db-gone'));
  });

  it('AccessDenied from AWS is an authentication failure naming the code; a bad account id is refused before any call', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [{ SnapshotId: 'snap-1', Encrypted: false }] });
    ec2.on(ModifySnapshotAttributeCommand).rejects(awsError('UnauthorizedOperation', { message: 'You are not authorized to perform this operation.', status: 403 }));
    await expect(cloud.shareSnapshot(KEYS, share('ebs:volume', 'snap-1'))).rejects.toMatchObject({ reason: 'authentication', cloudCode: 'UnauthorizedOperation' });
    await expect(cloud.shareSnapshot(KEYS, share('ebs:volume', 'snap-1', '2222'))).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue', message: expect.stringContaining('accountId') });
    expect(ec2.commandCalls(ModifySnapshotAttributeCommand)).toHaveLength(1);
  });

  it('DynamoDB backups are refused (they cannot be shared); withdrawing is a no-op', async () => {
    const arn = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/t/backup/1`;
    await expect(cloud.shareSnapshot(KEYS, share('dynamodb:table', arn))).rejects.toMatchObject({ reason: 'fault', cloudCode: 'UnsupportedOperation' });
    await cloud.unshareSnapshot(KEYS, share('dynamodb:table', arn));
  });

  it('S3: the vault policy gains read of the backup\'s prefix only, keeps other statements, and loses it again (the last share deletes the policy)', async () => {
    const other = { Sid: 'Theirs', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::x', Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
    const vault = fakeVaultPolicy({ Version: '2012-10-17', Statement: other });
    s3.on(HeadObjectCommand).rejects(awsError('NotFound', { status: 404 }));
    await expect(cloud.shareSnapshot(KEYS, share('s3:bucket', 'lifeboat-s3-abc'))).rejects.toMatchObject({ reason: 'fault', cloudCode: 'ResourceNotFoundException' });
    expect(s3.commandCalls(PutBucketPolicyCommand)).toHaveLength(0);
    s3.on(HeadObjectCommand).resolves({ Metadata: {} });

    await cloud.shareSnapshot(KEYS, share('s3:bucket', 'lifeboat-s3-abc'));
    await cloud.shareSnapshot(KEYS, share('s3:bucket', 'lifeboat-s3-abc'));
    expect(s3.commandCalls(PutBucketPolicyCommand)).toHaveLength(1);
    const statements = JSON.parse(vault.policy!).Statement;
    expect(statements[0]).toEqual(other);
    expect(statements.slice(1)).toEqual([
      { Sid: expect.stringMatching(/^LifeboatShare[0-9a-f]+Objects$/), Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${TARGET}:root`] }, Action: 's3:GetObject',
        Resource: `arn:aws:s3:::vault-${ACCOUNT}-us-east-1/snapshots/lifeboat-s3-abc/*` },
      { Sid: expect.stringMatching(/^LifeboatShare[0-9a-f]+List$/), Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${TARGET}:root`] }, Action: 's3:ListBucket',
        Resource: `arn:aws:s3:::vault-${ACCOUNT}-us-east-1`, Condition: { StringLike: { 's3:prefix': 'snapshots/lifeboat-s3-abc/*' } } },
    ]);

    await cloud.unshareSnapshot(KEYS, share('s3:bucket', 'lifeboat-s3-abc'));
    expect(JSON.parse(vault.policy!).Statement).toEqual([other]);
    vault.policy = JSON.stringify({ Version: '2012-10-17', Statement: [] });
    await cloud.shareSnapshot(KEYS, share('s3:bucket', 'lifeboat-s3-abc'));
    await cloud.unshareSnapshot(KEYS, share('s3:bucket', 'lifeboat-s3-abc'));
    expect(s3.commandCalls(DeleteBucketPolicyCommand)).toHaveLength(1);
    expect(vault.policy).toBeUndefined();
  });

  it('S3: a share lost to a concurrent policy write is written again until a read shows it', async () => {
    const shared = { Sid: 'Other', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::333333333333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::x/*' };
    let reads = 0;
    let policy = JSON.stringify({ Statement: [] });
    s3.on(HeadObjectCommand).resolves({ Metadata: {} });
    s3.on(GetBucketPolicyCommand).callsFake(async () => {
      reads += 1;
      // The second read sees another writer's policy, which replaced ours.
      if (reads === 2) policy = JSON.stringify({ Statement: [shared] });
      return { Policy: policy };
    });
    s3.on(PutBucketPolicyCommand).callsFake(async (sent: { Policy: string }) => { policy = sent.Policy; return {}; });
    await cloud.shareSnapshot(KEYS, share('s3:bucket', 'lifeboat-s3-abc'));
    expect(s3.commandCalls(PutBucketPolicyCommand)).toHaveLength(2);
    const final = JSON.parse(policy).Statement;
    expect(final[0]).toEqual(shared);
    expect(final).toHaveLength(3);
  });
});
