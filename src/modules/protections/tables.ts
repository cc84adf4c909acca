import type { AwsService } from '../../cloud/provider.ts';
import type { CaptureReason, ProtectionStatus, SnapshotStatus } from './state-machine.ts';

export interface ProtectionsTable {
  /** `prot-<20 hex>`. */
  id: string;
  account_id: number;
  project_id: string;
  assembly_id: number;
  /** The protection policy that scheduled it; null for protect-now. */
  policy_id: number | null;
  /** The schedule slot (epoch ms) it was fired for; unique per policy, so a slot never fires twice. */
  slot_at: number | null;
  trigger: 'manual' | 'scheduled';
  /** One of seed 002's ten statuses. */
  status: ProtectionStatus;
  /** Why it ended as it did (skipped, failed, partially-protected, cancelled, pruning-failed). */
  status_message: string | null;
  /** 1: never pruned by retention. */
  locked: number;
  /** 1 once a cancel was asked for; the job stops at its next step. */
  cancel_requested: number;
  /** JSON array (decoded by the repository): the replica regions at the time it was taken. */
  replica_regions: string;
  /** How many resources the selection held, and how many of them are data resources (snapshotted). */
  resource_count: number;
  data_resource_count: number;
  /** Resources captured as configuration only because the selection depends on them (not in resource_count). */
  dependency_count: number;
  snapshots_completed: number;
  snapshots_failed: number;
  /** 1 once a recovery has used it. */
  has_recovery: number;
  /** `service-account:12`, `instance-admin` or `policy:7`. */
  created_by: string;
  started_at: number | null;
  finished_at: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface ProtectionResourcesTable {
  protection_id: string;
  resource_id: string;
  region: string;
  arn: string;
  type: string;
  service: AwsService;
  name: string;
  /** JSON (like tags, dependencies and replicas, decoded by the repository): the configuration captured at protection
   * time (what a recovery rebuilds from). */
  configuration: string;
  /** JSON object of tag → value. */
  tags: string;
  /** JSON array of the resource ids it depends on. */
  dependencies: string;
  /** 1 for a selected data resource (EBS volume, RDS instance, DynamoDB table, S3 bucket): it gets a snapshot. A data
   * resource captured as a dependency is 0: it has no snapshot, and nothing that counts or prunes snapshots sees it. */
  is_data: number;
  /** selected: the filter chose it; dependency: the selection needs it, so its configuration only is captured (no snapshot). */
  capture_reason: CaptureReason;
  snapshot_status: SnapshotStatus;
  snapshot_id: string | null;
  snapshot_error: string | null;
  /** An S3 bucket's snapshot: how many objects it holds, as the cloud said (migration 0030); a recovered copy must hold as many. Null otherwise. */
  snapshot_object_count: number | null;
  /** JSON object: region → {status: pending|completed|failed|skipped|deleted, snapshotId?, error?} (Replicas). */
  replicas: string;
}

export interface ProtectionTables {
  protections: ProtectionsTable;
  protection_resources: ProtectionResourcesTable;
}
