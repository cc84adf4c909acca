// Cloud assemblies: the applications that protections, recoveries and resets act on.
import { ok } from '../../client/client.ts';
import { ASSEMBLY_STATUSES, oneOf, queryOf, requestBody } from '../api.ts';
import type { Command, Invocation } from '../command.ts';
import { UsageError } from '../exit-codes.ts';
import { intId, list, pairs, str } from '../input.ts';
import { col } from '../output.ts';
import { waitFor } from '../wait.ts';
import { LIMIT_OPTION, P, sortOptions, sortQuery, pages } from './shared.ts';

const COLUMNS = [
  col('id'), col('name'), col('status'), col('connection', 'cloudConnectionName'), col('sourceRegion'), col('replicaRegions'),
  { header: 'lastProtection', value: (a: any) => (a.lastProtection ? `${a.lastProtection.status} ${a.lastProtection.at}` : null) },
];
const RESOURCE_COLUMNS = [col('resourceId'), col('type'), col('region'), col('name')];

const FILTER_OPTIONS = {
  tag: { type: 'string', value: 'key=value', description: 'select by tag (repeatable; with --match)', multiple: true },
  match: { type: 'string', value: 'all|any', description: 'with --tag: every tag or any of them (default any)' },
  vpc: { type: 'string', value: 'vpc-id', description: 'select everything in a VPC' },
  resources: { type: 'string', value: 'ids', description: 'select these resource ids (comma-separated)', multiple: true },
  'replica-regions': { type: 'string', value: 'regions', description: 'copy snapshots to these regions', multiple: true },
} as const;

/** The resourceFilterStrategy the options describe, if they describe one. */
function filterOf(options: Invocation['options']): Record<string, unknown> | undefined {
  const given = [options.tag, options.vpc, options.resources].filter((v) => v !== undefined).length;
  if (given > 1) throw new UsageError('select by one of --tag, --vpc or --resources');
  if (options.tag !== undefined) {
    const match = str(options, 'match') ?? 'any';
    if (match !== 'all' && match !== 'any') throw new UsageError('--match must be all or any');
    return { filterType: 'tags', conditions: `match-${match}-tags`, tags: pairs(options.tag, '--tag') };
  }
  if (options.vpc !== undefined) return { filterType: 'vpc', vpcId: str(options, 'vpc') };
  if (options.resources !== undefined) return { filterType: 'manual', resourceIds: list(options.resources) };
  return undefined;
}

const path = async (context: Parameters<Command['run']>[0], id: string | undefined) => {
  const s = await context.session();
  return { s, params: { path: { ...s.project, cloudAssemblyId: intId(id, 'assembly id') } } };
};

export const assemblyCommands: Command[] = [
  {
    words: ['assemblies', 'list'], summary: "The project's cloud assemblies, with their last protection",
    options: {
      name: { type: 'string', value: 'name', description: 'only this name', multiple: true },
      status: { type: 'string', value: 'status', description: 'only this status', multiple: true },
      connection: { type: 'string', value: 'name', description: 'only those of this connection (by name)', multiple: true },
      ...sortOptions('name|cloud-type|status|created-at'), ...LIMIT_OPTION,
    },
    example: 'lifeboat assemblies list --status enabled',
    async run(context, { options }) {
      const s = await context.session();
      const query = queryOf<'listCloudAssemblies'>({ name: list(options.name), status: list(options.status), cloud_connection_name: list(options.connection), ...sortQuery(options) });
      context.print(await pages(context, options, (headers) => s.client.GET(`${P}/cloud-assemblies`, { params: { path: s.project, query }, headers })), { columns: COLUMNS });
    },
  },
  {
    words: ['assemblies', 'show'], summary: 'One assembly', args: ['<id>'],
    example: 'lifeboat assemblies show 1',
    async run(context, { args }) {
      const { s, params } = await path(context, args[0]);
      context.print(await ok(s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}`, { params })));
    },
  },
  {
    words: ['assemblies', 'create'], summary: 'Create an AWS cloud assembly', body: true,
    options: {
      name: { type: 'string', value: 'name', description: 'the name' },
      description: { type: 'string', value: 'text', description: 'description' },
      connection: { type: 'string', value: 'id', description: 'the cloud connection id' },
      'source-region': { type: 'string', value: 'region', description: 'where the application runs' },
      ...FILTER_OPTIONS,
      'allow-cross-region': { type: 'boolean', description: 'allow cross-region recovery' },
    },
    example: 'lifeboat assemblies create --name shop --connection 1 --source-region us-east-1 \\\n  --tag app=shop --replica-regions us-west-2 --allow-cross-region',
    async run(context, { options }) {
      const s = await context.session();
      const body = requestBody<'createAwsCloudAssembly'>(context.io, options, {
        name: str(options, 'name'), description: str(options, 'description'),
        cloudConnectionId: options.connection === undefined ? undefined : intId(str(options, 'connection'), '--connection'),
        sourceRegion: str(options, 'source-region'), resourceFilterStrategy: filterOf(options),
        replicaRegions: list(options['replica-regions']), allowCrossRegionRecovery: options['allow-cross-region'],
      });
      context.print(await ok(s.client.POST(`${P}/aws/cloud-assemblies`, { params: { path: s.project }, body })));
    },
  },
  {
    words: ['assemblies', 'update'], summary: 'Rename or describe an assembly', args: ['<id>'], body: true,
    options: { name: { type: 'string', value: 'name', description: 'the new name' }, description: { type: 'string', value: 'text', description: 'the new description' } },
    example: 'lifeboat assemblies update 1 --name shop-prod',
    async run(context, { args, options }) {
      const { s, params } = await path(context, args[0]);
      const body = requestBody<'updateAwsCloudAssemblyGeneralInformation'>(context.io, options, { name: str(options, 'name'), description: str(options, 'description') });
      context.print(await ok(s.client.PUT(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/general-information`, { params, body })));
    },
  },
  {
    words: ['assemblies', 'set-resources'], summary: "Change an assembly's selection (and replica regions)", args: ['<id>'], body: true, options: FILTER_OPTIONS,
    example: 'lifeboat assemblies set-resources 1 --tag app=shop --tag tier=web --match all',
    async run(context, { args, options }) {
      const { s, params } = await path(context, args[0]);
      const body = requestBody<'updateAwsCloudAssemblyResources'>(context.io, options, { resourceFilterStrategy: filterOf(options), replicaRegions: list(options['replica-regions']) });
      context.print(await ok(s.client.PUT(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/resources`, { params, body })));
    },
  },
  {
    words: ['assemblies', 'set-status'], summary: 'enabled or disabled', args: ['<id>', '<status>'],
    example: 'lifeboat assemblies set-status 1 disabled',
    async run(context, { args }) {
      const { s, params } = await path(context, args[0]);
      context.print(await ok(s.client.PUT(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/status`, { params, body: { status: oneOf(args[1], ASSEMBLY_STATUSES, 'status') } })));
    },
  },
  {
    words: ['assemblies', 'resources'], summary: 'What the selection picks right now, with dependency warnings', args: ['<id>'],
    example: 'lifeboat assemblies resources 1',
    async run(context, { args }) {
      const { s, params } = await path(context, args[0]);
      const preview = await ok(s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}/resources`, { params }));
      context.print(preview, {
        fields: ['resourceCount'],
        sections: [
          { title: 'Resources', rows: (d) => d.resources, columns: RESOURCE_COLUMNS },
          { title: 'Dependency warnings', rows: (d) => d.dependencyWarnings, columns: [col('resourceId'), col('missingDependency'), col('missingType')] },
        ],
      });
    },
  },
  {
    words: ['assemblies', 'delete'], summary: 'Start deleting an assembly (its snapshots are deleted)', args: ['<id>'], waits: true,
    details: '--wait ends at deleted (0), or delete-failed / delete-locked (3: statusMessage says why).',
    example: 'lifeboat assemblies delete 1 --wait',
    async run(context, { args, options }) {
      const { s, params } = await path(context, args[0]);
      const started = await ok(s.client.DELETE(`${P}/aws/cloud-assemblies/{cloudAssemblyId}`, { params }));
      if (!options.wait) return context.print(started);
      return waitFor(context, `assembly ${args[0]} delete`, async () => {
        const a = await ok(s.client.GET(`${P}/aws/cloud-assemblies/{cloudAssemblyId}`, { params }));
        const outcome = a.status === 'deleted' ? 'success' : a.status === 'delete-failed' || a.status === 'delete-locked' ? 'failed' : undefined;
        return { state: a, progress: { phase: a.status, message: a.statusMessage, outcome } };
      }, options, (a) => context.print(a), (a) => (a.status === 'deleted' ? `deleted: assembly "${a.name}" and its snapshots` : a.status));
    },
  },
];
