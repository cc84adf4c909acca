import { createHash } from 'node:crypto';
import type { AwsService } from '../provider.ts';

/** The resource types discovery lists for each service, as `DiscoveredResource.type` names them. */
export const SERVICE_TYPES: Readonly<Record<AwsService, readonly string[]>> = {
  VPC: ['ec2:vpc', 'ec2:subnet', 'ec2:security-group', 'ec2:route-table', 'ec2:internet-gateway', 'ec2:nat-gateway', 'ec2:prefix-list'],
  EC2: ['ec2:instance'],
  EBS: ['ebs:volume'],
  RDS: ['rds:db-instance', 'rds:cluster', 'rds:cluster-instance'],
  DynamoDB: ['dynamodb:table'],
  S3: ['s3:bucket'],
  ELB: ['elb:load-balancer', 'elb:target-group'],
  Lambda: ['lambda:function'],
  SQS: ['sqs:queue'],
  SNS: ['sns:topic'],
  Route53: ['route53:hosted-zone'],
  EFS: ['efs:file-system'],
};

const SERVICE_BY_TYPE = new Map<string, AwsService>(
  Object.entries(SERVICE_TYPES).flatMap(([service, types]) => types.map((type) => [type, service as AwsService] as const)),
);

/** The service that lists a resource type, or undefined for a type the sim does not know. */
export function serviceOfType(type: string): AwsService | undefined {
  return SERVICE_BY_TYPE.get(type);
}

/** Lower-case hex derived from a seed: the sim's ids look like AWS's yet are the same on every run. */
export function simHex(seed: string, length: number): string {
  let hex = '';
  for (let round = 0; hex.length < length; round++) hex += createHash('sha256').update(`lifeboat-sim:${round}:${seed}`).digest('hex');
  return hex.slice(0, length);
}

/** The ARN AWS gives a resource of the type; resourceId is the id discovery reports. */
export function arnFor(type: string, accountId: string, region: string, resourceId: string): string {
  const at = (service: string) => `arn:aws:${service}:${region}:${accountId}`;
  switch (type) {
    case 'ec2:vpc':
      return `${at('ec2')}:vpc/${resourceId}`;
    case 'ec2:subnet':
      return `${at('ec2')}:subnet/${resourceId}`;
    case 'ec2:security-group':
      return `${at('ec2')}:security-group/${resourceId}`;
    case 'ec2:route-table':
      return `${at('ec2')}:route-table/${resourceId}`;
    case 'ec2:internet-gateway':
      return `${at('ec2')}:internet-gateway/${resourceId}`;
    case 'ec2:nat-gateway':
      return `${at('ec2')}:natgateway/${resourceId}`;
    case 'ec2:prefix-list':
      return `${at('ec2')}:prefix-list/${resourceId}`;
    case 'ec2:instance':
      return `${at('ec2')}:instance/${resourceId}`;
    case 'ebs:volume':
      return `${at('ec2')}:volume/${resourceId}`;
    case 'rds:db-instance':
    case 'rds:cluster-instance':
      return `${at('rds')}:db:${resourceId}`;
    case 'rds:cluster':
      return `${at('rds')}:cluster:${resourceId}`;
    case 'dynamodb:table':
      return `${at('dynamodb')}:table/${resourceId}`;
    case 's3:bucket':
      return `arn:aws:s3:::${resourceId}`;
    // ELBv2 ids are names here; AWS appends a 16-hex suffix to make the ARN unique.
    case 'elb:load-balancer':
      return `${at('elasticloadbalancing')}:loadbalancer/app/${resourceId}/${simHex(`${accountId}/${region}/lb/${resourceId}`, 16)}`;
    case 'elb:target-group':
      return `${at('elasticloadbalancing')}:targetgroup/${resourceId}/${simHex(`${accountId}/${region}/tg/${resourceId}`, 16)}`;
    case 'lambda:function':
      return `${at('lambda')}:function:${resourceId}`;
    case 'sqs:queue':
      return `${at('sqs')}:${resourceId}`;
    case 'sns:topic':
      return `${at('sns')}:${resourceId}`;
    case 'route53:hosted-zone':
      return `arn:aws:route53:::hostedzone/${resourceId}`;
    case 'efs:file-system':
      return `${at('elasticfilesystem')}:file-system/${resourceId}`;
    default:
      return `${at(type.split(':')[0] ?? 'unknown')}:${resourceId}`;
  }
}
