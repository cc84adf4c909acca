import type { RecreatedResource } from '../../provider.ts';
import { awsCode, reasonFor } from '../errors.ts';
import type { Session } from '../session.ts';
import { deletePrefix, ensureVault, objectKeys, putMarker, vaultFor } from '../snapshots/vault.ts';

/**
 * What each recovery made, kept as one small object per resource in the region's vault bucket
 * (`recoveries/<recovery>/<region>/<type>/<resourceId>`). It is one of the reset's two sources: the
 * other is the recovery's tag (see listRecoveryResources), so the ledger is a help, never a need. A
 * connection whose role has no S3 (or whose vault is refused) keeps no ledger and resets on tags alone.
 */
const prefixOf = (recoveryId: string, region: string) => `recoveries/${encodeURIComponent(recoveryId)}/${region}/`;

/** The vault refused us (no S3 permission for the connection, or a bucket of another account): no ledger. */
function withoutLedger(error: unknown): boolean {
  return reasonFor(awsCode(error)) === 'authentication' || awsCode(error) === 'VaultBucketNotOwned';
}

export async function record(session: Session, recoveryId: string, resource: RecreatedResource): Promise<void> {
  try {
    const vault = await vaultFor(session, resource.region);
    const s3 = await ensureVault(session, vault);
    const key = `${prefixOf(recoveryId, resource.region)}${resource.type}/${encodeURIComponent(resource.resourceId)}`;
    await putMarker(s3, vault, key, { 'recovery-id': recoveryId, 'resource-id': resource.resourceId, type: resource.type, arn: resource.arn });
  } catch (error) {
    if (!withoutLedger(error)) throw error;
  }
}

/** The ledger's entries for the recovery in the region (the resources may have been deleted since). */
export async function recorded(session: Session, recoveryId: string, region: string): Promise<Array<{ type: string; resourceId: string }>> {
  const vault = await vaultFor(session, region);
  const s3 = session.client('s3', vault.region);
  const prefix = prefixOf(recoveryId, region);
  const entries: Array<{ type: string; resourceId: string }> = [];
  try {
    for await (const objects of objectKeys(s3, vault, prefix)) {
      for (const { key } of objects) {
        const [type, id] = key.slice(prefix.length).split('/');
        if (type && id) entries.push({ type, resourceId: decodeURIComponent(id) });
      }
    }
  } catch (error) {
    // No vault yet: nothing was ever recorded in this region; a refused vault: the tags say the rest.
    if (awsCode(error) === 'NoSuchBucket' || withoutLedger(error)) return entries;
    throw error;
  }
  return entries;
}

/** Removes a ledger entry whose resource is gone (a reset deleted it). */
export async function forget(session: Session, recoveryId: string, resource: { region: string; type: string; resourceId: string }): Promise<void> {
  const vault = await vaultFor(session, resource.region);
  const key = `${prefixOf(recoveryId, resource.region)}${resource.type}/${encodeURIComponent(resource.resourceId)}`;
  await deletePrefix(session.client('s3', vault.region), vault, key).catch((error: unknown) => { if (!withoutLedger(error) && awsCode(error) !== 'NoSuchBucket') throw error; });
}
