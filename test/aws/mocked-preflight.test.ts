import {
  DescribeAddressesCommand, DescribeInstancesCommand, DescribeInstanceTypeOfferingsCommand, DescribeVpcsCommand, EC2Client,
} from '@aws-sdk/client-ec2';
import { DescribeAccountAttributesCommand, RDSClient } from '@aws-sdk/client-rds';
import { GetAWSDefaultServiceQuotaCommand, GetServiceQuotaCommand, ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { ec2, rds, quotas, cloud } = useMockedCloud({ ec2: EC2Client, rds: RDSClient, quotas: ServiceQuotasClient });

describe('describeQuotas', () => {
  beforeEach(() => {
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-1' }, { VpcId: 'vpc-2' }] });
    ec2.on(DescribeAddressesCommand).resolves({ Addresses: [{ AllocationId: 'eipalloc-1' }] });
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
    rds.on(DescribeAccountAttributesCommand).resolves({ AccountQuotas: [{ AccountQuotaName: 'AllocatedStorage', Used: 100, Max: 100000 }, { AccountQuotaName: 'DBInstances', Used: 3, Max: 40 }] });
  });

  it('the account\'s applied value of each quota, with its use in the region', async () => {
    quotas.on(GetServiceQuotaCommand).callsFake(async (sent: { QuotaCode: string }) => ({ Quota: { Value: { 'L-F678F1CE': 10, 'L-0263D0A3': 20, 'L-1216C47A': 640, 'L-7B6409FD': 80 }[sent.QuotaCode] } }));
    expect(await cloud.describeQuotas(KEYS, { region: 'eu-west-1' })).toEqual([
      { quota: 'vpcs', serviceCode: 'vpc', quotaCode: 'L-F678F1CE', limit: 10, used: 2 },
      { quota: 'elastic-ips', serviceCode: 'ec2', quotaCode: 'L-0263D0A3', limit: 20, used: 1 },
      { quota: 'on-demand-vcpus', serviceCode: 'ec2', quotaCode: 'L-1216C47A', limit: 640, used: 0 },
      { quota: 'rds-instances', serviceCode: 'rds', quotaCode: 'L-7B6409FD', limit: 80, used: 3 },
    ]);
    expect(quotas.commandCalls(GetServiceQuotaCommand).map((c) => c.args[0].input)).toEqual(expect.arrayContaining([
      { ServiceCode: 'vpc', QuotaCode: 'L-F678F1CE' }, { ServiceCode: 'ec2', QuotaCode: 'L-0263D0A3' },
      { ServiceCode: 'ec2', QuotaCode: 'L-1216C47A' }, { ServiceCode: 'rds', QuotaCode: 'L-7B6409FD' },
    ]));
    expect(input(ec2.commandCalls(DescribeAddressesCommand))).toEqual({ Filters: [{ Name: 'domain', Values: ['vpc'] }] });
    expect(quotas.commandCalls(GetAWSDefaultServiceQuotaCommand)).toHaveLength(0);
  });

  it('a quota the account has no applied value of (NoSuchResourceException) falls back to AWS\'s default', async () => {
    quotas.on(GetServiceQuotaCommand).rejects(awsError('NoSuchResourceException'));
    quotas.on(GetAWSDefaultServiceQuotaCommand).callsFake(async (sent: { QuotaCode: string }) => ({ Quota: { Value: sent.QuotaCode === 'L-7B6409FD' ? 40 : 5 } }));
    const found = await cloud.describeQuotas(KEYS, { region: 'eu-west-1' });
    expect(found.map((q) => q.limit)).toEqual([5, 5, 5, 40]);
    expect(quotas.commandCalls(GetAWSDefaultServiceQuotaCommand)).toHaveLength(4);
  });

  it('vCPUs: running and pending Standard-family On-Demand instances, page by page; Spot and other families do not count', async () => {
    quotas.on(GetServiceQuotaCommand).resolves({ Quota: { Value: 64 } });
    ec2.on(DescribeInstancesCommand, { NextToken: undefined }).resolves({ NextToken: 'p2', Reservations: [{ Instances: [
      { InstanceType: 'm5.xlarge', CpuOptions: { CoreCount: 2, ThreadsPerCore: 2 } },
      { InstanceType: 'c6i.large', CpuOptions: { CoreCount: 1, ThreadsPerCore: 1 } },
      { InstanceType: 'g5.xlarge', CpuOptions: { CoreCount: 2, ThreadsPerCore: 2 } },
    ] }] });
    ec2.on(DescribeInstancesCommand, { NextToken: 'p2' }).resolves({ Reservations: [{ Instances: [
      { InstanceType: 't3.medium' }, { InstanceType: 'r5.large', InstanceLifecycle: 'spot', CpuOptions: { CoreCount: 1, ThreadsPerCore: 2 } },
      { InstanceType: 'inf1.xlarge', CpuOptions: { CoreCount: 2, ThreadsPerCore: 2 } },
    ] }] });
    const vcpus = (await cloud.describeQuotas(KEYS, { region: 'us-east-1' })).find((q) => q.quota === 'on-demand-vcpus');
    // m5.xlarge 4 + c6i.large 1 (its CPU options) + t3.medium 2 (from its size): the GPU, Inferentia and Spot instances are other quotas.
    expect(vcpus).toMatchObject({ used: 7, limit: 64 });
    expect(input(ec2.commandCalls(DescribeInstancesCommand))).toEqual({ Filters: [{ Name: 'instance-state-name', Values: ['pending', 'running'] }], MaxResults: 1000, NextToken: undefined });
    expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(2);
  });

  it('VPCs are counted across pages', async () => {
    quotas.on(GetServiceQuotaCommand).resolves({ Quota: { Value: 5 } });
    ec2.on(DescribeVpcsCommand, { NextToken: undefined }).resolves({ Vpcs: [{}, {}], NextToken: 'n' });
    ec2.on(DescribeVpcsCommand, { NextToken: 'n' }).resolves({ Vpcs: [{}] });
    expect((await cloud.describeQuotas(KEYS, { region: 'us-east-1' }))[0]).toMatchObject({ quota: 'vpcs', used: 3 });
  });

  it('AccessDeniedException from Service Quotas (the role lacks servicequotas:GetServiceQuota) is an authentication failure', async () => {
    quotas.on(GetServiceQuotaCommand).rejects(awsError('AccessDeniedException'));
    await expect(cloud.describeQuotas(KEYS, { region: 'us-east-1' })).rejects.toMatchObject({ reason: 'authentication', cloudCode: 'AccessDeniedException' });
  });
});

describe('instanceTypeOfferings', () => {
  it('asks by zone for the types, follows NextToken, and answers the types per zone', async () => {
    ec2.on(DescribeInstanceTypeOfferingsCommand, { NextToken: undefined }).resolves({ NextToken: 't2', InstanceTypeOfferings: [
      { InstanceType: 't3.micro', LocationType: 'availability-zone', Location: 'us-east-1a' },
      { InstanceType: 'm5.large', LocationType: 'availability-zone', Location: 'us-east-1a' },
    ] });
    ec2.on(DescribeInstanceTypeOfferingsCommand, { NextToken: 't2' }).resolves({ InstanceTypeOfferings: [
      { InstanceType: 't3.micro', LocationType: 'availability-zone', Location: 'us-east-1e' },
    ] });
    expect(await cloud.instanceTypeOfferings(KEYS, { region: 'us-east-1', instanceTypes: ['t3.micro', 'm5.large', 't3.micro'] }))
      .toEqual({ 'us-east-1a': ['m5.large', 't3.micro'], 'us-east-1e': ['t3.micro'] });
    expect(input(ec2.commandCalls(DescribeInstanceTypeOfferingsCommand))).toEqual({
      LocationType: 'availability-zone', Filters: [{ Name: 'instance-type', Values: ['t3.micro', 'm5.large'] }], MaxResults: 1000, NextToken: undefined,
    });
    expect(ec2.commandCalls(DescribeInstanceTypeOfferingsCommand)).toHaveLength(2);
  });

  it('a long list of types is asked in parts of at most 100; none asked is no call', async () => {
    ec2.on(DescribeInstanceTypeOfferingsCommand).resolves({ InstanceTypeOfferings: [] });
    const types = Array.from({ length: 150 }, (_, i) => `m5.type${i}`);
    await cloud.instanceTypeOfferings(KEYS, { region: 'us-east-1', instanceTypes: types });
    expect(ec2.commandCalls(DescribeInstanceTypeOfferingsCommand).map((c) => c.args[0].input.Filters![0]!.Values!.length)).toEqual([100, 50]);
    expect(await cloud.instanceTypeOfferings(KEYS, { region: 'us-east-1', instanceTypes: [] })).toEqual({});
    expect(ec2.commandCalls(DescribeInstanceTypeOfferingsCommand)).toHaveLength(2);
  });

  it('UnauthorizedOperation (the role lacks ec2:DescribeInstanceTypeOfferings) is an authentication failure', async () => {
    ec2.on(DescribeInstanceTypeOfferingsCommand).rejects(awsError('UnauthorizedOperation', { status: 403 }));
    await expect(cloud.instanceTypeOfferings(KEYS, { region: 'us-east-1', instanceTypes: ['t3.micro'] })).rejects.toMatchObject({ reason: 'authentication', cloudCode: 'UnauthorizedOperation' });
  });
});
