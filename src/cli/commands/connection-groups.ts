// AWS connection groups (the Clumio-compatible /connections/aws surface): onboarding accounts through a
// CloudFormation stack. The organizational unit is the Lifeboat project (--project, else the profile's).
import { ok } from '../../client/client.ts';
import { queryOf, requestBody, type Body, type Fields } from '../api.ts';
import type { Command, Invocation, OptionSpec } from '../command.ts';
import type { Session } from '../context.ts';
import { UsageError } from '../exit-codes.ts';
import { integer, list, str } from '../input.ts';
import { col } from '../output.ts';

const count = (n: number) => n.toLocaleString('en-US');

// The account and asset types the stack installed, else the ones asked for (until the stack first reports).
const installedOrIntended = (installed: string, intended: string) => (g: any) => (g?.[installed]?.length ? g[installed] : g?.[intended]) ?? null;
const COLUMNS = [
  col('id'), { header: 'account_native_id', value: installedOrIntended('account_native_ids', 'intended_account_native_ids'), identifier: true },
  col('status'), { header: 'asset_types', value: installedOrIntended('asset_types_enabled', 'intended_asset_types') }, col('aws_regions'),
  col('ongoing_stack_operation'), col('created_timestamp'),
];

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
      all: { type: 'boolean', description: 'every group, fetched page by page (a partial page says "showing 1–100, more follow" on stderr)' },
      filter: { type: 'string', value: 'json', description: 'e.g. {"account_native_id": {"$in": ["444444444444"]}}' },
    },
    example: 'lifeboat connection-groups list --filter \'{"account_alias": {"$contains": "prod"}}\'\nlifeboat connection-groups list --all -o json',
    async run(context, { options }) {
      const s = await context.session();
      for (const other of ['limit', 'start']) if (options.all && options[other] !== undefined) throw new UsageError(`give --all or --${other}, not both`);
      const limit = integer(options.limit, '--limit');
      const get = (start?: string, size = limit) => {
        const query = queryOf<'listAwsConnectionGroups'>({ limit: size, start, filter: str(options, 'filter') });
        return ok(s.client.GET('/connections/aws/connection-groups', { params: { query }, headers: unit(s) }));
      };
      const rows = (p: any) => p._embedded?.items ?? [];
      if (!options.all) {
        const page = await get(str(options, 'start'));
        const items = rows(page);
        if (page._links?._next && items.length > 0) {
          const first = (Number(page.start) - 1) * page.limit + 1;
          context.note(`showing ${count(first)}–${count(first + items.length - 1)}, more follow (--all for every one)`);
        }
        context.print(page, { columns: COLUMNS, rows });
        return;
      }
      // Every page of the largest size; printed as one page holding every group.
      const items: unknown[] = [];
      for (let start = 1; ; start++) {
        const page = await get(String(start), 100);
        items.push(...rows(page));
        if (!page._links?._next || rows(page).length === 0) {
          const whole = { ...page, current_count: items.length, start: '1', _embedded: { items }, _links: { ...page._links, _self: page._links?._first, _next: null } };
          context.print(whole, { columns: COLUMNS, rows });
          return;
        }
      }
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
