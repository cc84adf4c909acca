import {
  DescribeImagesCommand, DescribeInstanceAttributeCommand, DescribeInstancesCommand, DescribeInstanceTypeOfferingsCommand, EC2Client, RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { actionsFor } from '../../src/cloud/iam-actions.ts';
import { awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { ec2, cloud, recreate } = useMockedCloud({ ec2: EC2Client });
const SCRIPT = Buffer.from('#!/bin/bash\nexport DB_PASSWORD=hunter2-not-real\n').toString('base64');

describe('an instance\'s user data: DescribeInstanceAttribute userData, given back to RunInstances', () => {
  it('discovery reads each instance\'s user data with DescribeInstanceAttribute (DescribeInstances does not return it); none is left out', async () => {
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [
      { InstanceId: 'i-1', InstanceType: 'm5.large', State: { Name: 'running' } }, { InstanceId: 'i-2', InstanceType: 'm5.large', State: { Name: 'running' } },
      { InstanceId: 'i-gone', InstanceType: 'm5.large', State: { Name: 'running' } },
    ] }] });
    ec2.on(DescribeInstanceAttributeCommand, { InstanceId: 'i-1', Attribute: 'userData' }).resolves({ InstanceId: 'i-1', UserData: { Value: SCRIPT } });
    ec2.on(DescribeInstanceAttributeCommand, { InstanceId: 'i-2', Attribute: 'userData' }).resolves({ InstanceId: 'i-2' });
    ec2.on(DescribeInstanceAttributeCommand, { InstanceId: 'i-gone', Attribute: 'userData' }).rejects(awsError('InvalidInstanceID.NotFound'));
    const page = await cloud.discover(KEYS, { region: 'us-east-1', service: 'EC2' });
    const byId = new Map(page.resources.map((r) => [r.resourceId, r.configuration]));
    expect(byId.get('i-1')).toMatchObject({ userData: SCRIPT });
    expect(byId.get('i-2')).not.toHaveProperty('userData');
    expect(byId.get('i-gone')).not.toHaveProperty('userData');
    expect(ec2.commandCalls(DescribeInstanceAttributeCommand)).toHaveLength(3);
    expect(actionsFor(['EC2'])).toContain('ec2:DescribeInstanceAttribute');
  });

  it('RunInstances gets the captured user data as it was (base64); an instance without any gets no UserData', async () => {
    ec2.on(DescribeImagesCommand).resolves({ Images: [] });
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
    ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-new'] }).resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-new', State: { Name: 'running' } }] }] });
    ec2.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: 'i-new' }] });
    ec2.on(DescribeInstanceTypeOfferingsCommand).resolves({ InstanceTypeOfferings: [{ Location: 'us-east-1a', InstanceType: 'm5.large', LocationType: 'availability-zone' }] });
    await recreate({ type: 'ec2:instance', sourceResourceId: 'i-1', region: 'us-east-1', configuration: { imageId: 'ami-1', availabilityZone: 'us-east-1a', instanceType: 'm5.large', userData: SCRIPT } });
    expect(input(ec2.commandCalls(RunInstancesCommand)).UserData).toBe(SCRIPT);
    await recreate({ type: 'ec2:instance', sourceResourceId: 'i-2', region: 'us-east-1', configuration: { imageId: 'ami-1', availabilityZone: 'us-east-1a', instanceType: 'm5.large' } });
    expect(input(ec2.commandCalls(RunInstancesCommand), 1)).not.toHaveProperty('UserData');
  });
});
