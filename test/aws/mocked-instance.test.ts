import {
  AttachVolumeCommand, CopyImageCommand, DeleteSnapshotCommand, DeleteVolumeCommand, DeregisterImageCommand, DescribeImagesCommand, DescribeInstancesCommand,
  DescribeVolumesCommand, DetachVolumeCommand, EC2Client, RunInstancesCommand, StartInstancesCommand, StopInstancesCommand, type InstanceStateName,
} from '@aws-sdk/client-ec2';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RecreateRequest } from '../../src/cloud/provider.ts';
import { KEYS, useMockedCloud } from './mocked-fixture.ts';

const { ec2, cloud } = useMockedCloud({ ec2: EC2Client });
const request: RecreateRequest = {
  region: 'us-west-2', recoveryId: 'rec-1', sourceResourceId: 'i-1', type: 'ec2:instance', name: 'web', tags: {}, dependencies: ['subnet-n', 'sg-n'],
  configuration: {
    imageId: 'ami-east', instanceType: 'm5.large', availabilityZone: 'us-east-1a', iamInstanceProfile: 'arn:aws:iam::111111111111:instance-profile/web',
    metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 2 },
  },
};

beforeEach(() => {
  ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
  ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-new'] }).resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-new', State: { Name: 'running' } }] }] });
  ec2.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: 'i-new' }] });
});

describe('an instance recovered into another region', () => {
  it('AMI ids are regional: the image is copied to the target (CopyImage, tagged, waited for) and the launch uses the copy', async () => {
    ec2.on(DescribeImagesCommand).resolves({ Images: [] });
    ec2.on(CopyImageCommand).resolves({ ImageId: 'ami-west' });
    ec2.on(DescribeImagesCommand, { ImageIds: ['ami-west'] }).resolvesOnce({ Images: [{ ImageId: 'ami-west', State: 'pending' }] }).resolves({ Images: [{ ImageId: 'ami-west', State: 'available' }] });
    await cloud.recreate(KEYS, request);
    expect(ec2.commandCalls(CopyImageCommand)[0]!.args[0].input).toMatchObject({
      SourceImageId: 'ami-east', SourceRegion: 'us-east-1', ClientToken: expect.stringMatching(/^[0-9a-f]{32}$/), TagSpecifications: [{ ResourceType: 'image' }],
    });
    expect(ec2.commandCalls(RunInstancesCommand)[0]!.args[0].input).toMatchObject({ ImageId: 'ami-west' });
  });

  it('keeps IMDSv2 required (MetadataOptions) and the instance profile', async () => {
    await cloud.recreate(KEYS, { ...request, region: 'us-east-1' });
    expect(ec2.commandCalls(RunInstancesCommand)[0]!.args[0].input).toMatchObject({
      ImageId: 'ami-east', MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 }, IamInstanceProfile: { Arn: 'arn:aws:iam::111111111111:instance-profile/web' },
    });
    expect(ec2.commandCalls(CopyImageCommand)).toHaveLength(0);
  });

  it('the reset deregisters the copied AMI and deletes its snapshots', async () => {
    ec2.on(DescribeImagesCommand).resolves({ Images: [{ ImageId: 'ami-west', BlockDeviceMappings: [{ Ebs: { SnapshotId: 'snap-root' } }] }] });
    ec2.on(DeregisterImageCommand).resolves({});
    ec2.on(DeleteSnapshotCommand).resolves({});
    await cloud.deleteResource(KEYS, { region: 'us-west-2', type: 'ec2:image', resourceId: 'ami-west' });
    expect(ec2.commandCalls(DeregisterImageCommand)[0]!.args[0].input).toEqual({ ImageId: 'ami-west' });
    expect(ec2.commandCalls(DeleteSnapshotCommand)[0]!.args[0].input).toEqual({ SnapshotId: 'snap-root' });
  });
});

describe('the recovered root volume', () => {
  it('replaces the image\'s root (RunInstances boots from the image): stop, detach, attach at the root device, start; the image\'s root is deleted', async () => {
    let state: InstanceStateName = 'running';
    let root: string | undefined = 'vol-from-image';
    const order: string[] = [];
    ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-new'] }).callsFake(async () => ({ Reservations: [{ Instances: [{
      InstanceId: 'i-new', State: { Name: state }, BlockDeviceMappings: root ? [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: root } }] : [],
    }] }] }));
    ec2.on(StopInstancesCommand).callsFake(async () => { order.push('stop'); state = 'stopped'; return {}; });
    ec2.on(DetachVolumeCommand).callsFake(async () => { order.push('detach'); root = undefined; return {}; });
    ec2.on(DescribeVolumesCommand).resolves({ Volumes: [{ VolumeId: 'vol-from-image', State: 'available' }] });
    ec2.on(AttachVolumeCommand).callsFake(async (input: { VolumeId: string; Device: string }) => { order.push(`attach ${input.VolumeId} ${input.Device}`); if (input.Device === '/dev/xvda') root = input.VolumeId; return {}; });
    ec2.on(StartInstancesCommand).callsFake(async () => { order.push('start'); state = 'running'; return {}; });
    ec2.on(DeleteVolumeCommand).callsFake(async (input: { VolumeId: string }) => { order.push(`delete ${input.VolumeId}`); return {}; });
    await cloud.recreate(KEYS, { ...request, region: 'us-east-1', dependencies: ['subnet-n', 'vol-root-new', 'vol-data-new'], configuration: {
      ...request.configuration, rootDeviceName: '/dev/xvda', blockDeviceMappings: [{ deviceName: '/dev/xvda' }, { deviceName: '/dev/sdf' }],
    } });
    expect(order).toEqual(['stop', 'detach', 'attach vol-root-new /dev/xvda', 'start', 'delete vol-from-image', 'attach vol-data-new /dev/sdf']);
    // The image's root carries the recovery's tags from the launch, so a reset finds one a crash left behind.
    expect(ec2.commandCalls(RunInstancesCommand)[0]!.args[0].input.TagSpecifications!.map((t) => t.ResourceType)).toEqual(['instance', 'volume']);
  });
});
