import { CloudCallError } from '../../provider.ts';
import { mapLimited } from '../concurrency.ts';
import { awsCode, faultError, toCloudError } from '../errors.ts';
import type { Session } from '../session.ts';
import { commandsOf, type S3Client } from '../clients.ts';

const { AbortMultipartUploadCommand, CompleteMultipartUploadCommand, CopyObjectCommand, CreateMultipartUploadCommand, DeleteObjectCommand, DeleteObjectsCommand, ListObjectsV2Command, ListObjectVersionsCommand, UploadPartCopyCommand } = commandsOf('s3');

/** A bucket and the account expected to own it (sent as ExpectedBucketOwner where known). */
export interface BucketRef {
  readonly bucket: string;
  readonly owner?: string;
}

export interface ObjectEntry { readonly key: string; readonly size: number; readonly storageClass?: string }

/** Every object under a prefix (or a whole bucket), page by page. */
export async function* objectKeys(s3: S3Client, ref: BucketRef, prefix?: string): AsyncGenerator<ObjectEntry[]> {
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: ref.bucket, ExpectedBucketOwner: ref.owner, Prefix: prefix, ContinuationToken: token, MaxKeys: 1000 }));
    const objects = (page.Contents ?? []).map((o) => ({ key: o.Key!, size: o.Size ?? 0, ...(o.StorageClass ? { storageClass: o.StorageClass } : {}) }));
    if (objects.length) yield objects;
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
}

/**
 * Deletes every object under the prefix, every version of it where the store keeps versions.
 * DeleteObjects answers 200 with per-key Errors: those are raised (with the first key's code), else
 * the same keys would be listed and "deleted" again forever.
 */
export async function deletePrefix(s3: S3Client, ref: BucketRef, prefix: string | undefined): Promise<void> {
  let versioned = true;
  for (;;) {
    let batch: Array<{ Key: string; VersionId?: string }> = [];
    if (versioned) {
      try {
        const page = await s3.send(new ListObjectVersionsCommand({ Bucket: ref.bucket, ExpectedBucketOwner: ref.owner, Prefix: prefix, MaxKeys: 1000 }));
        batch = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].map((v) => ({ Key: v.Key!, ...(v.VersionId ? { VersionId: v.VersionId } : {}) }));
      } catch (error) {
        // A store without versioning refuses the call (NotImplemented, MethodNotAllowed): plain keys then.
        if (!['NotImplemented', 'MethodNotAllowed'].includes(awsCode(error))) throw error;
        versioned = false;
      }
    }
    if (!versioned) {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: ref.bucket, ExpectedBucketOwner: ref.owner, Prefix: prefix, MaxKeys: 1000 }));
      batch = (page.Contents ?? []).map((o) => ({ Key: o.Key! }));
    }
    if (batch.length === 0) return;
    if (versioned) {
      const answer = await s3.send(new DeleteObjectsCommand({ Bucket: ref.bucket, ExpectedBucketOwner: ref.owner, Delete: { Objects: batch, Quiet: true } }));
      const [first] = answer?.Errors ?? [];
      if (first) {
        const code = first.Code ?? 'InternalError';
        throw toCloudError(Object.assign(new Error(`${code}: ${answer!.Errors!.length} of ${batch.length} objects were not deleted (first: ${first.Key}: ${first.Message ?? 'no message'})`), { name: code }));
      }
    } else {
      // Stores without versioning are small local ones, and some fail a multi-object delete of nested keys: one at a time.
      for (const object of batch) await s3.send(new DeleteObjectCommand({ Bucket: ref.bucket, ExpectedBucketOwner: ref.owner, Key: object.Key }));
    }
  }
}

/** CopyObject copies at most 5 GB; larger objects are copied in parts (UploadPartCopy, at most 10,000 parts). */
export const MAX_SINGLE_COPY = 5 * 1024 ** 3;
const MIN_PART = 512 * 1024 ** 2;
/** Archived objects cannot be read, nor copied, before a RestoreObject. */
const ARCHIVED = new Set(['GLACIER', 'DEEP_ARCHIVE']);

const copySourceOf = (ref: BucketRef, key: string) => `${ref.bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;

/** The encryption a copy is written with: the customer's KMS key when the target keeps it, else the bucket's default. */
const encryptionOf = (to: CopyTarget) => (to.kmsKeyId ? { ServerSideEncryption: 'aws:kms' as const, SSEKMSKeyId: to.kmsKeyId } : {});

/** Where copies go: a bucket, a key prefix, and the customer-managed KMS key to keep, if any. */
export type CopyTarget = BucketRef & { prefix: string; kmsKeyId?: string };

async function copyInParts(s3: S3Client, from: BucketRef, to: CopyTarget, object: ObjectEntry, Key: string): Promise<void> {
  const partSize = Math.max(MIN_PART, Math.ceil(object.size / 10_000));
  const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: to.bucket, ExpectedBucketOwner: to.owner, Key, ...encryptionOf(to) }));
  try {
    const Parts: Array<{ ETag?: string; PartNumber: number }> = [];
    for (let start = 0, PartNumber = 1; start < object.size; start += partSize, PartNumber++) {
      const end = Math.min(start + partSize, object.size) - 1;
      const answer = await s3.send(new UploadPartCopyCommand({
        Bucket: to.bucket, ExpectedBucketOwner: to.owner, ExpectedSourceBucketOwner: from.owner, Key, UploadId, PartNumber,
        CopySource: copySourceOf(from, object.key), CopySourceRange: `bytes=${start}-${end}`,
      }));
      Parts.push({ ETag: answer.CopyPartResult?.ETag, PartNumber });
    }
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: to.bucket, ExpectedBucketOwner: to.owner, Key, UploadId, MultipartUpload: { Parts } }));
  } catch (error) {
    await s3.send(new AbortMultipartUploadCommand({ Bucket: to.bucket, ExpectedBucketOwner: to.owner, Key, UploadId })).catch(() => undefined);
    throw error;
  }
}

/** What S3 cannot copy without the customer's help is refused with a message that says what to do. */
function refusal(error: unknown, object: ObjectEntry): unknown {
  const code = awsCode(error);
  const message = error instanceof Error ? error.message : '';
  if (code === 'InvalidObjectState') return faultError('InvalidObjectState', `object ${object.key} is archived: restore it (RestoreObject) before it can be copied`);
  if (code === 'InvalidRequest' && /Server Side Encryption|customer.provided|SSE-C/i.test(message)) {
    return faultError('SseCustomerKeyRequired', `object ${object.key} is encrypted with a customer-provided key (SSE-C), which Lifeboat does not hold: it cannot be copied`);
  }
  return error;
}

/**
 * Copies objects between buckets (same or another region), a few at a time. Resumable: an object the
 * target already holds with the same size is not copied again, so a retry finishes what an earlier
 * attempt began. Answers the count and bytes of the source's objects (what the target now holds of them).
 */
export async function copyObjects(
  session: Session,
  target: S3Client,
  from: BucketRef & { prefix: string; s3: S3Client },
  to: CopyTarget,
): Promise<{ count: number; bytes: number }> {
  const present = new Map<string, number>();
  for await (const objects of objectKeys(target, to, to.prefix || undefined)) for (const o of objects) present.set(o.key, o.size);
  let bytes = 0;
  let count = 0;
  for await (const objects of objectKeys(from.s3, from, from.prefix || undefined)) {
    await mapLimited(objects, session.settings.lookupConcurrency, async (object) => {
      const Key = `${to.prefix}${object.key.slice(from.prefix.length)}`;
      if (object.storageClass && ARCHIVED.has(object.storageClass)) {
        throw faultError('InvalidObjectState', `object ${object.key} is in ${object.storageClass}: restore it (RestoreObject) or change its storage class before it can be copied`);
      }
      if (present.get(Key) !== object.size) {
        try {
          if (object.size > MAX_SINGLE_COPY) await copyInParts(target, from, to, object, Key);
          else {
            await target.send(new CopyObjectCommand({
              Bucket: to.bucket, ExpectedBucketOwner: to.owner, ExpectedSourceBucketOwner: from.owner, Key, CopySource: copySourceOf(from, object.key), ...encryptionOf(to),
            }));
          }
        } catch (error) {
          throw refusal(error, object);
        }
      }
      bytes += object.size;
      count += 1;
    });
  }
  return { count, bytes };
}

/** Checks a copy against what it must hold (a snapshot's manifest): a shortfall is retryable, as the copy resumes. */
export async function verifyCopy(s3: S3Client, ref: BucketRef, prefix: string, expected: { count: number; bytes: number }): Promise<void> {
  let count = 0;
  let bytes = 0;
  for await (const objects of objectKeys(s3, ref, prefix || undefined)) for (const o of objects) { count += 1; bytes += o.size; }
  if (count < expected.count || bytes < expected.bytes) {
    throw new CloudCallError('unavailable', 'CopyIncomplete', `CopyIncomplete: ${ref.bucket} holds ${count} objects (${bytes} bytes) of the ${expected.count} (${expected.bytes} bytes) the snapshot's manifest lists`);
  }
}
