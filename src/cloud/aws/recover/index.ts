import {
  isDataResource, type DeleteResourceRequest, type ListRecoveryResourcesRequest, type RecreatedResource, type RecreateRequest,
} from '../../provider.ts';
import { AWS_REGIONS } from '../../regions.ts';
import { awsCode, faultError, reasonFor, stillInUse } from '../errors.ts';
import { arnPrefix, partitionOf } from '../partition.ts';
import type { Session } from '../session.ts';
import { bucket, queue, table, topic } from './data.ts';
import { dbInstance } from './rds.ts';
import { dbCluster, dbClusterInstance } from './rds-cluster.ts';
import { instance, volume } from './ec2.ts';
import { image } from './image.ts';
import { prefixList } from './prefix-list.ts';
import { internetGateway, routeTable, securityGroup, subnet, vpc } from './network.ts';
import { fileSystem } from './efs.ts';
import { loadBalancer, targetGroup } from './elb.ts';
import type { RecoveryKind } from './kind.ts';
import { lambdaFunction } from './lambda.ts';
import { natGateway } from './nat.ts';
import { hostedZone } from './route53.ts';
import { forget, record, recorded } from './ledger.ts';

/** The types this driver rebuilds: every type discovery reports. */
const KINDS: Readonly<Record<string, RecoveryKind>> = {
  'ec2:vpc': vpc, 'ec2:subnet': subnet, 'ec2:security-group': securityGroup, 'ec2:internet-gateway': internetGateway,
  'ec2:nat-gateway': natGateway, 'ec2:route-table': routeTable, 'ec2:instance': instance, 'ebs:volume': volume,
  'rds:db-instance': dbInstance, 'rds:cluster': dbCluster, 'rds:cluster-instance': dbClusterInstance, 'dynamodb:table': table, 's3:bucket': bucket, 'sqs:queue': queue, 'sns:topic': topic,
  'elb:load-balancer': loadBalancer, 'elb:target-group': targetGroup, 'lambda:function': lambdaFunction,
  'route53:hosted-zone': hostedZone, 'efs:file-system': fileSystem,
  // Not discovered nor planned: the AMI copy a cross-region instance launches from, so the reset finds and removes it.
  'ec2:image': image,
  // Nor this: a customer-managed prefix list recreated for a security group's rules in another region.
  'ec2:prefix-list': prefixList,
};

function kindOf(type: string): RecoveryKind {
  const kind = KINDS[type];
  if (!kind) throw faultError('InvalidParameterValue', `the AWS driver does not recreate a ${JSON.stringify(type)} (it rebuilds ${Object.keys(KINDS).join(', ')})`);
  return kind;
}

/**
 * Rebuilds one resource. The idempotency look-up (its tags, or its name derived from the key) comes
 * first, so a retry returns what the first attempt made; what is made is written to the ledger.
 */
export async function recreate(session: Session, request: RecreateRequest): Promise<RecreatedResource> {
  const kind = kindOf(request.type);
  if (partitionOf(request.region) !== 'aws') {
    throw faultError('UnsupportedPartition', `${request.region} is in the ${partitionOf(request.region)} partition, whose accounts, endpoints and credentials are apart from aws: Lifeboat recovers within the aws partition only`);
  }
  if (!(AWS_REGIONS as readonly string[]).includes(request.region)) throw faultError('InvalidParameterValue', `unknown region ${JSON.stringify(request.region)}`);
  if (!request.recoveryId) throw faultError('InvalidParameterValue', 'recoveryId is required');
  if (!request.sourceResourceId) throw faultError('InvalidParameterValue', 'sourceResourceId is required');
  if (request.snapshotId !== undefined && !isDataResource(request.type)) throw faultError('InvalidParameterValue', `a ${request.type} is not restored from a snapshot`);
  const accountId = await session.accountId();
  // A kind whose id is known before the create is recorded first: a crash between the two leaves it findable.
  const planned = kind.planned?.(request, accountId);
  if (planned) await record(session, request.recoveryId, planned);
  const made = (await kind.find(session, request, accountId)) ?? (await kind.create(session, request, accountId));
  if (!planned) await record(session, request.recoveryId, made);
  return made;
}

/**
 * Deletes one resource and returns once AWS has removed it (each kind waits). A delete that meets a
 * dependency still going away (DependencyViolation, VolumeInUse, …) is retryable: the reset runs it again.
 */
export async function deleteResource(session: Session, request: DeleteResourceRequest): Promise<void> {
  try {
    await kindOf(request.type).remove(session, request.region, request.resourceId);
  } catch (error) {
    throw stillInUse(error) ?? error;
  }
}

/**
 * The recovery's resources that still exist, in resourceId order: what the ledger lists, and what
 * carries the recovery's tag where AWS lets one look by tag (EC2 and VPC kinds, RDS, EFS), so what a
 * recovery made but never recorded (a crash, a refused vault) is found too. A service the connection
 * may not use (AccessDenied) holds nothing of the recovery. Ledger entries of deleted ones are dropped.
 */
export async function listRecoveryResources(session: Session, request: ListRecoveryResourcesRequest): Promise<RecreatedResource[]> {
  if (!request.recoveryId) throw faultError('InvalidParameterValue', 'recoveryId is required');
  const accountId = await session.accountId();
  const ledger = await recorded(session, request.recoveryId, request.region);
  const candidates = new Map(ledger.map((entry) => [`${entry.type}|${entry.resourceId}`, { ...entry, inLedger: true }]));
  for (const [type, kind] of Object.entries(KINDS)) {
    if (!kind.tagged) continue;
    const ids = await kind.tagged(session, request.region, request.recoveryId).catch((error: unknown) => {
      if (reasonFor(awsCode(error)) === 'authentication') return [];
      throw error;
    });
    for (const resourceId of ids) if (!candidates.has(`${type}|${resourceId}`)) candidates.set(`${type}|${resourceId}`, { type, resourceId, inLedger: false });
  }
  const found: RecreatedResource[] = [];
  for (const entry of candidates.values()) {
    const kind = KINDS[entry.type];
    const arn = !kind ? undefined : kind.arnIfExists ? await kind.arnIfExists(session, request.region, entry.resourceId)
      : (await kind.exists(session, request.region, entry.resourceId)) ? arnOf(entry.type, request.region, accountId, entry.resourceId) : undefined;
    if (arn !== undefined) {
      found.push({ resourceId: entry.resourceId, arn, region: request.region, type: entry.type });
    } else if (entry.inLedger) {
      await forget(session, request.recoveryId, { region: request.region, type: entry.type, resourceId: entry.resourceId });
    }
  }
  return found.sort((a, b) => (a.resourceId < b.resourceId ? -1 : a.resourceId > b.resourceId ? 1 : 0));
}

function arnOf(type: string, region: string, accountId: string, id: string): string {
  switch (type) {
    case 's3:bucket': return `${arnPrefix(region)}:s3:::${id}`;
    case 'rds:db-instance':
    case 'rds:cluster-instance': return `${arnPrefix(region)}:rds:${region}:${accountId}:db:${id}`;
    case 'rds:cluster': return `${arnPrefix(region)}:rds:${region}:${accountId}:cluster:${id}`;
    case 'dynamodb:table': return `${arnPrefix(region)}:dynamodb:${region}:${accountId}:table/${id}`;
    case 'sqs:queue': return `${arnPrefix(region)}:sqs:${region}:${accountId}:${id}`;
    case 'sns:topic': return `${arnPrefix(region)}:sns:${region}:${accountId}:${id}`;
    case 'lambda:function': return `${arnPrefix(region)}:lambda:${region}:${accountId}:function:${id}`;
    case 'route53:hosted-zone': return `${arnPrefix(region)}:route53:::hostedzone/${id}`;
    case 'efs:file-system': return `${arnPrefix(region)}:elasticfilesystem:${region}:${accountId}:file-system/${id}`;
    case 'ec2:nat-gateway': return `${arnPrefix(region)}:ec2:${region}:${accountId}:natgateway/${id}`;
    case 'ec2:prefix-list': return `${arnPrefix(region)}:ec2:${region}:${accountId}:prefix-list/${id}`;
    default: return `${arnPrefix(region)}:ec2:${region}:${accountId}:${type === 'ebs:volume' ? 'volume' : type.slice('ec2:'.length)}/${id}`;
  }
}
