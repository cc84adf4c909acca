import { chunks, mapLimited } from '../concurrency.ts';
import { discovered, tagRecord, type Lister } from './shape.ts';
import { arnPrefix } from '../partition.ts';
import { commandsOf, type ElasticLoadBalancingV2Client } from '../clients.ts';

const { DescribeFileSystemsCommand } = commandsOf('efs');
const { DescribeLoadBalancersCommand, DescribeTagsCommand, DescribeTargetGroupsCommand } = commandsOf('elb');
const { ListFunctionsCommand, ListTagsCommand } = commandsOf('lambda');
const { ListTagsForResourceCommand: ListTopicTagsCommand, ListTopicsCommand } = commandsOf('sns');
const { GetQueueAttributesCommand, ListQueuesCommand, ListQueueTagsCommand } = commandsOf('sqs');

/** ELBv2 DescribeTags takes 20 ARNs a call. */
async function elbTags(elb: ElasticLoadBalancingV2Client, arns: readonly string[]): Promise<Map<string, Record<string, string>>> {
  const tags = new Map<string, Record<string, string>>();
  for (const group of chunks(arns, 20)) {
    const answer = await elb.send(new DescribeTagsCommand({ ResourceArns: group }));
    for (const d of answer.TagDescriptions ?? []) tags.set(d.ResourceArn!, tagRecord(d.Tags));
  }
  return tags;
}

const loadBalancers: Lister = async (session, region, token) => {
  const elb = session.client('elb', region);
  const page = await elb.send(new DescribeLoadBalancersCommand({ PageSize: 400, Marker: token }));
  const list = page.LoadBalancers ?? [];
  const tags = await elbTags(elb, list.map((lb) => lb.LoadBalancerArn!));
  return {
    next: page.NextMarker,
    resources: list.map((lb) => {
      const subnetIds = (lb.AvailabilityZones ?? []).map((z) => z.SubnetId);
      return discovered({
        resourceId: lb.LoadBalancerName!, arn: lb.LoadBalancerArn!, type: 'elb:load-balancer', service: 'ELB', region,
        configuration: {
          type: lb.Type, scheme: lb.Scheme, vpcId: lb.VpcId, subnetIds, securityGroups: lb.SecurityGroups,
          ipAddressType: lb.IpAddressType, dnsName: lb.DNSName,
        },
        tags: tags.get(lb.LoadBalancerArn!) ?? {}, dependencies: [...subnetIds, ...(lb.SecurityGroups ?? [])],
      });
    }),
  };
};

const targetGroups: Lister = async (session, region, token) => {
  const elb = session.client('elb', region);
  const page = await elb.send(new DescribeTargetGroupsCommand({ PageSize: 400, Marker: token }));
  const list = page.TargetGroups ?? [];
  const tags = await elbTags(elb, list.map((tg) => tg.TargetGroupArn!));
  return {
    next: page.NextMarker,
    resources: list.map((tg) => discovered({
      resourceId: tg.TargetGroupName!, arn: tg.TargetGroupArn!, type: 'elb:target-group', service: 'ELB', region,
      configuration: {
        protocol: tg.Protocol, port: tg.Port, vpcId: tg.VpcId, targetType: tg.TargetType, healthCheckPath: tg.HealthCheckPath,
        loadBalancerArns: tg.LoadBalancerArns,
      },
      tags: tags.get(tg.TargetGroupArn!) ?? {}, dependencies: [tg.VpcId],
    })),
  };
};

const functions: Lister = async (session, region, token) => {
  const lambda = session.client('lambda', region);
  const page = await lambda.send(new ListFunctionsCommand({ MaxItems: 50, Marker: token }));
  const resources = await mapLimited(page.Functions ?? [], session.settings.lookupConcurrency, async (fn) => {
    const tags = await lambda.send(new ListTagsCommand({ Resource: fn.FunctionArn }));
    const subnetIds = fn.VpcConfig?.SubnetIds ?? [];
    const securityGroupIds = fn.VpcConfig?.SecurityGroupIds ?? [];
    return discovered({
      resourceId: fn.FunctionName!, arn: fn.FunctionArn!, type: 'lambda:function', service: 'Lambda', region,
      configuration: {
        runtime: fn.Runtime, handler: fn.Handler, memorySize: fn.MemorySize, timeout: fn.Timeout, role: fn.Role,
        packageType: fn.PackageType, architectures: fn.Architectures, functionArn: fn.FunctionArn, codeSha256: fn.CodeSha256, codeSize: fn.CodeSize,
        vpcId: fn.VpcConfig?.VpcId || undefined, subnetIds, securityGroupIds,
      },
      tags: tagRecord(tags.Tags), dependencies: [...subnetIds, ...securityGroupIds],
    });
  });
  return { resources, next: page.NextMarker };
};

const QUEUE_SETTINGS = ['FifoQueue', 'VisibilityTimeout', 'MessageRetentionPeriod', 'DelaySeconds', 'MaximumMessageSize', 'ReceiveMessageWaitTimeSeconds', 'KmsMasterKeyId'];

const queues: Lister = async (session, region, token) => {
  const sqs = session.client('sqs', region);
  const page = await sqs.send(new ListQueuesCommand({ MaxResults: 1000, NextToken: token }));
  const resources = await mapLimited(page.QueueUrls ?? [], session.settings.lookupConcurrency, async (url) => {
    const [attributes, tags] = await Promise.all([
      sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] })),
      sqs.send(new ListQueueTagsCommand({ QueueUrl: url })),
    ]);
    const values: Record<string, string | undefined> = attributes.Attributes ?? {};
    const name = url.slice(url.lastIndexOf('/') + 1);
    const settings = Object.fromEntries(QUEUE_SETTINGS.filter((key) => values[key] !== undefined).map((key) => [key, values[key]]));
    return discovered({
      resourceId: name, arn: values.QueueArn ?? `${arnPrefix(region)}:sqs:${region}:${await session.accountId()}:${name}`, type: 'sqs:queue',
      service: 'SQS', region, name, configuration: { queueUrl: url, attributes: settings }, tags: tagRecord(tags.Tags),
    });
  });
  return { resources, next: page.NextToken };
};

const topics: Lister = async (session, region, token) => {
  const sns = session.client('sns', region);
  const page = await sns.send(new ListTopicsCommand({ NextToken: token }));
  const resources = await mapLimited(page.Topics ?? [], session.settings.lookupConcurrency, async (topic) => {
    const arn = topic.TopicArn!;
    const tags = await sns.send(new ListTopicTagsCommand({ ResourceArn: arn }));
    const name = arn.slice(arn.lastIndexOf(':') + 1);
    return discovered({
      resourceId: name, arn, type: 'sns:topic', service: 'SNS', region, name,
      configuration: { topicArn: arn, fifoTopic: name.endsWith('.fifo') }, tags: tagRecord(tags.Tags),
    });
  });
  return { resources, next: page.NextToken };
};

const fileSystems: Lister = async (session, region, token) => {
  const page = await session.client('efs', region).send(new DescribeFileSystemsCommand({ MaxItems: 100, Marker: token }));
  return {
    next: page.NextMarker,
    resources: (page.FileSystems ?? []).map((fs) => discovered({
      resourceId: fs.FileSystemId!, arn: fs.FileSystemArn!, type: 'efs:file-system', service: 'EFS', region, name: fs.Name,
      configuration: {
        performanceMode: fs.PerformanceMode, throughputMode: fs.ThroughputMode, encrypted: fs.Encrypted, kmsKeyId: fs.KmsKeyId,
        sizeInBytes: fs.SizeInBytes?.Value, availabilityZoneName: fs.AvailabilityZoneName, provisionedThroughputInMibps: fs.ProvisionedThroughputInMibps,
      },
      tags: tagRecord(fs.Tags),
    })),
  };
};

export const ELB_LISTERS: readonly Lister[] = [loadBalancers, targetGroups];
export const LAMBDA_LISTERS: readonly Lister[] = [functions];
export const SQS_LISTERS: readonly Lister[] = [queues];
export const SNS_LISTERS: readonly Lister[] = [topics];
export const EFS_LISTERS: readonly Lister[] = [fileSystems];
