// Network cloud connections (the Cloud Connect v3 surface, /v3/{domain_id}/ccaas): cloud connections,
// network instances, bandwidth packages and inter-region bandwidths. The token goes as X-Auth-Token (see
// context.ts); {domain_id} is the account's domainId. Bodies are wrapped as the dialect wants:
// {"cloud_connection": {…}}; json/yaml print the answers whole.
import { ok } from '../../client/client.ts';
import type { Command, Invocation, OptionSpec } from '../command.ts';
import type { Context } from '../context.ts';
import { bodyOf, integer, list, pairs, str } from '../input.ts';
import { col, type Column } from '../output.ts';
import { UsageError } from '../exit-codes.ts';
import { defined } from './shared.ts';

const PAGE = 1000;
const count = (n: number) => n.toLocaleString('en-US');

interface Resource {
  /** The command word and path segment: cloud-connections. */
  readonly noun: string;
  /** The body's wrapper: cloud_connection (lists: cloud_connections). */
  readonly key: string;
  readonly columns: readonly Column[];
  readonly filters: readonly string[];
  /** Create options → body fields. */
  readonly create: Readonly<Record<string, OptionSpec & { field: string; kind?: 'list' | 'int' | 'tags' }>>;
  readonly update: readonly string[];
  readonly example: string;
}

const common = {
  name: { type: 'string', value: 'name', description: 'the name', field: 'name' },
  description: { type: 'string', value: 'text', description: 'description', field: 'description' },
} as const;

const RESOURCES: readonly Resource[] = [
  {
    noun: 'cloud-connections', key: 'cloud_connection', filters: ['id', 'name', 'status', 'enterprise_project_id', 'used_scene'],
    columns: [col('id'), col('name'), col('status'), col('instances', 'network_instance_number'), col('packages', 'bandwidth_package_number'), col('bandwidths', 'inter_region_bandwidth_number'), col('tags')],
    create: { ...common, 'enterprise-project': { type: 'string', value: 'id', description: 'the project ("0" = default)', field: 'enterprise_project_id' }, tag: { type: 'string', value: 'key=value', description: 'a tag', multiple: true, field: 'tags', kind: 'tags' } },
    update: ['name', 'description'],
    example: 'lifeboat network cloud-connections create --name backbone --tag env=prod',
  },
  {
    noun: 'network-instances', key: 'network_instance', filters: ['id', 'name', 'status', 'type', 'cloud_connection_id', 'region_id', 'instance_id'],
    columns: [col('id'), col('name'), col('type'), col('instance_id'), col('region_id'), col('cidrs'), col('cloud_connection_id'), col('status')],
    create: {
      ...common, type: { type: 'string', value: 'vpc|vgw', description: 'the instance type', field: 'type' },
      'instance-id': { type: 'string', value: 'id', description: 'the VPC or gateway', field: 'instance_id' },
      'project-id': { type: 'string', value: 'id', description: "the region's project id", field: 'project_id' },
      region: { type: 'string', value: 'region', description: 'its region', field: 'region_id' },
      'cloud-connection': { type: 'string', value: 'id', description: 'the cloud connection to load it into', field: 'cloud_connection_id' },
      cidrs: { type: 'string', value: 'cidrs', description: 'its CIDR blocks (comma-separated)', multiple: true, field: 'cidrs', kind: 'list' },
    },
    update: ['name', 'description', 'cidrs'],
    example: 'lifeboat network network-instances create --type vpc --instance-id vpc-1 --project-id p1 --region cn-north-4 \\\n  --cloud-connection <id> --cidrs 10.0.0.0/16',
  },
  {
    noun: 'bandwidth-packages', key: 'bandwidth_package', filters: ['id', 'name', 'status', 'enterprise_project_id', 'billing_mode', 'resource_id'],
    columns: [col('id'), col('name'), col('local_area_id'), col('remote_area_id'), col('bandwidth'), col('billing_mode'), col('resource_id'), col('status')],
    create: {
      ...common, 'local-area': { type: 'string', value: 'area', description: 'local area', field: 'local_area_id' },
      'remote-area': { type: 'string', value: 'area', description: 'remote area', field: 'remote_area_id' },
      'charge-mode': { type: 'string', value: 'mode', description: 'charge mode (bandwidth)', field: 'charge_mode' },
      'billing-mode': { type: 'string', value: 'mode', description: 'billing mode', field: 'billing_mode' },
      bandwidth: { type: 'string', value: 'mbit/s', description: 'bandwidth', field: 'bandwidth', kind: 'int' },
      'project-id': { type: 'string', value: 'id', description: 'project id', field: 'project_id' },
    },
    update: ['name', 'description', 'bandwidth', 'billing-mode'],
    example: 'lifeboat network bandwidth-packages create --name bp1 --local-area Chinese-Mainland --remote-area Chinese-Mainland \\\n  --charge-mode bandwidth --billing-mode 3 --bandwidth 10 --project-id p1',
  },
  {
    noun: 'inter-region-bandwidths', key: 'inter_region_bandwidth', filters: ['id', 'cloud_connection_id', 'bandwidth_package_id'],
    columns: [col('id'), col('name'), col('cloud_connection_id'), col('bandwidth_package_id'), col('bandwidth'), { header: 'regions', value: (r: any) => (r.inter_regions ?? []).map((x: any) => `${x.local_region_id}-${x.remote_region_id}`).join(',') || null }],
    create: {
      ...common, 'cloud-connection': { type: 'string', value: 'id', description: 'the cloud connection', field: 'cloud_connection_id' },
      'bandwidth-package': { type: 'string', value: 'id', description: 'a package bound to it', field: 'bandwidth_package_id' },
      bandwidth: { type: 'string', value: 'mbit/s', description: 'bandwidth', field: 'bandwidth', kind: 'int' },
      regions: { type: 'string', value: 'r1,r2', description: 'the two regions', multiple: true, field: 'inter_region_ids', kind: 'list' },
    },
    update: ['name', 'description', 'bandwidth'],
    example: 'lifeboat network inter-region-bandwidths create --cloud-connection <id> --bandwidth-package <id> --bandwidth 5 \\\n  --regions cn-north-4,cn-east-3',
  },
];

/** The /v3 paths are built per resource here, so they are called through the client untyped. */
type Loose = Record<'GET' | 'POST' | 'PUT' | 'DELETE', (path: string, init: object) => Promise<{ data?: any; error?: unknown; response: Response }>>;

async function v3(context: Context) {
  const s = await context.session();
  const domain_id = await s.domainId();
  return { client: s.client as unknown as Loose, domain_id };
}

function fieldsOf(resource: Resource, options: Invocation['options'], only?: readonly string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(resource.create)) {
    if (only && !only.includes(name)) continue;
    const value = options[name];
    if (value === undefined) continue;
    fields[spec.field] = spec.kind === 'list' ? list(value) : spec.kind === 'int' ? integer(value, `--${name}`) : spec.kind === 'tags' ? pairs(value, `--${name}`) : value;
  }
  return fields;
}

/** --body/--file give the inner object; the wrapper is added unless the body already has it. */
function wrapped(context: Context, resource: Resource, options: Invocation['options'], fields: Record<string, unknown>) {
  const body = bodyOf(context.io, options);
  const inner = (body[resource.key] as Record<string, unknown> | undefined) ?? body;
  return { [resource.key]: { ...inner, ...fields } };
}

/** json/yaml: the answer whole; table: the resource inside it. */
function show(context: Context, r: Resource, answer: any): void {
  context.print(context.format === 'table' ? answer?.[r.key] ?? answer : answer);
}

function commandsFor(r: Resource): Command[] {
  const words = (verb: string) => ['network', r.noun, verb];
  const base = `/v3/{domain_id}/ccaas/${r.noun}`;
  const filterOptions = Object.fromEntries(r.filters.map((f) => [f.replace(/_/g, '-'), { type: 'string', value: 'value', description: `only this ${f}`, multiple: true } as OptionSpec]));
  const updateOptions = Object.fromEntries(r.update.map((name) => [name, r.create[name]!]));
  const commands: Command[] = [
    {
      words: words('list'), summary: `The ${r.noun.replace(/-/g, ' ')}`,
      options: {
        ...filterOptions, limit: { type: 'string', value: 'n', description: '1–1000' }, marker: { type: 'string', value: 'id', description: 'page after this id' },
        all: { type: 'boolean', description: 'every one, fetched page by page (a partial page says "showing 1–100, more follow" on stderr)' },
      },
      example: `lifeboat network ${r.noun} list --limit 50\nlifeboat network ${r.noun} list --all -o json`,
      async run(context, { options }) {
        const { client, domain_id } = await v3(context);
        for (const other of ['limit', 'marker']) if (options.all && options[other] !== undefined) throw new UsageError(`give --all or --${other}, not both`);
        const filters = Object.fromEntries(r.filters.map((f) => [f, list(options[f.replace(/_/g, '-')])]));
        const get = (limit: number | undefined, marker: string | undefined) =>
          ok(client.GET(base, { params: { path: { domain_id }, query: defined({ ...filters, limit, marker }) } }));
        const rows = (a: any) => a[`${r.key}s`] ?? [];
        if (!options.all) {
          const marker = str(options, 'marker');
          const answer = await get(integer(options.limit, '--limit'), marker);
          const next = answer.page_info?.next_marker;
          const n = rows(answer).length;
          if (next && n > 0) {
            context.note(`showing ${marker === undefined ? `1–${count(n)}` : `${count(n)} after ${marker}`}, more follow (--all for every one, or --marker ${next})`);
          }
          context.print(answer, { columns: r.columns, rows });
          return;
        }
        // Every page of the largest size; printed as one page holding every item.
        const items: unknown[] = [];
        for (let marker: string | undefined; ;) {
          const answer = await get(PAGE, marker);
          items.push(...rows(answer));
          marker = answer.page_info?.next_marker;
          if (!marker || rows(answer).length === 0) {
            context.print({ ...answer, [`${r.key}s`]: items, page_info: { current_count: items.length } }, { columns: r.columns, rows });
            return;
          }
        }
      },
    },
    {
      words: words('show'), summary: `One of the ${r.noun.replace(/-/g, ' ')}`, args: ['<id>'], example: `lifeboat network ${r.noun} show <id>`,
      async run(context, { args }) {
        const { client, domain_id } = await v3(context);
        show(context, r, await ok(client.GET(`${base}/{id}`, { params: { path: { domain_id, id: args[0]! } } })));
      },
    },
    {
      words: words('create'), summary: `Create one of the ${r.noun.replace(/-/g, ' ')}`, body: true, options: r.create, example: r.example,
      async run(context, { options }) {
        const { client, domain_id } = await v3(context);
        show(context, r, await ok(client.POST(base, { params: { path: { domain_id } }, body: wrapped(context, r, options, fieldsOf(r, options)) })));
      },
    },
    {
      words: words('update'), summary: `Update ${r.update.join(', ')}`, args: ['<id>'], body: true,
      options: { ...updateOptions, 'if-match': { type: 'string', value: 'etag', description: 'refuse (412) if it changed since this ETag' } },
      example: `lifeboat network ${r.noun} update <id> --name renamed`,
      async run(context, { args, options }) {
        const { client, domain_id } = await v3(context);
        const headers = options['if-match'] ? { 'if-match': str(options, 'if-match') } : {};
        show(context, r, await ok(client.PUT(`${base}/{id}`, { params: { path: { domain_id, id: args[0]! } }, body: wrapped(context, r, options, fieldsOf(r, options, r.update)), headers })));
      },
    },
    {
      words: words('delete'), summary: `Delete one of the ${r.noun.replace(/-/g, ' ')}`, args: ['<id>'], example: `lifeboat network ${r.noun} delete <id>`,
      async run(context, { args }) {
        const { client, domain_id } = await v3(context);
        await ok(client.DELETE(`${base}/{id}`, { params: { path: { domain_id, id: args[0]! } } }));
        context.note(`${r.key.replace(/_/g, ' ')} ${args[0]} deleted`);
      },
    },
  ];
  return commands;
}

function tagCommand(verb: 'tag' | 'untag'): Command {
  return {
    words: ['network', 'cloud-connections', verb], summary: verb === 'tag' ? 'Add or replace tags' : 'Remove tags', args: ['<id>', '<key=value|key>...'],
    example: verb === 'tag' ? 'lifeboat network cloud-connections tag <id> env=prod team=net' : 'lifeboat network cloud-connections untag <id> env',
    async run(context, { args }) {
      const { client, domain_id } = await v3(context);
      const tags = args.slice(1).map((t) => (t.includes('=') ? { key: t.slice(0, t.indexOf('=')), value: t.slice(t.indexOf('=') + 1) } : { key: t }));
      await ok(client.POST(`/v3/{domain_id}/ccaas/cloud-connections/{id}/${verb}`, { params: { path: { domain_id, id: args[0]! } }, body: { tags } }));
      context.note(`${verb === 'tag' ? 'Tagged' : 'Untagged'} ${args[0]}`);
    },
  };
}

function bindCommand(verb: 'associate' | 'disassociate'): Command {
  return {
    words: ['network', 'bandwidth-packages', verb], summary: `${verb === 'associate' ? 'Bind' : 'Unbind'} a bandwidth package ${verb === 'associate' ? 'to' : 'from'} a cloud connection`,
    args: ['<packageId>', '<cloudConnectionId>'], example: `lifeboat network bandwidth-packages ${verb} <package id> <cloud connection id>`,
    async run(context, { args }) {
      const { client, domain_id } = await v3(context);
      const body = { bandwidth_package: { resource_id: args[1], resource_type: 'cloud_connection' } };
      show(context, RESOURCES[2]!, await ok(client.POST(`/v3/{domain_id}/ccaas/bandwidth-packages/{id}/${verb}`, { params: { path: { domain_id, id: args[0]! } }, body })));
    },
  };
}

export const networkCommands: Command[] = [...RESOURCES.flatMap(commandsFor), tagCommand('tag'), tagCommand('untag'), bindCommand('associate'), bindCommand('disassociate')];
