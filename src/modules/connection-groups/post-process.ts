import { createHash, timingSafeEqual } from 'node:crypto';
import type { Executor } from '../../platform/db/database.ts';
import { ConflictError, UnauthenticatedError, ValidationError } from '../../platform/errors.ts';
import { servicesFor, type AssetType } from './asset-types.ts';
import { list, text, type ConnectionGroupsDeps, type GroupPatch } from './context.ts';
import { hasPending, reportDecision } from './lifecycle.ts';
import { groupsRepo as repo, type ConnectionGroupRow } from './repo.ts';
import type { ConnectionGroupTables } from './tables.ts';

/** The stack's report of one account and region (the custom resource's event). */
export interface StackReport {
  readonly request_type: 'Create' | 'Update' | 'Delete';
  readonly token: string;
  readonly role_external_id: string;
  readonly account_native_id: string;
  readonly aws_region: string;
  readonly role_arn?: string;
  /** Lifeboat's templates say which version they run; Clumio's Terraform provider does not (see versionOf). */
  readonly template_version?: string;
  readonly status?: 'SUCCESS' | 'FAILED';
  readonly status_reason?: string;
  readonly account_alias?: string;
  readonly stack_arn?: string;
  readonly stack_name?: string;
}

export interface ReportOutcome {
  /** The group as it stands after the report, or undefined once the master stack's Delete deleted it. */
  readonly group: ConnectionGroupRow | undefined;
  /** The template version the report was taken for. */
  readonly templateVersion: number;
  readonly accountId: number;
  readonly projectId: string;
}

class Retry extends Error {}
const MAX_ATTEMPTS = 5;
const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * POST /connections/aws/post-process. The stack authenticates with the group's token (its id) and external
 * id, compared in constant time; a wrong pair is a 401 that does not say which part was wrong.
 */
export function groupPostProcess(deps: ConnectionGroupsDeps) {
  async function authenticate(trx: Executor<ConnectionGroupTables>, report: Pick<StackReport, 'token' | 'role_external_id'>): Promise<ConnectionGroupRow> {
    const row = await repo.findById(trx, report.token);
    const expected = digest(row?.external_id ?? 'no-such-group');
    if (!row || !timingSafeEqual(expected, digest(report.role_external_id))) {
      throw new UnauthenticatedError('The token and role_external_id do not match a connection group');
    }
    return row;
  }

  /** One attempt: everything in one transaction, the group's row written only if still at the version read. */
  async function attempt(report: StackReport): Promise<{ outcome: ReportOutcome; refresh: number[] }> {
    return deps.store.transaction(async (trx) => {
      const row = await authenticate(trx, report);
      const scope = { accountId: row.account_id, projectId: row.project_id };
      const at = deps.now();
      const save = async (patch: GroupPatch) => {
        const updated = await repo.updateIfVersion(trx, row.id, row.version, { ...patch, updated_at: at });
        if (!updated) throw new Retry();
        return updated;
      };
      const isMaster = report.account_native_id === row.master_aws_account_id && report.aws_region === row.master_region;
      const version = versionOf(report, row, at);
      if (row.deleted_at !== null) {
        // A replayed Delete (CloudFormation retries) is answered as done; anything else is too late.
        if (report.request_type === 'Delete') return { outcome: { group: undefined, templateVersion: version, ...scope }, refresh: [] };
        throw new ConflictError('CONNECTION_GROUP_DELETED', `Connection group ${row.id} was deleted with its stack`);
      }
      if (report.request_type === 'Delete') {
        // The master stack's deletion deletes the group; its connections and their protections stay.
        if (isMaster) {
          await save({ deleted_at: at });
          return { outcome: { group: undefined, templateVersion: version, ...scope }, refresh: [] };
        }
        await repo.upsertTarget(trx, target(report, 'deleted', at, version));
        return { outcome: { group: await save({}), templateVersion: version, ...scope }, refresh: [] };
      }

      const decision = reportDecision(row, version, at);
      if (decision === 'stale') {
        throw new ConflictError('STALE_TEMPLATE_VERSION', `Template version ${version} is not the installed (${row.installed_template_version ?? 'none'}) nor the pending version of connection group ${row.id}; it was replaced, discarded or never issued`);
      }
      const apply = decision === 'apply';
      const accounts = apply ? list(row.intended_account_native_ids) : list(row.account_native_ids);
      const types = (apply ? list(row.intended_asset_types) : list(row.asset_types)) as AssetType[];
      const regions = apply ? list(row.intended_aws_regions) : list(row.aws_regions);
      if (!accounts.includes(report.account_native_id) && report.account_native_id !== row.master_aws_account_id) {
        throw new ValidationError({ account_native_id: `is not an account of connection group ${row.id}` });
      }
      if (!regions.includes(report.aws_region) && report.aws_region !== row.master_region) {
        throw new ValidationError({ aws_region: `is not a region of connection group ${row.id}` });
      }

      const patch: GroupPatch = {
        ...(report.account_alias !== undefined && report.account_native_id === row.account_native_id ? { account_name: report.account_alias } : {}),
        ...(isMaster && report.stack_arn ? { stack_arn: report.stack_arn, stack_name: report.stack_name ?? null } : {}),
      };
      let refresh: number[] = [];
      if (apply) {
        Object.assign(patch, {
          account_native_ids: text(accounts), asset_types: text(types), aws_regions: text(regions), installed_template_version: version,
          intended_account_native_ids: null, intended_asset_types: null, intended_aws_regions: null, intended_at: null,
        });
        await repo.pruneTargets(trx, row.id, [...accounts, row.master_aws_account_id], [...regions, row.master_region]);
        // Connections made by earlier versions follow the group's new regions and asset types.
        refresh = [...new Set((await repo.targets(trx, [row.id])).flatMap((t) => (t.connection_id === null ? [] : [t.connection_id])))];
      }
      const connected = report.status !== 'FAILED';
      const next = target(report, connected ? 'connected' : 'failed', at, version);
      if (!apply && Object.keys(patch).every((key) => patch[key as keyof GroupPatch] === row[key as keyof ConnectionGroupRow])) {
        // A repeat of a report already recorded (CloudFormation retries, a replayed request): nothing changes.
        const seen = (await repo.targets(trx, [row.id])).find((t) => t.account_native_id === next.account_native_id && t.aws_region === next.aws_region);
        if (seen && seen.state === next.state && seen.reason === next.reason && seen.role_arn === next.role_arn && seen.template_version === version
          && (!connected || seen.connection_id !== null)) {
          return { outcome: { group: row, templateVersion: version, ...scope }, refresh: [] };
        }
      }
      await repo.upsertTarget(trx, next);
      const updated = await save(patch);
      if (connected) {
        const linked = (await repo.targets(trx, [row.id])).find((t) => t.account_native_id === report.account_native_id && t.connection_id !== null);
        // Every region's row of the account carries the account's connection, so a repeat of this report is one.
        if (linked) await repo.linkConnection(trx, row.id, report.account_native_id, linked.connection_id!);
        else {
          const connection = await deps.connections.createForGroup(trx, scope, {
            name: `cg-${row.id.slice(0, 8)}-${report.account_native_id}`,
            description: `Onboarded by connection group ${row.id}`,
            roleArn: report.role_arn!, externalId: row.external_id,
            operationalRegions: regions, services: servicesFor(types),
          });
          await repo.linkConnection(trx, row.id, report.account_native_id, connection.id);
        }
      }
      return { outcome: { group: updated, templateVersion: version, ...scope }, refresh };
    });
  }

  return {
    /** Who the stack is: the scope of the group its token and external id name (401 otherwise). The surface
     * uses it to attribute the report in the audit trail before it is processed. */
    async stackScope(report: Pick<StackReport, 'token' | 'role_external_id'>): Promise<{ accountId: number; projectId: string }> {
      const row = await authenticate(deps.store.db, report);
      return { accountId: row.account_id, projectId: row.project_id };
    },

    /** Records the stack's report: applies the pending version it installs, records each account and region's
     * outcome, and makes a native cloud connection of every account that connected. Safe to repeat. */
    async postProcess(report: StackReport): Promise<ReportOutcome> {
      if (report.request_type !== 'Delete' && report.status !== 'FAILED') {
        if (!report.role_arn) throw new ValidationError({ role_arn: 'is required when the stack reports a connected account' });
        if (!report.role_arn.startsWith(`arn:aws:iam::${report.account_native_id}:`)) throw new ValidationError({ role_arn: 'must be a role of account_native_id' });
      }
      for (let n = 1; ; n++) {
        try {
          const { outcome, refresh } = await attempt(report);
          deps.wake();
          await refreshConnections(outcome, refresh);
          return outcome;
        } catch (error) {
          if (!(error instanceof Retry) || n >= MAX_ATTEMPTS) throw error instanceof Retry ? new ConflictError('CONCURRENT_UPDATE', 'The connection group is being changed by someone else; retry') : error;
        }
      }
    },
  };

  async function refreshConnections(outcome: ReportOutcome, ids: readonly number[]): Promise<void> {
    const group = outcome.group;
    if (!group || ids.length === 0) return;
    const change = { operationalRegions: list(group.aws_regions), services: servicesFor(list(group.asset_types) as AssetType[]) };
    for (const id of ids) {
      // A connection the user deleted or is deleting refuses the change (409); it is left as it is.
      await deps.connections.updateRegionsAndServices({ accountId: outcome.accountId, projectId: outcome.projectId, id }, change).catch(() => undefined);
    }
  }
}

/**
 * The template version a report speaks for. Clumio's Terraform provider (clumio_post_process_aws_connection)
 * sends its own `configuration` instead of a version: its report is taken for the version the group waits for
 * (the pending one), else the one installed. A group with neither has nothing a report could confirm: 0, which
 * no template carries, so the report is refused as stale.
 */
function versionOf(report: StackReport, row: ConnectionGroupRow, now: number): number {
  if (report.template_version !== undefined) return Number(report.template_version);
  if (hasPending(row, now)) return row.template_version;
  return row.installed_template_version ?? 0;
}

function target(report: StackReport, state: string, at: number, version: number) {
  return {
    group_id: report.token, account_native_id: report.account_native_id, aws_region: report.aws_region, state,
    reason: state === 'failed' ? (report.status_reason ?? 'The stack reported a failure') : null,
    template_version: version, role_arn: report.role_arn ?? null, connection_id: null, updated_at: at,
  };
}
