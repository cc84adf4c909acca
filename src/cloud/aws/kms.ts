import type { KeyMetadata } from '@aws-sdk/client-kms';
import { CloudCallError, type CloudKey, type EnsureKeyRequest } from '../provider.ts';
import { awsCode, faultError } from './errors.ts';
import { arnPrefix } from './partition.ts';
import { ensurePolicy, parsePolicy, withPrincipals, type PolicyDocument, type PolicyStatement } from './policy-document.ts';
import type { Session } from './session.ts';
import { commandsOf, type KMSClient } from './clients.ts';

const { CreateAliasCommand, CreateKeyCommand, DescribeKeyCommand, GetKeyPolicyCommand, PutKeyPolicyCommand, ScheduleKeyDeletionCommand } = commandsOf('kms');

/** The tag a key Lifeboat creates carries: its alias, so a key orphaned by a crash before CreateAlias can be told. */
export const KEY_ALIAS_TAG = 'lifeboat:key-alias';
const GRANT_SID = 'LifeboatRecoveryAccounts';
/**
 * What each granted account may do with the key: read snapshots encrypted under it, copy them re-encrypting under
 * its own key, and let EBS/RDS create the grants a copy or restore needs (AWS KMS guide, "Allowing users in other
 * accounts to use a KMS key"; wildcards are allowed in key policy actions).
 */
export const GRANTED_KEY_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey', 'kms:CreateGrant', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];
/** The shortest wait ScheduleKeyDeletion allows (PendingWindowInDays 7–30). */
const SHORTEST_DELETION_WINDOW_DAYS = 7;

const rootOf = (region: string, account: string) => `${arnPrefix(region)}:iam::${account}:root`;

function grantStatement(region: string, accounts: readonly string[]): PolicyStatement {
  return { Sid: GRANT_SID, Effect: 'Allow', Principal: { AWS: accounts.map((a) => rootOf(region, a)) }, Action: GRANTED_KEY_ACTIONS, Resource: '*' };
}

/**
 * A new key's policy. The account's root administers it, as KMS's default policy does, which delegates to IAM: the
 * connection's role keeps the PutKeyPolicy it needs, so CreateKey's lockout safety check passes.
 */
function keyPolicy(region: string, account: string, grants: readonly string[]): PolicyDocument {
  const admin: PolicyStatement = { Sid: 'LifeboatAccountAdministers', Effect: 'Allow', Principal: { AWS: rootOf(region, account) }, Action: 'kms:*', Resource: '*' };
  return { Version: '2012-10-17', Id: 'lifeboat-recovery-key', Statement: grants.length ? [admin, grantStatement(region, grants)] : [admin] };
}

/** DescribeKey of an alias, key id or ARN; undefined when KMS knows no such key (NotFoundException). */
async function describeKey(kms: KMSClient, keyId: string): Promise<KeyMetadata | undefined> {
  try {
    return (await kms.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata;
  } catch (error) {
    if (awsCode(error) === 'NotFoundException') return undefined;
    throw error;
  }
}

/** Whether a key is AWS-managed (alias/aws/ebs, alias/aws/rds, …: no other account can ever use it) or the customer's. */
export async function keyManagerOf(session: Session, region: string, keyId: string): Promise<'aws' | 'customer'> {
  // A key ARN names its own region; KMS keys are regional.
  const keyRegion = keyId.startsWith('arn:') ? keyId.split(':')[3] ?? region : region;
  const key = await describeKey(session.client('kms', keyRegion), keyId);
  if (!key) throw faultError('NotFoundException', `KMS key ${keyId} does not exist or is not visible to this account`);
  return key.KeyManager === 'AWS' ? 'aws' : 'customer';
}

function checkAlias(alias: string): void {
  // `alias/aws/` is reserved for AWS-managed keys (KMS CreateAlias: InvalidAliasNameException).
  if (!/^alias\/[A-Za-z0-9/_-]{1,250}$/.test(alias) || alias.startsWith('alias/aws/')) {
    throw faultError('InvalidAliasNameException', `${JSON.stringify(alias)} is not an alias Lifeboat may own: alias/ then letters, digits, / _ -, not alias/aws/`);
  }
}

function checkUsable(key: KeyMetadata, alias: string): KeyMetadata {
  if (key.KeyManager === 'AWS') throw faultError('InvalidAliasNameException', `${alias} names an AWS-managed key, which cannot be granted to another account`);
  if (key.KeyState !== 'Enabled') {
    // KMS answers KMSInvalidStateException to any use of a key that is disabled or pending deletion.
    throw faultError('KMSInvalidStateException', `${alias} names key ${key.KeyId} which is ${key.KeyState ?? 'not enabled'}: enable it (or cancel its deletion), or delete the alias so Lifeboat makes a new key`);
  }
  return key;
}

/**
 * Creates the key and names it. Two callers racing both create a key, one alias wins (CreateAlias answers the other
 * AlreadyExistsException): the loser's key is scheduled for deletion and the winner's is used.
 */
async function createAliased(kms: KMSClient, session: Session, request: EnsureKeyRequest): Promise<{ key: KeyMetadata; fresh: boolean }> {
  const account = await session.accountId();
  const created = await kms.send(new CreateKeyCommand({
    Description: request.description, KeyUsage: 'ENCRYPT_DECRYPT', KeySpec: 'SYMMETRIC_DEFAULT',
    Policy: JSON.stringify(keyPolicy(request.region, account, request.grantAccountIds)),
    Tags: [{ TagKey: KEY_ALIAS_TAG, TagValue: request.alias }],
  }));
  const key = created.KeyMetadata!;
  try {
    await kms.send(new CreateAliasCommand({ AliasName: request.alias, TargetKeyId: key.KeyId }));
    return { key, fresh: true };
  } catch (error) {
    if (awsCode(error) !== 'AlreadyExistsException') throw error;
  }
  await kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: SHORTEST_DELETION_WINDOW_DAYS }));
  const winner = await describeKey(kms, request.alias);
  if (!winner) throw new CloudCallError('unavailable', 'NotFoundException', `NotFoundException: ${request.alias} exists but its key is not visible yet`);
  return { key: winner, fresh: false };
}

/** The customer-managed key behind the alias, created when missing, its policy granting every account asked for. */
export async function ensureKey(session: Session, request: EnsureKeyRequest): Promise<CloudKey> {
  checkAlias(request.alias);
  const bad = request.grantAccountIds.find((a) => !/^\d{12}$/.test(a));
  if (bad !== undefined) throw faultError('InvalidParameterValue', `grantAccountIds: ${JSON.stringify(bad)} is not a 12-digit AWS account id`);
  const kms = session.client('kms', request.region);
  const found = await describeKey(kms, request.alias);
  const created = found ? undefined : await createAliased(kms, session, request);
  const key = checkUsable(found ?? created!.key, request.alias);
  // A key this call created has the grants in its first policy; one found, or a race's winner, may lack some.
  if (request.grantAccountIds.length && !created?.fresh) {
    // KMS keeps one key policy, named `default`; PutKeyPolicy replaces it whole.
    await ensurePolicy(
      `the key policy of ${request.alias}`,
      async () => parsePolicy((await kms.send(new GetKeyPolicyCommand({ KeyId: key.KeyId, PolicyName: 'default' }))).Policy),
      async (policy) => { await kms.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, PolicyName: 'default', Policy: JSON.stringify(policy) })); },
      (policy) => withPrincipals(policy, grantStatement(request.region, []), request.grantAccountIds.map((a) => rootOf(request.region, a))),
    );
  }
  return { keyId: key.KeyId!, keyArn: key.Arn!, alias: request.alias };
}

/**
 * The alias of the customer-managed key Lifeboat keeps in an account and region for what it re-encrypts there (a
 * cross-account recovery's received copies, a protection's cross-region copies of snapshots under a customer key).
 * Granting no other account; the same name as the recoveries' target key, so one key a region serves both.
 */
export const RECOVERED_KEY_ALIAS = 'alias/lifeboat-recovered';

/** A key ARN with its region replaced: a multi-Region key's replicas share its key id (mrk-…) and differ only in region. */
function inRegion(keyArn: string, region: string): string {
  const parts = keyArn.split(':');
  return parts.length >= 6 ? [...parts.slice(0, 3), region, ...parts.slice(4)].join(':') : keyArn;
}

/**
 * The key a copy of a snapshot encrypted under `sourceKeyId` (in `sourceRegion`) is encrypted under in `targetRegion`
 * (KMS keys are regional; CopyDBSnapshot's KmsKeyId names one of the destination region):
 * - an AWS-managed key: the service's own key there (`awsManagedAlias`, alias/aws/rds), which exists in every region;
 * - a customer-managed multi-Region key with a replica in the target region: that replica, the customer's own key;
 * - any other customer-managed key: Lifeboat's `alias/lifeboat-recovered` there (created when missing, in the
 *   customer's account, granting no other account), never AWS's key, so the copy stays under a key the customer controls.
 */
export async function copyKeyFor(session: Session, input: { sourceKeyId: string; sourceRegion: string; targetRegion: string; awsManagedAlias: string; what: string }): Promise<{ keyId: string; manager: 'aws' | 'replica' | 'lifeboat' }> {
  const keyRegion = input.sourceKeyId.startsWith('arn:') ? input.sourceKeyId.split(':')[3] ?? input.sourceRegion : input.sourceRegion;
  const source = await describeKey(session.client('kms', keyRegion), input.sourceKeyId);
  if (!source) throw faultError('NotFoundException', `${input.what} is encrypted under KMS key ${input.sourceKeyId}, which does not exist or is not visible to this account`);
  if (source.KeyManager === 'AWS') return { keyId: input.awsManagedAlias, manager: 'aws' };
  if (source.MultiRegion && source.Arn) {
    const replica = await describeKey(session.client('kms', input.targetRegion), inRegion(source.Arn, input.targetRegion));
    if (replica?.KeyState === 'Enabled' && replica.Arn) return { keyId: replica.Arn, manager: 'replica' };
  }
  const key = await ensureKey(session, {
    region: input.targetRegion, alias: RECOVERED_KEY_ALIAS, grantAccountIds: [],
    description: 'Lifeboat: re-encrypts copies of snapshots encrypted under customer-managed keys of other regions or accounts',
  });
  return { keyId: key.keyArn, manager: 'lifeboat' };
}
