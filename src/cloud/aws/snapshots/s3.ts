import type { CloudSnapshot, CopySnapshotRequest, SnapshotRequest } from '../../provider.ts';
import { faultError } from '../errors.ts';
import type { Session } from '../session.ts';
import { keyedName, PROTECTION_ID_TAG, RESOURCE_ID_TAG } from './keys.ts';
import { bucketKmsKey, keyUsableIn } from '../buckets.ts';
import { verifyCopy } from './objects.ts';
import { copyObjects, deletePrefix, ensureVault, putMarker, readMarker, vaultFor, type Vault } from './vault.ts';

/** Vault snapshot ids: `lifeboat-s3-` and a digest of the idempotency key. */
export const S3_SNAPSHOT_PREFIX = 'lifeboat-s3';

/** Where a snapshot's objects and its manifest live in the vault. */
export const objectsPrefix = (snapshotId: string) => `snapshots/${snapshotId}/objects/`;
export const manifestKey = (snapshotId: string) => `snapshots/${snapshotId}/manifest.json`;

export function fromManifest(snapshotId: string, region: string, metadata: Record<string, string>): CloudSnapshot {
  return {
    snapshotId, region, resourceId: metadata['resource-id'] ?? '', type: 's3:bucket', protectionId: metadata['protection-id'] ?? '',
    sizeBytes: Number(metadata['size-bytes'] ?? 0), createdAt: Number(metadata['created-at'] ?? 0),
    // Manifests written before the count was kept have none: nothing to hold a recovered bucket to.
    ...(metadata['object-count'] === undefined ? {} : { objectCount: Number(metadata['object-count']) }),
  };
}

/**
 * A bucket's snapshot is a copy of its current objects under a prefix of the vault bucket. The
 * manifest, written last, marks it complete and carries the protection's tags as metadata: a retry
 * that finds it returns it; one that does not copies again over the same keys.
 */
export async function snapshotBucket(session: Session, request: SnapshotRequest): Promise<CloudSnapshot> {
  const vault = await vaultFor(session, request.region);
  const target = await ensureVault(session, vault);
  const snapshotId = keyedName(S3_SNAPSHOT_PREFIX, request.protectionId, request.resourceId, request.region);
  const existing = await readMarker(target, vault, manifestKey(snapshotId));
  if (existing) return fromManifest(snapshotId, request.region, existing);
  const source = session.client('s3', request.region);
  // The protected bucket is the connection's own: it is expected to be owned by the same account.
  const key = await bucketKmsKey(source, request.resourceId, vault.owner);
  // A customer-managed key stays on the copies where the vault is in the key's region (KMS keys are regional).
  const kmsKeyId = key && keyUsableIn(key, vault.region) ? key : undefined;
  const copied = await copyObjects(session, target, { s3: source, bucket: request.resourceId, owner: vault.owner, prefix: '' }, { ...vault, prefix: objectsPrefix(snapshotId), kmsKeyId });
  return writeManifest(target, vault, snapshotId, request.region, { ...request, ...copied, kmsKeyId: key });
}

export async function copyBucketSnapshot(session: Session, request: CopySnapshotRequest): Promise<CloudSnapshot> {
  const from = await vaultFor(session, request.sourceRegion);
  const to = await vaultFor(session, request.targetRegion);
  const target = await ensureVault(session, to);
  const snapshotId = keyedName(S3_SNAPSHOT_PREFIX, request.protectionId, request.resourceId, request.targetRegion);
  const existing = await readMarker(target, to, manifestKey(snapshotId));
  if (existing) return fromManifest(snapshotId, request.targetRegion, existing);
  const sourceS3 = session.client('s3', from.region);
  const source = await readMarker(sourceS3, from, manifestKey(request.snapshotId));
  if (!source) throw faultError('ResourceNotFoundException', `Recovery point not found: ${request.snapshotId}`);
  const copied = await copyObjects(session, target, { ...from, s3: sourceS3, prefix: objectsPrefix(request.snapshotId) }, { ...to, prefix: objectsPrefix(snapshotId) });
  await verifyCopy(target, to, objectsPrefix(snapshotId), manifestTotals(source));
  return writeManifest(target, to, snapshotId, request.targetRegion, { ...request, ...copied });
}

/** What a copy of the snapshot must hold; manifests written before the object count was kept check bytes only. */
export function manifestTotals(metadata: Record<string, string>): { count: number; bytes: number } {
  return { count: Number(metadata['object-count'] ?? 0), bytes: Number(metadata['size-bytes'] ?? 0) };
}

export async function writeManifest(
  s3: Parameters<typeof putMarker>[0], vault: Vault, snapshotId: string, region: string,
  facts: { protectionId: string; resourceId: string; bytes: number; count: number; kmsKeyId?: string | undefined },
): Promise<CloudSnapshot> {
  const metadata = {
    ...(facts.kmsKeyId ? { 'kms-key-id': facts.kmsKeyId } : {}),
    'protection-id': facts.protectionId, 'resource-id': facts.resourceId, 'size-bytes': String(facts.bytes), 'object-count': String(facts.count),
    'created-at': String(Date.now()),
    [`tag-${PROTECTION_ID_TAG.replace(':', '-')}`]: facts.protectionId, [`tag-${RESOURCE_ID_TAG.replace(':', '-')}`]: facts.resourceId,
  };
  await putMarker(s3, vault, manifestKey(snapshotId), metadata);
  return fromManifest(snapshotId, region, metadata);
}

/** The manifest of a complete snapshot in the vault, or undefined. */
export async function bucketSnapshotManifest(session: Session, region: string, snapshotId: string): Promise<Record<string, string> | undefined> {
  const vault = await vaultFor(session, region);
  return readMarker(session.client('s3', vault.region), vault, manifestKey(snapshotId));
}

export async function deleteBucketSnapshot(session: Session, region: string, snapshotId: string): Promise<void> {
  const vault = await vaultFor(session, region);
  const s3 = session.client('s3', vault.region);
  // The manifest goes first: a half-deleted snapshot must not look complete to a later look-up.
  await deletePrefix(s3, vault, manifestKey(snapshotId)).catch(ignoreMissingBucket);
  await deletePrefix(s3, vault, `snapshots/${snapshotId}/`).catch(ignoreMissingBucket);
}

function ignoreMissingBucket(error: unknown): void {
  if ((error as { name?: string })?.name !== 'NoSuchBucket') throw error;
}
