import { mapLimited } from '../concurrency.ts';
import { isNotFound } from '../errors.ts';
import { discovered, ec2Arn, tagRecord, type Lister } from './shape.ts';
import { commandsOf, type EC2Client } from '../clients.ts';

const { DescribeInstanceAttributeCommand, DescribeInstancesCommand, DescribeVolumesCommand } = commandsOf('ec2');

const SETTABLE_IOPS = new Set(['io1', 'io2', 'gp3']);
const LIVE_STATES = ['pending', 'running', 'stopping', 'stopped'];

/**
 * An instance's user data (base64, as EC2 keeps it): DescribeInstances does not return it, DescribeInstanceAttribute
 * answers it one instance a call. It often holds secrets: the catalog keeps it sealed (platform/user-data.ts), never in
 * an answer, a log or an error. An instance gone meanwhile has none.
 */
async function userDataOf(ec2: EC2Client, InstanceId: string): Promise<string | undefined> {
  const answer = await ec2.send(new DescribeInstanceAttributeCommand({ InstanceId, Attribute: 'userData' })).catch((error: unknown) => { if (isNotFound(error)) return undefined; throw error; });
  return answer?.UserData?.Value || undefined;
}

const instances: Lister = async (session, region, token) => {
  const [page, account] = await Promise.all([
    session.client('ec2', region).send(new DescribeInstancesCommand({
      MaxResults: 1000, NextToken: token, Filters: [{ Name: 'instance-state-name', Values: LIVE_STATES }],
    })),
    session.accountId(),
  ]);
  return {
    next: page.NextToken,
    resources: await mapLimited((page.Reservations ?? []).flatMap((reservation) => (reservation.Instances ?? []).map((i) => ({ reservation, i }))), session.settings.lookupConcurrency, async ({ reservation, i }) => {
      const securityGroupIds = (i.SecurityGroups ?? []).map((g) => g.GroupId).filter((id): id is string => Boolean(id));
      const blockDeviceMappings = (i.BlockDeviceMappings ?? []).map((m) => ({ deviceName: m.DeviceName, volumeId: m.Ebs?.VolumeId }));
      return discovered({
        resourceId: i.InstanceId!, arn: ec2Arn(region, reservation.OwnerId ?? account, 'instance', i.InstanceId!), type: 'ec2:instance',
        service: 'EC2', region,
        configuration: {
          instanceType: i.InstanceType, imageId: i.ImageId, platform: i.PlatformDetails, architecture: i.Architecture,
          availabilityZone: i.Placement?.AvailabilityZone, subnetId: i.SubnetId, vpcId: i.VpcId, privateIpAddress: i.PrivateIpAddress,
          securityGroupIds, keyName: i.KeyName, iamInstanceProfile: i.IamInstanceProfile?.Arn, ebsOptimized: i.EbsOptimized,
          monitoring: i.Monitoring?.State, rootDeviceName: i.RootDeviceName, blockDeviceMappings, state: i.State?.Name,
          metadataOptions: i.MetadataOptions && { httpTokens: i.MetadataOptions.HttpTokens, httpPutResponseHopLimit: i.MetadataOptions.HttpPutResponseHopLimit },
          userData: await userDataOf(session.client('ec2', region), i.InstanceId!),
        },
        tags: tagRecord(i.Tags), dependencies: [i.SubnetId, ...securityGroupIds, ...blockDeviceMappings.map((m) => m.volumeId)],
      });
    }),
  };
};

const volumes: Lister = async (session, region, token) => {
  const [page, account] = await Promise.all([
    session.client('ec2', region).send(new DescribeVolumesCommand({ MaxResults: 500, NextToken: token })),
    session.accountId(),
  ]);
  return {
    next: page.NextToken,
    resources: (page.Volumes ?? []).map((v) => {
      const attachment = v.Attachments?.[0];
      return discovered({
        resourceId: v.VolumeId!, arn: ec2Arn(region, account, 'volume', v.VolumeId!), type: 'ebs:volume', service: 'EBS', region,
        configuration: {
          // AWS reports a gp2 volume's baseline IOPS, which CreateVolume refuses: kept only where it is a setting.
          size: v.Size, volumeType: v.VolumeType, iops: SETTABLE_IOPS.has(v.VolumeType ?? '') ? v.Iops : undefined,
          throughput: v.VolumeType === 'gp3' ? v.Throughput : undefined, encrypted: v.Encrypted, kmsKeyId: v.KmsKeyId,
          availabilityZone: v.AvailabilityZone, snapshotId: v.SnapshotId || undefined,
          attachment: attachment && { instanceId: attachment.InstanceId, device: attachment.Device, deleteOnTermination: attachment.DeleteOnTermination },
        },
        tags: tagRecord(v.Tags),
      });
    }),
  };
};

export const INSTANCE_LISTERS: readonly Lister[] = [instances];
export const VOLUME_LISTERS: readonly Lister[] = [volumes];
