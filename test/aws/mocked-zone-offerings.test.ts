import {
  CreateSubnetCommand, DescribeAvailabilityZonesCommand, DescribeImagesCommand, DescribeInstancesCommand, DescribeInstanceTypeOfferingsCommand, DescribeSubnetsCommand,
  EC2Client, RunInstancesCommand, type _InstanceType,
} from '@aws-sdk/client-ec2';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { ec2, recreate, cloud } = useMockedCloud({ ec2: EC2Client });
const zones = (...names: string[]) => ({ AvailabilityZones: names.map((ZoneName) => ({ ZoneName, State: 'available' as const })) });
/** DescribeInstanceTypeOfferings (location type availability-zone): each zone with the types it offers. */
const offerings = (byZone: Record<string, string[]>) => ({
  InstanceTypeOfferings: Object.entries(byZone).flatMap(([Location, types]) => types.map((InstanceType) => ({ Location, InstanceType: InstanceType as _InstanceType, LocationType: 'availability-zone' as const }))),
});

beforeEach(() => {
  ec2.on(DescribeAvailabilityZonesCommand).resolves(zones('us-west-2a', 'us-west-2b', 'us-west-2c', 'us-west-2d'));
  ec2.on(DescribeImagesCommand).resolves({ Images: [{ ImageId: 'ami-west', State: 'available' }] });
  ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
  ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-new'] }).resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-new', State: { Name: 'running' } }] }] });
  ec2.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: 'i-new' }] });
});

const instance = (configuration: Record<string, unknown>, dependencies: string[] = []) =>
  recreate({ type: 'ec2:instance', sourceResourceId: 'i-1', dependencies, configuration: { imageId: 'ami-west', availabilityZone: 'us-west-2d', instanceType: 'm7i.large', ...configuration } });

describe('an instance type must be offered in the zone the instance runs in (DescribeInstanceTypeOfferings by availability zone)', () => {
  it('launched without a subnet: the mapped zone lacks the type, so the next zone of the region that offers it is named in Placement', async () => {
    ec2.on(DescribeInstanceTypeOfferingsCommand).resolves(offerings({ 'us-west-2a': ['m7i.large'], 'us-west-2b': ['m7i.large'], 'us-west-2c': [] }));
    await instance({});
    expect(input(ec2.commandCalls(RunInstancesCommand)).Placement).toEqual({ AvailabilityZone: 'us-west-2a' });
    expect(input(ec2.commandCalls(DescribeInstanceTypeOfferingsCommand))).toMatchObject({ LocationType: 'availability-zone', Filters: [{ Name: 'instance-type', Values: ['m7i.large'] }] });
  });

  it('the mapped zone offers it: it is kept', async () => {
    ec2.on(DescribeInstanceTypeOfferingsCommand).resolves(offerings({ 'us-west-2a': ['m5.large'], 'us-west-2d': ['m5.large'] }));
    await instance({ instanceType: 'm5.large' });
    expect(input(ec2.commandCalls(RunInstancesCommand)).Placement).toEqual({ AvailabilityZone: 'us-west-2d' });
  });

  it('no zone of the region offers it: refused clearly (Unsupported, naming the type and region) before anything is launched', async () => {
    ec2.on(DescribeInstanceTypeOfferingsCommand).resolves(offerings({}));
    await expect(instance({ instanceType: 'u7i-12tb.224xlarge' })).rejects.toMatchObject({
      reason: 'fault', cloudCode: 'Unsupported', message: expect.stringMatching(/no availability zone of us-west-2 does not offer u7i-12tb\.224xlarge|no availability zone of us-west-2 .*u7i-12tb\.224xlarge/),
    });
    expect(ec2.commandCalls(RunInstancesCommand)).toHaveLength(0);
  });

  it('launched into a recovered subnet whose zone lacks the type: refused clearly with the zones that offer it, before the launch', async () => {
    ec2.on(DescribeSubnetsCommand, { SubnetIds: ['subnet-n'] }).resolves({ Subnets: [{ SubnetId: 'subnet-n', AvailabilityZone: 'us-west-2d' }] });
    ec2.on(DescribeInstanceTypeOfferingsCommand).resolves(offerings({ 'us-west-2a': ['m7i.large'], 'us-west-2b': ['m7i.large'] }));
    await expect(instance({}, ['subnet-n', 'sg-n'])).rejects.toMatchObject({
      reason: 'fault', cloudCode: 'Unsupported', message: expect.stringContaining('us-west-2d (of recovered subnet subnet-n) does not offer m7i.large (offered in m7i.large: us-west-2a, us-west-2b)'),
    });
    expect(ec2.commandCalls(RunInstancesCommand)).toHaveLength(0);

    ec2.on(DescribeInstanceTypeOfferingsCommand).resolves(offerings({ 'us-west-2d': ['m7i.large'] }));
    await instance({}, ['subnet-n', 'sg-n']);
    expect(input(ec2.commandCalls(RunInstancesCommand))).toMatchObject({ SubnetId: 'subnet-n', InstanceType: 'm7i.large' });
    expect(input(ec2.commandCalls(RunInstancesCommand))).not.toHaveProperty('Placement');
  });

  it('a zone a plan already named in the target region is checked too: us-west-2e does not exist, so the letter wraps to one that does', async () => {
    ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [] });
    ec2.on(CreateSubnetCommand).resolves({ Subnet: { SubnetId: 'subnet-new' } });
    await recreate({ type: 'ec2:subnet', sourceResourceId: 'subnet-e', dependencies: ['vpc-n'], configuration: { availabilityZone: 'us-west-2e' } });
    expect(input(ec2.commandCalls(CreateSubnetCommand)).AvailabilityZone).toBe('us-west-2a');
  });
});

describe('availabilityZones: what a recovery plan places zones by (DescribeAvailabilityZones)', () => {
  it('asks for available zones of type availability-zone (no Local or Wavelength Zones) in the region, and answers their names in order', async () => {
    ec2.on(DescribeAvailabilityZonesCommand).resolves(zones('eu-west-1c', 'eu-west-1a', 'eu-west-1b'));
    expect(await cloud.availabilityZones(KEYS, { region: 'eu-west-1' })).toEqual(['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
    expect(input(ec2.commandCalls(DescribeAvailabilityZonesCommand))).toEqual({
      Filters: [{ Name: 'state', Values: ['available'] }, { Name: 'zone-type', Values: ['availability-zone'] }],
    });
  });

  it('UnauthorizedOperation (the role lacks ec2:DescribeAvailabilityZones) is an authentication failure the plan shows as a warning', async () => {
    ec2.on(DescribeAvailabilityZonesCommand).rejects(awsError('UnauthorizedOperation', { status: 403 }));
    await expect(cloud.availabilityZones(KEYS, { region: 'eu-west-1' })).rejects.toMatchObject({ reason: 'authentication', cloudCode: 'UnauthorizedOperation' });
  });
});
