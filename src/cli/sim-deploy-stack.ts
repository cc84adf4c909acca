// `lifeboat sim deploy-stack` and `lifeboat sim faults`: the simulated cloud's controls (instance admin),
// through POST /api/v1/sim/stacks and /api/v1/sim/faults.
import fs from 'node:fs';
import path from 'node:path';
import { createLifeboatClient, ok } from '../client/client.ts';
import { httpFetch } from './http-fetch.ts';
import { requestBody } from './api.ts';
import type { Command } from './command.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import { integer, intId, list, str } from './input.ts';
import { col } from './output.ts';
import { readProfiles } from './profiles.ts';
import { chooseServer, originOf } from './server.ts';

const deployStack: Command = {
  words: ['sim', 'deploy-stack'], args: ['<deployment_template_url>'],
  summary: "Play CloudFormation for a connection group on the simulated cloud: create its role, call post-process",
  options: {
    'fail-accounts': { type: 'string', value: 'ids', description: 'comma-separated accounts where the stack fails' },
    'fail-regions': { type: 'string', value: 'names', description: 'comma-separated regions where the stack fails' },
    accounts: { type: 'string', value: 'ids', description: "deploy to these accounts instead of the template's" },
    'stack-name': { type: 'string', value: 'name', description: 'default lifeboat-connection-group-<id prefix>' },
    delete: { type: 'boolean', description: 'delete the stack (the master stack last: the group is deleted)' },
    'lost-callback': { type: 'boolean', description: "the stack runs but its calls to post-process are lost (the stack-status check recovers them)" },
  },
  details: `The server is --url, else LIFEBOAT_URL, else the profile's (never the template URL's host). The token (an
instance admin's) is --token, else LIFEBOAT_TOKEN, else <LIFEBOAT_DATA_DIR>/admin-token (./data), else the profile's.
Exits 1 when a post-process call was refused.`,
  example: "lifeboat sim deploy-stack 'http://127.0.0.1:8080/connections/aws/connection-groups/<id>/template?v=1' --url http://127.0.0.1:8080 --fail-regions eu-west-1",
  async run(context, { args, options }) {
    const { env } = context.io;
    const templateUrl = args[0]!;
    const templateOrigin = originOf(templateUrl, 'the deployment_template_url');
    const tokenFile = path.join(env.LIFEBOAT_DATA_DIR || './data', 'admin-token');
    const profile = readProfiles(env).profiles[context.profileName] ?? {};
    // The template URL is an argument, not a server: taking its origin as one would send the admin token
    // to whichever host the URL names.
    const { url: server, token } = chooseServer(options, env, profile, context.profileName,
      () => (fs.existsSync(tokenFile) ? fs.readFileSync(tokenFile, 'utf8').trim() : undefined));
    if (!server) throw new UsageError('no server: pass --url, set LIFEBOAT_URL, or lifeboat login', `for this template that is probably --url ${templateOrigin}`);
    if (!token) throw new UsageError(`no token: pass --token, set LIFEBOAT_TOKEN, or run where ${tokenFile} exists`);
    const client = createLifeboatClient({ baseUrl: server, token, fetch: httpFetch as typeof fetch });
    const answer = await ok(client.POST('/api/v1/sim/stacks', {
      body: {
        templateUrl, delete: Boolean(options.delete), lostCallback: Boolean(options['lost-callback']), stackName: str(options, 'stack-name'),
        accounts: list(options.accounts), failAccounts: list(options['fail-accounts']), failRegions: list(options['fail-regions']),
      },
    }));
    if (context.format !== 'table') context.print(answer);
    else {
      context.io.stdout.write(`Stack ${answer.stackName} (template version ${answer.templateVersion}):\n`);
      for (const instance of answer.instances) {
        const callbacks = instance.postProcess.map((p: { statusCode: number; body: any }) =>
          `post-process ${p.statusCode} ${p.body?.status ?? p.body?.errors?.[0]?.error_message ?? ''}`.trim()).join('; ');
        context.io.stdout.write(`  ${instance.accountId} ${instance.region}: ${instance.requestType} → ${instance.status}; ${callbacks || 'callback lost'}\n`);
      }
    }
    return answer.instances.every((i: { postProcess: Array<{ statusCode: number }> }) => i.postProcess.every((p) => p.statusCode < 300)) ? EXIT.ok : EXIT.error;
  },
};

export const simCommands: Command[] = [
  deployStack,
  {
    words: ['sim', 'faults', 'list'], summary: "The simulated cloud's injected faults (instance admin)", example: 'lifeboat sim faults list',
    async run(context) {
      const { client } = await context.session();
      context.print(await ok(client.GET('/api/v1/sim/faults')), { columns: [col('id'), col('operation'), col('match'), col('errorCode'), col('remaining'), col('latencyMs')] });
    },
  },
  {
    words: ['sim', 'faults', 'add'], summary: 'Make simulated cloud calls fail or slow down (instance admin)', body: true,
    options: {
      operation: { type: 'string', value: 'op', description: 'verify, discover, snapshot, copySnapshot, deleteSnapshot, recreate, deleteResource, …' },
      'error-code': { type: 'string', value: 'code', description: 'the AWS error code to fail with (none: only latency)' },
      count: { type: 'string', value: 'n', description: 'how many calls it hits (default: until removed)' },
      'latency-ms': { type: 'string', value: 'ms', description: 'extra latency per hit' },
      resource: { type: 'string', value: 'id', description: 'only calls about this resource' },
    },
    example: 'lifeboat sim faults add --operation snapshot --error-code InternalError --resource vol-0shopdata1',
    async run(context, { options }) {
      const { client } = await context.session();
      const body = requestBody<'createSimFault'>(context.io, options, {
        operation: str(options, 'operation'), errorCode: str(options, 'error-code'), count: integer(options.count, '--count'),
        latencyMs: integer(options['latency-ms'], '--latency-ms'), match: options.resource !== undefined ? { resourceId: str(options, 'resource') } : undefined,
      });
      context.print(await ok(client.POST('/api/v1/sim/faults', { body })));
    },
  },
  {
    words: ['sim', 'faults', 'remove'], summary: 'Remove an injected fault', args: ['<faultId>'], example: 'lifeboat sim faults remove 3',
    async run(context, { args }) {
      const { client } = await context.session();
      await ok(client.DELETE('/api/v1/sim/faults/{faultId}', { params: { path: { faultId: intId(args[0], 'fault id') } } }));
      context.note(`Fault ${args[0]} removed`);
    },
  },
];
