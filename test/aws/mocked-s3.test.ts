import {
  CompleteMultipartUploadCommand, CopyObjectCommand, CreateBucketCommand, CreateMultipartUploadCommand, DeleteBucketCommand, DeleteObjectsCommand,
  GetBucketEncryptionCommand, PutBucketEncryptionCommand,
  HeadBucketCommand, HeadObjectCommand, ListObjectsV2Command, ListObjectVersionsCommand, PutBucketTaggingCommand, PutBucketVersioningCommand,
  PutObjectCommand, UploadPartCopyCommand,
} from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT, awsError, KEYS, useMockedCloud } from './mocked-fixture.ts';

// Each test its own account-like vault name: the driver remembers vaults it has checked. S3 is the small fake below.
const { s3, cloud } = useMockedCloud({}, {
  settings: () => ({ vaultBucket: `vault-{account}-{region}-${Math.random().toString(36).slice(2, 8)}` }),
  vault: false,
});
const GiB = 1024 ** 3;

type Entry = { size: number; storageClass?: string; metadata?: Record<string, string> };
/** A small S3: buckets of objects, each with a size (and a storage class); enough for listing, copying and markers. */
let buckets: Map<string, Map<string, Entry>>;
const bucketOf = (name: string) => { const b = buckets.get(name); if (!b) throw awsError('NoSuchBucket'); return b; };
const sourceOf = (copySource: string) => { const [bucket, ...key] = copySource.split('/'); return { bucket: bucket!, key: key.map(decodeURIComponent).join('/') }; };

beforeEach(() => {
  buckets = new Map([['shop-assets', new Map<string, Entry>([['index.html', { size: 13 }], ['img/logo.svg', { size: 6 }]])]]);
  s3.on(HeadBucketCommand).callsFake(async ({ Bucket }: { Bucket: string }) => { if (!buckets.has(Bucket)) throw awsError('NotFound', { status: 404 }); return {}; });
  s3.on(CreateBucketCommand).callsFake(async ({ Bucket }: { Bucket: string }) => { buckets.set(Bucket, buckets.get(Bucket) ?? new Map()); return {}; });
  s3.on(PutBucketVersioningCommand).resolves({});
  s3.on(PutBucketTaggingCommand).resolves({});
  s3.on(ListObjectsV2Command).callsFake(async ({ Bucket, Prefix }: { Bucket: string; Prefix?: string }) => ({
    Contents: [...bucketOf(Bucket)].filter(([key]) => key.startsWith(Prefix ?? '')).sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([Key, e]) => ({ Key, Size: e.size, ...(e.storageClass ? { StorageClass: e.storageClass } : {}) })),
  }));
  s3.on(CopyObjectCommand).callsFake(async ({ Bucket, Key, CopySource }: { Bucket: string; Key: string; CopySource: string }) => {
    const from = sourceOf(CopySource);
    bucketOf(Bucket).set(Key, { ...bucketOf(from.bucket).get(from.key)! });
    return {};
  });
  s3.on(PutObjectCommand).callsFake(async ({ Bucket, Key, Metadata }: { Bucket: string; Key: string; Metadata: Record<string, string> }) => { bucketOf(Bucket).set(Key, { size: 1, metadata: Metadata }); return {}; });
  s3.on(HeadObjectCommand).callsFake(async ({ Bucket, Key }: { Bucket: string; Key: string }) => {
    const entry = bucketOf(Bucket).get(Key);
    if (!entry) throw awsError('NotFound', { status: 404 });
    return { Metadata: entry.metadata };
  });
});

const protect = (protectionId = 'p-1') => cloud.snapshot(KEYS, { region: 'us-east-1', resourceId: 'shop-assets', type: 's3:bucket', protectionId });
const recover = (snapshotId: string) => cloud.recreate(KEYS, {
  region: 'us-east-1', recoveryId: 'r-1', sourceResourceId: 'shop-assets', type: 's3:bucket', name: 'shop-assets', tags: {}, dependencies: [], configuration: {}, snapshotId,
});

describe('the vault bucket is the account\'s own (its name is predictable)', () => {
  it('every call on the vault sends ExpectedBucketOwner (S3 answers 403 when another account owns it)', async () => {
    await protect();
    for (const command of [HeadBucketCommand, PutBucketVersioningCommand, PutObjectCommand, HeadObjectCommand]) {
      for (const call of s3.commandCalls(command as typeof HeadBucketCommand)) expect(call.args[0].input, command.name).toMatchObject({ ExpectedBucketOwner: ACCOUNT });
    }
    for (const call of s3.commandCalls(CopyObjectCommand)) expect(call.args[0].input).toMatchObject({ ExpectedBucketOwner: ACCOUNT, ExpectedSourceBucketOwner: ACCOUNT });
    for (const call of s3.commandCalls(ListObjectsV2Command)) expect(call.args[0].input).toMatchObject({ ExpectedBucketOwner: ACCOUNT });
  });

  it('a vault another account created first is refused, not written to', async () => {
    s3.on(HeadBucketCommand).rejects(awsError('NotFound', { status: 404 }));
    s3.on(CreateBucketCommand).rejects(awsError('BucketAlreadyExists'));
    await expect(protect()).rejects.toMatchObject({ reason: 'fault', cloudCode: 'VaultBucketNotOwned' });
    s3.on(HeadBucketCommand).rejects(awsError('Forbidden', { status: 403 }));
    await expect(protect()).rejects.toMatchObject({ reason: 'fault', cloudCode: 'VaultBucketNotOwned' });
    expect(s3.commandCalls(CopyObjectCommand)).toHaveLength(0);
  });
});

describe('S3 copies are complete or retried', () => {
  it('a recovery retry that finds the bucket resumes the copy (only the missing objects) and checks it against the manifest', async () => {
    const snapshot = await protect();
    let failed = false;
    const copy = s3.commandCalls(CopyObjectCommand).length;
    s3.on(CopyObjectCommand).callsFake(async ({ Bucket, Key, CopySource }: { Bucket: string; Key: string; CopySource: string }) => {
      if (Key === 'index.html' && !failed) { failed = true; throw awsError('InternalError', { status: 500 }); }
      const from = sourceOf(CopySource);
      bucketOf(Bucket).set(Key, { ...bucketOf(from.bucket).get(from.key)! });
      return {};
    });
    await expect(recover(snapshot.snapshotId)).rejects.toMatchObject({ retryable: true });
    const made = await recover(snapshot.snapshotId);
    expect([...bucketOf(made.resourceId).keys()].sort()).toEqual(['img/logo.svg', 'index.html']);
    // First attempt: the logo copied, index.html failed; the retry copies index.html only.
    expect(s3.commandCalls(CopyObjectCommand).slice(copy).map((c) => c.args[0].input.Key).sort()).toEqual(['img/logo.svg', 'index.html', 'index.html']);
  });

  it('a copy that ends short of the manifest is not returned as recovered: CopyIncomplete, retryable', async () => {
    const snapshot = await protect();
    s3.on(CopyObjectCommand).resolves({});
    await expect(recover(snapshot.snapshotId)).rejects.toMatchObject({ reason: 'unavailable', cloudCode: 'CopyIncomplete', retryable: true });
  });

  it('CopyObject copies at most 5 GB: a larger object is copied with UploadPartCopy in ranges', async () => {
    bucketOf('shop-assets').set('backup.tar', { size: 6 * GiB });
    s3.on(CreateMultipartUploadCommand).resolves({ UploadId: 'u-1' });
    s3.on(UploadPartCopyCommand).callsFake(async ({ PartNumber }: { PartNumber: number }) => ({ CopyPartResult: { ETag: `"e${PartNumber}"` } }));
    s3.on(CompleteMultipartUploadCommand).callsFake(async ({ Bucket, Key }: { Bucket: string; Key: string }) => { bucketOf(Bucket).set(Key, { size: 6 * GiB }); return {}; });
    const snapshot = await protect();
    expect(snapshot.sizeBytes).toBe(6 * GiB + 19);
    expect(s3.commandCalls(CopyObjectCommand).map((c) => c.args[0].input.Key)).not.toContainEqual(expect.stringContaining('backup.tar'));
    const ranges = s3.commandCalls(UploadPartCopyCommand).map((c) => c.args[0].input.CopySourceRange);
    expect(ranges[0]).toBe(`bytes=0-${512 * 1024 ** 2 - 1}`);
    expect(ranges.at(-1)).toBe(`bytes=${6 * GiB - 512 * 1024 ** 2}-${6 * GiB - 1}`);
    expect(s3.commandCalls(CompleteMultipartUploadCommand)[0]!.args[0].input.MultipartUpload!.Parts).toHaveLength(12);
  });

  it('Glacier and Deep Archive objects (unreadable before a restore) and SSE-C objects are refused with what to do', async () => {
    bucketOf('shop-assets').set('old/2019.csv', { size: 10, storageClass: 'DEEP_ARCHIVE' });
    await expect(protect()).rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidObjectState', message: expect.stringContaining('RestoreObject') });
    bucketOf('shop-assets').delete('old/2019.csv');
    s3.on(CopyObjectCommand).rejects(awsError('InvalidRequest', { message: 'The object was stored using a form of Server Side Encryption. The correct parameters must be provided to retrieve the object.' }));
    // Another protection (the first one's copies would be found and kept: the copy is resumable).
    await expect(protect('p-2')).rejects.toMatchObject({ reason: 'fault', cloudCode: 'SseCustomerKeyRequired' });
  });
});

describe('deleting a recovered bucket', () => {
  it('DeleteObjects answers 200 with per-key Errors: they are raised, not looped over', async () => {
    s3.on(ListObjectVersionsCommand).resolves({ Versions: [{ Key: 'a', VersionId: '1' }] });
    s3.on(DeleteObjectsCommand).resolves({ Errors: [{ Key: 'a', VersionId: '1', Code: 'AccessDenied', Message: 'Access Denied' }] });
    s3.on(DeleteBucketCommand).resolves({});
    await expect(cloud.deleteResource(KEYS, { region: 'us-east-1', type: 's3:bucket', resourceId: 'shop-assets-0a1b2c3d' }))
      .rejects.toMatchObject({ reason: 'authentication', cloudCode: 'AccessDenied', message: expect.stringContaining('1 of 1 objects were not deleted') });
    expect(s3.commandCalls(DeleteObjectsCommand)).toHaveLength(1);
    expect(s3.commandCalls(DeleteBucketCommand)).toHaveLength(0);
  });
});

describe('a bucket encrypted with a customer-managed KMS key', () => {
  const KEY = 'arn:aws:kms:us-east-1:111111111111:key/customer';
  beforeEach(() => {
    s3.on(GetBucketEncryptionCommand).resolves({ ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY } }] } });
    s3.on(PutBucketEncryptionCommand).resolves({});
  });

  it('keeps its key: the vault copies are encrypted with it (CopyObject SSEKMSKeyId), and so is the recovered bucket in the key\'s region', async () => {
    const snapshot = await protect();
    for (const call of s3.commandCalls(CopyObjectCommand)) expect(call.args[0].input).toMatchObject({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: KEY });
    const made = await recover(snapshot.snapshotId);
    expect(s3.commandCalls(PutBucketEncryptionCommand).map((c) => c.args[0].input)).toEqual([{
      Bucket: made.resourceId, ExpectedBucketOwner: ACCOUNT,
      ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY }, BucketKeyEnabled: true }] },
    }]);
  });

  it('a bucket without default encryption (ServerSideEncryptionConfigurationNotFoundError) is copied as it is', async () => {
    s3.on(GetBucketEncryptionCommand).rejects(awsError('ServerSideEncryptionConfigurationNotFoundError'));
    await protect();
    for (const call of s3.commandCalls(CopyObjectCommand)) expect(call.args[0].input).not.toHaveProperty('SSEKMSKeyId');
  });
});
