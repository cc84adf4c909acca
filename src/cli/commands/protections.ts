// Protections: protect now (with --wait), the timeline, details, cancel, lock.
import { ok } from '../../client/client.ts';
import { queryOf } from '../api.ts';
import type { Command } from '../command.ts';
import type { Context, Session } from '../context.ts';
import { UsageError } from '../exit-codes.ts';
import { boolWord, intId, list, str } from '../input.ts';
import { col } from '../output.ts';
import { waitFor, type Outcome } from '../wait.ts';
import { LIMIT_OPTION, P, pages } from './shared.ts';

const COLUMNS = [
  col('id'), col('status'), col('trigger'), col('createdAt'), col('resources', 'resourceCount'),
  { header: 'snapshots', value: (p: any) => `${p.snapshotsCompleted}/${p.dataResourceCount}${p.snapshotsFailed ? ` (${p.snapshotsFailed} failed)` : ''}` },
  col('locked'), col('statusMessage'),
];
const RESOURCE_COLUMNS = [col('resourceId'), col('type'), col('region'), col('snapshot', 'snapshotStatus'), col('snapshotId'), { header: 'replicas', value: (r: any) => Object.entries(r.replicas ?? {}).map(([region, x]: [string, any]) => `${region}:${x.status}`).join(' ') }, col('error')];
const DETAIL_FIELDS = ['id', 'status', 'statusMessage', 'trigger', 'cloudAssemblyId', 'locked', 'replicaRegions', 'resourceCount', 'dataResourceCount', 'snapshotsCompleted', 'snapshotsFailed', 'createdBy', 'createdAt', 'startedAt', 'finishedAt'];
const DETAIL_VIEW = { fields: DETAIL_FIELDS, sections: [{ title: 'Resources', rows: (d: any) => d.resources, columns: RESOURCE_COLUMNS }] };

/** How a protection status ends a --wait; undefined while it runs. Pruning comes after success, so counts as one. */
const OUTCOMES: Record<string, Outcome> = {
  success: 'success', elapsed: 'success', 'pruning-failed': 'success', 'partially-protected': 'partial', failed: 'failed', skipped: 'failed',
};

const ids = (s: Session, assembly: string | undefined) => ({ params: { path: { ...s.project, cloudAssemblyId: intId(assembly, 'assembly id') } } });
const one = (s: Session, assembly: string | undefined, protectionId: string) => ({
  params: { path: { ...s.project, cloudAssemblyId: intId(assembly, 'assembly id'), protectionId } },
});

function details(s: Session, assembly: string, protectionId: string) {
  return ok(s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/protections/{protectionId}`, one(s, assembly, protectionId)));
}

/**
 * Waits for the protection to end, then (briefly) for the assembly to record it: the assembly is freed in a
 * second step, and a protect or recover run right after --wait should not meet a 409.
 */
async function waitForProtection(context: Context, s: Session, assembly: string, protectionId: string, options: Parameters<Command['run']>[1]['options']): Promise<number> {
  const code = await waitFor(context, `protection ${protectionId}`, async () => {
    const d = await details(s, assembly, protectionId);
    return { state: d, progress: { phase: d.status, done: d.snapshotsCompleted, failed: d.snapshotsFailed, total: d.dataResourceCount, outcome: OUTCOMES[d.status], message: d.statusMessage } };
  }, options, (d) => context.print(d, DETAIL_VIEW), (d) => {
    const verb = d.status === 'success' || d.status === 'elapsed' || d.status === 'pruning-failed' ? 'protected' : d.status === 'partially-protected' ? 'partially protected' : d.status;
    return `${verb}: ${d.resourceCount} resources, ${d.snapshotsCompleted} of ${d.dataResourceCount} snapshots taken${d.snapshotsFailed ? `, ${d.snapshotsFailed} failed` : ''}`;
  });
  for (let tries = 0; tries < 20; tries++) {
    const a = await ok(s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}`, ids(s, assembly)));
    if (a.lastProtection?.id === protectionId || a.lastProtection === null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return code;
}

export const protectionCommands: Command[] = [
  {
    words: ['protect'], summary: 'Protect an assembly now: configuration, snapshots, replica copies', args: ['<assemblyId>'], waits: true,
    options: { 'idempotency-key': { type: 'string', value: 'key', description: 'a repeat with the same key returns the first protection' } },
    details: '--wait shows snapshots done of the data resources; success exits 0, partially-protected 4, failed or skipped 3.',
    example: 'lifeboat protect 1 --wait',
    async run(context, { args, options }) {
      const s = await context.session();
      const key = str(options, 'idempotency-key');
      const started = await ok(s.client.POST(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/protections`, {
        ...ids(s, args[0]), body: {}, headers: key ? { 'idempotency-key': key } : {},
      }));
      if (!options.wait) return context.print(started, { fields: DETAIL_FIELDS });
      context.note(`Protection ${started.id} started`);
      return waitForProtection(context, s, args[0]!, started.id, options);
    },
  },
  {
    words: ['protections', 'list'], summary: "An assembly's timeline, newest first", args: ['<assemblyId>'],
    options: {
      status: { type: 'string', value: 'status', description: 'only this status', multiple: true },
      since: { type: 'string', value: 'time', description: 'from this time (ISO 8601 or epoch ms)' },
      until: { type: 'string', value: 'time', description: 'up to this time (ISO 8601 or epoch ms)' },
      ...LIMIT_OPTION,
    },
    example: 'lifeboat protections list 1 --status success --since 2026-11-01',
    async run(context, { args, options }) {
      const s = await context.session();
      const epoch = (value: string | undefined, what: string) => {
        if (value === undefined) return undefined;
        const ms = /^[0-9]+$/.test(value) ? Number(value) : Date.parse(value);
        if (Number.isNaN(ms)) throw new UsageError(`${what} must be an ISO 8601 time or epoch ms, not "${value}"`);
        return ms;
      };
      const query = queryOf<'listAwsCloudAssemblyProtections'>({ status: list(options.status), start_time: epoch(str(options, 'since'), '--since'), end_time: epoch(str(options, 'until'), '--until') });
      const path = ids(s, args[0]);
      context.print(await pages(context, options, (headers) => s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/protections`, { params: { ...path.params, query }, headers })), { columns: COLUMNS });
    },
  },
  {
    words: ['protections', 'show'], summary: 'A protection with every resource, its snapshot and replica copies', args: ['<assemblyId>', '<protectionId>'], waits: true,
    details: '--wait follows a running protection to its end, as protect --wait does.',
    example: 'lifeboat protections show 1 prot-0123 -o yaml',
    async run(context, { args, options }) {
      const s = await context.session();
      if (options.wait) return waitForProtection(context, s, args[0]!, args[1]!, options);
      context.print(await details(s, args[0]!, args[1]!), DETAIL_VIEW);
    },
  },
  {
    words: ['protections', 'cancel'], summary: 'Stop a running protection (it ends failed)', args: ['<assemblyId>', '<protectionId>'],
    example: 'lifeboat protections cancel 1 prot-0123',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.POST(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/protections/{protectionId}/cancel`, one(s, args[0], args[1]!))), { fields: DETAIL_FIELDS });
    },
  },
  {
    words: ['protections', 'lock'], summary: 'Lock (never pruned) or unlock a protection', args: ['<assemblyId>', '<protectionId>', '[on|off]'],
    example: 'lifeboat protections lock 1 prot-0123\nlifeboat protections lock 1 prot-0123 off',
    async run(context, { args }) {
      const s = await context.session();
      const locked = args[2] === undefined ? true : boolWord(args[2], 'lock');
      context.print(await ok(s.client.PUT(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/protections/{protectionId}/lock`, { ...(one(s, args[0], args[1]!)), body: { locked } })), { fields: DETAIL_FIELDS });
    },
  },
];
