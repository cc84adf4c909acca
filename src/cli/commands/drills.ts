// Drill policies (a schedule, the recovery to rehearse and its reset delay, bound to an assembly), a run now, and runs.
import { ok } from '../../client/client.ts';
import { DRILL_POLICY_STATUSES, oneOf, requestBody, type Body, type Fields } from '../api.ts';
import type { Command, Invocation, OptionSpec } from '../command.ts';
import type { Session } from '../context.ts';
import { integer, intId, str } from '../input.ts';
import { col } from '../output.ts';
import { IF_MATCH, ifMatch, TIMING_OPTIONS, timingOf } from './policies.ts';
import { RECOVERY_TARGET_OPTIONS, recoveryTarget } from './recoveries.ts';
import { defined, LIMIT_OPTION, P, pages } from './shared.ts';

const POLICY_COLUMNS = [col('id'), col('name'), col('status'), col('frequencyType'), col('resetAfterMinutes'), col('nextRunAt'), col('lastRunAt')];
const RUN_COLUMNS = [
  col('id'), col('trigger'), col('status'), col('outcome'), col('recovery', 'recoveryId'), col('validation', 'validationStatus'),
  col('rto', 'rtoSeconds'), col('leftovers'), col('createdAt'), col('message', 'statusMessage'),
];
const RUN_FIELDS = ['id', 'drillPolicyId', 'trigger', 'status', 'recoveryId', 'reportUrl', 'createdAt'];

const BASE = `${P}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies` as const;
const assemblyPath = (s: Session, assembly: string | undefined) => ({ params: { path: { ...s.project, cloudAssemblyId: intId(assembly, 'assembly id') } } });
const policyPath = (s: Session, assembly: string | undefined, id: string | undefined) =>
  ({ params: { path: { ...s.project, cloudAssemblyId: intId(assembly, 'assembly id'), id: intId(id, 'drill policy id') } } });

const DRILL_OPTIONS: Record<string, OptionSpec> = {
  name: { type: 'string', value: 'name', description: 'the name (as protection policies: 3–50, a letter first)' },
  description: { type: 'string', value: 'text', description: 'description' },
  ...TIMING_OPTIONS,
  'reset-after': { type: 'string', value: 'minutes', description: 'reset each drill this long after its recovery started (1–10080, required)' },
  ...RECOVERY_TARGET_OPTIONS,
};

/** The body the options describe, laid over --body/--file; the recovery fields only when one of them is given. */
function drillFields(options: Invocation['options']): Fields<Body<'createDrillPolicy'>> {
  const recovery = defined(recoveryTarget(options));
  return {
    name: str(options, 'name'), description: str(options, 'description'),
    ...timingOf(options) as Fields<Body<'createDrillPolicy'>>,
    resetAfterMinutes: integer(options['reset-after'], '--reset-after'),
    recovery: Object.keys(recovery).length ? recovery : undefined,
  };
}

export const drillCommands: Command[] = [
  {
    words: ['drills', 'list'], summary: "An assembly's drill policies", args: ['<assemblyId>'], options: LIMIT_OPTION,
    example: 'lifeboat drills list 1',
    async run(context, { args, options }) {
      const s = await context.session();
      context.print(await pages(context, options, (headers) => s.client.GET(BASE, { ...assemblyPath(s, args[0]), headers })), { columns: POLICY_COLUMNS });
    },
  },
  {
    words: ['drills', 'show'], summary: 'One drill policy, with its next and last run', args: ['<assemblyId>', '<policyId>'],
    example: 'lifeboat drills show 1 1',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.GET(`${BASE}/{id}`, policyPath(s, args[0], args[1]))));
    },
  },
  {
    words: ['drills', 'create'], summary: 'Drill an assembly on a schedule: recover it from its latest successful protection, then reset it',
    args: ['<assemblyId>'], body: true, options: { ...DRILL_OPTIONS, status: { type: 'string', value: 'status', description: 'enabled (default) or paused' } },
    example: 'lifeboat drills create 1 --name shop-weekly --frequency weekly --days sunday --hours 4 --reset-after 60 --scope cross-region --region us-west-2',
    async run(context, { args, options }) {
      const s = await context.session();
      const status = options.status === undefined ? undefined : oneOf(str(options, 'status'), DRILL_POLICY_STATUSES, '--status');
      const body = requestBody<'createDrillPolicy'>(context.io, options, { ...drillFields(options), status });
      context.print(await ok(s.client.POST(BASE, { ...assemblyPath(s, args[0]), body })));
    },
  },
  {
    words: ['drills', 'update'], summary: 'Replace a drill policy (all but its status)', args: ['<assemblyId>', '<policyId>'], body: true,
    options: { ...DRILL_OPTIONS, ...IF_MATCH },
    example: 'lifeboat drills update 1 1 --file drill.json --if-match \'"3"\'',
    async run(context, { args, options }) {
      const s = await context.session();
      const body = requestBody<'updateDrillPolicy'>(context.io, options, drillFields(options));
      context.print(await ok(s.client.PUT(`${BASE}/{id}`, { ...policyPath(s, args[0], args[1]), body, headers: ifMatch(options) })));
    },
  },
  {
    words: ['drills', 'set-status'], summary: 'enabled or paused', args: ['<assemblyId>', '<policyId>', '<status>'],
    example: 'lifeboat drills set-status 1 1 paused',
    async run(context, { args }) {
      const s = await context.session();
      const body = { status: oneOf(args[2], DRILL_POLICY_STATUSES, 'status') };
      context.print(await ok(s.client.PUT(`${BASE}/{id}/status`, { ...policyPath(s, args[0], args[1]), body })));
    },
  },
  {
    words: ['drills', 'delete'], summary: 'Delete a drill policy and its runs', args: ['<assemblyId>', '<policyId>'],
    example: 'lifeboat drills delete 1 1',
    async run(context, { args }) {
      const s = await context.session();
      await ok(s.client.DELETE(`${BASE}/{id}`, policyPath(s, args[0], args[1])));
      context.note(`Drill policy ${args[1]} deleted`);
    },
  },
  {
    words: ['drills', 'run'], summary: 'Run a drill now; follow it with `lifeboat drills runs`', args: ['<assemblyId>', '<policyId>'],
    example: 'lifeboat drills run 1 1',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.POST(`${BASE}/{id}/run`, policyPath(s, args[0], args[1]))), { fields: RUN_FIELDS });
    },
  },
  {
    words: ['drills', 'runs'], summary: "A drill policy's runs, newest first: outcome, recovery, measured RTO, leftovers", args: ['<assemblyId>', '<policyId>'],
    options: LIMIT_OPTION, example: 'lifeboat drills runs 1 1 --limit 10',
    async run(context, { args, options }) {
      const s = await context.session();
      context.print(await pages(context, options, (headers) => s.client.GET(`${BASE}/{id}/runs`, { ...policyPath(s, args[0], args[1]), headers })), { columns: RUN_COLUMNS });
    },
  },
];
