/**
 * The cloud port: everything Lifeboat asks of a cloud goes through this interface, and only the code
 * under src/cloud/ implements it. `sim` is the built-in simulated AWS; `aws` is the AWS SDK v3 driver.
 * Connections verify, discover and release through it; protections snapshot and copy; recoveries recreate
 * and resets delete (and list what a recovery tagged); connection groups read their stack's status.
 */

/** The services a cloud connection can be allowed to use, as the API names them. */
import { UpstreamError } from '../platform/errors.ts';

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
  /**
   * Lower-case `service:kind`, e.g. `ec2:vpc`, `ec2:subnet`, `ec2:instance`, `ebs:volume`, `rds:db-instance`. An Aurora,
   * DocumentDB or Neptune cluster is an `rds:cluster` (its data: a cluster snapshot), each of its instances an
   * `rds:cluster-instance` that depends on it (no data of its own: RDS snapshots members only as their cluster).
   */
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

/** The resource types whose data a protection snapshots (the rest are captured as configuration only). */
export const DATA_RESOURCE_TYPES = ['ebs:volume', 'rds:db-instance', 'rds:cluster', 'dynamodb:table', 's3:bucket'] as const;
export type DataResourceType = (typeof DATA_RESOURCE_TYPES)[number];

/** True for a type in DATA_RESOURCE_TYPES: a protection takes a snapshot of it. */
export function isDataResource(type: string): type is DataResourceType {
  return (DATA_RESOURCE_TYPES as readonly string[]).includes(type);
}

/** Snapshot one data resource for one protection. (protectionId, resourceId, region) is the idempotency key. */
export interface SnapshotRequest {
  /** The region the resource lives in; the snapshot is made there. */
  readonly region: string;
  readonly resourceId: string;
  /** The resource's type as discovery reported it; one of DATA_RESOURCE_TYPES. */
  readonly type: string;
  /** The protection the snapshot belongs to; the driver tags the snapshot with it. */
  readonly protectionId: string;
}

/** Copy a snapshot to a replica region. (protectionId, resourceId, targetRegion) is the idempotency key. */
export interface CopySnapshotRequest {
  readonly snapshotId: string;
  readonly sourceRegion: string;
  /** Must differ from sourceRegion: a copy in the same region would share the source's idempotency key. */
  readonly targetRegion: string;
  /** The resource the source snapshot was taken of. */
  readonly resourceId: string;
  readonly type: string;
  readonly protectionId: string;
}

export interface DeleteSnapshotRequest {
  readonly snapshotId: string;
  /** The region the snapshot (or copy) lives in. */
  readonly region: string;
}

/** A snapshot, or a copy of one, as the cloud reports it. */
export interface CloudSnapshot {
  /** The cloud's id for it (snap-…, an RDS snapshot identifier, a backup ARN's id). */
  readonly snapshotId: string;
  /** Where the snapshot lives: the resource's region, or the target region of a copy. */
  readonly region: string;
  readonly resourceId: string;
  readonly type: string;
  readonly protectionId: string;
  /** The data it holds, bytes (an EBS snapshot reports the volume's size). */
  readonly sizeBytes: number;
  /** An S3 bucket's snapshot: how many objects it holds, what a recovered bucket must hold again (absent for other kinds). */
  readonly objectCount?: number;
  /** When the cloud made it, epoch ms; a repeated request returns the first call's time. */
  readonly createdAt: number;
}

/** The tag a recovery puts on everything it creates: the recovery's id. A reset deletes what carries it. */
export const RECOVERY_ID_TAG = 'lifeboat:recovery-id';
/** The tag a recovery puts on everything it creates: the id of the resource it was rebuilt from. */
export const SOURCE_ID_TAG = 'lifeboat:source-id';

/**
 * Rebuild one resource in the credentials' account. (recoveryId, sourceResourceId, region) is the
 * idempotency key: a retry returns the resource the first call made.
 */
export interface RecreateRequest {
  /** The region to create it in. */
  readonly region: string;
  /** The recovery creating it; the resource is tagged with it (RECOVERY_ID_TAG). */
  readonly recoveryId: string;
  /** The resource it is rebuilt from (in the source account); tagged as SOURCE_ID_TAG. */
  readonly sourceResourceId: string;
  /** The source's type, `service:kind` as discovery reported it. */
  readonly type: string;
  /** The source's name; name-addressed resources (buckets, tables, db instances, …) get a suffix. */
  readonly name: string;
  /** The settings to rebuild it with (discovery's configuration, possibly adjusted for the target). */
  readonly configuration: Readonly<Record<string, unknown>>;
  /** The source's tags; the recovery's two tags are added to them. */
  readonly tags: Readonly<Record<string, string>>;
  /** Ids of already-recovered resources in the target account and region (after mapping source → recovered). */
  readonly dependencies: readonly string[];
  /** For a data resource: restore from this snapshot, which lives in `region`. */
  readonly snapshotId?: string;
}

/** A resource a recovery created, as recreate and listRecoveryResources report it. */
export interface RecreatedResource {
  readonly resourceId: string;
  readonly arn: string;
  readonly region: string;
  readonly type: string;
}

export interface DeleteResourceRequest {
  readonly region: string;
  readonly resourceId: string;
  /** The resource's type, `service:kind`. */
  readonly type: string;
}

export interface ListRecoveryResourcesRequest {
  readonly region: string;
  readonly recoveryId: string;
}

/** One CloudFormation stack in the credentials' account. */
export interface DescribeStackRequest {
  readonly region: string;
  /** The stack's name (or id). */
  readonly stackName: string;
}

/** A stack as CloudFormation reports it. */
export interface StackDescription {
  /** CloudFormation's status: CREATE_COMPLETE, UPDATE_COMPLETE, CREATE_FAILED, ROLLBACK_COMPLETE, UPDATE_ROLLBACK_COMPLETE, …_IN_PROGRESS. */
  readonly status: string;
  /** Why it is in that status (StackStatusReason), when CloudFormation says. */
  readonly reason?: string;
  /** The stack's id (arn:aws:cloudformation:…:stack/<name>/<uuid>). */
  readonly stackId?: string;
  /** When its last operation started (LastUpdatedTime, else CreationTime), epoch ms. */
  readonly updatedAt?: number;
  /** The stack's outputs by key. */
  readonly outputs: Readonly<Record<string, string>>;
}

/** A cloud call that failed. `reason` tells the caller whether retrying can help. */
export class CloudCallError extends UpstreamError {
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

  /** What an API answer says: CLOUD_AUTHENTICATION, CLOUD_THROTTLED, … */
  get code(): string {
    return `CLOUD_${this.reason.toUpperCase()}`;
  }

  override toString(): string {
    return `${this.cloudCode}: ${this.message}`;
  }
}

/** A snapshot's ownership, encryption and sharing, as a cross-account recovery needs to know them. */
export interface DescribeSnapshotRequest {
  readonly region: string;
  readonly snapshotId: string;
  /** The type of the resource it was taken of (one of DATA_RESOURCE_TYPES). */
  readonly type: string;
  /** The owner, when the snapshot is another account's that was shared with the caller. */
  readonly ownerAccountId?: string;
}

export interface SnapshotDescription {
  readonly snapshotId: string;
  readonly region: string;
  readonly type: string;
  readonly ownerAccountId: string;
  /** The KMS key (ARN) it is encrypted under, or null when it is not encrypted. */
  readonly kmsKeyId: string | null;
  /** `aws`: an AWS-managed key (alias/aws/ebs, alias/aws/rds), which AWS refuses to share; `customer`: a customer-managed key. */
  readonly keyManager: 'aws' | 'customer' | null;
  /** The accounts it is shared with (EBS createVolumePermission, RDS `restore` attribute, a backup's access policy). */
  readonly sharedWith: readonly string[];
}

/** Shares (or stops sharing) a snapshot with another account. Idempotent both ways. */
export interface ShareSnapshotRequest {
  readonly region: string;
  readonly snapshotId: string;
  readonly type: string;
  /** The 12-digit account given (or losing) the right to restore or copy it. */
  readonly accountId: string;
}

/**
 * A customer-managed KMS key Lifeboat keeps in an account and region for cross-account recoveries,
 * found by its alias and created when missing. Its key policy lets the caller's account administer it and
 * each of `grantAccountIds` use it (decrypt, re-encrypt, create grants): idempotent, accounts are only added.
 */
export interface EnsureKeyRequest {
  readonly region: string;
  /** `alias/lifeboat-…`; the key's identity across calls. */
  readonly alias: string;
  readonly grantAccountIds: readonly string[];
  readonly description: string;
}

export interface CloudKey {
  readonly keyId: string;
  readonly keyArn: string;
  readonly alias: string;
}

/**
 * Copies a snapshot within one region under a given KMS key, for a cross-account recovery: in the source
 * account, off an AWS-managed key so it can be shared (`purpose` share), or in the target account, from the
 * source's shared snapshot under the target's own key (`purpose` receive). Idempotent on (recoveryId,
 * resourceId, region, purpose): a retry returns the copy the first call made.
 */
export interface RecoveryCopyRequest {
  readonly region: string;
  readonly snapshotId: string;
  readonly type: string;
  /** The resource the snapshot was taken of (in the source account). */
  readonly resourceId: string;
  /** Set when the snapshot belongs to another account that shared it with the caller. */
  readonly ownerAccountId?: string;
  /** The key (ARN) the copy is encrypted under. */
  readonly kmsKeyId: string;
  readonly recoveryId: string;
  readonly purpose: 'share' | 'receive';
}

/** A service quota that bounds what a recovery creates, with what the account and region use of it now. */
export interface QuotaUsage {
  /** Lifeboat's name for it. */
  readonly quota: 'vpcs' | 'elastic-ips' | 'on-demand-vcpus' | 'rds-instances';
  /** Service Quotas' code (L-F678F1CE, …) and service code (vpc, ec2, rds). */
  readonly quotaCode: string;
  readonly serviceCode: string;
  readonly limit: number;
  readonly used: number;
}

/** One recovered resource whose readiness a recovery's validation asks about. */
export interface ResourceStateRequest {
  readonly region: string;
  readonly resourceId: string;
  /** `service:kind`, as discovery reported the source. */
  readonly type: string;
}

/**
 * Whether a resource is usable: `ready` (instance running, database available, table or load balancer active, a
 * bucket's data restored), `pending` (still on its way: poll again), `failed` (it will not get there by itself).
 */
export interface ResourceState {
  readonly state: 'ready' | 'pending' | 'failed';
  /** Why it is pending or failed, in the cloud's words (an instance's StateReason, a database's status). */
  readonly reason?: string;
  /**
   * What a validator may build a URL from, and what the checks compare: dnsName, endpoint, privateIp, port; a bucket's
   * objectCount (how many objects it holds now), which the validation compares with its snapshot's.
   */
  readonly attributes: Readonly<Record<string, string | number>>;
}

/** An HTTP GET a validator makes of a recovered endpoint (a load balancer's DNS name). */
export interface ProbeRequest {
  /** The recovery's target region: the sim answers for the endpoints it simulates there. */
  readonly region: string;
  readonly url: string;
  /** The whole request, connect to last byte. */
  readonly timeoutMs: number;
}

export interface ProbeResult {
  readonly status: number;
  /** The first 64 KiB of the body, as text. */
  readonly body: string;
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
  /**
   * Snapshots one data resource. Idempotent: a repeated request with the same protectionId, resourceId
   * and region returns the snapshot the first call made, so a protection step retried after a crash
   * never takes a second one (AWS: the driver tags snapshots with the protection id and looks them up
   * before creating). Throws CloudCallError, `fault` when the resource does not exist or is not a
   * data resource.
   */
  snapshot(credentials: CloudCredentials, request: SnapshotRequest): Promise<CloudSnapshot>;
  /**
   * Copies a snapshot into another region of the same account. Idempotent on protectionId, resourceId
   * and targetRegion, like snapshot. Throws CloudCallError, `fault` when the source snapshot is missing.
   */
  copySnapshot(credentials: CloudCredentials, request: CopySnapshotRequest): Promise<CloudSnapshot>;
  /** Deletes a snapshot or a copy. Idempotent: deleting one that is already gone succeeds. Throws CloudCallError. */
  deleteSnapshot(credentials: CloudCredentials, request: DeleteSnapshotRequest): Promise<void>;
  /**
   * Creates a resource in the credentials' account and the request's region, tagged with the recovery
   * id and the source id plus the request's tags. Idempotent on recoveryId, sourceResourceId and region:
   * a retry returns what the first call created. Throws CloudCallError: `fault` InvalidParameterValue
   * for an unknown type or region or a dependency that does not exist there; for a data resource
   * restored from a snapshot that does not exist (or was deleted), the type's NotFound code
   * (InvalidSnapshot.NotFound, DBSnapshotNotFound, BackupNotFoundException, ResourceNotFoundException).
   */
  recreate(credentials: CloudCredentials, request: RecreateRequest): Promise<RecreatedResource>;
  /** Deletes a resource. Idempotent: deleting one that is already gone succeeds. Throws CloudCallError. */
  deleteResource(credentials: CloudCredentials, request: DeleteResourceRequest): Promise<void>;
  /** Every resource in the account and region carrying the recovery's tag, in resourceId order. Throws CloudCallError. */
  listRecoveryResources(credentials: CloudCredentials, request: ListRecoveryResourcesRequest): Promise<RecreatedResource[]>;
  /**
   * A CloudFormation stack of the credentials' account (DescribeStacks), or undefined when there is no such
   * stack (never created, or deleted). The connection groups read their stacks with it: a second signal
   * beside the stack's callback. Throws CloudCallError (an unreachable account, a role that is refused).
   */
  describeStack(credentials: CloudCredentials, request: DescribeStackRequest): Promise<StackDescription | undefined>;
  /** A snapshot's owner, key and shares; undefined when it does not exist or the caller cannot see it. Throws CloudCallError. */
  describeSnapshot(credentials: CloudCredentials, request: DescribeSnapshotRequest): Promise<SnapshotDescription | undefined>;
  /** Lets another account restore or copy the snapshot. Throws CloudCallError (AWS refuses a snapshot under an AWS-managed key). */
  shareSnapshot(credentials: CloudCredentials, request: ShareSnapshotRequest): Promise<void>;
  /** Withdraws a share; withdrawing one that is not there (or a snapshot that is gone) succeeds. Throws CloudCallError. */
  unshareSnapshot(credentials: CloudCredentials, request: ShareSnapshotRequest): Promise<void>;
  /** Finds or creates the customer-managed key named by the alias, granting the accounts. Throws CloudCallError. */
  ensureKey(credentials: CloudCredentials, request: EnsureKeyRequest): Promise<CloudKey>;
  /** Copies a snapshot in its region under a key, for a cross-account recovery. Throws CloudCallError. */
  copySnapshotForRecovery(credentials: CloudCredentials, request: RecoveryCopyRequest): Promise<CloudSnapshot>;
  /** The quotas that bound a recovery in the region, with their current use. Throws CloudCallError. */
  describeQuotas(credentials: CloudCredentials, request: { readonly region: string }): Promise<QuotaUsage[]>;
  /**
   * The availability zones of the region a recovery may place subnets, volumes and instances in, in name order: those in
   * state `available` of zone type `availability-zone` (DescribeAvailabilityZones; Local and Wavelength Zones left out).
   * Regions differ (us-east-1 has a–f, eu-west-1 a–c) and so may accounts. Throws CloudCallError.
   */
  availabilityZones(credentials: CloudCredentials, request: { readonly region: string }): Promise<string[]>;
  /** The instance types offered in each availability zone of the region (DescribeInstanceTypeOfferings). Throws CloudCallError. */
  instanceTypeOfferings(credentials: CloudCredentials, request: { readonly region: string; readonly instanceTypes: readonly string[] }): Promise<Record<string, string[]>>;
  /** A resource's readiness and attributes; undefined when it does not exist in the account and region. Throws CloudCallError. */
  resourceState(credentials: CloudCredentials, request: ResourceStateRequest): Promise<ResourceState | undefined>;
  /**
   * GETs a URL a validator built from recovered resources. The sim answers for the load balancers it simulates; the AWS
   * driver fetches it for real, only at globally routable addresses (platform/net). Throws CloudCallError when there is no
   * answer (unreachable, refused address, time limit): `unavailable` for the time limit and connection errors.
   */
  probeEndpoint(credentials: CloudCredentials, request: ProbeRequest): Promise<ProbeResult>;
}
