import type { FileSystemDescription, PerformanceMode, ThroughputMode } from '@aws-sdk/client-efs';
import { RECOVERY_ID_TAG, type RecreatedResource, type RecreateRequest } from '../../provider.ts';
import { awsCode, faultError, isNotFound } from '../errors.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import type { RecoveryKind } from './kind.ts';
import { num, recoveryDigest, recoveryTags, str, tagList } from './shared.ts';
import { zoneIn } from './zones.ts';
import { arnPrefix } from '../partition.ts';
import { commandsOf, type EFSClient } from '../clients.ts';

const { CreateFileSystemCommand, DeleteFileSystemCommand, DeleteMountTargetCommand, DescribeFileSystemsCommand, DescribeMountTargetsCommand } = commandsOf('efs');

const TYPE = 'efs:file-system';
const GONE = new Set(['deleting', 'deleted']);
const arnOf = (region: string, accountId: string, id: string) => `${arnPrefix(region)}:elasticfilesystem:${region}:${accountId}:file-system/${id}`;
const done = (request: RecreateRequest, accountId: string, id: string): RecreatedResource => ({ resourceId: id, arn: arnOf(request.region, accountId, id), region: request.region, type: TYPE });

async function describe(efs: EFSClient, query: { CreationToken?: string; FileSystemId?: string }): Promise<FileSystemDescription | undefined> {
  try {
    return ((await efs.send(new DescribeFileSystemsCommand(query))).FileSystems ?? []).find((fs) => !GONE.has(fs.LifeCycleState ?? ''));
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Mount targets fail until the file system is available. */
async function available(session: Session, efs: EFSClient, id: string): Promise<void> {
  await waitFor(`EFS file system ${id}`, async () => {
    const fs = await describe(efs, { FileSystemId: id });
    if (fs?.LifeCycleState === 'error') throw faultError('FileSystemFailed', `EFS file system ${id} failed`);
    return fs?.LifeCycleState === 'available' ? true : undefined;
  }, session.settings);
}

/**
 * A file system with the source's settings, empty: EFS data is not snapshotted by this driver (AWS Backup
 * keeps it), and the source's KMS key may belong to another account, so encryption uses the region's
 * default key. CreateFileSystem's creation token (derived from the idempotency key) is the look-up.
 */
export const fileSystem: RecoveryKind = {
  async find(session, request, accountId) {
    const efs = session.client('efs', request.region);
    const fs = await describe(efs, { CreationToken: recoveryDigest(accountId, request, 64) });
    if (!fs?.FileSystemId) return undefined;
    await available(session, efs, fs.FileSystemId);
    return done(request, accountId, fs.FileSystemId);
  },
  async create(session, request, accountId) {
    const efs = session.client('efs', request.region);
    const c = request.configuration;
    const CreationToken = recoveryDigest(accountId, request, 64);
    const provisioned = c.throughputMode === 'provisioned' ? num(c.provisionedThroughputInMibps) : undefined;
    let id: string | undefined;
    try {
      const answer = await efs.send(new CreateFileSystemCommand({
        CreationToken, PerformanceMode: str(c.performanceMode) as PerformanceMode | undefined, Encrypted: c.encrypted === true,
        ThroughputMode: (provisioned === undefined && c.throughputMode === 'provisioned' ? 'bursting' : str(c.throughputMode)) as ThroughputMode | undefined,
        ...(provisioned === undefined ? {} : { ProvisionedThroughputInMibps: provisioned }),
        ...(str(c.availabilityZoneName) ? { AvailabilityZoneName: await zoneIn(session, request.region, c.availabilityZoneName) } : {}),
        Tags: tagList(recoveryTags(request)),
      }));
      id = answer.FileSystemId;
    } catch (error) {
      if (awsCode(error) !== 'FileSystemAlreadyExists') throw error;
      id = (await describe(efs, { CreationToken }))?.FileSystemId;
      if (!id) throw error;
    }
    await available(session, efs, id!);
    return done(request, accountId, id!);
  },
  /** DescribeFileSystems answers each file system's tags. */
  async tagged(session, region, recoveryId) {
    const efs = session.client('efs', region);
    const ids: string[] = [];
    let Marker: string | undefined;
    do {
      const page = await efs.send(new DescribeFileSystemsCommand({ Marker }));
      for (const fs of page.FileSystems ?? []) {
        if (!GONE.has(fs.LifeCycleState ?? '') && (fs.Tags ?? []).some((t) => t.Key === RECOVERY_ID_TAG && t.Value === recoveryId) && fs.FileSystemId) ids.push(fs.FileSystemId);
      }
      Marker = page.NextMarker;
    } while (Marker);
    return ids;
  },
  exists: async (session, region, id) => (await describe(session.client('efs', region), { FileSystemId: id })) !== undefined,
  /** Mount targets (added since by someone) are deleted first; the file system goes once they are gone. */
  async remove(session, region, id) {
    const efs = session.client('efs', region);
    const targets = async () => (await efs.send(new DescribeMountTargetsCommand({ FileSystemId: id }))).MountTargets ?? [];
    try {
      const mounted = await targets();
      for (const target of mounted) await efs.send(new DeleteMountTargetCommand({ MountTargetId: target.MountTargetId })).catch((e: unknown) => { if (!isNotFound(e)) throw e; });
      if (mounted.length) await waitFor(`mount targets of ${id}`, async () => ((await targets()).length ? undefined : true), session.settings);
      await efs.send(new DeleteFileSystemCommand({ FileSystemId: id }));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  },
};
