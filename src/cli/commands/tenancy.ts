// accounts, projects, service accounts, their access keys, and the audit events.
import { ok } from '../../client/client.ts';
import { queryOf, requestBody, type Fields, type Query } from '../api.ts';
import type { Command } from '../command.ts';
import { intId, list, str } from '../input.ts';
import { col } from '../output.ts';

const ACCOUNT_COLUMNS = [col('id'), col('name'), col('domainId'), col('createdAt')];
const SERVICE_ACCOUNT_COLUMNS = [col('id'), col('name'), col('role'), col('projects'), col('tokenHint'), col('lastUsedAt')];
const EVENT_COLUMNS = [col('createdAt'), col('actorName'), col('action'), col('result'), col('statusCode'), col('targetType'), col('targetId'), col('requestId')];
const EVENT_OPTIONS = {
  action: { type: 'string', value: 'action', description: 'only this action (e.g. cloud-connections:create)' },
  result: { type: 'string', value: 'result', description: 'only allowed or denied …' },
  actor: { type: 'string', value: 'actor', description: 'only this actor' },
  'account-wide': { type: 'boolean', description: "the whole account's events, not only the project's" },
} as const;

export const tenancyCommands: Command[] = [
  {
    words: ['accounts', 'list'], summary: 'The accounts the token sees (the instance admin sees all)',
    example: 'lifeboat accounts list -o json',
    async run(context) {
      const { client } = await context.session();
      context.print(await ok(client.GET('/api/v1/accounts')), { columns: ACCOUNT_COLUMNS });
    },
  },
  {
    words: ['accounts', 'show'], summary: 'One account, with its domain id (the /v3 surface)', args: ['[accountId]'],
    example: 'lifeboat accounts show 1',
    async run(context, { args }) {
      const s = await context.session();
      const accountId = args[0] ? intId(args[0], 'accountId') : s.accountId;
      context.print(await ok(s.client.GET('/api/v1/accounts/{accountId}', { params: { path: { accountId } } })));
    },
  },
  {
    words: ['accounts', 'create'], summary: 'Create an account (instance admin)', body: true,
    options: { name: { type: 'string', value: 'name', description: 'the account name' } },
    example: 'lifeboat accounts create --name acme',
    async run(context, { options }) {
      const { client } = await context.session();
      context.print(await ok(client.POST('/api/v1/accounts', { body: requestBody<'createAccount'>(context.io, options, { name: str(options, 'name') }) })));
    },
  },
  {
    words: ['projects', 'list'], summary: "The account's projects",
    example: 'lifeboat projects list --account 2',
    async run(context) {
      const s = await context.session();
      context.print(await ok(s.client.GET('/api/v1/accounts/{accountId}/projects', { params: { path: { accountId: s.accountId } } })), {
        columns: [col('id'), col('name'), col('description'), col('createdAt')],
      });
    },
  },
  {
    words: ['projects', 'create'], summary: 'Create a project', args: ['<projectId>'], body: true,
    options: { name: { type: 'string', value: 'name', description: 'display name' }, description: { type: 'string', value: 'text', description: 'description' } },
    example: 'lifeboat projects create staging --name Staging',
    async run(context, { args, options }) {
      const s = await context.session();
      const body = requestBody<'createProject'>(context.io, options, { id: args[0], name: str(options, 'name'), description: str(options, 'description') });
      context.print(await ok(s.client.POST('/api/v1/accounts/{accountId}/projects', { params: { path: { accountId: s.accountId } }, body })));
    },
  },
  {
    words: ['service-accounts', 'list'], summary: "The account's service accounts (never their tokens)",
    example: 'lifeboat service-accounts list',
    async run(context) {
      const s = await context.session();
      context.print(await ok(s.client.GET('/api/v1/accounts/{accountId}/service-accounts', { params: { path: { accountId: s.accountId } } })), { columns: SERVICE_ACCOUNT_COLUMNS });
    },
  },
  {
    words: ['service-accounts', 'show'], summary: 'One service account', args: ['<id>'],
    example: 'lifeboat service-accounts show 3',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.GET('/api/v1/accounts/{accountId}/service-accounts/{id}', { params: { path: { accountId: s.accountId, id: intId(args[0], 'id') } } })));
    },
  },
  {
    words: ['service-accounts', 'create'], summary: 'Create a service account; its token is shown once', body: true,
    options: {
      name: { type: 'string', value: 'name', description: 'the name' },
      role: { type: 'string', value: 'viewer|operator|admin', description: 'what it may do' },
      projects: { type: 'string', value: 'ids', description: 'limit it to these projects (comma-separated)', multiple: true },
    },
    example: 'lifeboat service-accounts create --name ci --role operator --projects default -o json | jq -r .token',
    async run(context, { options }) {
      const s = await context.session();
      const body = requestBody<'createServiceAccount'>(context.io, options, { name: str(options, 'name'), role: str(options, 'role'), projects: list(options.projects) });
      context.print(await ok(s.client.POST('/api/v1/accounts/{accountId}/service-accounts', { params: { path: { accountId: s.accountId } }, body })));
    },
  },
  {
    words: ['service-accounts', 'delete'], summary: 'Delete a service account: its token and access keys stop working', args: ['<id>'],
    example: 'lifeboat service-accounts delete 3',
    async run(context, { args }) {
      const s = await context.session();
      await ok(s.client.DELETE('/api/v1/accounts/{accountId}/service-accounts/{id}', { params: { path: { accountId: s.accountId, id: intId(args[0], 'id') } } }));
      context.note(`Service account ${args[0]} deleted`);
    },
  },
  {
    words: ['access-keys', 'list'], summary: "A service account's access keys (AK/SK for the /v3 surface; never the secrets)", args: ['<serviceAccountId>'],
    example: 'lifeboat access-keys list 3',
    async run(context, { args }) {
      const s = await context.session();
      context.print(await ok(s.client.GET('/api/v1/accounts/{accountId}/service-accounts/{id}/access-keys', { params: { path: { accountId: s.accountId, id: intId(args[0], 'serviceAccountId') } } })), {
        columns: [col('accessKeyId'), col('description'), col('createdAt'), col('lastUsedAt')],
      });
    },
  },
  {
    words: ['access-keys', 'create'], summary: 'Create an access key; the secret is shown once', args: ['<serviceAccountId>'], body: true,
    options: { description: { type: 'string', value: 'text', description: 'what it is for' } },
    example: 'lifeboat access-keys create 3 --description terraform -o json',
    async run(context, { args, options }) {
      const s = await context.session();
      const body = requestBody<'createAccessKey'>(context.io, options, { description: str(options, 'description') });
      context.print(await ok(s.client.POST('/api/v1/accounts/{accountId}/service-accounts/{id}/access-keys', { params: { path: { accountId: s.accountId, id: intId(args[0], 'serviceAccountId') } }, body })));
    },
  },
  {
    words: ['access-keys', 'delete'], summary: 'Revoke an access key', args: ['<serviceAccountId>', '<accessKeyId>'],
    example: 'lifeboat access-keys delete 3 AKLB0123456789ABCDEF',
    async run(context, { args }) {
      const s = await context.session();
      await ok(s.client.DELETE('/api/v1/accounts/{accountId}/service-accounts/{id}/access-keys/{accessKeyId}', { params: { path: { accountId: s.accountId, id: intId(args[0], 'serviceAccountId'), accessKeyId: args[1]! } } }));
      context.note(`Access key ${args[1]} revoked`);
    },
  },
  {
    words: ['events', 'list'], summary: "The audit trail: the project's events (or the account's)", options: EVENT_OPTIONS,
    example: 'lifeboat events list --result denied\nlifeboat events list --account-wide -o yaml',
    async run(context, { options }) {
      const s = await context.session();
      const query: Fields<Query<'listProjectEvents'>> = { action: str(options, 'action'), result: str(options, 'result'), actor: str(options, 'actor') };
      const events = options['account-wide']
        ? await ok(s.client.GET('/api/v1/accounts/{accountId}/events', { params: { path: { accountId: s.accountId }, query: queryOf<'listAccountEvents'>(query) } }))
        : await ok(s.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/events', { params: { path: s.project, query: queryOf<'listProjectEvents'>(query) } }));
      context.print(events, { columns: EVENT_COLUMNS });
    },
  },
];
