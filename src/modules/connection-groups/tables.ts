import type { Generated } from 'kysely';

/**
 * Connection groups (seed 001): AWS accounts onboarded through a CloudFormation stack. Timestamps are epoch
 * ms, lists are JSON text (asset types sorted, so equal sets compare equal as text).
 */
export interface ConnectionGroupsTable {
  /** Insertion order: what list pages walk (the public id is random). */
  seq: Generated<number>;
  /** Public id (a UUID); also the token the stack presents to post-process. */
  id: string;
  account_id: number;
  /** The project = the organizational unit id. */
  project_id: string;
  description: string;
  /** The account named at creation; unique among the project's live groups. */
  account_native_id: string;
  /** The account whose stack manages the group; defaults to account_native_id. */
  master_aws_account_id: string;
  /** The region of that stack; a Delete reported from it deletes the group. */
  master_region: string;
  /** The role trust policy requires it (sts:ExternalId); post-process must present it too. */
  external_id: string;
  /** Applied configuration (what the stack last installed); JSON arrays, empty before the first report. */
  account_native_ids: string;
  asset_types: string;
  aws_regions: string;
  /** The AWS account alias the stack reported, if any. */
  account_name: string | null;
  /** The pending change (the latest template version, not yet reported by the stack); null when none. */
  intended_account_native_ids: string | null;
  intended_asset_types: string | null;
  intended_aws_regions: string | null;
  /** When the pending change was issued; it is discarded 24 hours later if the stack never reports it. */
  intended_at: number | null;
  /** The latest template version issued (1 at creation, +1 per update that changes the stack). */
  template_version: number;
  /** The version the stack last reported; null until the first report. */
  installed_template_version: number | null;
  stack_arn: string | null;
  stack_name: string | null;
  created_at: number;
  updated_at: number;
  /** Set when the master stack reported Delete: the group is gone for the API, the row stays so a replayed
   * Delete still authenticates and answers 200. */
  deleted_at: number | null;
  /** Optimistic concurrency: the ETag. */
  version: number;
  /** Clumio's template_permission_set as the client last gave it; kept and returned, it changes no template. */
  template_permission_set: string | null;
  /** Signs the group's public template URLs (HMAC-SHA256); never shown. Per group, so one leaked URL
   * teaches nothing about another group's. */
  template_url_secret: string;
}

/** What the stack reported per account and region. */
export interface ConnectionGroupTargetsTable {
  group_id: string;
  account_native_id: string;
  aws_region: string;
  /** connected | failed */
  state: string;
  /** Why it failed, as the stack said. */
  reason: string | null;
  /** The template version of the report. */
  template_version: number;
  role_arn: string | null;
  /** The native cloud connection made for this account (the same on every region's row of the account). */
  connection_id: number | null;
  updated_at: number;
}

export interface ConnectionGroupTables {
  connection_groups: ConnectionGroupsTable;
  connection_group_targets: ConnectionGroupTargetsTable;
}
