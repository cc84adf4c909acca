// Webhooks of an assembly, one per type (pre-/post- protection, recovery, reset), and their deliveries.
import { ok } from '../../client/client.ts';
import { oneOf, requestBody, WEBHOOK_TYPES, type Body, type Fields } from '../api.ts';
import type { Command, Invocation, OptionSpec } from '../command.ts';
import type { Session } from '../context.ts';
import { integer, intId, str } from '../input.ts';
import { col } from '../output.ts';
import { P } from './shared.ts';

const COLUMNS = [col('webhookType'), col('url'), col('enabled'), col('failOnError'), col('retryAttempts'), col('timeout')];
const DELIVERY_COLUMNS = [col('createdAt'), col('event'), col('attempt'), col('status'), col('responseStatus'), col('durationMs'), col('error')];

// Not --url and --timeout: those are the server (a global option) and the wait's bound, whatever the command.
const OPTIONS: Record<string, OptionSpec> = {
  'target-url': { type: 'string', value: 'url', description: 'where deliveries are POSTed (https); the body\'s url' },
  'retry-attempts': { type: 'string', value: 'n', description: 'attempts, 3 to 10' },
  'delivery-timeout': { type: 'string', value: 'seconds', description: 'per delivery, at most 3600; the body\'s timeout' },
  'fail-on-error': { type: 'boolean', description: 'pre-* only: a failing hook fails the operation' },
  disabled: { type: 'boolean', description: 'create or leave it disabled' },
};

const fields = (options: Invocation['options']): Fields<Body<'updateAwsCloudAssemblyWebhook'>> => ({
  url: str(options, 'target-url'), retryAttempts: integer(options['retry-attempts'], '--retry-attempts'),
  timeout: integer(options['delivery-timeout'], '--delivery-timeout'),
  failOnError: options['fail-on-error'], enabled: options.disabled ? false : undefined,
});

const assemblyPath = (s: Session, assembly: string | undefined) => ({ params: { path: { ...s.project, cloudAssemblyId: intId(assembly, 'assembly id') } } });
const typePath = (s: Session, assembly: string | undefined, webhookType: string | undefined) => ({ params: { path: { ...s.project, cloudAssemblyId: intId(assembly, 'assembly id'), webhookType: oneOf(webhookType, WEBHOOK_TYPES, 'webhook type') } } });

export const webhookCommands: Command[] = [
  {
    words: ['webhooks', 'list'], summary: "An assembly's webhooks", args: ['<assemblyId>'], example: 'lifeboat webhooks list 1',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks`, assemblyPath(s, args[0]))), { columns: COLUMNS });
    },
  },
  {
    words: ['webhooks', 'show'], summary: 'One webhook', args: ['<assemblyId>', '<webhookType>'], example: 'lifeboat webhooks show 1 post-protection',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks/{webhookType}`, typePath(s, args[0], args[1]))));
    },
  },
  {
    words: ['webhooks', 'create'], summary: 'Create a webhook; its signing secret is shown once', args: ['<assemblyId>', '<webhookType>'], body: true, options: OPTIONS,
    example: 'lifeboat webhooks create 1 pre-recovery --target-url https://hooks.example.com/lifeboat --fail-on-error -o json',
    async run(context, { args, options }) {
      const s = await context.session();
      const body = requestBody<'createAwsCloudAssemblyWebhook'>(context.io, options, { webhookType: oneOf(args[1], WEBHOOK_TYPES, 'webhook type'), ...fields(options) });
      context.print(await ok(s.client.POST(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks`, { ...assemblyPath(s, args[0]), body })));
    },
  },
  {
    words: ['webhooks', 'update'], summary: 'Replace a webhook', args: ['<assemblyId>', '<webhookType>'], body: true, options: OPTIONS,
    example: 'lifeboat webhooks update 1 post-protection --target-url https://hooks.example.com/v2 --retry-attempts 5',
    async run(context, { args, options }) {
      const s = await context.session();
      const body = requestBody<'updateAwsCloudAssemblyWebhook'>(context.io, options, fields(options));
      context.print(await ok(s.client.PUT(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks/{webhookType}`, { ...typePath(s, args[0], args[1]), body })));
    },
  },
  {
    words: ['webhooks', 'delete'], summary: 'Delete a webhook', args: ['<assemblyId>', '<webhookType>'], example: 'lifeboat webhooks delete 1 post-protection',
    async run(context, { args }) {
      const s = await context.session();
      await ok(s.client.DELETE(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks/{webhookType}`, typePath(s, args[0], args[1])));
      context.note(`Webhook ${args[1]} of assembly ${args[0]} deleted`);
    },
  },
  {
    words: ['webhooks', 'deliveries'], summary: 'Every delivery attempt: status, response code, error, duration', args: ['<assemblyId>', '<webhookType>'],
    example: 'lifeboat webhooks deliveries 1 post-protection',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks/{webhookType}/deliveries`, typePath(s, args[0], args[1]))), { columns: DELIVERY_COLUMNS });
    },
  },
];
