import type { RecreatedResource } from '../../provider.ts';
import type { Session } from '../session.ts';
import { deletePrefix, ensureVault, objectKeys, putMarker, vaultFor } from '../snapshots/vault.ts';

/**
 * What each recovery made, kept as one small object per resource in the region's vault bucket
 * (`recoveries/<recovery>/<region>/<type>/<resourceId>`). Listing a recovery's resources reads the
 * ledger instead of scanning every service of the region for the tag: only the services the recovery
 * used are asked, and an S3-compatible store without bucket tagging works too.
 */
const prefixOf = (recoveryId: string, region: string) => `recoveries/${encodeURIComponent(recoveryId)}/${region}/`;

export async function record(session: Session, recoveryId: string, resource: RecreatedResource): Promise<void> {
  const vault = await vaultFor(session, resource.region);
  const s3 = await ensureVault(session, vault);
  const key = `${prefixOf(recoveryId, resource.region)}${resource.type}/${encodeURIComponent(resource.resourceId)}`;
  await putMarker(s3, vault.bucket, key, { 'recovery-id': recoveryId, 'resource-id': resource.resourceId, type: resource.type, arn: resource.arn });
}

/** The ledger's entries for the recovery in the region (the resources may have been deleted since). */
export async function recorded(session: Session, recoveryId: string, region: string): Promise<Array<{ type: string; resourceId: string }>> {
  const vault = await vaultFor(session, region);
  const s3 = session.client('s3', vault.region);
  const prefix = prefixOf(recoveryId, region);
  const entries: Array<{ type: string; resourceId: string }> = [];
  try {
    for await (const objects of objectKeys(s3, vault.bucket, prefix)) {
      for (const { key } of objects) {
        const [type, id] = key.slice(prefix.length).split('/');
        if (type && id) entries.push({ type, resourceId: decodeURIComponent(id) });
      }
    }
  } catch (error) {
    // No vault yet: nothing was ever recovered in this region.
    if ((error as { name?: string }).name === 'NoSuchBucket') return [];
    throw error;
  }
  return entries;
}

/** Removes a ledger entry whose resource is gone (a reset deleted it). */
export async function forget(session: Session, recoveryId: string, resource: { region: string; type: string; resourceId: string }): Promise<void> {
  const vault = await vaultFor(session, resource.region);
  const key = `${prefixOf(recoveryId, resource.region)}${resource.type}/${encodeURIComponent(resource.resourceId)}`;
  await deletePrefix(session.client('s3', vault.region), vault.bucket, key);
}
