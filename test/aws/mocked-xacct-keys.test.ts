import {
  CreateAliasCommand, CreateKeyCommand, DescribeKeyCommand, GetKeyPolicyCommand, KMSClient, PutKeyPolicyCommand, ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import type { EnsureKeyRequest } from '../../src/cloud/provider.ts';
import { ACCOUNT, awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { kms, cloud } = useMockedCloud({ kms: KMSClient });

const ALIAS = 'alias/lifeboat-recovery';
const ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/k-1`;
const request = (grantAccountIds: string[], alias = ALIAS): EnsureKeyRequest => ({ region: 'us-east-1', alias, grantAccountIds, description: 'Lifeboat recovery key' });
const existing = { KeyMetadata: { KeyId: 'k-1', Arn: ARN, KeyManager: 'CUSTOMER' as const, KeyState: 'Enabled' as const } };
const root = (account: string) => `arn:aws:iam::${account}:root`;

/** The key policy as KMS keeps it: GetKeyPolicy answers what the last PutKeyPolicy wrote. */
function keptPolicy(initial: object) {
  const state = { policy: JSON.stringify(initial) };
  kms.on(GetKeyPolicyCommand).callsFake(async () => ({ Policy: state.policy }));
  kms.on(PutKeyPolicyCommand).callsFake(async (sent: { Policy: string }) => { state.policy = sent.Policy; return {}; });
  return state;
}

describe('ensureKey', () => {
  it('no key behind the alias: CreateKey with a policy (root administers, the accounts use) and the alias tag, then CreateAlias', async () => {
    kms.on(DescribeKeyCommand).rejects(awsError('NotFoundException'));
    kms.on(CreateKeyCommand).resolves(existing);
    kms.on(CreateAliasCommand).resolves({});
    expect(await cloud.ensureKey(KEYS, request(['222222222222']))).toEqual({ keyId: 'k-1', keyArn: ARN, alias: ALIAS });
    const sent = input(kms.commandCalls(CreateKeyCommand));
    expect(sent).toMatchObject({ Description: 'Lifeboat recovery key', KeyUsage: 'ENCRYPT_DECRYPT', KeySpec: 'SYMMETRIC_DEFAULT', Tags: [{ TagKey: 'lifeboat:key-alias', TagValue: ALIAS }] });
    expect(JSON.parse(sent.Policy!).Statement).toEqual([
      { Sid: 'LifeboatAccountAdministers', Effect: 'Allow', Principal: { AWS: root(ACCOUNT) }, Action: 'kms:*', Resource: '*' },
      { Sid: 'LifeboatRecoveryAccounts', Effect: 'Allow', Principal: { AWS: [root('222222222222')] },
        Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:CreateGrant', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], Resource: '*' },
    ]);
    expect(input(kms.commandCalls(CreateAliasCommand))).toEqual({ AliasName: ALIAS, TargetKeyId: 'k-1' });
    expect(input(kms.commandCalls(DescribeKeyCommand))).toEqual({ KeyId: ALIAS });
  });

  it('a key without grants gets no grant statement (a statement without principals is invalid)', async () => {
    kms.on(DescribeKeyCommand).rejects(awsError('NotFoundException'));
    kms.on(CreateKeyCommand).resolves(existing);
    kms.on(CreateAliasCommand).resolves({});
    await cloud.ensureKey(KEYS, request([], 'alias/lifeboat-recovered'));
    expect(JSON.parse(input(kms.commandCalls(CreateKeyCommand)).Policy!).Statement).toHaveLength(1);
    expect(kms.commandCalls(GetKeyPolicyCommand)).toHaveLength(0);
  });

  it('an existing key: only the missing accounts are added to its policy, other statements kept; a repeat writes nothing', async () => {
    kms.on(DescribeKeyCommand).resolves(existing);
    const theirs = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: root(ACCOUNT) }, Action: 'kms:*', Resource: '*' };
    const kept = keptPolicy({ Version: '2012-10-17', Statement: [theirs, { Sid: 'LifeboatRecoveryAccounts', Effect: 'Allow', Principal: { AWS: root('222222222222') }, Action: ['kms:Decrypt'], Resource: '*' }] });
    await cloud.ensureKey(KEYS, request(['222222222222', '333333333333']));
    await cloud.ensureKey(KEYS, request(['333333333333', '222222222222']));
    expect(kms.commandCalls(CreateKeyCommand)).toHaveLength(0);
    expect(kms.commandCalls(PutKeyPolicyCommand)).toHaveLength(1);
    expect(input(kms.commandCalls(PutKeyPolicyCommand))).toMatchObject({ KeyId: 'k-1', PolicyName: 'default' });
    expect(input(kms.commandCalls(GetKeyPolicyCommand))).toEqual({ KeyId: 'k-1', PolicyName: 'default' });
    const statements = JSON.parse(kept.policy).Statement;
    expect(statements[0]).toEqual(theirs);
    expect(statements[1].Principal.AWS).toEqual([root('222222222222'), root('333333333333')]);
  });

  it('a lost race for the alias (AlreadyExistsException): the new key is scheduled for deletion after 7 days and the winner\'s is used', async () => {
    const winner = { KeyMetadata: { KeyId: 'k-win', Arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k-win`, KeyManager: 'CUSTOMER' as const, KeyState: 'Enabled' as const } };
    kms.on(DescribeKeyCommand).rejectsOnce(awsError('NotFoundException')).resolves(winner);
    kms.on(CreateKeyCommand).resolves({ KeyMetadata: { KeyId: 'k-lost', Arn: 'arn:lost' } });
    kms.on(CreateAliasCommand).rejects(awsError('AlreadyExistsException'));
    kms.on(ScheduleKeyDeletionCommand).resolves({});
    keptPolicy({ Statement: [] });
    expect(await cloud.ensureKey(KEYS, request(['222222222222']))).toMatchObject({ keyId: 'k-win' });
    expect(input(kms.commandCalls(ScheduleKeyDeletionCommand))).toEqual({ KeyId: 'k-lost', PendingWindowInDays: 7 });
    // The winner may have been made for other accounts: the grant is ensured on it too.
    expect(kms.commandCalls(PutKeyPolicyCommand)).toHaveLength(1);
  });

  it('refuses an AWS-managed or reserved alias, a disabled key and a bad account id, with KMS\'s codes', async () => {
    await expect(cloud.ensureKey(KEYS, request([], 'alias/aws/ebs'))).rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidAliasNameException' });
    await expect(cloud.ensureKey(KEYS, request(['12']))).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue', message: expect.stringContaining('grantAccountIds') });
    kms.on(DescribeKeyCommand).resolves({ KeyMetadata: { ...existing.KeyMetadata, KeyState: 'PendingDeletion' } });
    await expect(cloud.ensureKey(KEYS, request([]))).rejects.toMatchObject({ reason: 'fault', cloudCode: 'KMSInvalidStateException', message: expect.stringContaining('PendingDeletion') });
    expect(kms.commandCalls(CreateKeyCommand)).toHaveLength(0);
  });

  it('AccessDeniedException (the role lacks kms:CreateKey) is an authentication failure with KMS\'s code', async () => {
    kms.on(DescribeKeyCommand).rejects(awsError('NotFoundException'));
    kms.on(CreateKeyCommand).rejects(awsError('AccessDeniedException', { status: 400 }));
    await expect(cloud.ensureKey(KEYS, request([]))).rejects.toMatchObject({ reason: 'authentication', cloudCode: 'AccessDeniedException' });
  });
});
