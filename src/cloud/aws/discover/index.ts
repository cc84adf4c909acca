import { AWS_SERVICES, type AwsService, type DiscoverPage, type DiscoverRequest } from '../../provider.ts';
import { faultError } from '../errors.ts';
import { decodePageToken, nextPosition } from '../page-token.ts';
import type { Session } from '../session.ts';
import { EFS_LISTERS, ELB_LISTERS, LAMBDA_LISTERS, SNS_LISTERS, SQS_LISTERS } from './apps.ts';
import { S3_LISTERS } from './buckets.ts';
import { INSTANCE_LISTERS, VOLUME_LISTERS } from './compute.ts';
import { DYNAMODB_LISTERS, RDS_LISTERS } from './data.ts';
import { NETWORK_LISTERS } from './network.ts';
import { ROUTE53_LISTERS } from './route53.ts';
import type { Lister } from './shape.ts';

/** The AWS lists each service's discovery walks, in order. */
const LISTERS: Readonly<Record<AwsService, readonly Lister[]>> = {
  VPC: NETWORK_LISTERS, EC2: INSTANCE_LISTERS, EBS: VOLUME_LISTERS, RDS: RDS_LISTERS, DynamoDB: DYNAMODB_LISTERS, S3: S3_LISTERS,
  ELB: ELB_LISTERS, Lambda: LAMBDA_LISTERS, SQS: SQS_LISTERS, SNS: SNS_LISTERS, Route53: ROUTE53_LISTERS, EFS: EFS_LISTERS,
};

/** One page of a service in a region: one AWS page of one of its lists. */
export async function discoverPage(session: Session, request: DiscoverRequest): Promise<DiscoverPage> {
  if (!(AWS_SERVICES as readonly string[]).includes(request.service)) {
    throw faultError('InvalidParameterValue', `unknown service ${JSON.stringify(request.service)}`);
  }
  const listers = LISTERS[request.service];
  const position = decodePageToken(request.nextToken, listers.length);
  const page = await listers[position.list]!(session, request.region, position.token);
  const nextToken = nextPosition(position, page.next, listers.length);
  return nextToken === undefined ? { resources: page.resources } : { resources: page.resources, nextToken };
}
