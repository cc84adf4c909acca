import { DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import {
  DescribeLoadBalancersCommand, DescribeTagsCommand, DescribeTargetGroupsCommand, ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { LambdaClient, ListFunctionsCommand, ListTagsCommand } from '@aws-sdk/client-lambda';
import {
  GetHostedZoneCommand, ListHostedZonesCommand, ListResourceRecordSetsCommand, ListTagsForResourcesCommand, Route53Client,
} from '@aws-sdk/client-route-53';
import { ListTagsForResourceCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, ListQueuesCommand, ListQueueTagsCommand, SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import type { AwsService } from '../../src/cloud/provider.ts';
import { awsError, KEYS, useMockedCloud } from './mocked-fixture.ts';

// As this file always ran: on the driver's own waits and polls, and with no vault answers from S3.
const { elb, lambda, sqs, sns, route53, efs, cloud } = useMockedCloud(
  { elb: ElasticLoadBalancingV2Client, lambda: LambdaClient, sqs: SQSClient, sns: SNSClient, route53: Route53Client, efs: EFSClient },
  { settings: { waitTimeoutMs: undefined, pollMs: undefined }, vault: false },
);
const page = (service: AwsService, nextToken?: string) => cloud.discover(KEYS, { region: 'us-east-1', service, ...(nextToken ? { nextToken } : {}) });

describe('discovery of the application services', () => {
  it('ELB: load balancers then target groups, page by page, tags read 20 ARNs a call', async () => {
    const lbs = Array.from({ length: 21 }, (_, i) => ({
      LoadBalancerName: `lb-${i}`, LoadBalancerArn: `arn:lb/${i}`, Type: 'application' as const, VpcId: 'vpc-1',
      AvailabilityZones: [{ SubnetId: 'subnet-1' }, { SubnetId: 'subnet-2' }], SecurityGroups: ['sg-1'],
    }));
    elb.on(DescribeLoadBalancersCommand, { Marker: undefined }).resolves({ LoadBalancers: lbs, NextMarker: 'm2' });
    elb.on(DescribeLoadBalancersCommand, { Marker: 'm2' }).resolves({ LoadBalancers: [] });
    elb.on(DescribeTargetGroupsCommand).resolves({ TargetGroups: [{ TargetGroupName: 'tg', TargetGroupArn: 'arn:tg', VpcId: 'vpc-1', Protocol: 'HTTP', Port: 80 }] });
    elb.on(DescribeTagsCommand).callsFake((input: { ResourceArns: string[] }) => ({ TagDescriptions: input.ResourceArns.map((ResourceArn) => ({ ResourceArn, Tags: [{ Key: 'app', Value: 'shop' }] })) }));
    const first = await page('ELB');
    expect(first.resources).toHaveLength(21);
    expect(first.resources[0]).toMatchObject({
      resourceId: 'lb-0', arn: 'arn:lb/0', type: 'elb:load-balancer', tags: { app: 'shop' }, dependencies: ['subnet-1', 'subnet-2', 'sg-1'],
      configuration: { type: 'application', subnetIds: ['subnet-1', 'subnet-2'], securityGroups: ['sg-1'] },
    });
    expect(elb.commandCalls(DescribeLoadBalancersCommand)[0]!.args[0].input).toEqual({ PageSize: 400, Marker: undefined });
    expect(elb.commandCalls(DescribeTagsCommand).map((c) => c.args[0].input.ResourceArns!.length)).toEqual([20, 1]);
    const second = await page('ELB', first.nextToken);
    expect(second.resources).toEqual([]);
    const third = await page('ELB', second.nextToken);
    expect(third).toEqual({ resources: [expect.objectContaining({ resourceId: 'tg', type: 'elb:target-group', dependencies: ['vpc-1'] })] });
    elb.on(DescribeLoadBalancersCommand).rejects(awsError('AccessDenied'));
    await expect(page('ELB')).rejects.toMatchObject({ reason: 'authentication', cloudCode: 'AccessDenied' });
  });

  it('Lambda: functions with their VPC, ARN and code identity, tags per function, Marker pagination', async () => {
    lambda.on(ListFunctionsCommand, { Marker: undefined }).resolves({
      Functions: [{ FunctionName: 'api', FunctionArn: 'arn:aws:lambda:us-east-1:111111111111:function:api', Runtime: 'nodejs20.x', Handler: 'index.handler',
        Role: 'arn:aws:iam::111111111111:role/fn', CodeSha256: 'abc', CodeSize: 42, VpcConfig: { VpcId: 'vpc-1', SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] } }],
      NextMarker: 'n2',
    });
    lambda.on(ListFunctionsCommand, { Marker: 'n2' }).resolves({ Functions: [{ FunctionName: 'cron', FunctionArn: 'arn:cron' }] });
    lambda.on(ListTagsCommand).resolves({ Tags: { app: 'shop' } });
    const first = await page('Lambda');
    expect(first.resources[0]).toMatchObject({
      resourceId: 'api', type: 'lambda:function', service: 'Lambda', tags: { app: 'shop' }, dependencies: ['subnet-1', 'sg-1'],
      configuration: { runtime: 'nodejs20.x', handler: 'index.handler', functionArn: 'arn:aws:lambda:us-east-1:111111111111:function:api', codeSha256: 'abc', vpcId: 'vpc-1' },
    });
    expect(lambda.commandCalls(ListFunctionsCommand)[0]!.args[0].input).toEqual({ MaxItems: 50, Marker: undefined });
    expect(lambda.commandCalls(ListTagsCommand)[0]!.args[0].input).toEqual({ Resource: 'arn:aws:lambda:us-east-1:111111111111:function:api' });
    const second = await page('Lambda', first.nextToken);
    expect(second).toEqual({ resources: [expect.objectContaining({ resourceId: 'cron', dependencies: [] })] });
    lambda.on(ListFunctionsCommand).rejects(awsError('TooManyRequestsException'));
    await expect(page('Lambda')).rejects.toMatchObject({ reason: 'throttled', retryable: true });
  });

  it('SQS and SNS: names from URLs and ARNs, settings kept, NextToken pagination', async () => {
    sqs.on(ListQueuesCommand, { NextToken: undefined }).resolves({ QueueUrls: ['https://sqs.us-east-1.amazonaws.com/111111111111/jobs.fifo'], NextToken: 'q2' });
    sqs.on(ListQueuesCommand, { NextToken: 'q2' }).resolves({ QueueUrls: [] });
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { QueueArn: 'arn:aws:sqs:us-east-1:111111111111:jobs.fifo', FifoQueue: 'true', VisibilityTimeout: '30', ApproximateNumberOfMessages: '7' } });
    sqs.on(ListQueueTagsCommand).resolves({ Tags: { app: 'shop' } });
    const queues = await page('SQS');
    expect(queues.resources).toEqual([expect.objectContaining({
      resourceId: 'jobs.fifo', arn: 'arn:aws:sqs:us-east-1:111111111111:jobs.fifo', type: 'sqs:queue', tags: { app: 'shop' },
      configuration: { queueUrl: 'https://sqs.us-east-1.amazonaws.com/111111111111/jobs.fifo', attributes: { FifoQueue: 'true', VisibilityTimeout: '30' } },
    })]);
    expect(sqs.commandCalls(ListQueuesCommand)[0]!.args[0].input).toEqual({ MaxResults: 1000, NextToken: undefined });
    expect((await page('SQS', queues.nextToken)).nextToken).toBeUndefined();

    sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: 'arn:aws:sns:us-east-1:111111111111:orders' }] });
    sns.on(ListTagsForResourceCommand).rejects(awsError('AuthorizationError'));
    await expect(page('SNS')).rejects.toMatchObject({ reason: 'authentication', cloudCode: 'AuthorizationError' });
    sns.on(ListTagsForResourceCommand).resolves({ Tags: [{ Key: 'app', Value: 'billing' }] });
    expect((await page('SNS')).resources).toEqual([expect.objectContaining({ resourceId: 'orders', type: 'sns:topic', tags: { app: 'billing' }, configuration: { topicArn: 'arn:aws:sns:us-east-1:111111111111:orders', fifoTopic: false } })]);
  });

  it('Route 53: zones with their record sets (not SOA or apex NS, paged), a private zone\'s VPC as a dependency, tags 10 zones a call', async () => {
    const zones = Array.from({ length: 11 }, (_, i) => ({ Id: `/hostedzone/Z${i}`, Name: `z${i}.example.`, CallerReference: 'c', Config: { PrivateZone: i === 0 } }));
    route53.on(ListHostedZonesCommand).resolves({ HostedZones: zones, IsTruncated: true, NextMarker: 'Z11', Marker: '', MaxItems: 100 });
    route53.on(ListTagsForResourcesCommand).callsFake((input: { ResourceIds: string[] }) => ({ ResourceTagSets: input.ResourceIds.map((ResourceId) => ({ ResourceId, Tags: [{ Key: 'app', Value: 'shop' }] })) }));
    route53.on(GetHostedZoneCommand).resolves({ HostedZone: zones[0]!, VPCs: [{ VPCId: 'vpc-1', VPCRegion: 'us-east-1' }] });
    route53.on(ListResourceRecordSetsCommand).resolves({ ResourceRecordSets: [], IsTruncated: false, MaxItems: 300 });
    route53.on(ListResourceRecordSetsCommand, { HostedZoneId: 'Z0', StartRecordName: undefined }).resolves({
      ResourceRecordSets: [
        { Name: 'z0.example.', Type: 'SOA', TTL: 900, ResourceRecords: [{ Value: 'ns soa' }] }, { Name: 'z0.example.', Type: 'NS', TTL: 900, ResourceRecords: [{ Value: 'ns-1.' }] },
        { Name: 'www.z0.example.', Type: 'A', TTL: 60, ResourceRecords: [{ Value: '10.0.0.5' }] },
      ], IsTruncated: true, NextRecordName: 'x.z0.example.', NextRecordType: 'CNAME', MaxItems: 300,
    });
    route53.on(ListResourceRecordSetsCommand, { HostedZoneId: 'Z0', StartRecordName: 'x.z0.example.' }).resolves({
      ResourceRecordSets: [{ Name: 'x.z0.example.', Type: 'CNAME', AliasTarget: { DNSName: 'www.z0.example.', HostedZoneId: 'Z0', EvaluateTargetHealth: false } }], IsTruncated: false, MaxItems: 300,
    });
    const first = await page('Route53');
    expect(first.resources).toHaveLength(11);
    expect(first.resources[0]).toMatchObject({
      resourceId: 'Z0', arn: 'arn:aws:route53:::hostedzone/Z0', type: 'route53:hosted-zone', name: 'z0.example.', tags: { app: 'shop' }, dependencies: ['vpc-1'],
      configuration: { privateZone: true, vpcIds: ['vpc-1'], records: [
        { name: 'www.z0.example.', type: 'A', ttl: 60, values: ['10.0.0.5'] },
        { name: 'x.z0.example.', type: 'CNAME', alias: { dnsName: 'www.z0.example.', hostedZoneId: 'Z0', evaluateTargetHealth: false } },
      ] },
    });
    expect(route53.commandCalls(ListTagsForResourcesCommand).map((c) => c.args[0].input.ResourceIds!.length)).toEqual([10, 1]);
    expect(route53.commandCalls(GetHostedZoneCommand)).toHaveLength(1);
    await page('Route53', first.nextToken);
    expect(route53.commandCalls(ListHostedZonesCommand)[1]!.args[0].input).toEqual({ MaxItems: 100, Marker: 'Z11' });
  });

  it('EFS: file systems with their settings, Marker pagination, a missing permission mapped', async () => {
    efs.on(DescribeFileSystemsCommand, { Marker: undefined }).resolves({ FileSystems: [{
      FileSystemId: 'fs-1', FileSystemArn: 'arn:fs-1', Name: 'shared', PerformanceMode: 'generalPurpose', ThroughputMode: 'provisioned', ProvisionedThroughputInMibps: 64,
      Encrypted: true, SizeInBytes: { Value: 1024 }, Tags: [{ Key: 'app', Value: 'shop' }], CreationToken: 't', CreationTime: new Date(), LifeCycleState: 'available', NumberOfMountTargets: 0, OwnerId: '1',
    }], NextMarker: 'e2' });
    efs.on(DescribeFileSystemsCommand, { Marker: 'e2' }).rejects(awsError('AccessDeniedException'));
    const first = await page('EFS');
    expect(first.resources).toEqual([expect.objectContaining({
      resourceId: 'fs-1', type: 'efs:file-system', name: 'shared', tags: { app: 'shop' },
      configuration: { performanceMode: 'generalPurpose', throughputMode: 'provisioned', provisionedThroughputInMibps: 64, encrypted: true, sizeInBytes: 1024 },
    })]);
    expect(efs.commandCalls(DescribeFileSystemsCommand)[0]!.args[0].input).toEqual({ MaxItems: 100, Marker: undefined });
    await expect(page('EFS', first.nextToken)).rejects.toMatchObject({ reason: 'authentication', cloudCode: 'AccessDeniedException' });
  });
});
