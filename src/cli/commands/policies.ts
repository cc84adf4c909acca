// Policy templates (schedules and retention shared by policies) and protection policies (a schedule bound
// to an assembly).
import { ok } from '../../client/client.ts';
import { oneOf, POLICY_STATUSES, queryOf, requestBody, type Body, type Fields } from '../api.ts';
import type { Command, Invocation, OptionSpec } from '../command.ts';
import type { Session } from '../context.ts';
import { integer, intId, list, str } from '../input.ts';
import { col } from '../output.ts';
import { defined, LIMIT_OPTION, P, pages } from './shared.ts';

const TEMPLATE_COLUMNS = [col('id'), col('name'), col('frequencyType'), col('timeZone'), col('retentionCount'), col('replicaRetentionCount')];
const POLICY_COLUMNS = [col('id'), col('name'), col('status'), col('policyTemplateId'), col('frequencyType'), col('nextRunAt'), col('lastRunAt')];

/** When a schedule fires; drill policies take the same options. */
export const TIMING_OPTIONS: Record<string, OptionSpec> = {
  frequency: { type: 'string', value: 'type', description: 'fifteen-minutes, thirty-minutes, hourly, two-hours … twelve-hours, daily, weekly, monthly, yearly, custom' },
  cron: { type: 'string', value: 'expression', description: 'custom: a 5-field cron expression' },
  'time-zone': { type: 'string', value: 'zone', description: 'an IANA time zone (default UTC)' },
  days: { type: 'string', value: 'days', description: 'weekly: days of the week, e.g. monday,thursday', multiple: true },
  hours: { type: 'string', value: 'hours', description: 'the hours of the day it runs, e.g. 2 or 2,14', multiple: true },
  'days-of-month': { type: 'string', value: 'days', description: 'monthly, yearly: days of the month, e.g. 1,15', multiple: true },
  months: { type: 'string', value: 'months', description: 'yearly: months, e.g. january,july', multiple: true },
  offset: { type: 'string', value: 'minutes', description: 'delay each run by this many minutes' },
};

const integers = (value: unknown, what: string) => list(value)?.map((v) => integer(v, what)!);

/**
 * The schedule's timing from the options, flat as the published bodies have it. frequencyDetails is sent when one of
 * its options is given, and then replaces a --body's frequencyDetails whole (names are upper-cased, as published).
 */
export function timingOf(options: Invocation['options']) {
  const details = defined({
    daysOfWeek: list(options.days)?.map((d) => d.toUpperCase()), hours: integers(options.hours, '--hours'),
    daysOfMonth: integers(options['days-of-month'], '--days-of-month'), months: list(options.months)?.map((m) => m.toUpperCase()),
    offset: integer(options.offset, '--offset'),
  });
  return {
    frequencyType: str(options, 'frequency'), cronExpression: str(options, 'cron'), timeZone: str(options, 'time-zone'),
    frequencyDetails: Object.keys(details).length ? details : undefined,
  };
}

const SCHEDULE_OPTIONS: Record<string, OptionSpec> = {
  ...TIMING_OPTIONS,
  retention: { type: 'string', value: 'n', description: 'protections kept' },
  'replica-retention': { type: 'string', value: 'n', description: 'replica copies kept' },
};

/** The schedule fields the options set, flat as the published bodies have them. */
const scheduleOf = (options: Invocation['options']) => defined<Fields<Body<'createPolicyTemplate'>>>({
  ...timingOf(options) as Fields<Body<'createPolicyTemplate'>>,
  retentionCount: integer(options.retention, '--retention'), replicaRetentionCount: integer(options['replica-retention'], '--replica-retention'),
});

export const IF_MATCH: Record<string, OptionSpec> = { 'if-match': { type: 'string', value: 'etag', description: 'refuse (412) if it changed since this ETag' } };
export const ifMatch = (options: Invocation['options']) => (options['if-match'] ? { 'if-match': str(options, 'if-match')! } : {});

const templatePath = (s: Session, id: string | undefined) => ({ params: { path: { ...s.project, id: intId(id, 'template id') } } });
const assemblyPath = (s: Session, assembly: string | undefined) => ({ params: { path: { ...s.project, cloudAssemblyId: intId(assembly, 'assembly id') } } });
const policyPath = (s: Session, assembly: string | undefined, id: string | undefined) => ({ params: { path: { ...s.project, cloudAssemblyId: intId(assembly, 'assembly id'), id: intId(id, 'policy id') } } });

const policyFields = (options: Invocation['options']): Fields<Body<'createProtectionPolicy'>> => ({
  name: str(options, 'name'), description: str(options, 'description'),
  policyTemplateId: options.template === undefined ? undefined : intId(str(options, 'template'), '--template'),
  ...scheduleOf(options),
  activation: options['start-at'] !== undefined ? { type: 'at', startTime: str(options, 'start-at') } : undefined,
});

const POLICY_OPTIONS: Record<string, OptionSpec> = {
  name: { type: 'string', value: 'name', description: 'the name' },
  description: { type: 'string', value: 'text', description: 'description' },
  template: { type: 'string', value: 'id', description: 'take the schedule and retention (and, by default, the name) from a policy template' },
  ...SCHEDULE_OPTIONS,
  'start-at': { type: 'string', value: 'time', description: 'activate at this time (default now)' },
};

export const policyCommands: Command[] = [
  {
    words: ['templates', 'list'], summary: "The project's policy templates",
    options: { name: { type: 'string', value: 'name', description: 'only this name', multiple: true }, frequency: { type: 'string', value: 'type', description: 'only this frequency type', multiple: true }, ...LIMIT_OPTION },
    example: 'lifeboat templates list --frequency daily',
    async run(context, { options }) {
      const s = await context.session();
      const query = queryOf<'listPolicyTemplates'>({ name: list(options.name), frequency_type: list(options.frequency) });
      context.print(await pages(context, options, (headers) => s.client.GET(`${P}/policy-templates`, { params: { path: s.project, query }, headers })), { columns: TEMPLATE_COLUMNS });
    },
  },
  {
    words: ['templates', 'show'], summary: 'One policy template', args: ['<id>'], example: 'lifeboat templates show 1',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.GET(`${P}/policy-templates/{id}`, templatePath(s, args[0]))));
    },
  },
  {
    words: ['templates', 'create'], summary: 'Create a policy template', body: true,
    options: { name: { type: 'string', value: 'name', description: 'the name' }, description: { type: 'string', value: 'text', description: 'description' }, ...SCHEDULE_OPTIONS },
    example: 'lifeboat templates create --name nightly --frequency daily --time-zone Europe/Paris --retention 7 \\\n  --body \'{"frequencyDetails": {"hours": [2]}}\'',
    async run(context, { options }) {
      const s = await context.session();
      const body = requestBody<'createPolicyTemplate'>(context.io, options, { name: str(options, 'name'), description: str(options, 'description'), ...scheduleOf(options) });
      context.print(await ok(s.client.POST(`${P}/policy-templates`, { params: { path: s.project }, body })));
    },
  },
  {
    words: ['templates', 'update'], summary: 'Replace a policy template', args: ['<id>'], body: true,
    options: { name: { type: 'string', value: 'name', description: 'the name' }, description: { type: 'string', value: 'text', description: 'description' }, ...SCHEDULE_OPTIONS, ...IF_MATCH },
    example: 'lifeboat templates update 1 --file nightly.json --if-match \'"3"\'',
    async run(context, { args, options }) {
      const s = await context.session();
      const body = requestBody<'updatePolicyTemplate'>(context.io, options, { name: str(options, 'name'), description: str(options, 'description'), ...scheduleOf(options) });
      context.print(await ok(s.client.PUT(`${P}/policy-templates/{id}`, { ...templatePath(s, args[0]), body, headers: ifMatch(options) })));
    },
  },
  {
    words: ['templates', 'delete'], summary: 'Delete a policy template (409 while a policy uses it)', args: ['<id>'], example: 'lifeboat templates delete 1',
    async run(context, { args }) {
      const s = await context.session();
      await ok(s.client.DELETE(`${P}/policy-templates/{id}`, templatePath(s, args[0])));
      context.note(`Policy template ${args[0]} deleted`);
    },
  },
  {
    words: ['policies', 'list'], summary: "An assembly's protection policies", args: ['<assemblyId>'],
    example: 'lifeboat policies list 1',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies`, assemblyPath(s, args[0]))), { columns: POLICY_COLUMNS });
    },
  },
  {
    words: ['policies', 'show'], summary: 'One protection policy, with its next and last run', args: ['<assemblyId>', '<policyId>'],
    example: 'lifeboat policies show 1 1',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies/{id}`, policyPath(s, args[0], args[1]))));
    },
  },
  {
    words: ['policies', 'create'], summary: 'Protect an assembly on a schedule: a template (--template) or an inline schedule', args: ['<assemblyId>'], body: true, options: POLICY_OPTIONS,
    example: 'lifeboat policies create 1 --template 1\nlifeboat policies create 1 --name shop-hourly --frequency hourly --retention 24',
    async run(context, { args, options }) {
      const s = await context.session();
      const body = requestBody<'createProtectionPolicy'>(context.io, options, policyFields(options));
      context.print(await ok(s.client.POST(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies`, { ...assemblyPath(s, args[0]), body })));
    },
  },
  {
    words: ['policies', 'update'], summary: 'Replace a protection policy', args: ['<assemblyId>', '<policyId>'], body: true, options: { ...POLICY_OPTIONS, ...IF_MATCH },
    example: 'lifeboat policies update 1 1 --name shop-daily --template 2',
    async run(context, { args, options }) {
      const s = await context.session();
      const body = requestBody<'updateProtectionPolicy'>(context.io, options, policyFields(options));
      context.print(await ok(s.client.PUT(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies/{id}`, { ...policyPath(s, args[0], args[1]), body, headers: ifMatch(options) })));
    },
  },
  {
    words: ['policies', 'set-status'], summary: 'enabled or paused', args: ['<assemblyId>', '<policyId>', '<status>'],
    example: 'lifeboat policies set-status 1 1 paused',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.PUT(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies/{id}/status`, { ...policyPath(s, args[0], args[1]), body: { status: oneOf(args[2], POLICY_STATUSES, 'status') } })));
    },
  },
  {
    words: ['policies', 'delete'], summary: 'Delete a protection policy', args: ['<assemblyId>', '<policyId>'],
    example: 'lifeboat policies delete 1 1',
    async run(context, { args }) {
      const s = await context.session();
      await ok(s.client.DELETE(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies/{id}`, policyPath(s, args[0], args[1])));
      context.note(`Protection policy ${args[1]} deleted`);
    },
  },
];
