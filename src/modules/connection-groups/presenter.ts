import type { Static } from '@sinclair/typebox';
import { iso } from '../../platform/http/schema.ts';
import { CONFIG_KEYS, type AssetType } from './asset-types.ts';
import { list } from './context.ts';
import { groupStatus, hasPending, stackOperation, type GroupStatus } from './lifecycle.ts';
import type { ConnectionGroupRow, TargetRow } from './repo.ts';
import type { ConnectionGroup } from './group-schema.ts';
import { signedTemplateUrl } from './template-url.ts';

export const GROUPS_PATH = '/connections/aws/connection-groups';

/** A group with what its presentation needs beyond its row. */
export interface GroupView {
  readonly row: ConnectionGroupRow;
  readonly targets: readonly TargetRow[];
  /** The ids of the connections it made that are still live. */
  readonly live: ReadonlySet<number>;
}

export interface PresentOptions {
  readonly now: number;
  /** Scheme and host the client reached this server at: the template URL is absolute. */
  readonly baseUrl: string;
  readonly externalId: boolean;
}

const link = (href: string, type: string) => ({ href, templated: false, type });


/** The ETag of a group, as `_etag` says it (If-Match takes it bare or quoted). */
export const etagValue = (version: number): string => String(version);

function config(row: ConnectionGroupRow) {
  if (row.installed_template_version === null) return null;
  const version = String(row.installed_template_version);
  const types = list(row.asset_types) as AssetType[];
  const installed = { installed_template_version: version };
  const out: Record<string, unknown> = { asset_types_enabled: types, installed_template_version: version };
  for (const type of types) out[CONFIG_KEYS[type]] = installed;
  if (types.includes('EC2/EBS')) out.ebs = installed;
  if (types.includes('DynamoDB')) out.warm_tier_protect = { installed_template_version: version, dynamodb: installed };
  return out as Static<typeof ConnectionGroup>['config'];
}

/** The group's status now, from its row, its stacks' reports and which of its connections still live. */
export function viewStatus(view: GroupView, now: number): GroupStatus {
  const current = view.targets.filter((t) => t.state !== 'deleted');
  const connectionIds = [...new Set(current.map((t) => t.connection_id).filter((id): id is number => id !== null))];
  return groupStatus(view.row, {
    connected: current.filter((t) => t.state === 'connected').length,
    failed: current.filter((t) => t.state === 'failed').length,
    liveConnections: connectionIds.filter((id) => view.live.has(id)).length,
  }, now);
}

/** The connection group as the Clumio API answers it. */
export function presentGroup(view: GroupView, options: PresentOptions): Static<typeof ConnectionGroup> {
  const { row } = view;
  const pending = hasPending(row, options.now);
  const current = view.targets.filter((t) => t.state !== 'deleted');
  const status = viewStatus(view, options.now);
  const self = `${GROUPS_PATH}/${row.id}`;
  return {
    _etag: etagValue(row.version),
    _links: {
      _self: link(self, 'get'),
      'read-organizational-unit': link(`/api/v1/accounts/${row.account_id}/projects`, 'get'),
      'update-aws-connection-group': link(self, 'put'),
    },
    account_name: row.account_name,
    account_native_ids: list(row.account_native_ids),
    asset_types_enabled: list(row.asset_types),
    aws_regions: list(row.aws_regions),
    config: config(row),
    created_timestamp: iso(row.created_at),
    deployment_template_url: signedTemplateUrl(options.baseUrl, row, row.template_version, options.now),
    description: row.description,
    ...(options.externalId ? { external_id: row.external_id } : {}),
    id: row.id,
    intended_account_native_ids: pending ? list(row.intended_account_native_ids) : null,
    intended_asset_types: pending ? list(row.intended_asset_types) : null,
    intended_aws_regions: pending ? list(row.intended_aws_regions) : null,
    master_aws_account_id: row.master_aws_account_id,
    master_region: row.master_region,
    ongoing_stack_operation: stackOperation({ ...row, pending_deletes: view.targets.length - current.length }, options.now),
    organizational_unit_id: row.project_id,
    stack_arn: row.stack_arn,
    stack_name: row.stack_name,
    status,
    template_permission_set: row.template_permission_set,
  };
}
