import type { Generated } from 'kysely';

/**
 * The simulated AWS keeps its whole world in the store, in tables prefixed `sim_`, so a demo or a
 * multi-process deployment on PostgreSQL sees one consistent fake cloud. Timestamps are epoch ms,
 * JSON is text, booleans are 0/1.
 */
export interface SimTables {
  sim_accounts: SimAccountTable;
  sim_roles: SimRoleTable;
  sim_access_keys: SimAccessKeyTable;
  sim_resources: SimResourceTable;
  sim_faults: SimFaultTable;
  sim_calls: SimCallTable;
  sim_settings: SimSettingTable;
  sim_snapshots: SimSnapshotTable;
  sim_dependencies: SimDependencyTable;
  sim_keys: SimKeyTable;
  sim_key_grants: SimKeyGrantTable;
  sim_snapshot_shares: SimSnapshotShareTable;
  sim_quotas: SimQuotaTable;
  sim_config_version: SimConfigVersionTable;
}

/** One row (id 1): a counter bumped by triggers on every write to the sim's configuration tables (migration 0038, config.ts). */
export interface SimConfigVersionTable {
  id: number;
  /** bigint: a string from PostgreSQL. */
  version: number | string;
}

export interface SimAccountTable {
  /** The 12-digit AWS account id; primary key. */
  account_id: string;
  /** A label for people (demo-production). */
  name: string;
  /** 1 when STS and the service endpoints answer; 0 makes every call fail as unreachable. */
  reachable: number;
}

export interface SimRoleTable {
  /** The account the role lives in; with role_name the primary key. */
  account_id: string;
  /** The role's name, the last segment of arn:aws:iam::<account>:role/<name>. */
  role_name: string;
  /** When set, AssumeRole must present exactly this external id; null accepts any. */
  external_id: string | null;
  /** JSON array of the IAM actions its policy allows (migration 0020); null allows every action. */
  actions: string | null;
  /** JSON array of the regions its policy allows (aws:RequestedRegion); null allows every region. */
  regions: string | null;
}

export interface SimAccessKeyTable {
  /** AKIA…; primary key. */
  access_key_id: string;
  /** The secret as given: this is the fake cloud's own data, not a Lifeboat credential at rest. */
  secret_access_key: string;
  /** The account the key belongs to. */
  account_id: string;
}

export interface SimResourceTable {
  /** Surrogate key; the natural key is account_id + region + resource_id (unique). */
  id: Generated<number>;
  /** The owning account. */
  account_id: string;
  /** The region the resource is listed under (S3 buckets and hosted zones too, though global in AWS). */
  region: string;
  /** The cloud's own id (vpc-…, i-…, a bucket name); byte-ordered ("C" collation on PostgreSQL) for paging. */
  resource_id: string;
  /** The resource's ARN. */
  arn: string;
  /** Lower-case `service:kind`, e.g. ec2:subnet. */
  type: string;
  /** The API service the type belongs to (VPC, EC2, EBS, …); discovery filters on it. */
  service: string;
  /** The Name tag or the resource's own name. */
  name: string;
  /** JSON object: what a recovery needs to rebuild it (CIDRs, instance type, engine, size, …). */
  configuration: string;
  /** JSON object of string tags. */
  tags: string;
  /** JSON array of resource_ids in the same account and region this resource needs. */
  dependencies: string;
  /** When the resource was created, epoch ms. */
  created_at: number;
}

export interface SimFaultTable {
  /** Auto-assigned; faults are tried in id order and the first match wins. */
  id: Generated<number>;
  /** The provider operation it applies to (any CloudProvider method name: verify, discover, snapshot, recreate, shareSnapshot, ensureKey, …); null matches every one. */
  operation: string | null;
  /** JSON object narrowing the match: optional accountId, region, service, resourceId. */
  match: string;
  /** The AWS error code to fail with (ThrottlingException, …); null only adds latency. */
  error_code: string | null;
  /** How many more calls it hits; null hits forever. The row is deleted when it reaches 0. */
  remaining: number | null;
  /** Extra latency in ms added to each call it hits, before the error. */
  latency_ms: number;
  /** When it was added, epoch ms. */
  created_at: number;
}

export interface SimCallTable {
  /** Auto-assigned, in call order. */
  id: Generated<number>;
  /** The provider operation called. */
  operation: string;
  /** The account the credentials name (null when they name none, e.g. an unknown access key). */
  account_id: string | null;
  /** The region asked for, when the operation has one. */
  region: string | null;
  /** The service asked for, when the operation has one. */
  service: string | null;
  /** The resource a snapshot, copy, delete or deleteResource was about, or a recreate's source (from migration 0010); null for other operations. */
  resource_id: string | null;
  /** When the call was made, epoch ms. */
  at: number;
}

export interface SimSettingTable {
  /** Setting name: `latencyMs` or `rateLimits` (JSON, rate-limits.ts). */
  key: string;
  /** The value, as text (JSON for anything structured). */
  value: string;
}

/** Snapshots and their copies (migration 0010). Deleting one stamps deleted_at; the row stays for tests. */
export interface SimSnapshotTable {
  /** `snap-<17 hex>`, `rds:<resource>-<hex>` or `backup-<hex>` by type; primary key. */
  snapshot_id: string;
  /** The account it lives in. */
  account_id: string;
  /** The region it lives in: the resource's, or a copy's target region. */
  region: string;
  /** The resource it is a snapshot of. */
  resource_id: string;
  /** The region that resource lives in (a copy's differs from its own region); tag faults look there. */
  resource_region: string;
  /** The resource's type, `service:kind`. */
  type: string;
  /** The protection that asked for it; with resource_id and region the idempotency key of live rows. */
  protection_id: string;
  /** For a copy, the snapshot it was copied from; null for a snapshot of the resource. */
  source_snapshot_id: string | null;
  /** The data it holds, bytes. */
  size_bytes: number;
  /** A bucket's snapshot: how many objects it holds (what a restore puts back); null for other kinds (migration 0030). */
  object_count: number | null;
  /** When it was made, epoch ms. */
  created_at: number;
  /** When it was deleted, epoch ms; null while it exists. */
  deleted_at: number | null;
  /** The KMS key ARN it is encrypted under (migration 0020); null when it is not encrypted. */
  kms_key_id: string | null;
  /** For a copySnapshotForRecovery copy, `<recoveryId>/<purpose>`: with resource_id, region and account_id its idempotency key. */
  recovery_copy: string | null;
}

/** One edge of the dependency graph: resource_id (same account and region) depends on depends_on. */
export interface SimDependencyTable {
  account_id: string;
  region: string;
  depends_on: string;
  resource_id: string;
}

/**
 * Customer-managed KMS keys (migration 0020). AWS-managed keys (alias/aws/ebs, alias/aws/rds) have no
 * row: they exist in every account and region, their ARN derived from the account and region (keys.ts).
 */
export interface SimKeyTable {
  /** arn:aws:kms:<region>:<account>:key/<key_id>; primary key. */
  key_arn: string;
  /** A UUID-like id derived from account, region and alias. */
  key_id: string;
  account_id: string;
  region: string;
  /** `alias/…`, unique within account and region. */
  alias: string;
  description: string;
  created_at: number;
}

/** An account (other than the owner) a customer-managed key's policy lets use the key. */
export interface SimKeyGrantTable {
  key_arn: string;
  account_id: string;
}

/** An account a snapshot is shared with (EBS createVolumePermission, RDS `restore`, a vault's access policy). */
export interface SimSnapshotShareTable {
  snapshot_id: string;
  account_id: string;
}

/** A quota override for an account: `region` is one region, or `*` for every region without its own row. */
export interface SimQuotaTable {
  account_id: string;
  region: string;
  /** Lifeboat's quota name (vpcs, elastic-ips, on-demand-vcpus, rds-instances). */
  quota: string;
  limit_value: number;
}
