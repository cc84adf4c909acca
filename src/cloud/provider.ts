/**
 * The cloud port: everything Lifeboat asks of a cloud goes through this interface, and only the code
 * under src/cloud/ implements it. `sim` is the built-in simulated AWS; `aws` is the AWS SDK v3 driver.
 * Later features (protections, recoveries, resets) extend it with snapshot, recreate and delete.
 */

/** The services a cloud connection can be allowed to use, as the API names them. */
export const AWS_SERVICES = ['EC2', 'EBS', 'RDS', 'DynamoDB', 'S3', 'Lambda', 'VPC', 'ELB', 'Route53', 'SQS', 'SNS', 'EFS'] as const;
export type AwsService = (typeof AWS_SERVICES)[number];

/** How Lifeboat authenticates to an AWS account. Secrets arrive decrypted; never log this object. */
export type CloudCredentials =
  | { readonly type: 'iam-role'; readonly roleArn: string; readonly externalId: string }
  | { readonly type: 'access-key'; readonly accessKeyId: string; readonly secretAccessKey: string };

export interface VerifyResult {
  /** `success`, or why it failed: bad credentials, role or external id vs. anything else. */
  readonly status: 'success' | 'authentication-failed' | 'failed';
  /** The 12-digit account the credentials reach, when known. */
  readonly accountId?: string;
  /** Human-readable outcome; on failure it keeps the cloud's error code, never a secret. */
  readonly message: string;
}

/** One resource as discovery sees it. */
export interface DiscoveredResource {
  /** The cloud's own id (vpc-…, i-…, vol-…, a bucket or table name). Unique within account + region. */
  readonly resourceId: string;
  readonly arn: string;
  /** Lower-case `service:kind`, e.g. `ec2:vpc`, `ec2:subnet`, `ec2:instance`, `ebs:volume`, `rds:db-instance`. */
  readonly type: string;
  readonly service: AwsService;
  readonly region: string;
  readonly name: string;
  /** The settings a recovery would need to rebuild it (CIDRs, instance type, engine, size, …). */
  readonly configuration: Readonly<Record<string, unknown>>;
  readonly tags: Readonly<Record<string, string>>;
  /** resourceIds (same account) this resource needs: an instance needs its subnet, security groups, volumes. */
  readonly dependencies: readonly string[];
}

export interface DiscoverRequest {
  readonly region: string;
  readonly service: AwsService;
  /** From the previous page; absent for the first page. */
  readonly nextToken?: string;
}

export interface DiscoverPage {
  readonly resources: readonly DiscoveredResource[];
  /** Present when there are more pages. */
  readonly nextToken?: string;
}

/** A cloud call that failed. `reason` tells the caller whether retrying can help. */
export class CloudCallError extends Error {
  constructor(
    readonly reason: 'authentication' | 'throttled' | 'unavailable' | 'fault',
    /** The cloud's own error code (AccessDenied, ThrottlingException, …), kept for messages. */
    readonly cloudCode: string,
    message: string,
  ) {
    super(message);
    this.name = 'CloudCallError';
  }

  /** Throttling and unavailability pass; a retry with backoff may succeed. */
  get retryable(): boolean {
    return this.reason === 'throttled' || this.reason === 'unavailable';
  }
}

export interface CloudProvider {
  readonly name: 'sim' | 'aws';
  /** Checks the credentials reach the account; never throws for an authentication problem, it reports it. */
  verify(credentials: CloudCredentials): Promise<VerifyResult>;
  /** One page of the resources of one service in one region. Throws CloudCallError. */
  discover(credentials: CloudCredentials, request: DiscoverRequest): Promise<DiscoverPage>;
  /** Removes what Lifeboat keeps in the account for a connection (event rules, markers) when the
   * connection is deleted. Idempotent. Throws CloudCallError. */
  releaseConnection(credentials: CloudCredentials): Promise<void>;
}
