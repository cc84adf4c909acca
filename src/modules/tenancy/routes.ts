import { Type } from '@sinclair/typebox';
import type { HttpServer } from '../../platform/http/server.ts';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import { accountParams, PROJECT_ID_PATTERN } from '../../platform/http/native-params.ts';
import { Int64, iso, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { ROLES } from './permissions.ts';
import type { AccountRow, ProjectRow, ServiceAccountRow } from './repo.ts';
import type { TenancyService } from './service.ts';
import './http-auth.ts';

const Account = Type.Object({
  id: Int64(), name: Type.String(), domainId: Type.String({ description: '32 hex characters: the account on the /v3/{domain_id} surface.' }),
  createdAt: Timestamp(), updatedAt: Timestamp(),
});
const Project = Type.Object({
  accountId: Int64(), id: Type.String(), name: Type.String(), description: Type.String(), createdAt: Timestamp(), updatedAt: Timestamp(),
});
const ServiceAccount = Type.Object({
  id: Int64(), accountId: Int64(), name: Type.String(), role: StringEnum(ROLES),
  projects: Nullable(Type.Array(Type.String())), tokenHint: Type.String({ description: 'The first characters of the token.' }),
  instanceAdmin: Type.Boolean(), createdAt: Timestamp(), lastUsedAt: Nullable(Timestamp()),
});
const Caller = Type.Object({
  name: Type.String({ description: "The service account's name, or instance-admin for the configured admin token." }),
  serviceAccountId: Nullable(Int64('The service account the token belongs to; null for the configured admin token.')),
  accountId: Nullable(Int64('The account the token belongs to; null for the configured admin token (it acts in every account).')),
  role: StringEnum(ROLES, { description: 'What the token may do in its account: admin, operator (run the estate) or viewer (read only).' }),
  projects: Nullable(Type.Array(Type.String(), { description: 'The projects the token is limited to; null: every project of its account.' })),
  instanceAdmin: Type.Boolean({ description: 'May act in every account and create accounts.' }),
}, { description: 'Who the credentials of this request stand for.' });
const NewServiceAccount = Type.Intersect([ServiceAccount, Type.Object({ token: Type.String({ description: 'Shown once; only its hash is kept.' }) })]);

const NAME = { minLength: 3, maxLength: 50, pattern: '^[a-zA-Z][a-zA-Z0-9-]*$' };

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
        body: Type.Object({ name: Type.String(NAME) }, { additionalProperties: false }),
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
        response: { 200: Caller, ...nativeErrors() },
      },
    }, async (request) => {
      const p = request.principal!;
      return { name: p.name, serviceAccountId: p.serviceAccountId ?? null, accountId: p.accountId ?? null, role: p.role, projects: p.projects ? [...p.projects] : null, instanceAdmin: p.instanceAdmin };
    });

    app.get('/accounts', {
      config: { permission: 'accounts:read', scope: 'instance' },
      schema: { operationId: 'listAccounts', tags: ['tenancy'], response: { 200: Type.Array(Account), ...nativeErrors(403) } },
    }, async (request) => (await tenancy.listAccounts(request.principal!)).map(account));

    app.get('/accounts/:accountId', {
      config: { permission: 'accounts:read', scope: 'account' },
      schema: { operationId: 'getAccount', tags: ['tenancy'], params: accountParams(), response: { 200: Account, ...nativeErrors(403, 404) } },
    }, async (request) => account(await tenancy.getAccount(request.params.accountId)));

    app.post('/accounts/:accountId/projects', {
      config: { permission: 'projects:create', scope: 'account', auditTarget: 'project' },
      schema: {
        operationId: 'createProject', tags: ['tenancy'], params: accountParams(),
        body: Type.Object({
          id: Type.String({ pattern: PROJECT_ID_PATTERN }),
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          description: Type.Optional(Type.String({ maxLength: 1000 })),
        }, { additionalProperties: false }),
        response: { 201: Project, ...nativeErrors(400, 403, 404, 409) },
      },
    }, async (request, reply) => {
      const row = await tenancy.createProject(request.params.accountId, request.body);
      request.auditTargetId = row.id;
      return reply.status(201).send(project(row));
    });

    app.get('/accounts/:accountId/projects', {
      config: { permission: 'projects:read', scope: 'account' },
      schema: { operationId: 'listProjects', tags: ['tenancy'], params: accountParams(), response: { 200: Type.Array(Project), ...nativeErrors(403, 404) } },
    }, async (request) => (await tenancy.listProjects(request.principal!, request.params.accountId)).map(project));

    app.post('/accounts/:accountId/service-accounts', {
      config: { permission: 'service-accounts:create', scope: 'account', auditTarget: 'service-account' },
      schema: {
        operationId: 'createServiceAccount', tags: ['tenancy'], summary: 'Create an API token with a role; the token is shown once',
        params: accountParams(),
        body: Type.Object({
          name: Type.String(NAME),
          role: StringEnum(ROLES),
          projects: Type.Optional(Type.Array(Type.String({ pattern: PROJECT_ID_PATTERN }), { minItems: 1, maxItems: 100, uniqueItems: true })),
        }, { additionalProperties: false }),
        response: { 201: NewServiceAccount, ...nativeErrors(400, 403, 404, 409) },
      },
    }, async (request, reply) => {
      const { serviceAccount: row, token } = await tenancy.createServiceAccount(request.params.accountId, request.body);
      request.auditTargetId = String(row.id);
      return reply.status(201).send({ ...serviceAccount(row), token });
    });

    app.get('/accounts/:accountId/service-accounts', {
      config: { permission: 'service-accounts:read', scope: 'account' },
      schema: { operationId: 'listServiceAccounts', tags: ['tenancy'], params: accountParams(), response: { 200: Type.Array(ServiceAccount), ...nativeErrors(403, 404) } },
    }, async (request) => (await tenancy.listServiceAccounts(request.params.accountId)).map(serviceAccount));

    app.get('/accounts/:accountId/service-accounts/:id', {
      config: { permission: 'service-accounts:read', scope: 'account' },
      schema: { operationId: 'getServiceAccount', tags: ['tenancy'], params: accountParams({ id: Int64() }), response: { 200: ServiceAccount, ...nativeErrors(403, 404) } },
    }, async (request) => serviceAccount(await tenancy.getServiceAccount(request.params.accountId, request.params.id)));

    app.delete('/accounts/:accountId/service-accounts/:id', {
      config: { permission: 'service-accounts:delete', scope: 'account', auditTarget: 'service-account' },
      schema: {
        operationId: 'deleteServiceAccount', tags: ['tenancy'], summary: 'Revoke a token',
        params: accountParams({ id: Int64() }), response: { 204: Type.Null(), ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => {
      await tenancy.deleteServiceAccount(request.principal!, request.params.accountId, request.params.id);
      return reply.status(204).send(null);
    });
  };
}
