import { createHash } from 'node:crypto';
import { awsCode } from '../errors.ts';
import { arnPrefix } from '../partition.ts';
import { ensurePolicy, grantedAccounts, parsePolicy, withoutAccounts, withPrincipals, type PolicyDocument, type PolicyStatement } from '../policy-document.ts';
import type { Session } from '../session.ts';
import { vaultFor, type Vault } from '../snapshots/vault.ts';
import { commandsOf, type S3Client } from '../clients.ts';

const { DeleteBucketPolicyCommand, GetBucketPolicyCommand, PutBucketPolicyCommand } = commandsOf('s3');

/**
 * Sharing an S3 backup means the vault's bucket policy lets the other account read that backup's prefix, and only it:
 * GetObject on `snapshots/<id>/*` and ListBucket limited to that prefix (s3:prefix condition). The other account then
 * copies the objects into its own vault (copySnapshotForRecovery, purpose receive). One pair of statements per
 * backup, named from its id; IAM Sids are letters and digits only.
 */
const sidsOf = (snapshotId: string) => {
  const digest = createHash('sha256').update(snapshotId).digest('hex').slice(0, 24);
  return { objects: `LifeboatShare${digest}Objects`, list: `LifeboatShare${digest}List` };
};

function statements(vault: Vault, snapshotId: string): { objects: PolicyStatement; list: PolicyStatement } {
  const sids = sidsOf(snapshotId);
  const bucketArn = `${arnPrefix(vault.region)}:s3:::${vault.bucket}`;
  const prefix = `snapshots/${snapshotId}/`;
  return {
    objects: { Sid: sids.objects, Effect: 'Allow', Action: 's3:GetObject', Resource: `${bucketArn}/${prefix}*` },
    list: { Sid: sids.list, Effect: 'Allow', Action: 's3:ListBucket', Resource: bucketArn, Condition: { StringLike: { 's3:prefix': `${prefix}*` } } },
  };
}

async function readPolicy(s3: S3Client, vault: Vault): Promise<PolicyDocument> {
  try {
    const answer = await s3.send(new GetBucketPolicyCommand({ Bucket: vault.bucket, ExpectedBucketOwner: vault.owner }));
    return parsePolicy(answer.Policy);
  } catch (error) {
    // A bucket with no policy answers NoSuchBucketPolicy.
    if (awsCode(error) === 'NoSuchBucketPolicy') return parsePolicy(undefined);
    throw error;
  }
}

async function writePolicy(s3: S3Client, vault: Vault, policy: PolicyDocument): Promise<void> {
  // S3 refuses a policy without statements: the last share withdrawn removes the policy.
  if (policy.Statement.length === 0) await s3.send(new DeleteBucketPolicyCommand({ Bucket: vault.bucket, ExpectedBucketOwner: vault.owner }));
  else await s3.send(new PutBucketPolicyCommand({ Bucket: vault.bucket, ExpectedBucketOwner: vault.owner, Policy: JSON.stringify(policy) }));
}

/** The accounts the vault's policy lets read the backup. */
export async function vaultSharedWith(session: Session, region: string, snapshotId: string): Promise<string[]> {
  const vault = await vaultFor(session, region);
  return grantedAccounts(await readPolicy(session.client('s3', vault.region), vault), sidsOf(snapshotId).objects);
}

/** Adds (or removes) the account in both statements of the backup. Idempotent both ways. */
export async function changeVaultShare(session: Session, region: string, snapshotId: string, accountId: string, share: boolean): Promise<void> {
  const vault = await vaultFor(session, region);
  const s3 = session.client('s3', vault.region);
  const { objects, list } = statements(vault, snapshotId);
  const principal = `${arnPrefix(vault.region)}:iam::${accountId}:root`;
  await ensurePolicy(`the bucket policy of ${vault.bucket}`, () => readPolicy(s3, vault), (policy) => writePolicy(s3, vault, policy), (policy) => {
    if (share) {
      const withObjects = withPrincipals(policy, objects, [principal]);
      const withList = withPrincipals(withObjects ?? policy, list, [principal]);
      return withList ?? withObjects;
    }
    const withoutObjects = withoutAccounts(policy, objects.Sid!, [accountId]);
    const withoutList = withoutAccounts(withoutObjects ?? policy, list.Sid!, [accountId]);
    return withoutList ?? withoutObjects;
  });
}
