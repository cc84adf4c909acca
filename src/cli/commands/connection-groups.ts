// AWS connection groups (the Clumio-compatible /connections/aws surface): onboarding accounts through a
// CloudFormation stack. The organizational unit is the Lifeboat project (--project, else the profile's).
import { ok } from '../../client/client.ts';
import { queryOf, requestBody, type Body, type Fields } from '../api.ts';
import type { Command, Invocation, OptionSpec } from '../command.ts';
import type { Session } from '../context.ts';
import { UsageError } from '../exit-codes.ts';
import { integer, list, str } from '../input.ts';
import { col } from '../output.ts';

const COLUMNS = [col('id'), col('account_native_id'), col('status'), col('asset_types'), col('aws_regions'), col('ongoing_stack_operation'), col('created_timestamp')];

const unit = (s: Session) => ({ 'x-clumio-organizationalunit-context': s.projectId });

const OPTIONS: Record<string, OptionSpec> = {
  'asset-types': { type: 'string', value: 'types', description: 'EC2/EBS, RDS, DynamoDB, EC2MSSQL, S3 (comma-separated)', multiple: true },
  regions: { type: 'string', value: 'regions', description: 'AWS regions (comma-separated)', multiple: true },
  description: { type: 'string', value: 'text', description: 'description' },
};

const fields = (options: Invocation['options']): Fields<Body<'updateAwsConnectionGroup'>> => ({ asset_types: list(options['asset-types']), aws_regions: list(options.regions), description: str(options, 'description') });

export const connectionGroupCommands: Command[] = [
  {
    words: ['connection-groups', 'list'], summary: "The project's AWS connection groups",
    options: {
      limit: { type: 'string', value: 'n', description: 'page size, 1–100' },
      start: { type: 'string', value: 'page', description: 'the page number (1, the default, is the first)' },
      filter: { type: 'string', value: 'json', description: 'e.g. {"account_native_id": {"$in": ["444444444444"]}}' },
    },
    example: 'lifeboat connection-groups list --filter \'{"account_alias": {"$contains": "prod"}}\'',
    async run(context, { options }) {
      const s = await context.session();
      const query = queryOf<'listAwsConnectionGroups'>({ limit: integer(options.limit, '--limit'), start: str(options, 'start'), filter: str(options, 'filter') });
      const page = await ok(s.client.GET('/connections/aws/connection-groups', { params: { query }, headers: unit(s) }));
      context.print(page, { columns: COLUMNS, rows: (p: any) => p._embedded?.items ?? [] });
    },
  },
  {
    words: ['connection-groups', 'show'], summary: 'One connection group', args: ['<id>'],
    options: { 'external-id': { type: 'boolean', description: 'include the external id' } },
    example: 'lifeboat connection-groups show 5f0c… --external-id',
    async run(context, { args, options }) {
      const s = await context.session();
      const query = options['external-id'] ? { return_external_id: true } : {};
      context.print(await ok(s.client.GET('/connections/aws/connection-groups/{connection_group_id}', { params: { path: { connection_group_id: args[0]! }, query }, headers: unit(s) })));
    },
  },
  {
    words: ['connection-groups', 'create'], summary: 'Create a connection group; deploy its deployment_template_url in the account', body: true,
    options: {
      'account-native-id': { type: 'string', value: 'id', description: 'the 12-digit AWS account' },
      ...OPTIONS,
      'master-account': { type: 'string', value: 'id', description: 'the account of the master stack (default the account)' },
      'master-region': { type: 'string', value: 'region', description: 'the region of the master stack (default the first region)' },
    },
    example: 'lifeboat connection-groups create --account-native-id 444444444444 --asset-types EBS,RDS --regions us-east-1,eu-west-1\nlifeboat sim deploy-stack "<deployment_template_url>"',
    async run(context, { options }) {
      const s = await context.session();
      const body = requestBody<'createAwsConnectionGroup'>(context.io, options, {
        account_native_id: str(options, 'account-native-id'), ...fields(options),
        master_aws_account_id: str(options, 'master-account'), master_region: str(options, 'master-region'),
      });
      context.print(await ok(s.client.POST('/connections/aws/connection-groups', { body, headers: unit(s) })));
    },
  },
  {
    words: ['connection-groups', 'update'], summary: 'Change asset types, regions or description (a new template version)', args: ['<id>'], body: true,
    options: { ...OPTIONS, 'if-match': { type: 'string', value: 'etag', description: "the group's _etag (412 when stale)" } },
    example: 'lifeboat connection-groups update 5f0c… --regions us-east-1,eu-west-1,eu-central-1 --asset-types EBS,RDS',
    async run(context, { args, options }) {
      const s = await context.session();
      const body = requestBody<'updateAwsConnectionGroup'>(context.io, options, fields(options));
      const headers = { ...unit(s), ...(options['if-match'] ? { 'if-match': str(options, 'if-match')! } : {}) };
      context.print(await ok(s.client.PUT('/connections/aws/connection-groups/{connection_group_id}', { params: { path: { connection_group_id: args[0]! } }, body, headers })));
    },
  },
  {
    words: ['connection-groups', 'template'], summary: 'The CloudFormation template of a version (JSON)', args: ['<id>'],
    options: { version: { type: 'string', value: 'n', description: 'the template version (the v of deployment_template_url)' } },
    example: 'lifeboat connection-groups template 5f0c… --version 1 > stack.json',
    async run(context, { args, options }) {
      const s = await context.session();
      const version = integer(options.version, '--version');
      if (version === undefined) throw new UsageError('--version is required (the v of the deployment_template_url)');
      const template = await ok(s.client.GET('/connections/aws/connection-groups/{connection_group_id}/template', { params: { path: { connection_group_id: args[0]! }, query: { v: version } } }));
      if (context.format === 'yaml') context.print(template);
      else context.io.stdout.write(`${JSON.stringify(template, null, 2)}\n`);
    },
  },
];
