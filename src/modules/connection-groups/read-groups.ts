import { NotFoundError } from '../../platform/errors.ts';
import type { AssetType } from './asset-types.ts';
import { list, type ConnectionGroupsDeps, type GroupRef, type GroupScope } from './context.ts';
import { offsetOf } from './filter.ts';
import { hasPending } from './lifecycle.ts';
import { viewStatus, type GroupView } from './presenter.ts';
import { groupsRepo as repo, type ConnectionGroupRow, type GroupFilter } from './repo.ts';
import { groupTemplate } from './template.ts';
import { checkTemplateUrl } from './template-url.ts';

export interface GroupPage {
  readonly views: GroupView[];
  /** Whether a page follows this one. */
  readonly hasNext: boolean;
}

export function groupReads(deps: ConnectionGroupsDeps) {
  const db = deps.store.db;

  async function viewsOf(rows: readonly ConnectionGroupRow[]): Promise<GroupView[]> {
    const targets = await repo.targets(db, rows.map((r) => r.id));
    const live = await deps.connections.liveConnectionIds([...new Set(targets.flatMap((t) => (t.connection_id === null ? [] : [t.connection_id])))]);
    return rows.map((row) => ({ row, targets: targets.filter((t) => t.group_id === row.id), live }));
  }

  async function find(ref: GroupRef): Promise<ConnectionGroupRow> {
    const row = await repo.find(db, ref.accountId, ref.projectId, ref.id);
    if (!row) throw new NotFoundError(`Connection group ${ref.id}`);
    return row;
  }

  /**
   * A version's template: the pending one (until replaced or discarded) or the installed one. Others are gone:
   * a stack must never be handed a version Lifeboat would refuse to hear from.
   */
  function templateOf(row: ConnectionGroupRow, version: number, baseUrl: string) {
    const now = deps.now();
    let config: { accounts: string[]; types: string[]; regions: string[] } | undefined;
    if (version === row.template_version && hasPending(row, now)) {
      config = { accounts: list(row.intended_account_native_ids), types: list(row.intended_asset_types), regions: list(row.intended_aws_regions) };
    } else if (version === row.installed_template_version) {
      config = { accounts: list(row.account_native_ids), types: list(row.asset_types), regions: list(row.aws_regions) };
    }
    if (!config) throw new NotFoundError(`Template version ${version} of connection group ${row.id} (replaced, discarded or never issued)`);
    return groupTemplate({
      groupId: row.id, externalId: row.external_id, templateVersion: version, principalArn: deps.principalArn,
      postProcessUrl: `${baseUrl}/connections/aws/post-process`, accountNativeIds: config.accounts,
      masterAccountId: row.master_aws_account_id, masterRegion: row.master_region, assetTypes: config.types as AssetType[], regions: config.regions,
    });
  }

  return {
    viewsOf,
    async get(ref: GroupRef): Promise<GroupView> {
      return (await viewsOf([await find(ref)]))[0]!;
    },

    /** Page `start` (a page number, 1 by default) of the project's groups, oldest first. */
    async list(scope: GroupScope, filter: GroupFilter, start: string | undefined, limit: number): Promise<GroupPage> {
      const offset = offsetOf(start, limit);
      if (!filter.statuses) {
        const rows = await repo.page(db, scope.accountId, scope.projectId, filter, offset, limit);
        return { views: await viewsOf(rows.slice(0, limit)), hasNext: rows.length > limit };
      }
      // A status is derived, not stored: the project's groups that pass the other filters are read and
      // judged here (a project holds a handful of groups, one per AWS account).
      const statuses = filter.statuses;
      const now = deps.now();
      const views = (await viewsOf(await repo.page(db, scope.accountId, scope.projectId, filter, 0))).filter((view) => statuses.includes(viewStatus(view, now)));
      return { views: views.slice(offset, offset + limit), hasNext: views.length > offset + limit };
    },

    /** The template a group's deployment_template_url points at (default: the latest version). */
    async template(ref: GroupRef, version: number | undefined, baseUrl: string) {
      const row = await find(ref);
      return templateOf(row, version ?? row.template_version, baseUrl);
    },

    /**
     * The group that onboards `{account}_{region}` (Clumio's connection id) in the scope: the live group whose
     * accounts and regions, applied or pending, include both. 404 otherwise.
     */
    async awsConnection(scope: GroupScope, connectionId: string): Promise<{ view: GroupView; account: string; region: string }> {
      const match = /^(\d{12})_([a-z0-9-]{1,30})$/.exec(connectionId);
      const notFound = new NotFoundError(`AWS connection ${connectionId}`);
      if (!match) throw notFound;
      const [, account, region] = match as unknown as [string, string, string];
      const rows = await repo.page(db, scope.accountId, scope.projectId, { accountNativeIds: [account] }, 0);
      const row = rows.find((r) => [...list(r.aws_regions), ...list(r.intended_aws_regions), r.master_region].includes(region));
      if (!row) throw notFound;
      return { view: (await viewsOf([row]))[0]!, account, region };
    },

    /** The template a signed deployment_template_url names, for a caller without credentials (403 unless the
     * URL was signed here for this group and version and has not expired). */
    async signedTemplate(groupId: string, url: { v: number; expires: number; signature: string }, baseUrl: string) {
      const row = await repo.findById(db, groupId);
      const live = row && row.deleted_at === null ? row : undefined;
      checkTemplateUrl(live, url.v, url.expires, url.signature, deps.now());
      return templateOf(live!, url.v, baseUrl);
    },

    /** The same, by group id alone: what the simulated CloudFormation reads from a template URL. */
    async templateForStack(groupId: string, version: number, baseUrl: string) {
      const row = await repo.findById(db, groupId);
      if (!row || row.deleted_at !== null) throw new NotFoundError(`Connection group ${groupId}`);
      return templateOf(row, version, baseUrl);
    },
  };
}
