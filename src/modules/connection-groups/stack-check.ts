import { CloudCallError, type CloudCredentials, type CloudProvider, type StackDescription } from '../../cloud/provider.ts';
import type { Store } from '../../platform/db/database.ts';
import { LifeboatError } from '../../platform/errors.ts';
import type { JobHandler } from '../../platform/jobs/index.ts';
import type { Logger } from '../../platform/logging.ts';
import { list } from './context.ts';
import { hasPending, PENDING_TTL_MS } from './lifecycle.ts';
import type { StackReport } from './post-process.ts';
import { groupsRepo, type ConnectionGroupRow, type TargetRow } from './repo.ts';
import type { ConnectionGroupTables } from './tables.ts';
import { groupRoleName, groupStackName } from './template.ts';

export const STACK_CHECK_KIND = 'connection-groups.stack-check';
/** A stack usually reports within a few minutes; before that, asking CloudFormation only finds it in progress. */
export const STACK_CHECK_GRACE_MS = 5 * 60_000;

export interface StackCheckDeps {
  readonly store: Store<ConnectionGroupTables>;
  readonly cloud: Pick<CloudProvider, 'describeStack'>;
  /** What the stack's callback goes through: the check reports what it sees the same way, so whichever of the
   * two comes first wins and the other is a repeat that changes nothing. */
  readonly postProcess: (report: StackReport) => Promise<unknown>;
  readonly now: () => number;
  readonly graceMs?: number;
}

type Log = Pick<Logger, 'info' | 'warn'>;

// A stack whose last operation failed; DELETE_FAILED is a stack still there, which says nothing of the group.
const FAILED = /(?<!^DELETE)_FAILED$|ROLLBACK_COMPLETE$/;

/**
 * The second signal beside the stack's callback: for groups whose stack operation has gone unreported past a
 * grace period, read the master account's stacks (DescribeStacks through the role the template creates, with
 * the group's external id) and report what CloudFormation says as the callback would have. A cloud that cannot
 * be reached is logged and tried again on the next run; the check never throws for it.
 */
export function stackCheck(deps: StackCheckDeps) {
  const grace = deps.graceMs ?? STACK_CHECK_GRACE_MS;

  async function checkGroup(row: ConnectionGroupRow, targets: readonly TargetRow[], log: Log): Promise<number> {
    const now = deps.now();
    const pending = hasPending(row, now) && now - row.intended_at! >= grace;
    const deletes = targets.filter((t) => t.state === 'deleted');
    const deleting = deletes.length > 0 && now - Math.max(...deletes.map((t) => t.updated_at)) >= grace;
    if (!pending && !deleting) return 0;

    const master = row.master_aws_account_id;
    const credentials: CloudCredentials = { type: 'iam-role', roleArn: `arn:aws:iam::${master}:role/${groupRoleName(row.id)}`, externalId: row.external_id };
    const stackName = row.stack_name ?? groupStackName(row.id);
    const accounts = pending ? list(row.intended_account_native_ids) : list(row.account_native_ids);
    const regions = [row.master_region, ...(pending && accounts.includes(master) ? list(row.intended_aws_regions) : [])];
    const reports: StackReport[] = [];
    for (const region of new Set(regions)) {
      let stack: StackDescription | undefined;
      try {
        stack = await deps.cloud.describeStack(credentials, { region, stackName });
      } catch (error) {
        if (!(error instanceof CloudCallError)) throw error;
        log.warn({ groupId: row.id, region, cloudCode: error.cloudCode, reason: error.reason }, 'connection group stack check: the master account could not be read; trying again next time');
        return 0;
      }
      const report = reportOf(row, { region, stackName, pending, credentials }, stack);
      if (report) reports.push(report);
    }
    let applied = 0;
    for (const report of reports) {
      try {
        await deps.postProcess(report);
        applied++;
        log.info({ groupId: row.id, region: report.aws_region, requestType: report.request_type, status: report.status ?? 'SUCCESS' }, 'connection group stack check: recorded what CloudFormation reports');
      } catch (error) {
        // Refused (a newer version replaced this one meanwhile, the group was deleted): the callback's rules hold.
        if (!(error instanceof LifeboatError)) throw error;
        log.info({ groupId: row.id, region: report.aws_region, code: error.code }, 'connection group stack check: report refused');
      }
    }
    return applied;
  }

  /** One pass over the groups with an unreported stack operation; answers how many reports it recorded. */
  async function checkStacks(log: Log): Promise<number> {
    const now = deps.now();
    const rows = await deps.store.db.selectFrom('connection_groups').selectAll().where('deleted_at', 'is', null)
      .where((eb) => eb.or([
        // Pending past the grace period and not yet discarded.
        eb.and([eb('intended_at', '<=', now - grace), eb('intended_at', '>', now - PENDING_TTL_MS)]),
        eb.exists(eb.selectFrom('connection_group_targets').select('group_id')
          .whereRef('connection_group_targets.group_id', '=', 'connection_groups.id').where('state', '=', 'deleted')),
      ]))
      .orderBy('seq').execute();
    const targets = await groupsRepo.targets(deps.store.db, rows.map((r) => r.id));
    let applied = 0;
    for (const row of rows) applied += await checkGroup(row, targets.filter((t) => t.group_id === row.id), log);
    return applied;
  }

  /** The durable periodic job (JobRunner.every(STACK_CHECK_KIND, …)). */
  const handler: JobHandler<null> = {
    kind: STACK_CHECK_KIND,
    async run(_payload, ctx) {
      await checkStacks(ctx.logger);
    },
  };
  return { checkStacks, handler };
}

/** What the callback would have said of one stack, or undefined when CloudFormation tells nothing new. */
function reportOf(
  row: ConnectionGroupRow, at: { region: string; stackName: string; pending: boolean; credentials: CloudCredentials },
  stack: StackDescription | undefined,
): StackReport | undefined {
  const base = {
    token: row.id, role_external_id: row.external_id, account_native_id: row.master_aws_account_id, aws_region: at.region,
    role_arn: at.credentials.type === 'iam-role' ? at.credentials.roleArn : undefined, stack_name: at.stackName,
  };
  if (!stack) {
    // Gone: the Delete the callback would have sent — only for the master stack a callback once named, so a
    // stack never deployed (or deployed under another name) deletes nothing.
    const deployed = row.stack_name !== null && row.installed_template_version !== null;
    return deployed && at.region === row.master_region
      ? { ...base, request_type: 'Delete', template_version: String(row.installed_template_version) } : undefined;
  }
  if (!at.pending) return undefined;
  // An older operation's outcome says nothing of the pending version.
  if (stack.updatedAt !== undefined && row.intended_at !== null && stack.updatedAt < row.intended_at) return undefined;
  const version = String(row.template_version);
  const common = {
    ...base, request_type: row.installed_template_version === null ? 'Create' as const : 'Update' as const, template_version: version,
    ...(stack.stackId ? { stack_arn: stack.stackId } : {}),
  };
  if (FAILED.test(stack.status)) return { ...common, status: 'FAILED', status_reason: stack.reason ?? `The stack is ${stack.status}` };
  // Completed with the pending version (its TemplateVersion output): what the callback would have applied.
  if (stack.status.endsWith('_COMPLETE') && stack.outputs.TemplateVersion === version) {
    return { ...common, role_arn: stack.outputs.RoleArn ?? common.role_arn };
  }
  return undefined;
}
