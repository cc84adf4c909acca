import type { RecreateRequest } from '../../provider.ts';
import { faultError, isNotFound } from '../errors.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { ec2Kind, keyFilters, tagSpec } from './ec2-kind.ts';
import { recoveryDigest, str } from './shared.ts';
import { commandsOf, type EC2Client } from '../clients.ts';

const { CopyImageCommand, DeregisterImageCommand, DeleteSnapshotCommand, DescribeImagesCommand } = commandsOf('ec2');

/** The region a source instance ran in, read from its zone (us-east-1a → us-east-1). */
const sourceRegionOf = (c: Readonly<Record<string, unknown>>) => str(c.availabilityZone)?.replace(/[a-z]$/, '');

/**
 * The image to launch a recovered instance from. AMI ids are regional: in another region the source's
 * image is copied there first (CopyImage, with a client token and the recovery's tags, so a retry finds
 * the copy), and waited for until available. The copy is the recovery's: the reset deregisters it.
 */
export async function imageIn(session: Session, request: RecreateRequest, accountId: string): Promise<string> {
  const c = request.configuration;
  const ImageId = str(c.imageId);
  if (!ImageId) throw faultError('InvalidParameterValue', `instance ${request.sourceResourceId} has no imageId to launch from`);
  const source = sourceRegionOf(c);
  if (!source || source === request.region) return ImageId;
  const ec2 = session.client('ec2', request.region);
  let copy = ((await ec2.send(new DescribeImagesCommand({ Owners: ['self'], Filters: keyFilters(request) })))?.Images ?? []).find((i) => i.State !== 'failed' && i.State !== 'deregistered')?.ImageId;
  if (!copy) {
    const answer = await ec2.send(new CopyImageCommand({
      SourceImageId: ImageId, SourceRegion: source, Name: `lifeboat-${recoveryDigest(accountId, request, 24)}`, ClientToken: recoveryDigest(accountId, request, 32),
      Description: `Lifeboat recovery ${request.recoveryId} of ${request.sourceResourceId} (copy of ${ImageId} from ${source})`, TagSpecifications: tagSpec('image', request),
    }));
    copy = answer.ImageId!;
  }
  await waitFor(`AMI copy ${copy}`, async () => {
    const image = (await ec2.send(new DescribeImagesCommand({ ImageIds: [copy] })))?.Images?.[0];
    if (image?.State === 'failed' || image?.State === 'error') throw faultError('ImageCopyFailed', `AMI copy ${copy} of ${ImageId} failed: ${image.StateReason?.Message ?? 'no reason given'}`);
    return image?.State === 'available' ? true : undefined;
  }, session.settings);
  return copy;
}

/** An AMI a recovery copied: found by the reset through its tag; deregistered, then its snapshots deleted. */
export const image = ec2Kind({
  arnKind: 'image', type: 'ec2:image',
  describe: async (ec2: EC2Client, Filters, ImageIds) =>
    ((await ec2.send(new DescribeImagesCommand({ Owners: ['self'], Filters, ImageIds })))?.Images ?? []).filter((i) => i.State !== 'deregistered').map((i) => i.ImageId!),
  create: () => { throw faultError('InvalidParameterValue', 'an AMI is copied with the instance it launches, not recovered by itself'); },
  async remove(ec2, ImageId) {
    const [found] = (await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId] })))?.Images ?? [];
    await ec2.send(new DeregisterImageCommand({ ImageId }));
    for (const mapping of found?.BlockDeviceMappings ?? []) {
      if (mapping.Ebs?.SnapshotId) await ec2.send(new DeleteSnapshotCommand({ SnapshotId: mapping.Ebs.SnapshotId })).catch((error: unknown) => { if (!isNotFound(error)) throw error; });
    }
  },
});
