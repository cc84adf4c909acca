import type { _InstanceType, HttpTokensState, VolumeType } from '@aws-sdk/client-ec2';
import { CloudCallError, type RecreateRequest } from '../../provider.ts';
import { faultError } from '../errors.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { dependencyOf, num, recoveryDigest, str } from './shared.ts';
import { assertSubnetOffers, zoneIn } from './zones.ts';
import { imageIn } from './image.ts';
import { ec2Kind, gone, ignore, keyFilters, tagSpec } from './ec2-kind.ts';
import { useRecoveredRoot } from './root-volume.ts';
import { commandsOf, type EC2Client } from '../clients.ts';

const { AttachVolumeCommand, CreateVolumeCommand, DeleteVolumeCommand, DescribeInstancesCommand, DescribeVolumesCommand, RunInstancesCommand, TerminateInstancesCommand } = commandsOf('ec2');

/**
 * CreateVolume takes Iops only for io1, io2 and gp3 (gp2's IOPS follow its size; st1, sc1 and standard
 * have none to set) and Throughput only for gp3: sending them for another type is refused.
 */
export function volumePerformance(volumeType: string, c: Readonly<Record<string, unknown>>): { VolumeType: VolumeType; Iops?: number; Throughput?: number } {
  const iops = ['io1', 'io2', 'gp3'].includes(volumeType) ? num(c.iops) : undefined;
  const throughput = volumeType === 'gp3' ? num(c.throughput) : undefined;
  return { VolumeType: volumeType as VolumeType, ...(iops === undefined ? {} : { Iops: iops }), ...(throughput === undefined ? {} : { Throughput: throughput }) };
}

export const volume = ec2Kind({
    arnKind: 'volume', type: 'ebs:volume',
    describe: async (ec2, Filters, VolumeIds) =>
      ((await ec2.send(new DescribeVolumesCommand({ Filters, VolumeIds }))).Volumes ?? []).filter((v) => v.State !== 'deleting' && v.State !== 'deleted').map((v) => v.VolumeId!),
    async create(ec2, request, session, accountId) {
      const c = request.configuration;
      const answer = await ec2.send(new CreateVolumeCommand({
        AvailabilityZone: (await zoneIn(session, request.region, c.availabilityZone)) ?? `${request.region}a`,
        ...(request.snapshotId ? { SnapshotId: request.snapshotId } : { Size: num(c.size) ?? 8 }),
        ...volumePerformance(str(c.volumeType) ?? 'gp3', c), Encrypted: c.encrypted === true || undefined,
        ClientToken: recoveryDigest(accountId, request, 32), TagSpecifications: tagSpec('volume', request),
      }));
      const VolumeId = answer.VolumeId!;
      await waitFor(`EBS volume ${VolumeId}`, async () => {
        const state = (await ec2.send(new DescribeVolumesCommand({ VolumeIds: [VolumeId] }))).Volumes?.[0]?.State;
        if (state === 'error') throw faultError('VolumeFailed', `EBS volume ${VolumeId} failed`);
        return state === 'available' || state === 'in-use' ? true : undefined;
      }, session.settings);
      return VolumeId;
    },
    remove: async (ec2, VolumeId) => { await ec2.send(new DeleteVolumeCommand({ VolumeId })); },
});

const LIVE = [{ Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }];

/**
 * RunInstances' client token, from the idempotency key and the number of this recovery's launches of
 * the source that ended terminated: AWS answers a repeated token with the instance it first launched,
 * even a terminated one, so a launch that failed (no capacity, a volume limit) needs a new token.
 */
async function launchToken(ec2: EC2Client, request: RecreateRequest, accountId: string): Promise<string> {
  const answer = await ec2.send(new DescribeInstancesCommand({ Filters: [...keyFilters(request), { Name: 'instance-state-name', Values: ['shutting-down', 'terminated'] }] }));
  const failed = (answer?.Reservations ?? []).flatMap((r) => r.Instances ?? []).length;
  return `${recoveryDigest(accountId, request, 32)}${failed ? `-${failed}` : ''}`;
}

/** Until the instance runs; one that ends shutting-down or terminated is reported at once with AWS's reason (retryable: a new launch may succeed). */
async function running(ec2: EC2Client, InstanceId: string, session: Session): Promise<void> {
  await waitFor(`EC2 instance ${InstanceId}`, async () => {
    const instance = (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [InstanceId] }))).Reservations?.[0]?.Instances?.[0];
    const state = instance?.State?.Name;
    if (state === 'shutting-down' || state === 'terminated') {
      const reason = instance?.StateReason;
      throw new CloudCallError('unavailable', 'InstanceTerminated', `InstanceTerminated: EC2 instance ${InstanceId} ended ${state}: ${reason?.Code ?? 'no code'}: ${reason?.Message ?? 'no reason given'}`);
    }
    return state === 'running' || state === 'stopped' ? true : undefined;
  }, session.settings);
}

/** The instance is launched from its image; recovered data volumes (not the root) are attached once it runs. */
export const instance = ec2Kind({
  arnKind: 'instance', type: 'ec2:instance',
  describe: async (ec2, Filters, InstanceIds) =>
    ((await ec2.send(new DescribeInstancesCommand({ Filters: [...(Filters ?? []), ...LIVE], InstanceIds }))).Reservations ?? [])
      .flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId!),
  async create(ec2, request, session, accountId) {
    const c = request.configuration;
    const InstanceType = (str(c.instanceType) ?? 't3.micro') as _InstanceType;
    const [SubnetId] = dependencyOf(request, 'subnet');
    // The type must be offered where the instance runs: its subnet's zone, else a zone chosen for it.
    const placement = SubnetId ? undefined : await zoneIn(session, request.region, c.availabilityZone, [InstanceType]);
    if (SubnetId) await assertSubnetOffers(session, request.region, SubnetId, InstanceType);
    const ImageId = await imageIn(session, request, accountId);
    const metadata = c.metadataOptions as { httpTokens?: string; httpPutResponseHopLimit?: number } | undefined;
    const answer = await ec2.send(new RunInstancesCommand({
      ImageId, InstanceType, MinCount: 1, MaxCount: 1, ...(placement ? { Placement: { AvailabilityZone: placement } } : {}),
      SubnetId, SecurityGroupIds: dependencyOf(request, 'sg'), KeyName: str(c.keyName),
      // IMDSv2 required stays required; the instance profile (IAM is global) is the source's, valid in the same account.
      ...(metadata?.httpTokens ? { MetadataOptions: { HttpTokens: metadata.httpTokens as HttpTokensState, HttpPutResponseHopLimit: num(metadata.httpPutResponseHopLimit), HttpEndpoint: 'enabled' } } : {}),
      ...(str(c.iamInstanceProfile) ? { IamInstanceProfile: { Arn: str(c.iamInstanceProfile) } } : {}),
      // The source's user data (base64, as captured; RunInstances takes it base64): the recovery opened it from the catalog's sealed copy.
      ...(str(c.userData) ? { UserData: str(c.userData) } : {}),
      ClientToken: await launchToken(ec2, request, accountId), TagSpecifications: [...tagSpec('instance', request), ...tagSpec('volume', request)],
    }));
    return answer.Instances![0]!.InstanceId!;
  },
  /** Once it runs: the recovered root volume in place of the image's, then the data volumes (a retry that finds the instance resumes here). */
  async complete(ec2, request, InstanceId, session) {
    const c = request.configuration;
    await running(ec2, InstanceId, session);
    const mappings = (Array.isArray(c.blockDeviceMappings) ? c.blockDeviceMappings : []) as Array<{ deviceName?: string }>;
    const volumes = dependencyOf(request, 'vol');
    const byDevice = volumes.map((VolumeId, index) => ({ VolumeId, Device: mappings[index]?.deviceName }));
    const root = byDevice.find((a) => a.Device && a.Device === c.rootDeviceName);
    if (root?.Device) await useRecoveredRoot(ec2, session, InstanceId, root.Device, root.VolumeId);
    const attachments = byDevice.filter((a) => a.Device && a.Device !== c.rootDeviceName);
    for (const a of attachments) await ec2.send(new AttachVolumeCommand({ InstanceId, VolumeId: a.VolumeId, Device: a.Device })).catch(ignore('VolumeInUse'));
  },
  /** TerminateInstances answers at shutting-down; the instance's volumes and interfaces are held until it is terminated. */
  async remove(ec2, InstanceId, session) {
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [InstanceId] }));
    await waitFor(`termination of EC2 instance ${InstanceId}`, async () => {
      const answer = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [InstanceId] })).catch((error: unknown) => { gone(error); return undefined; });
      const state = answer?.Reservations?.[0]?.Instances?.[0]?.State?.Name;
      return state === undefined || state === 'terminated' ? true : undefined;
    }, session.settings);
  },
});
