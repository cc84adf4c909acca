import type { ResourceState, ResourceStateRequest } from '../../provider.ts';
import { isNotFound } from '../errors.ts';
import type { Session } from '../session.ts';
import { commandsOf, type S3Client } from '../clients.ts';

const { DescribeTableCommand } = commandsOf('dynamodb');
const { DescribeInstancesCommand, DescribeVolumesCommand } = commandsOf('ec2');
const { DescribeLoadBalancersCommand } = commandsOf('elb');
const { DescribeDBClustersCommand, DescribeDBInstancesCommand } = commandsOf('rds');
const { HeadBucketCommand, ListObjectsV2Command } = commandsOf('s3');

type State = ResourceState['state'];
const by = (ready: readonly string[], pending: readonly string[]) => (status: string | undefined): State =>
  status !== undefined && ready.includes(status) ? 'ready' : status === undefined || pending.includes(status) ? 'pending' : 'failed';

// EC2 InstanceStateName: pending | running | shutting-down | terminated | stopping | stopped.
const instanceState = by(['running'], ['pending']);
// RDS DBInstanceStatus ("Viewing instance status", RDS User Guide): available is usable; these pass by themselves. The
// rest (failed, incompatible-*, inaccessible-encryption-credentials, restore-error, storage-full, stopped, …) do not.
const dbState = by(['available'], [
  'creating', 'backing-up', 'modifying', 'rebooting', 'starting', 'renaming', 'resetting-master-credentials', 'upgrading',
  'configuring-enhanced-monitoring', 'configuring-iam-database-auth', 'configuring-log-exports', 'converting-to-vpc', 'maintenance',
  'moving-to-vpc', 'storage-optimization', 'storage-config-upgrade',
]);
// DynamoDB TableStatus: CREATING (also while a restore from a backup runs) | UPDATING | ACTIVE | DELETING | INACCESSIBLE_ENCRYPTION_CREDENTIALS | ARCHIVING | ARCHIVED.
const tableState = by(['ACTIVE'], ['CREATING', 'UPDATING']);
// ELBv2 LoadBalancerStateEnum: active | provisioning | active_impaired | failed.
const balancerState = by(['active'], ['provisioning']);
// EBS VolumeState: creating | available | in-use | deleting | deleted | error.
const volumeState = by(['available', 'in-use'], ['creating']);

/**
 * How many objects a bucket holds: ListObjectsV2's KeyCount, page by page (1,000 keys a page, so a million-object bucket
 * is a thousand calls: paid once per validation, for buckets only). Current objects only, as a restore writes them.
 */
async function objectCount(s3: S3Client, bucket: string): Promise<number> {
  let count = 0;
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token, MaxKeys: 1000 }));
    count += page.KeyCount ?? 0;
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return count;
}

const undefinedWhenMissing = (error: unknown) => {
  if (isNotFound(error)) return undefined;
  throw error;
};

/**
 * A recovered resource's readiness, read with one Describe call (HeadBucket for a bucket, which is ready once it exists:
 * the restore that fills it is the recovery's, already finished; its objects are counted for the validation to compare
 * with its snapshot's). Types the driver has no ready state for (network,
 * queues, topics, functions) report ready: they are usable as soon as their create call answered.
 */
export async function resourceState(session: Session, request: ResourceStateRequest): Promise<ResourceState | undefined> {
  const { region, resourceId } = request;
  switch (request.type) {
    case 'ec2:instance': {
      const found = await session.client('ec2', region).send(new DescribeInstancesCommand({ InstanceIds: [resourceId] })).catch(undefinedWhenMissing);
      const instance = found?.Reservations?.[0]?.Instances?.[0];
      if (!instance) return undefined;
      const name = instance.State?.Name;
      return {
        state: instanceState(name), ...(name !== 'running' && { reason: instance.StateReason?.Message ?? `the instance is ${name}` }),
        attributes: { instanceState: name ?? 'unknown', ...(instance.PrivateIpAddress && { privateIp: instance.PrivateIpAddress }), ...(instance.PublicDnsName && { publicDnsName: instance.PublicDnsName }) },
      };
    }
    // An Aurora, DocumentDB or Neptune cluster answers at its writer endpoint; its statuses are the instances' (RDS User Guide, "Viewing DB cluster status").
    case 'rds:cluster': {
      const found = await session.client('rds', region).send(new DescribeDBClustersCommand({ DBClusterIdentifier: resourceId })).catch(undefinedWhenMissing);
      const cluster = found?.DBClusters?.[0];
      if (!cluster) return undefined;
      const status = cluster.Status;
      return {
        state: dbState(status), ...(status !== 'available' && { reason: `the cluster is ${status}` }),
        attributes: { status: status ?? 'unknown', ...(cluster.Endpoint && { endpoint: cluster.Endpoint }), ...(cluster.Port && { port: cluster.Port }) },
      };
    }
    case 'rds:db-instance':
    case 'rds:cluster-instance': {
      const found = await session.client('rds', region).send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: resourceId })).catch(undefinedWhenMissing);
      const db = found?.DBInstances?.[0];
      if (!db) return undefined;
      const status = db.DBInstanceStatus;
      return {
        state: dbState(status), ...(status !== 'available' && { reason: `the database is ${status}` }),
        attributes: { status: status ?? 'unknown', ...(db.Endpoint?.Address && { endpoint: db.Endpoint.Address }), ...(db.Endpoint?.Port && { port: db.Endpoint.Port }) },
      };
    }
    case 'dynamodb:table': {
      const found = await session.client('dynamodb', region).send(new DescribeTableCommand({ TableName: resourceId })).catch(undefinedWhenMissing);
      if (!found?.Table) return undefined;
      const status = found.Table.TableStatus;
      return { state: tableState(status), ...(status !== 'ACTIVE' && { reason: `the table is ${status}` }), attributes: { tableStatus: status ?? 'unknown' } };
    }
    case 'elb:load-balancer': {
      const found = await session.client('elb', region).send(new DescribeLoadBalancersCommand({ Names: [resourceId] })).catch(undefinedWhenMissing);
      const balancer = found?.LoadBalancers?.[0];
      if (!balancer) return undefined;
      const code = balancer.State?.Code;
      return {
        state: balancerState(code), ...(code !== 'active' && { reason: balancer.State?.Reason ?? `the load balancer is ${code}` }),
        attributes: { state: code ?? 'unknown', ...(balancer.DNSName && { dnsName: balancer.DNSName }) },
      };
    }
    case 'ebs:volume': {
      const found = await session.client('ec2', region).send(new DescribeVolumesCommand({ VolumeIds: [resourceId] })).catch(undefinedWhenMissing);
      const volume = found?.Volumes?.[0];
      if (!volume) return undefined;
      return { state: volumeState(volume.State), ...(volume.State === 'error' && { reason: 'the volume is in error' }), attributes: { volumeState: volume.State ?? 'unknown' } };
    }
    case 's3:bucket': {
      // HeadBucket has no body: a missing bucket is the bare 404 `NotFound`.
      const s3 = session.client('s3', region);
      const found = await s3.send(new HeadBucketCommand({ Bucket: resourceId })).catch(undefinedWhenMissing);
      return found ? { state: 'ready', attributes: { objectCount: await objectCount(s3, resourceId) } } : undefined;
    }
    default:
      return { state: 'ready', attributes: {} };
  }
}
