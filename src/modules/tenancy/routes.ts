import { Type } from '@sinclair/typebox';
import type { HttpServer } from '../../platform/http/server.ts';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import { accountParams, PROJECT_ID_PATTERN } from '../../platform/http/native-params.ts';
import { Int64, iso, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { ROLES } from './permissions.ts';
import type { AccountRow, ProjectRow, ServiceAccountRow } from './repo.ts';
import type { TenancyService } from './service.ts';
import './http-auth.ts';

const ACCOUNT_EXAMPLE = { id: 2, name: 'acme', domainId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9', createdAt: '2026-12-04T14:00:00.000Z', updatedAt: '2026-12-04T14:00:00.000Z' };
const PROJECT_EXAMPLE = { accountId: 1, id: 'staging', name: 'Staging', description: 'Pre-production estate', createdAt: '2026-12-04T14:01:00.000Z', updatedAt: '2026-12-04T14:01:00.000Z' };
const SERVICE_ACCOUNT_EXAMPLE = {
  id: 2, accountId: 1, name: 'ci-deployer', role: 'operator', projects: ['default'], tokenHint: 'lb_Xk3q', instanceAdmin: false,
  createdAt: '2026-12-04T14:02:00.000Z', lastUsedAt: '2026-12-04T14:05:00.000Z',
};
const Account = Type.Object({
  id: Int64('Account ID.'), name: Type.String({ description: 'Name of the account (unique on the instance).' }),
  domainId: Type.String({ description: '32 hex characters: the account on the /v3/{domain_id} surface.' }),
  createdAt: Timestamp('When the account was created.'), updatedAt: Timestamp('When it was last changed.'),
}, { examples: [ACCOUNT_EXAMPLE] });
const Project = Type.Object({
  accountId: Int64('Account ID.'), id: Type.String({ description: 'Project ID: the path segment (…/projects/{projectId}).' }),
  name: Type.String({ description: 'Display name (the id when none was given).' }), description: Type.String({ description: 'Description (empty when none was given).' }),
  createdAt: Timestamp('When the project was created.'), updatedAt: Timestamp('When it was last changed.'),
}, { examples: [PROJECT_EXAMPLE] });
const ServiceAccount = Type.Object({
  id: Int64('Service account ID.'), accountId: Int64('Account ID.'), name: Type.String({ description: 'Name of the service account (unique in the account).' }),
  role: StringEnum(ROLES, { description: 'What its token may do: admin (everything in the account), operator (run the estate) or viewer (read only).' }),
  projects: Nullable(Type.Array(Type.String()), 'The projects its token is limited to; null: every project of the account.'),
  tokenHint: Type.String({ description: 'The first characters of the token.' }),
  instanceAdmin: Type.Boolean({ description: 'May act in every account and create accounts.' }), createdAt: Timestamp('When it was created.'),
  lastUsedAt: Nullable(Timestamp(), 'When its token was last used; null before.'),
}, { examples: [SERVICE_ACCOUNT_EXAMPLE] });
const Caller = Type.Object({
  name: Type.String({ description: "The service account's name, or instance-admin for the configured admin token." }),
  serviceAccountId: Nullable(Int64('The service account the token belongs to; null for the configured admin token.')),
  accountId: Nullable(Int64('The account the token belongs to; null for the configured admin token (it acts in every account).')),
  role: StringEnum(ROLES, { description: 'What the token may do in its account: admin, operator (run the estate) or viewer (read only).' }),
  projects: Nullable(Type.Array(Type.String(), { description: 'The projects the token is limited to; null: every project of its account.' })),
  instanceAdmin: Type.Boolean({ description: 'May act in every account and create accounts.' }),
}, { description: 'Who the credentials of this request stand for.', examples: [{ name: 'ci-deployer', serviceAccountId: 2, accountId: 1, role: 'operator', projects: ['default'], instanceAdmin: false }] });
const NewServiceAccount = Type.Intersect([ServiceAccount, Type.Object({ token: Type.String({ description: 'The bearer token (lb_…): shown once; only its hash is kept.' }) })], {
  examples: [{ ...SERVICE_ACCOUNT_EXAMPLE, lastUsedAt: null, token: 'lb_Xk3qW9v2c8bT1mZ0pL7rY4sN6dF5gH3jK2aQ1wE8uI0' }],
});

const NAME = { minLength: 3, maxLength: 50, pattern: '^[a-zA-Z][a-zA-Z0-9-]*$' };
const named = (description: string) => Type.String({ ...NAME, description: `${description}: 3–50 characters, a letter first, then letters, digits and hyphens.` });

const account = (row: AccountRow) => ({ id: row.id, name: row.name, domainId: row.domain_id, createdAt: iso(row.created_at), updatedAt: iso(row.updated_at) });
const project = (row: ProjectRow) => ({
  accountId: row.account_id, id: row.id, name: row.name, description: row.description, createdAt: iso(row.created_at), updatedAt: iso(row.updated_at),
});
const serviceAccount = (row: ServiceAccountRow) => ({
  id: row.id, accountId: row.account_id, name: row.name, role: row.role as (typeof ROLES)[number],
  projects: row.projects === null ? null : (JSON.parse(row.projects) as string[]), tokenHint: row.token_hint,
  instanceAdmin: row.instance_admin === 1, createdAt: iso(row.created_at), lastUsedAt: iso(row.last_used_at),
});

export function tenancyRoutes(tenancy: TenancyService) {
  return async function (app: HttpServer): Promise<void> {
    app.post('/accounts', {
      config: { permission: 'accounts:create', scope: 'instance', auditTarget: 'account' },
      schema: {
        operationId: 'createAccount', tags: ['tenancy'], summary: 'Create an account (instance admin)',
        description: 'A new tenant with its default project. Only the instance admin may; 409 when the name is taken. Create a service account in it next (its first admin token).',
        body: Type.Object({ name: named('Name of the account (unique on the instance)') }, { additionalProperties: false, examples: [{ name: 'acme' }] }),
        response: { 201: Account, ...nativeErrors(400, 403, 409) },
      },
    }, async (request, reply) => {
      const row = await tenancy.createAccount(request.body.name);
      request.auditTargetId = String(row.id);
      return reply.status(201).send(account(row));
    });

    app.get('/whoami', {
      config: { permission: 'accounts:read', scope: 'instance' },
      schema: {
        operationId: 'getCaller', tags: ['tenancy'], summary: 'Who the token is: its service account, role, account and projects',
        description: 'The service account, role, account and projects of the bearer token (or access key) the request carries; any valid token may ask.',
        response: { 200: Caller, ...nativeErrors() },
      },
    }, async (request) => {
      const p = request.principal!;
      return { name: p.name, serviceAccountId: p.serviceAccountId ?? null, accountId: p.accountId ?? null, role: p.role, projects: p.projects ? [...p.projects] : null, instanceAdmin: p.instanceAdmin };
    });

    app.get('/accounts', {
      config: { permission: 'accounts:read', scope: 'instance' },
      schema: {
        operationId: 'listAccounts', tags: ['tenancy'], summary: 'The accounts the token may see',
        description: 'Every account for the instance admin; its own account for any other token.', response: { 200: Type.Array(Account), ...nativeErrors(403) },
      },
    }, async (request) => (await tenancy.listAccounts(request.principal!)).map(account));

    app.get('/accounts/:accountId', {
      config: { permission: 'accounts:read', scope: 'account' },
      schema: {
        operationId: 'getAccount', tags: ['tenancy'], summary: 'Read an account', description: 'One account, with its domainId (the /v3 surface\'s name for it).',
        params: accountParams(), response: { 200: Account, ...nativeErrors(403, 404) },
      },
    }, async (request) => account(await tenancy.getAccount(request.params.accountId)));

    app.post('/accounts/:accountId/projects', {
      config: { permission: 'projects:create', scope: 'account', auditTarget: 'project' },
      schema: {
        operationId: 'createProject', tags: ['tenancy'], params: accountParams(), summary: 'Create a project in the account',
        description: 'A project holds cloud connections, assemblies, policies, protections and recoveries apart from the other projects. 409 ID_TAKEN when the id is used in the account.',
        body: Type.Object({
          id: Type.String({ pattern: PROJECT_ID_PATTERN, description: 'Project ID, used in paths: 2–63 lower-case letters, digits and hyphens, not starting with a hyphen.' }),
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Display name, 1–100 characters. Default: the id.' })),
          description: Type.Optional(Type.String({ maxLength: 1000, description: 'Free text, up to 1000 characters. Default empty.' })),
        }, { additionalProperties: false, examples: [{ id: 'staging', name: 'Staging', description: 'Pre-production estate' }] }),
        response: { 201: Project, ...nativeErrors(400, 403, 404, 409) },
      },
    }, async (request, reply) => {
      const row = await tenancy.createProject(request.params.accountId, request.body);
      request.auditTargetId = row.id;
      return reply.status(201).send(project(row));
    });

    app.get('/accounts/:accountId/projects', {
      config: { permission: 'projects:read', scope: 'account' },
      schema: {
        operationId: 'listProjects', tags: ['tenancy'], summary: "The account's projects", description: 'Every project of the account; a token limited to some projects sees those only.',
        params: accountParams(), response: { 200: Type.Array(Project), ...nativeErrors(403, 404) },
      },
    }, async (request) => (await tenancy.listProjects(request.principal!, request.params.accountId)).map(project));

    app.post('/accounts/:accountId/service-accounts', {
      config: { permission: 'service-accounts:create', scope: 'account', auditTarget: 'service-account' },
      schema: {
        operationId: 'createServiceAccount', tags: ['tenancy'], summary: 'Create an API token with a role; the token is shown once',
        description: 'A service account is a named bearer token (Authorization: Bearer lb_…) with a role, for the whole account or limited to some projects. The token is in this answer only; '
          + 'only its hash is kept. 409 NAME_TAKEN when the name is used in the account.',
        params: accountParams(),
        body: Type.Object({
          name: named('Name of the service account (unique in the account)'),
          role: StringEnum(ROLES, { description: 'admin (everything in the account), operator (run the estate: connections, assemblies, protections, recoveries) or viewer (read only).' }),
          projects: Type.Optional(Type.Array(Type.String({ pattern: PROJECT_ID_PATTERN }), {
            minItems: 1, maxItems: 100, uniqueItems: true, description: 'Limit the token to these projects (1–100). Default: every project of the account.',
          })),
        }, { additionalProperties: false, examples: [{ name: 'ci-deployer', role: 'operator', projects: ['default'] }] }),
        response: { 201: NewServiceAccount, ...nativeErrors(400, 403, 404, 409) },
      },
    }, async (request, reply) => {
      const { serviceAccount: row, token } = await tenancy.createServiceAccount(request.params.accountId, request.body);
      request.auditTargetId = String(row.id);
      return reply.status(201).send({ ...serviceAccount(row), token });
    });

    app.get('/accounts/:accountId/service-accounts', {
      config: { permission: 'service-accounts:read', scope: 'account' },
      schema: {
        operationId: 'listServiceAccounts', tags: ['tenancy'], summary: "The account's service accounts (never their tokens)",
        description: 'Every service account of the account, with its role, projects and when its token was last used.',
        params: accountParams(), response: { 200: Type.Array(ServiceAccount), ...nativeErrors(403, 404) },
      },
    }, async (request) => (await tenancy.listServiceAccounts(request.params.accountId)).map(serviceAccount));

    app.get('/accounts/:accountId/service-accounts/:id', {
      config: { permission: 'service-accounts:read', scope: 'account' },
      schema: {
        operationId: 'getServiceAccount', tags: ['tenancy'], summary: 'Read a service account', description: 'One service account, without its token.',
        params: accountParams({ id: Int64('Service account ID.') }), response: { 200: ServiceAccount, ...nativeErrors(403, 404) },
      },
    }, async (request) => serviceAccount(await tenancy.getServiceAccount(request.params.accountId, request.params.id)));

    app.delete('/accounts/:accountId/service-accounts/:id', {
      config: { permission: 'service-accounts:delete', scope: 'account', auditTarget: 'service-account' },
      schema: {
        operationId: 'deleteServiceAccount', tags: ['tenancy'], summary: 'Revoke a token',
        description: 'Deletes the service account: its token and access keys stop working at once. Only the instance admin may delete an instance-admin one.',
        params: accountParams({ id: Int64('Service account ID.') }), response: { 204: Type.Null({ description: 'Deleted' }), ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => {
      await tenancy.deleteServiceAccount(request.principal!, request.params.accountId, request.params.id);
      return reply.status(204).send(null);
    });
  };
}
