import type { BucketLocationConstraint } from '@aws-sdk/client-s3';
import { awsCode, faultError } from '../errors.ts';
import type { Session } from '../session.ts';
import type { BucketRef } from './objects.ts';
import { commandsOf, type S3Client } from '../clients.ts';

const { CreateBucketCommand, HeadBucketCommand, HeadObjectCommand, PutBucketVersioningCommand, PutObjectCommand } = commandsOf('s3');

/**
 * Where Lifeboat keeps S3 data of one account and region. Its name is predictable, so someone else
 * could create it first: every call names the expected owner (ExpectedBucketOwner, which S3 answers
 * with 403 when another account owns the bucket), and a vault another account owns is refused.
 */
export interface Vault extends BucketRef {
  readonly region: string;
  readonly owner: string;
}

/** The vault for data in `region`: the configured name with account and region filled in (another account's, when `owner` is given). */
export async function vaultFor(session: Session, region: string, owner?: string): Promise<Vault> {
  const template = session.settings.vaultBucket;
  owner ??= await session.accountId();
  const bucket = template.replace(/\{account\}/g, owner).replace(/\{region\}/g, region);
  return { bucket, owner, region: template.includes('{region}') ? region : session.settings.vaultRegion };
}

/** Vaults known to exist in this process: each is checked (and made) once, not on every snapshot. */
const ensured = new Set<string>();

const notOwned = (vault: Vault, why: string) => faultError('VaultBucketNotOwned',
  `the vault bucket ${vault.bucket} ${why}: Lifeboat does not write to a bucket account ${vault.owner} does not own (set LIFEBOAT_AWS_VAULT_BUCKET to another name)`);

/**
 * Creates the vault bucket if it is missing, with versioning on so an overwritten or deleted object
 * keeps its earlier versions. An AWS-compatible store without versioning still gets its copies; only
 * the extra protection of versions is lost there.
 */
export async function ensureVault(session: Session, vault: Vault): Promise<S3Client> {
  const s3 = session.client('s3', vault.region);
  const key = `${session.settings.endpoints.s3 ?? 'aws'}|${vault.bucket}|${vault.owner}`;
  if (ensured.has(key)) return s3;
  let exists = true;
  try {
    await s3.send(new HeadBucketCommand({ Bucket: vault.bucket, ExpectedBucketOwner: vault.owner }));
  } catch (error) {
    const code = awsCode(error);
    // HeadBucket has no body: a bucket of another account (or one the role may not read) is a bare 403.
    if (code === 'Forbidden' || code === 'AccessDenied' || code === '403') throw notOwned(vault, 'exists but is not readable as this account\'s (another account owns it, or the role lacks S3 permissions)');
    if (!['NotFound', 'NoSuchBucket'].includes(code)) throw error;
    exists = false;
  }
  if (!exists) {
    try {
      await s3.send(new CreateBucketCommand({
        Bucket: vault.bucket,
        ...(vault.region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: vault.region as BucketLocationConstraint } }),
      }));
    } catch (error) {
      // Bucket names are global: BucketAlreadyExists means another account took this one.
      if (awsCode(error) === 'BucketAlreadyExists') throw notOwned(vault, 'belongs to another account');
      if (awsCode(error) !== 'BucketAlreadyOwnedByYou') throw error;
    }
    try {
      await s3.send(new PutBucketVersioningCommand({ Bucket: vault.bucket, ExpectedBucketOwner: vault.owner, VersioningConfiguration: { Status: 'Enabled' } }));
    } catch (error) {
      // Stores without versioning answer NotImplemented, or (s3rver) take the PUT for a second CreateBucket.
      if (!['NotImplemented', 'BucketAlreadyExists'].includes(awsCode(error))) throw error;
    }
  }
  ensured.add(key);
  return s3;
}

/** A small JSON object with metadata; used as a snapshot's manifest and a recovery's ledger entry. */
export async function putMarker(s3: S3Client, ref: BucketRef, key: string, metadata: Record<string, string>): Promise<void> {
  await s3.send(new PutObjectCommand({
    Bucket: ref.bucket, ExpectedBucketOwner: ref.owner, Key: key, Body: JSON.stringify(metadata), ContentType: 'application/json', Metadata: metadata,
  }));
}

/** A marker's metadata, or undefined when it is not there. */
export async function readMarker(s3: S3Client, ref: BucketRef, key: string): Promise<Record<string, string> | undefined> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: ref.bucket, ExpectedBucketOwner: ref.owner, Key: key }));
    return head.Metadata ?? {};
  } catch (error) {
    if (['NotFound', 'NoSuchKey', 'NoSuchBucket'].includes(awsCode(error))) return undefined;
    throw error;
  }
}

export { copyObjects, deletePrefix, objectKeys } from './objects.ts';
