// EBS CopySnapshot across regions (issue 17, item 13): without KmsKeyId the copy is re-encrypted under the account's
// default EBS key of the destination, so a snapshot under a customer-managed key would lose it. Such a copy names the
// same destination key as an RDS copy (kms.ts copyKeyFor): the key's multi-Region replica, else alias/lifeboat-recovered.
import { CopySnapshotCommand, DescribeSnapshotsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateAliasCommand, CreateKeyCommand, DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { beforeEach, describe, expect, it } from 'vitest';
import { actionsFor } from '../../src/cloud/iam-actions.ts';
import { ACCOUNT, awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { ec2, kms, cloud } = useMockedCloud({ ec2: EC2Client, kms: KMSClient });

const CUSTOMER = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const MRK = `arn:aws:kms:us-east-1:${ACCOUNT}:key/mrk-1234abcd12ab34cd56ef1234567890ab`;
const MRK_WEST = MRK.replace('us-east-1', 'us-west-2');
const EBS_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/aws-ebs-east`;
const LIFEBOAT_WEST = `arn:aws:kms:us-west-2:${ACCOUNT}:key/lifeboat-west`;
const metadata = (Arn: string, extra: Record<string, unknown> = {}) => ({ KeyMetadata: { KeyId: Arn.split('/')[1], Arn, KeyManager: 'CUSTOMER' as const, KeyState: 'Enabled' as const, ...extra } });
const copy = () => cloud.copySnapshot(KEYS, { sourceRegion: 'us-east-1', targetRegion: 'us-west-2', snapshotId: 'snap-src', resourceId: 'vol-1', type: 'ebs:volume', protectionId: 'p-1' });

function sourceUnder(KmsKeyId: string | undefined) {
  ec2.on(DescribeSnapshotsCommand, { SnapshotIds: ['snap-src'] }).resolves({ Snapshots: [{ SnapshotId: 'snap-src', State: 'completed', VolumeSize: 8, Encrypted: KmsKeyId !== undefined, KmsKeyId }] });
}

beforeEach(() => {
  ec2.on(DescribeSnapshotsCommand, { OwnerIds: ['self'] }).resolves({ Snapshots: [] });
  ec2.on(CopySnapshotCommand).resolves({ SnapshotId: 'snap-copy' });
  ec2.on(DescribeSnapshotsCommand, { SnapshotIds: ['snap-copy'] }).resolves({ Snapshots: [{ SnapshotId: 'snap-copy', State: 'completed', VolumeSize: 8 }] });
  kms.on(DescribeKeyCommand).rejects(awsError('NotFoundException'));
  kms.on(CreateKeyCommand).resolves(metadata(LIFEBOAT_WEST));
  kms.on(CreateAliasCommand).resolves({});
});

describe('CopySnapshot of an EBS snapshot to another region keeps a customer-managed key under a key the customer controls', () => {
  it('a multi-Region key: Encrypted with KmsKeyId naming its replica in the destination region', async () => {
    sourceUnder(MRK);
    kms.on(DescribeKeyCommand, { KeyId: MRK }).resolves(metadata(MRK, { MultiRegion: true }));
    kms.on(DescribeKeyCommand, { KeyId: MRK_WEST }).resolves(metadata(MRK_WEST, { MultiRegion: true }));
    expect(await copy()).toMatchObject({ snapshotId: 'snap-copy', region: 'us-west-2' });
    expect(input(ec2.commandCalls(CopySnapshotCommand))).toMatchObject({ SourceRegion: 'us-east-1', SourceSnapshotId: 'snap-src', Encrypted: true, KmsKeyId: MRK_WEST });
    expect(kms.commandCalls(CreateKeyCommand)).toHaveLength(0);
  });

  it('a single-Region customer key: alias/lifeboat-recovered of the destination (created when missing), never the default EBS key', async () => {
    sourceUnder(CUSTOMER);
    kms.on(DescribeKeyCommand, { KeyId: CUSTOMER }).resolves(metadata(CUSTOMER));
    await copy();
    expect(input(ec2.commandCalls(CopySnapshotCommand))).toMatchObject({ Encrypted: true, KmsKeyId: LIFEBOAT_WEST });
    expect(input(kms.commandCalls(CreateAliasCommand))).toEqual({ AliasName: 'alias/lifeboat-recovered', TargetKeyId: 'lifeboat-west' });
    expect(await kms.commandCalls(CreateKeyCommand)[0]!.thisValue.config.region()).toBe('us-west-2');
  });

  it('under alias/aws/ebs, or unencrypted: no KmsKeyId (the destination\'s own EBS key is right); no key is created', async () => {
    sourceUnder(EBS_KEY);
    kms.on(DescribeKeyCommand, { KeyId: EBS_KEY }).resolves(metadata(EBS_KEY, { KeyManager: 'AWS' }));
    await copy();
    expect(input(ec2.commandCalls(CopySnapshotCommand))).not.toHaveProperty('KmsKeyId');
    ec2.resetHistory();
    sourceUnder(undefined);
    await copy();
    expect(input(ec2.commandCalls(CopySnapshotCommand))).not.toHaveProperty('KmsKeyId');
    expect(input(ec2.commandCalls(CopySnapshotCommand))).not.toHaveProperty('Encrypted');
    expect(kms.commandCalls(CreateKeyCommand)).toHaveLength(0);
  });

  it('a key the account cannot see is refused clearly, before any copy', async () => {
    sourceUnder(CUSTOMER);
    await expect(copy()).rejects.toMatchObject({ reason: 'fault', cloudCode: 'NotFoundException', message: expect.stringContaining(`EBS snapshot snap-src is encrypted under KMS key ${CUSTOMER}`) });
    expect(ec2.commandCalls(CopySnapshotCommand)).toHaveLength(0);
  });

  it('a connection with EBS alone may make those calls: the role template grants the key lookups and Lifeboat\'s key', () => {
    expect(actionsFor(['EBS'])).toEqual(expect.arrayContaining(['ec2:CopySnapshot', 'kms:DescribeKey', 'kms:CreateKey', 'kms:CreateAlias', 'kms:CreateGrant', 'kms:ReEncryptFrom', 'kms:ReEncryptTo']));
  });
});
