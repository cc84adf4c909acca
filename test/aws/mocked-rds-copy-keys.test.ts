import { CreateAliasCommand, CreateKeyCommand, DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { CopyDBSnapshotCommand, DescribeDBSnapshotsCommand, RDSClient } from '@aws-sdk/client-rds';
import { beforeEach, describe, expect, it } from 'vitest';
import { actionsFor } from '../../src/cloud/iam-actions.ts';
import { ACCOUNT, awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { rds, kms, cloud } = useMockedCloud({ rds: RDSClient, kms: KMSClient });

const snapshot = (extra: Record<string, unknown>) => ({ DBSnapshots: [{ DBSnapshotIdentifier: 'lifeboat-rds-src', Status: 'available', ...extra }] });
const copy = () => cloud.copySnapshot(KEYS, { sourceRegion: 'us-east-1', targetRegion: 'us-west-2', snapshotId: 'lifeboat-rds-src', resourceId: 'orders-db', type: 'rds:db-instance', protectionId: 'p-1' });
const CUSTOMER = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const MRK = `arn:aws:kms:us-east-1:${ACCOUNT}:key/mrk-1234abcd12ab34cd56ef1234567890ab`;
const MRK_WEST = MRK.replace('us-east-1', 'us-west-2');
const LIFEBOAT_WEST = `arn:aws:kms:us-west-2:${ACCOUNT}:key/lifeboat-west`;
const metadata = (Arn: string, extra: Record<string, unknown> = {}) => ({ KeyMetadata: { KeyId: Arn.split('/')[1], Arn, KeyManager: 'CUSTOMER' as const, KeyState: 'Enabled' as const, ...extra } });

function sourceUnder(KmsKeyId: string) {
  rds.on(DescribeDBSnapshotsCommand).rejects(awsError('DBSnapshotNotFound'));
  rds.on(DescribeDBSnapshotsCommand, { DBSnapshotIdentifier: 'lifeboat-rds-src' }).resolves(snapshot({ Encrypted: true, KmsKeyId }));
}

beforeEach(() => {
  rds.on(CopyDBSnapshotCommand).callsFake(async (request: { TargetDBSnapshotIdentifier: string }) => {
    rds.on(DescribeDBSnapshotsCommand, { DBSnapshotIdentifier: request.TargetDBSnapshotIdentifier }).resolves(snapshot({ DBSnapshotIdentifier: request.TargetDBSnapshotIdentifier }));
    return {};
  });
  kms.on(DescribeKeyCommand).rejects(awsError('NotFoundException'));
  kms.on(CreateKeyCommand).resolves(metadata(LIFEBOAT_WEST));
  kms.on(CreateAliasCommand).resolves({});
});

describe('CopyDBSnapshot of a snapshot under a customer-managed key keeps it under a key the customer controls', () => {
  it('a multi-Region key: the copy is encrypted under its replica in the destination region (same key id, that region\'s ARN)', async () => {
    sourceUnder(MRK);
    kms.on(DescribeKeyCommand, { KeyId: MRK }).resolves(metadata(MRK, { MultiRegion: true }));
    kms.on(DescribeKeyCommand, { KeyId: MRK_WEST }).resolves(metadata(MRK_WEST, { MultiRegion: true }));
    await copy();
    expect(input(rds.commandCalls(CopyDBSnapshotCommand)).KmsKeyId).toBe(MRK_WEST);
    expect(kms.commandCalls(CreateKeyCommand)).toHaveLength(0);
  });

  it('a single-Region customer key (or a multi-Region one without a replica there): Lifeboat\'s alias/lifeboat-recovered of the destination, created when missing, never alias/aws/rds', async () => {
    sourceUnder(CUSTOMER);
    kms.on(DescribeKeyCommand, { KeyId: CUSTOMER }).resolves(metadata(CUSTOMER));
    await copy();
    expect(input(rds.commandCalls(CopyDBSnapshotCommand)).KmsKeyId).toBe(LIFEBOAT_WEST);
    expect(input(kms.commandCalls(CreateAliasCommand))).toEqual({ AliasName: 'alias/lifeboat-recovered', TargetKeyId: 'lifeboat-west' });
    // Granting no other account: the key is the customer's own, administered by its account's root.
    expect(JSON.parse(input(kms.commandCalls(CreateKeyCommand)).Policy!).Statement).toHaveLength(1);

    rds.reset();
    kms.reset();
    rds.on(CopyDBSnapshotCommand).callsFake(async (request: { TargetDBSnapshotIdentifier: string }) => {
      rds.on(DescribeDBSnapshotsCommand, { DBSnapshotIdentifier: request.TargetDBSnapshotIdentifier }).resolves(snapshot({ DBSnapshotIdentifier: request.TargetDBSnapshotIdentifier }));
      return {};
    });
    sourceUnder(MRK);
    kms.on(DescribeKeyCommand).rejects(awsError('NotFoundException'));
    kms.on(DescribeKeyCommand, { KeyId: MRK }).resolves(metadata(MRK, { MultiRegion: true }));
    kms.on(DescribeKeyCommand, { KeyId: 'alias/lifeboat-recovered' }).resolves(metadata(LIFEBOAT_WEST));
    await copy();
    expect(input(rds.commandCalls(CopyDBSnapshotCommand)).KmsKeyId).toBe(LIFEBOAT_WEST);
    expect(kms.commandCalls(CreateKeyCommand)).toHaveLength(0);
  });

  it('a key the account cannot see is refused clearly, before any copy', async () => {
    sourceUnder(CUSTOMER);
    await expect(copy()).rejects.toMatchObject({ reason: 'fault', cloudCode: 'NotFoundException', message: expect.stringContaining(CUSTOMER) });
    expect(rds.commandCalls(CopyDBSnapshotCommand)).toHaveLength(0);
  });

  it('the role template grants what the copy needs: kms:DescribeKey, and the Lifeboat key\'s CreateKey and CreateAlias', () => {
    expect(actionsFor(['RDS'])).toEqual(expect.arrayContaining(['kms:DescribeKey', 'kms:CreateKey', 'kms:CreateAlias', 'kms:CreateGrant', 'kms:ReEncryptTo']));
  });
});
