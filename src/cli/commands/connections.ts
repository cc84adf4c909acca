// AWS cloud connections: create, read, update, verify, sync, the inventory, the role template, delete.
import { answer, itemRange, ok } from '../../client/client.ts';
import { CONNECTION_STATUSES, oneOf, queryOf, requestBody, type Body } from '../api.ts';
import type { Command, Invocation } from '../command.ts';
import type { Context, Session } from '../context.ts';
import { UsageError } from '../exit-codes.ts';
import { boolWord, intId, list, str } from '../input.ts';
import { col } from '../output.ts';
import { waitFor, type Progress } from '../wait.ts';
import { LIMIT_OPTION, P, sortOptions, sortQuery, pages } from './shared.ts';

const COLUMNS = [col('id'), col('name'), col('status'), col('connectivity', 'connectivityStatus'), col('sync', 'syncStatus'), col('regions', 'operationalRegions'), col('awsAccountId'), col('lastSync')];
const RESOURCE_COLUMNS = [col('resourceId'), col('type'), col('region'), col('name'), col('tags')];

type Connection = Awaited<ReturnType<typeof getConnection>>;

function getConnection(s: Session, id: number) {
  return ok(s.client.GET(`${P}/aws/cloud-connections/{id}`, { params: { path: { ...s.project, id } } }));
}

const ACCESS_OPTIONS = {
  'role-arn': { type: 'string', value: 'arn', description: 'access by this IAM role (Lifeboat generates the external id)' },
  'access-key-id': { type: 'string', value: 'id', description: 'access by an access key pair instead (with --secret-access-key)' },
  'secret-access-key': { type: 'string', value: 'secret', description: 'the key pair\'s secret (better: in --file)' },
} as const;

function accessMethod(options: Invocation['options']): Body<'createAwsCloudConnection'>['accessMethod'] | undefined {
  if (options['role-arn'] !== undefined && options['access-key-id'] !== undefined) throw new UsageError('give --role-arn or --access-key-id, not both');
  if (options['role-arn'] !== undefined) return { type: 'iam-role', roleArn: str(options, 'role-arn')! };
  if (options['access-key-id'] !== undefined) return { type: 'access-key', accessKeyId: str(options, 'access-key-id')!, secretAccessKey: str(options, 'secret-access-key') ?? '' };
  return undefined;
}

/** The progress of a connection for each long operation, and whether (and how) it has ended. */
const PROGRESS: Record<'verify' | 'sync' | 'delete', (c: Connection) => Progress> = {
  verify: (c) => ({
    phase: c.connectivityStatus, message: c.connectivityMessage,
    outcome: c.connectivityStatus === 'pending' ? undefined : c.connectivityStatus === 'success' ? 'success' : 'failed',
  }),
  sync: (c) => ({
    phase: c.syncStatus, message: c.syncMessage,
    outcome: c.syncStatus === 'idle' ? 'success' : c.syncStatus === 'failed' ? 'failed' : undefined,
  }),
  delete: (c) => ({
    phase: c.status, message: c.statusMessage,
    outcome: c.status === 'deleted' ? 'success' : c.status === 'delete-failed' || c.status === 'delete-locked' ? 'failed' : undefined,
  }),
};

async function startAndMaybeWait(context: Context, { args, options }: Invocation, kind: 'verify' | 'sync' | 'delete'): Promise<number | void> {
  const s = await context.session();
  const id = intId(args[0], 'connection id');
  const path = { params: { path: { ...s.project, id } } };
  const started = kind === 'verify' ? await ok(s.client.POST(`${P}/aws/cloud-connections/{id}/verify`, path))
    : kind === 'sync' ? await ok(s.client.POST(`${P}/aws/cloud-connections/{id}/sync`, path))
      : await ok(s.client.DELETE(`${P}/aws/cloud-connections/{id}`, path));
  if (!options.wait) return context.print(started, { fields: ['id', 'name', 'status', 'connectivityStatus', 'syncStatus', 'statusMessage'] });
  return waitFor(context, `connection ${id} ${kind}`, async () => {
    const c = await getConnection(s, id);
    return { state: c, progress: PROGRESS[kind](c) };
  }, options, (c) => context.print(c), (c, progress) => RESULT[kind](s, c, progress.outcome === 'success'));
}

/** What a finished verify, sync or delete did, in a line. */
const RESULT: Record<'verify' | 'sync' | 'delete', (s: Session, c: Connection, ok: boolean) => string | Promise<string>> = {
  verify: (_s, c, good) => (good ? `connected: ${c.connectivityMessage ?? `AWS account ${c.awsAccountId}`}` : `not connected (${c.connectivityStatus})`),
  async sync(s, c, good) {
    if (!good) return `sync failed${c.syncMessage ? `: ${c.syncMessage}` : ''}`;
    const { response } = await answer(s.client.GET(`${P}/aws/cloud-connections/{id}/resources`, { params: { path: { ...s.project, id: c.id } }, headers: { range: 'items=1-1' } }));
    const total = itemRange(response.headers.get('content-range'))?.total;
    return total === undefined ? 'synced' : `synced: ${total.toLocaleString('en-US')} resource${total === 1 ? '' : 's'}`;
  },
  delete: (_s, c, good) => (good ? 'deleted' : `not deleted (${c.status})`),
};

const WAIT_DETAILS = {
  verify: '--wait ends when connectivityStatus leaves pending: success exits 0, authentication-failed or failed exits 3.',
  sync: '--wait ends when syncStatus is idle again (0) or failed (3).',
  delete: '--wait ends at deleted (0), or delete-failed / delete-locked (3: statusMessage says why).',
};

export const connectionCommands: Command[] = [
  {
    words: ['connections', 'list'], summary: "The project's AWS cloud connections",
    options: {
      name: { type: 'string', value: 'name', description: 'only this name', multiple: true },
      status: { type: 'string', value: 'status', description: 'only this status', multiple: true },
      connectivity: { type: 'string', value: 'status', description: 'only this connectivity status', multiple: true },
      ...sortOptions('name|status|connectivity-status|created-at|updated-at|last-sync'), ...LIMIT_OPTION,
    },
    example: 'lifeboat connections list --connectivity authentication-failed -o json',
    async run(context, { options }) {
      const s = await context.session();
      const query = queryOf<'listAwsCloudConnections'>({ name: list(options.name), status: list(options.status), connectivity_status: list(options.connectivity), ...sortQuery(options) });
      context.print(await pages(context, options, (headers) => s.client.GET(`${P}/aws/cloud-connections`, { params: { path: s.project, query }, headers })), { columns: COLUMNS });
    },
  },
  {
    words: ['connections', 'show'], summary: 'One connection (deleted ones too)', args: ['<id>'],
    example: 'lifeboat connections show 1 -o yaml',
    async run(context, { args }) {
      context.print(await getConnection(await context.session(), intId(args[0], 'connection id')));
    },
  },
  {
    words: ['connections', 'create'], summary: 'Create an AWS cloud connection; it is verified, then synced, in the background', body: true,
    options: {
      name: { type: 'string', value: 'name', description: 'the name (3–50, a letter first)' },
      description: { type: 'string', value: 'text', description: 'description' },
      ...ACCESS_OPTIONS,
      regions: { type: 'string', value: 'regions', description: 'operational regions, comma-separated', multiple: true },
      services: { type: 'string', value: 'services', description: 'EC2,EBS,RDS,DynamoDB,S3,Lambda,VPC,ELB,Route53,SQS,SNS,EFS', multiple: true },
      'deletion-protection': { type: 'boolean', description: 'refuse deletion until turned off' },
    },
    example: 'lifeboat connections create --name prod-aws --role-arn arn:aws:iam::111111111111:role/LifeboatAccess \\\n  --regions us-east-1,us-west-2 --services VPC,EC2,EBS,RDS,DynamoDB,S3',
    async run(context, { options }) {
      const s = await context.session();
      const body = requestBody<'createAwsCloudConnection'>(context.io, options, {
        name: str(options, 'name'), description: str(options, 'description'), accessMethod: accessMethod(options),
        operationalRegions: list(options.regions), services: list(options.services), deletionProtection: options['deletion-protection'],
      });
      context.print(await ok(s.client.POST(`${P}/aws/cloud-connections`, { params: { path: s.project }, body })));
    },
  },
  {
    words: ['connections', 'update'], summary: 'Rename or describe a connection', args: ['<id>'], body: true,
    options: { name: { type: 'string', value: 'name', description: 'the new name' }, description: { type: 'string', value: 'text', description: 'the new description' } },
    example: 'lifeboat connections update 1 --name prod-east --description "production, east"',
    async run(context, { args, options }) {
      const s = await context.session();
      const body = requestBody<'updateAwsCloudConnectionGeneralInformation'>(context.io, options, { name: str(options, 'name'), description: str(options, 'description') });
      context.print(await ok(s.client.PUT(`${P}/aws/cloud-connections/{id}/general-information`, { params: { path: { ...s.project, id: intId(args[0], 'connection id') } }, body })));
    },
  },
  {
    words: ['connections', 'set-regions'], summary: "Replace a connection's operational regions and services", args: ['<id>'], body: true,
    options: {
      regions: { type: 'string', value: 'regions', description: 'operational regions, comma-separated', multiple: true },
      services: { type: 'string', value: 'services', description: 'services, comma-separated', multiple: true },
    },
    example: 'lifeboat connections set-regions 1 --regions us-east-1,eu-west-1 --services EC2,EBS,S3',
    async run(context, { args, options }) {
      const s = await context.session();
      const body = requestBody<'updateAwsCloudConnectionRegionsAndServices'>(context.io, options, { operationalRegions: list(options.regions), services: list(options.services) });
      context.print(await ok(s.client.PUT(`${P}/aws/cloud-connections/{id}/regions-and-services`, { params: { path: { ...s.project, id: intId(args[0], 'connection id') } }, body })));
    },
  },
  {
    words: ['connections', 'set-credentials'], summary: 'Rotate the role or key pair (verified again)', args: ['<id>'], body: true, options: ACCESS_OPTIONS,
    example: 'lifeboat connections set-credentials 1 --role-arn arn:aws:iam::111111111111:role/LifeboatAccess2',
    async run(context, { args, options }) {
      const s = await context.session();
      const body = requestBody<'updateAwsCloudConnectionCredentials'>(context.io, options, { accessMethod: accessMethod(options) });
      context.print(await ok(s.client.PUT(`${P}/aws/cloud-connections/{id}/credentials`, { params: { path: { ...s.project, id: intId(args[0], 'connection id') } }, body })));
    },
  },
  {
    words: ['connections', 'set-status'], summary: 'enabled, disabled or suspended (from delete-locked/-failed: cancels the deletion)', args: ['<id>', '<status>'],
    example: 'lifeboat connections set-status 1 disabled',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.PUT(`${P}/aws/cloud-connections/{id}/status`, { params: { path: { ...s.project, id: intId(args[0], 'connection id') } }, body: { status: oneOf(args[1], CONNECTION_STATUSES, 'status') } })));
    },
  },
  {
    words: ['connections', 'deletion-protection'], summary: 'Turn deletion protection on or off', args: ['<id>', '<on|off>'],
    example: 'lifeboat connections deletion-protection 1 off',
    async run(context, { args }) {
      const s = await context.session();
      const enabled = boolWord(args[1], 'deletion protection');
      context.print(await ok(s.client.PUT(`${P}/aws/cloud-connections/{id}/deletion-protection`, { params: { path: { ...s.project, id: intId(args[0], 'connection id') } }, body: { enabled } })));
    },
  },
  {
    words: ['connections', 'verify'], summary: 'Check connectivity again', args: ['<id>'], waits: true, details: WAIT_DETAILS.verify,
    example: 'lifeboat connections verify 1 --wait --timeout 60',
    run: (context, invocation) => startAndMaybeWait(context, invocation, 'verify'),
  },
  {
    words: ['connections', 'sync'], summary: "Discover the connection's resources", args: ['<id>'], waits: true, details: WAIT_DETAILS.sync,
    example: 'lifeboat connections sync 1 --wait',
    run: (context, invocation) => startAndMaybeWait(context, invocation, 'sync'),
  },
  {
    words: ['connections', 'delete'], summary: 'Start deleting a connection', args: ['<id>'], waits: true, details: WAIT_DETAILS.delete,
    example: 'lifeboat connections delete 1 --wait',
    run: (context, invocation) => startAndMaybeWait(context, invocation, 'delete'),
  },
  {
    words: ['connections', 'resources'], summary: 'The inventory the last sync found', args: ['<id>'],
    options: {
      region: { type: 'string', value: 'region', description: 'only this region', multiple: true },
      service: { type: 'string', value: 'service', description: 'only this service', multiple: true },
      type: { type: 'string', value: 'type', description: 'only this type (ec2:instance)', multiple: true },
      tag: { type: 'string', value: 'key[=value]', description: 'only resources with this tag', multiple: true },
      ...LIMIT_OPTION,
    },
    example: 'lifeboat connections resources 1 --tag app=shop --region us-east-1',
    async run(context, { args, options }) {
      const s = await context.session();
      const query = queryOf<'listAwsCloudConnectionResources'>({ region: list(options.region), service: list(options.service), type: list(options.type), tag: options.tag });
      const resources = await pages(context, options, (headers) => s.client.GET(`${P}/aws/cloud-connections/{id}/resources`, {
        params: { path: { ...s.project, id: intId(args[0], 'connection id') }, query }, headers,
      }));
      context.print(resources, { columns: RESOURCE_COLUMNS });
    },
  },
  {
    words: ['connections', 'template'], summary: "The connection's IAM role template (CloudFormation JSON)", args: ['<id>'],
    example: 'lifeboat connections template 1 -o json > lifeboat-role.json',
    async run(context, { args }) {
      const s = await context.session();
      const template = await ok(s.client.GET(`${P}/aws/cloud-connections/{id}/cloudformation-template`, { params: { path: { ...s.project, id: intId(args[0], 'connection id') } } }));
      // A template is only useful whole: the table format prints it as JSON too.
      context.io.stdout.write(context.format === 'yaml' ? '' : `${JSON.stringify(template, null, 2)}\n`);
      if (context.format === 'yaml') context.print(template);
    },
  },
];
