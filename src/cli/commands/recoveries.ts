// Recoveries (recover with a dry-run plan first, list, show with the source → recovered mapping, cancel)
// and resets (reset, reset-status), with --wait on recover and reset; the drill report.
import fs from 'node:fs';
import { ok } from '../../client/client.ts';
import { queryOf, requestBody, type Body } from '../api.ts';
import type { Command, Invocation, OptionSpec } from '../command.ts';
import type { Context, Session } from '../context.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { integer, intId, list, pairs, str } from '../input.ts';
import { col } from '../output.ts';
import { waitFor, type Outcome } from '../wait.ts';
import { defined, LIMIT_OPTION, P, pages } from './shared.ts';

const COLUMNS = [
  col('id'), col('name', 'recoveryName'), col('status', 'recoveryStatus'), col('scope', 'recoveryScope'), col('targetRegion'),
  { header: 'done', value: (r: any) => `${r.recoveredCount + r.mappedCount}/${r.resourceCount}` }, col('reset', 'resetStatus'), col('createdAt'),
];
const FIELDS = [
  'id', 'recoveryName', 'recoveryStatus', 'statusMessage', 'protectionId', 'recoveryScope', 'recoveryMode', 'targetCloudConnectionId', 'targetRegion',
  'resourceCount', 'recoveredCount', 'mappedCount', 'failedCount', 'skippedCount', 'resetStatus', 'resetMessage', 'resetDeletedCount', 'resetDueAt', 'createdAt', 'finishedAt',
];
const MAPPING = [col('order'), col('action'), col('status'), col('type'), col('source', 'sourceResourceId'), col('recovered', 'recoveredResourceId'), col('error')];
const CHECK_COLUMNS = [col('name'), col('status'), col('message')];
const CHECKS_SECTION = { title: 'Pre-flight checks', rows: (d: any) => d.checks ?? [], columns: CHECK_COLUMNS };
const DETAIL_VIEW = {
  fields: [...FIELDS, 'forced'], sections: [CHECKS_SECTION, { title: 'Resources (source → recovered)', rows: (d: any) => d.resources, columns: MAPPING }],
};
const PLAN_FIELDS = ['protectionId', 'protectionTimestamp', 'recoveryScope', 'recoveryMode', 'targetCloudConnectionId', 'targetRegion'];
// The checks come first: what would stop the recovery before what it would do.
const PLAN_VIEW = {
  fields: [],
  sections: [
    CHECKS_SECTION,
    { title: 'Recovery', rows: (d: any) => [d], columns: PLAN_FIELDS.map((k) => col(k)) },
    { title: 'Summary', rows: (d: any) => [d.summary], columns: ['total', 'create', 'restore', 'reuse', 'useSource', 'blocked'].map((k) => col(k)) },
    { title: 'Plan (in order)', rows: (d: any) => d.steps, columns: [col('order'), col('action'), col('type'), col('name'), col('source', 'sourceResourceId'), col('reason'), col('blocker')] },
    { title: 'Notes', rows: (d: any) => d.notes.map((note: string) => ({ note })), columns: [col('note')] },
  ],
};

// The report's table form: what an SRE reads at a terminal; -o json prints it whole, --html the printable page.
const REPORT_VIEW = {
  fields: ['recoveryId', 'recoveryName', 'cloudAssemblyName', 'recoveryStatus', 'statusMessage', 'recoveryScope', 'isolation', 'targetRegion', 'startedAt', 'finishedAt', 'timing'],
  sections: [
    {
      title: 'Recovery point, RPO and RTO', rows: (d: any) => [{ ...d.recoveryPoint, ...d.measured, ...d.targets }],
      columns: [col('protectionId'), col('taken', 'protectionTimestamp'), col('rpoSeconds'), col('rpoTargetMinutes'), col('rtoSeconds'), col('rtoTargetMinutes')],
    },
    CHECKS_SECTION,
    {
      title: 'Validation', columns: CHECK_COLUMNS,
      rows: (d: any) => (d.validation ? [{ name: '(overall)', status: d.validation.status }, ...d.validation.checks] : [{ name: '(none)', status: 'not validated' }]),
    },
    {
      title: 'Resources', rows: (d: any) => d.resources,
      columns: [col('order'), col('name'), col('type'), col('action'), col('outcome'), col('seconds', 'durationSeconds'), col('recovered', 'recoveredResourceId'), col('error')],
    },
    { title: 'Reset', rows: (d: any) => [{ ...d.reset, leftovers: d.reset.leftovers?.count ?? d.reset.leftoversError }], columns: [col('status'), col('deletedCount'), col('leftovers'), col('message')] },
    { title: 'Leftovers (still tagged with the recovery)', rows: (d: any) => d.reset.leftovers?.resources ?? [], columns: [col('resourceId'), col('type'), col('region')] },
  ],
};

const RECOVERY_OUTCOMES: Record<string, Outcome> = { completed: 'success', 'partially-completed': 'partial', failed: 'failed', aborted: 'failed' };
const RESET_OUTCOMES: Record<string, Outcome> = { completed: 'success', failed: 'failed' };

const assemblyPath = (s: Session, assembly: string | undefined) => ({ params: { path: { ...s.project, cloudAssemblyId: intId(assembly, 'assembly id') } } });
const recoveryPath = (s: Session, assembly: string | undefined, id: string) => ({ params: { path: { ...s.project, cloudAssemblyId: intId(assembly, 'assembly id'), id } } });

const recovery = (s: Session, assembly: string, id: string) => ok(s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries/{id}`, recoveryPath(s, assembly, id)));

function waitForRecovery(context: Context, s: Session, assembly: string, id: string, options: Invocation['options']) {
  return waitFor(context, `recovery ${id}`, async () => {
    const r = await recovery(s, assembly, id);
    return {
      state: r,
      progress: { phase: r.recoveryStatus, done: r.recoveredCount + r.mappedCount, failed: r.failedCount, skipped: r.skippedCount, total: r.resourceCount, outcome: RECOVERY_OUTCOMES[r.recoveryStatus], message: r.statusMessage },
    };
  }, options, (r) => context.print(r, DETAIL_VIEW), (r) => {
    const parts = [`${r.recoveredCount} recovered`];
    if (r.mappedCount) parts.push(`${r.mappedCount} mapped`);
    if (r.failedCount) parts.push(`${r.failedCount} failed`);
    if (r.skippedCount) parts.push(`${r.skippedCount} skipped`);
    return `${r.recoveryStatus}: ${parts.join(', ')} of ${r.resourceCount} resources`;
  });
}

function waitForReset(context: Context, s: Session, assembly: string, id: string, options: Invocation['options']) {
  return waitFor(context, `reset of ${id}`, async () => {
    const r = await recovery(s, assembly, id);
    const made = r.resources.filter((x) => x.status === 'recovered' || x.status === 'deleted' || x.status === 'delete-failed').length;
    const phase = r.resetStatus ?? 'pending';
    const failed = r.resources.filter((x) => x.status === 'delete-failed').length;
    return { state: r, progress: { phase, done: r.resetDeletedCount, failed, total: Math.max(made, r.resetDeletedCount), outcome: RESET_OUTCOMES[phase], message: r.resetMessage } };
  }, options, (r) => context.print(r, DETAIL_VIEW), (r) => {
    const failed = r.resources.filter((x) => x.status === 'delete-failed').length;
    return `reset ${r.resetStatus}: ${r.resetDeletedCount} recovered resource${r.resetDeletedCount === 1 ? '' : 's'} deleted${failed ? `, ${failed} could not be deleted` : ''}`;
  });
}

/** The options recoveryTarget reads. */
export const RECOVERY_TARGET_OPTIONS: Record<string, OptionSpec> = {
  scope: { type: 'string', value: 'scope', description: 'same-region (default), cross-region, cross-zone or cross-account' },
  mode: { type: 'string', value: 'mode', description: 'rebuild (default), reuse-existing or use-source' },
  region: { type: 'string', value: 'region', description: 'cross-region / cross-account: the recovery region' },
  zone: { type: 'string', value: 'zone', description: 'cross-zone: the availability zone' },
  'target-connection': { type: 'string', value: 'id', description: 'cross-account: the connection to recover into' },
  resources: { type: 'string', value: 'ids', description: 'only these resources (and what they depend on)', multiple: true },
  tag: { type: 'string', value: 'key=value', description: 'only resources with these tags (with --match all|any)', multiple: true },
  match: { type: 'string', value: 'all|any', description: 'with --tag (default any)' },
};

/** What the options say of where and what to recover: the part of the body a drill policy repeats. */
export function recoveryTarget(options: Invocation['options']) {
  const scope = str(options, 'scope');
  const region = str(options, 'region');
  const target = options['target-connection'] === undefined ? undefined : intId(str(options, 'target-connection'), '--target-connection');
  if (options.resources !== undefined && options.tag !== undefined) throw new UsageError('select by --resources or --tag, not both');
  const match = str(options, 'match') ?? 'any';
  if (match !== 'all' && match !== 'any') throw new UsageError('--match must be all or any');
  const filter = options.resources !== undefined ? { type: 'custom', resourceIds: list(options.resources) }
    : options.tag !== undefined ? { type: 'tags', conditions: `match-${match}-tags`, tags: pairs(options.tag, '--tag') } : undefined;
  return {
    recoveryScope: scope, recoveryMode: str(options, 'mode'), resourceFilterStrategy: filter,
    crossRegionConfiguration: region !== undefined && target === undefined && scope !== 'cross-account' ? { recoveryRegion: region } : undefined,
    crossZoneConfiguration: options.zone !== undefined ? { availabilityZone: str(options, 'zone') } : undefined,
    crossAccountConfiguration: target !== undefined ? defined({ cloudConnectionId: target, recoveryRegion: region }) : undefined,
  };
}

/** The recovery body the options describe, laid over --body/--file. */
function recoveryBody(context: Context, options: Invocation['options']): Body<'startAwsCloudAssemblyRecovery'> {
  return requestBody<'startAwsCloudAssemblyRecovery'>(context.io, options, {
    recoveryName: str(options, 'name'), protectionId: str(options, 'protection'), ...recoveryTarget(options),
    resetAfterMinutes: integer(options['reset-after'], '--reset-after'),
    dryRun: options['dry-run'] ? true : undefined,
    force: options.force ? true : undefined,
  });
}

export const recoveryCommands: Command[] = [
  {
    words: ['recover'], summary: 'Recover an assembly from a protection; --dry-run prints the plan and changes nothing', args: ['<assemblyId>'], waits: true, body: true,
    options: {
      name: { type: 'string', value: 'name', description: 'the recovery name (3–55, lower case, digits, -)' },
      protection: { type: 'string', value: 'id', description: 'the protection to recover from (default the latest success)' },
      ...RECOVERY_TARGET_OPTIONS,
      'reset-after': { type: 'string', value: 'minutes', description: 'reset the drill by itself this long after it started' },
      'dry-run': { type: 'boolean', description: 'print the pre-flight checks, then the plan: order, action per resource, blockers' },
      force: { type: 'boolean', description: 'start although a pre-flight check failed: the resources it names (and their dependents) are skipped' },
      'idempotency-key': { type: 'string', value: 'key', description: 'a repeat with the same key returns the first recovery' },
    },
    details: `--dry-run exits ${EXIT.failed} when a pre-flight check failed (the start would be refused). A start refused by its checks prints them and exits ${EXIT.error}; --force starts it anyway.\n--wait shows resources done of total; completed exits 0, partially-completed 4, failed or aborted 3.`,
    example: 'lifeboat recover 1 --name drill-1 --scope cross-region --region us-west-2 --dry-run\nlifeboat recover 1 --name drill-1 --scope cross-region --region us-west-2 --wait',
    async run(context, { args, options }) {
      const s = await context.session();
      if (options['dry-run'] && options.wait) throw new UsageError('--dry-run changes nothing: there is nothing to --wait for');
      const key = str(options, 'idempotency-key');
      const { data, error, response } = await s.client.POST(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries`, {
        ...assemblyPath(s, args[0]), body: recoveryBody(context, options), headers: key ? { 'idempotency-key': key } : {},
      });
      const refusedChecks = (error as { checks?: unknown[] } | undefined)?.checks;
      if (refusedChecks) context.print({ checks: refusedChecks }, { sections: [CHECKS_SECTION] });
      await ok(Promise.resolve({ data, error, response }));
      if (data && 'dryRun' in data) {
        context.print(data, PLAN_VIEW);
        return data.checks.some((c) => c.status === 'failed') ? EXIT.failed : EXIT.ok;
      }
      if (!options.wait) return context.print(data, { fields: FIELDS });
      context.note(`Recovery ${data!.id} started`);
      return waitForRecovery(context, s, args[0]!, data!.id, options);
    },
  },
  {
    words: ['recoveries', 'list'], summary: "An assembly's recoveries, newest first", args: ['<assemblyId>'],
    options: { status: { type: 'string', value: 'status', description: 'only this status', multiple: true }, ...LIMIT_OPTION },
    example: 'lifeboat recoveries list 1 --status completed',
    async run(context, { args, options }) {
      const s = await context.session();
      const path = assemblyPath(s, args[0]);
      context.print(await pages(context, options, (headers) => s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries`, {
        params: { ...path.params, query: queryOf<'listAwsCloudAssemblyRecoveries'>({ status: list(options.status) }) }, headers,
      })), { columns: COLUMNS });
    },
  },
  {
    words: ['recoveries', 'show'], summary: 'A recovery with every resource: order, action, status, source → recovered', args: ['<assemblyId>', '<recoveryId>'], waits: true,
    details: '--wait follows a running recovery to its end, as recover --wait does.',
    example: 'lifeboat recoveries show 1 rec-0123',
    async run(context, { args, options }) {
      const s = await context.session();
      if (options.wait) return waitForRecovery(context, s, args[0]!, args[1]!, options);
      context.print(await recovery(s, args[0]!, args[1]!), DETAIL_VIEW);
    },
  },
  {
    words: ['recoveries', 'report'], summary: 'The drill report: recovery point, RTO/RPO, checks, validation, every resource, the reset and its leftovers',
    args: ['<assemblyId>', '<recoveryId>'],
    options: {
      html: { type: 'boolean', description: 'the report as one self-contained, printable HTML page' },
      out: { type: 'string', value: 'file', description: 'write the report (HTML, or JSON without --html) to this file instead of printing it' },
    },
    details: 'Without --html it prints a summary (-o json: the whole report). Leftovers are counted once the reset has ended; zero after a clean reset.',
    example: 'lifeboat recoveries report 1 rec-0123\nlifeboat recoveries report 1 rec-0123 --html --out drill-report.html',
    async run(context, { args, options }) {
      const s = await context.session();
      const path = `${P}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries/{id}/report` as const;
      const out = str(options, 'out');
      if (options.html) {
        const page = await ok(s.client.GET(path, { ...recoveryPath(s, args[0], args[1]!), headers: { accept: 'text/html' }, parseAs: 'text' }));
        if (out === undefined) return void context.io.stdout.write(page);
        fs.writeFileSync(out, page);
        return context.note(`Report written to ${out}`);
      }
      const report = await ok(s.client.GET(path, recoveryPath(s, args[0], args[1]!)));
      if (out === undefined) return context.print(report, REPORT_VIEW);
      fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
      context.note(`Report written to ${out}`);
    },
  },
  {
    words: ['recoveries', 'cancel'], summary: 'Stop a pending or running recovery (it ends aborted, keeping what it made)', args: ['<assemblyId>', '<recoveryId>'],
    example: 'lifeboat recoveries cancel 1 rec-0123',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.POST(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries/{id}/cancel`, recoveryPath(s, args[0], args[1]!))), { fields: FIELDS });
    },
  },
  {
    words: ['reset'], summary: 'Delete what a recovery created (a drill\'s clean-up)', args: ['<assemblyId>', '<recoveryId>'], waits: true,
    details: '--wait shows resources deleted; completed exits 0, failed 3 (the message names what the cloud refused). A stalled reset is waited for.',
    example: 'lifeboat reset 1 rec-0123 --wait',
    async run(context, { args, options }) {
      const s = await context.session();
      const started = await ok(s.client.POST(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries/{id}/reset`, recoveryPath(s, args[0], args[1]!)));
      if (!options.wait) return context.print(started, { fields: FIELDS });
      return waitForReset(context, s, args[0]!, args[1]!, options);
    },
  },
  {
    words: ['reset-status'], summary: "A recovery's reset: {status, message}", args: ['<assemblyId>', '<recoveryId>'], waits: true,
    details: '--wait follows the reset to its end, as reset --wait does.',
    example: 'lifeboat reset-status 1 rec-0123 -o json',
    async run(context, { args, options }) {
      const s = await context.session();
      if (options.wait) return waitForReset(context, s, args[0]!, args[1]!, options);
      context.print(await ok(s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries/{id}/reset-status`, recoveryPath(s, args[0], args[1]!))));
    },
  },
];
