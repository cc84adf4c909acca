import {
  CreateBucketCommand, DeleteObjectsCommand, HeadBucketCommand, HeadObjectCommand, ListObjectsV2Command, ListObjectVersionsCommand,
  CopyObjectCommand, DeleteObjectCommand, PutBucketVersioningCommand, PutObjectCommand, type BucketLocationConstraint, type S3Client,
} from '@aws-sdk/client-s3';
import { mapLimited } from '../concurrency.ts';
import { awsCode } from '../errors.ts';
import type { Session } from '../session.ts';

/** Where Lifeboat keeps S3 data of one account and region. */
export interface Vault {
  readonly bucket: string;
  readonly region: string;
}

/** The vault for data in `region`: the configured name with account and region filled in. */
export async function vaultFor(session: Session, region: string): Promise<Vault> {
  const template = session.settings.vaultBucket;
  const bucket = template.replace(/\{account\}/g, await session.accountId()).replace(/\{region\}/g, region);
  return { bucket, region: template.includes('{region}') ? region : session.settings.vaultRegion };
}

/** Vaults known to exist in this process: each is checked (and made) once, not on every snapshot. */
const ensured = new Set<string>();

/**
 * Creates the vault bucket if it is missing, with versioning on so an overwritten or deleted object
 * keeps its earlier versions. An AWS-compatible store without versioning still gets its copies; only
 * the extra protection of versions is lost there.
 */
export async function ensureVault(session: Session, vault: Vault): Promise<S3Client> {
  const s3 = session.client('s3', vault.region);
  const key = `${session.settings.endpoints.s3 ?? 'aws'}|${vault.bucket}`;
  if (ensured.has(key)) return s3;
  let exists = true;
  try {
    await s3.send(new HeadBucketCommand({ Bucket: vault.bucket }));
  } catch (error) {
    if (!['NotFound', 'NoSuchBucket'].includes(awsCode(error))) throw error;
    exists = false;
  }
  if (!exists) {
    try {
      await s3.send(new CreateBucketCommand({
        Bucket: vault.bucket,
        ...(vault.region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: vault.region as BucketLocationConstraint } }),
      }));
    } catch (error) {
      if (awsCode(error) !== 'BucketAlreadyOwnedByYou') throw error;
    }
    try {
      await s3.send(new PutBucketVersioningCommand({ Bucket: vault.bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    } catch (error) {
      // Stores without versioning answer NotImplemented, or (s3rver) take the PUT for a second CreateBucket.
      if (!['NotImplemented', 'BucketAlreadyExists'].includes(awsCode(error))) throw error;
    }
  }
  ensured.add(key);
  return s3;
}

/** Every object key under a prefix (or a whole bucket), page by page. */
export async function* objectKeys(s3: S3Client, bucket: string, prefix?: string): AsyncGenerator<Array<{ key: string; size: number }>> {
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token, MaxKeys: 1000 }));
    const objects = (page.Contents ?? []).map((o) => ({ key: o.Key!, size: o.Size ?? 0 }));
    if (objects.length) yield objects;
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
}

/** Deletes every object under the prefix, every version of it where the store keeps versions. */
export async function deletePrefix(s3: S3Client, bucket: string, prefix: string | undefined): Promise<void> {
  let versioned = true;
  for (;;) {
    let batch: Array<{ Key: string; VersionId?: string }> = [];
    if (versioned) {
      try {
        const page = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix, MaxKeys: 1000 }));
        batch = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].map((v) => ({ Key: v.Key!, ...(v.VersionId ? { VersionId: v.VersionId } : {}) }));
      } catch (error) {
        // A store without versioning refuses the call (NotImplemented, MethodNotAllowed): plain keys then.
        if (!['NotImplemented', 'MethodNotAllowed'].includes(awsCode(error))) throw error;
        versioned = false;
      }
    }
    if (!versioned) {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: 1000 }));
      batch = (page.Contents ?? []).map((o) => ({ Key: o.Key! }));
    }
    if (batch.length === 0) return;
    if (versioned) {
      await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch, Quiet: true } }));
    } else {
      // Stores without versioning are small local ones, and some fail a multi-object delete of nested keys: one at a time.
      for (const object of batch) await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: object.Key }));
    }
  }
}

/** Copies objects between buckets (same or another region), a few at a time; the bytes copied. */
export async function copyObjects(
  session: Session,
  target: S3Client,
  from: { bucket: string; prefix: string; s3: S3Client },
  to: { bucket: string; prefix: string },
): Promise<number> {
  let bytes = 0;
  for await (const objects of objectKeys(from.s3, from.bucket, from.prefix || undefined)) {
    await mapLimited(objects, session.settings.lookupConcurrency, async (object) => {
      const source = `${from.bucket}/${object.key.split('/').map(encodeURIComponent).join('/')}`;
      await target.send(new CopyObjectCommand({ Bucket: to.bucket, Key: `${to.prefix}${object.key.slice(from.prefix.length)}`, CopySource: source }));
      bytes += object.size;
    });
  }
  return bytes;
}

/** A small JSON object with metadata; used as a snapshot's manifest and a recovery's marker. */
export async function putMarker(s3: S3Client, bucket: string, key: string, metadata: Record<string, string>): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: JSON.stringify(metadata), ContentType: 'application/json', Metadata: metadata }));
}

/** A marker's metadata, or undefined when it is not there. */
export async function readMarker(s3: S3Client, bucket: string, key: string): Promise<Record<string, string> | undefined> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.Metadata ?? {};
  } catch (error) {
    if (['NotFound', 'NoSuchKey', 'NoSuchBucket'].includes(awsCode(error))) return undefined;
    throw error;
  }
}
