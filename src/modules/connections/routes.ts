import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { etagOf, expectedVersion } from '../../platform/http/etag.ts';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import { ListHeaders, projectParams } from '../../platform/http/native-params.ts';
import { contentRange, parseItemRange } from '../../platform/http/range.ts';
import { Int64 } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { sendIdempotent, type Idempotency } from '../../platform/idempotency/idempotency.ts';
import { IfMatchHeaders as IfMatch, registerVersionedUpdates } from '../../platform/http/versioned-updates.ts';
import '../tenancy/http-auth.ts';
import { presentConnection, presentInventory } from './presenter.ts';
import type { ConnectionRow } from './repo.ts';
import {
  Connection, ConnectionListQuery, CreateConnectionBody, CredentialsBody, DeletionProtectionBody, GeneralInformationBody,
  InventoryQuery, InventoryResource, RegionsAndServicesBody, StatusBody,
} from './schemas.ts';
import type { ConnectionsService } from './service.ts';

const BASE = '/accounts/:accountId/projects/:projectId/aws/cloud-connections';
const TAGS = ['cloud connections'];
const one = projectParams({ id: Int64('AWS cloud connection ID.') });
const IdempotencyKey = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ maxLength: 255, description: 'Any string up to 255 characters: a repeat with the same key and body (for 24 hours) answers the first connection instead of creating another.' })),
});
const SORT_COLUMNS = {
  name: 'name', status: 'status', 'connectivity-status': 'connectivity_status', 'created-at': 'created_at', 'updated-at': 'updated_at', 'last-sync': 'last_sync',
} as const;

function send(reply: FastifyReply, status: number, row: ConnectionRow) {
  return reply.status(status).header('ETag', etagOf(row.version)).send(presentConnection(row));
}

function refOf(request: { params: { accountId: number; projectId: string; id: number } }) {
  return { accountId: request.params.accountId, projectId: request.params.projectId, id: request.params.id };
}

export function connectionRoutes(connections: ConnectionsService, idempotency: Idempotency) {
  return async function (app: HttpServer): Promise<void> {
    app.post(BASE, {
      config: { permission: 'cloud-connections:create', auditTarget: 'cloud-connection' },
      schema: {
        operationId: 'createAwsCloudConnection', tags: TAGS,
        summary: 'Create an AWS cloud connection; connectivity is verified in the background (202, pending)',
        description: 'Links an AWS account: by a role Lifeboat assumes (give the role the template of GET …/{id}/template, which requires the externalId answered here) '
          + 'or by an access key. Answers 202 with connectivityStatus pending; a verification and a first sync (discovery) follow in the background. 409 NAME_TAKEN when the name is used in the project.',
        params: projectParams(), body: CreateConnectionBody, headers: IdempotencyKey,
        response: { 202: Connection, ...nativeErrors(400, 403, 404, 409) },
      },
    }, async (request, reply) => {
      const { accountId, projectId } = request.params;
      const answer = await idempotency.run({
        accountId, operation: 'createAwsCloudConnection', key: request.headers['idempotency-key'], request: { projectId, body: request.body },
      }, async () => {
        const row = await connections.create({ accountId, projectId }, request.body);
        return {
          status: 202, body: presentConnection(row),
          headers: { ETag: etagOf(row.version), Location: `/api/v1/accounts/${accountId}/projects/${projectId}/aws/cloud-connections/${row.id}` },
        };
      });
      return sendIdempotent(request, reply, answer);
    });

    app.get(BASE, {
      config: { permission: 'cloud-connections:read' },
      schema: {
        operationId: 'listAwsCloudConnections', tags: TAGS, summary: 'List cloud connections (Range: items=1-100)',
        description: 'The project\'s cloud connections, paged by the Range header (items=1-100 by default, at most 1000; Content-Range gives the total), filtered by name, status and connectivity status, '
          + 'sorted by sort_by and sort_order. Deleted connections are left out unless status=deleted is asked for.',
        params: projectParams(), querystring: ConnectionListQuery, headers: ListHeaders,
        response: { 200: Type.Array(Connection), ...nativeErrors(400, 403, 404) },
      },
    }, async (request, reply) => {
      const range = parseItemRange(request.headers.range);
      const q = request.query;
      const { rows, total } = await connections.list({
        accountId: request.params.accountId, projectId: request.params.projectId,
        name: q.name, statuses: q.status, connectivityStatuses: q.connectivity_status, condition: q.filter_condition ?? 'and',
        sortBy: SORT_COLUMNS[q.sort_by ?? 'created-at'], sortOrder: q.sort_order ?? 'asc',
      }, range);
      reply.header('Content-Range', contentRange(range, rows.length, total));
      return rows.map(presentConnection);
    });

    app.get(`${BASE}/:id`, {
      config: { permission: 'cloud-connections:read' },
      schema: {
        operationId: 'getAwsCloudConnection', tags: TAGS, summary: 'Read a cloud connection (deleted ones too)',
        description: 'One cloud connection, deleted ones included, with its ETag (If-Match on a write). Secrets are never returned.',
        params: one, response: { 200: Connection, ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => send(reply, 200, await connections.get(refOf(request))));

    app.delete(`${BASE}/:id`, {
      config: { permission: 'cloud-connections:delete', auditTarget: 'cloud-connection' },
      schema: {
        operationId: 'deleteAwsCloudConnection', tags: TAGS,
        summary: 'Start deleting a cloud connection (202: delete-pending, or delete-locked while deletion protection is on)',
        description: 'Starts the deletion in the background: delete-pending, delete-in-progress, then deleted (still readable, its secret erased, its name free). '
          + 'With deletion protection on it stops at delete-locked; while an assembly uses the connection it stops at delete-locked with statusMessage saying which.',
        params: one, headers: IfMatch, response: { 202: Connection, ...nativeErrors(403, 404, 409, 412) },
      },
    }, async (request, reply) =>
      send(reply, 202, await connections.requestDeletion(refOf(request), expectedVersion(request.headers['if-match']))));

    type Params = { accountId: number; projectId: string; id: number };
    registerVersionedUpdates(app, {
      base: `${BASE}/:id`, tags: TAGS, params: one, response: Connection, present: presentConnection,
      permission: 'cloud-connections:update', auditTarget: 'cloud-connection',
      updates: [
        {
          path: 'general-information', operationId: 'updateAwsCloudConnectionGeneralInformation', body: GeneralInformationBody,
          summary: 'Update general information (name, description) of an AWS cloud connection',
          description: 'Renames the connection or changes its description (an absent description is kept). If-Match with its ETag makes the write conditional (412 when it moved on).',
          apply: (p, body, version) => connections.updateGeneralInformation(refOf({ params: p }), body, version),
        },
        {
          path: 'regions-and-services', operationId: 'updateAwsCloudConnectionRegionsAndServices', body: RegionsAndServicesBody,
          summary: 'Change the operational regions and services',
          description: 'Sets the regions and services Lifeboat may use; the next sync discovers accordingly. 409 while the connection is being deleted or is deleted.',
          apply: (p, body, version) => connections.updateRegionsAndServices(refOf({ params: p }), body, version),
        },
        {
          path: 'credentials', operationId: 'updateAwsCloudConnectionCredentials', body: CredentialsBody,
          summary: 'Rotate the role or access key; the connection is verified again',
          description: 'Replaces how Lifeboat authenticates (a role, or an access key whose secret is stored encrypted and never returned); connectivityStatus goes pending while it is verified again.',
          apply: (p, body, version) => connections.updateCredentials(refOf({ params: p }), body.accessMethod, version),
        },
        {
          path: 'status', operationId: 'updateAwsCloudConnectionStatus', body: StatusBody,
          summary: 'Enable, disable or suspend; from delete-locked or delete-failed this cancels the deletion',
          description: 'Sets enabled, disabled or suspended. On a connection in delete-locked or delete-failed it cancels the deletion.',
          apply: (p, body, version) => connections.setStatus(refOf({ params: p }), body.status, version),
        },
        {
          path: 'deletion-protection', operationId: 'updateAwsCloudConnectionDeletionProtection', body: DeletionProtectionBody,
          summary: 'Turn deletion protection on or off; off lets a locked deletion proceed',
          description: 'With protection on, a DELETE stops at delete-locked; turning it off lets a locked deletion go on.',
          apply: (p, body, version) => connections.setDeletionProtection(refOf({ params: p }), body.enabled, version),
        },
      ],
    });

    app.post(`${BASE}/:id/verify`, {
      config: { permission: 'cloud-connections:verify', auditTarget: 'cloud-connection' },
      schema: {
        operationId: 'verifyAwsCloudConnection', tags: TAGS, summary: 'Re-check connectivity (202; connectivityStatus pending until it reports)',
        description: 'Checks again that Lifeboat can reach the account with its credentials (assume the role, read the account id). connectivityStatus is pending until it ends: success, authentication-failed or failed, '
          + 'with connectivityMessage. A critical-suspended connection whose verification succeeds is enabled again.',
        params: one, response: { 202: Connection, ...nativeErrors(403, 404, 409) },
      },
    }, async (request, reply) => send(reply, 202, await connections.requestVerify(refOf(request))));

    app.post(`${BASE}/:id/sync`, {
      config: { permission: 'cloud-connections:sync', auditTarget: 'cloud-connection' },
      schema: {
        operationId: 'syncAwsCloudConnection', tags: TAGS, summary: 'Discover the resources of the connection (202; lastSync is set when it succeeds)',
        description: 'Discovers every resource of the connection\'s services in its operational regions (GET …/resources lists them). syncStatus goes queued, running, then idle (lastSync set) or failed (syncMessage). '
          + '409 while the connection is not enabled.',
        params: one, response: { 202: Connection, ...nativeErrors(403, 404, 409) },
      },
    }, async (request, reply) => send(reply, 202, await connections.requestSync(refOf(request))));

    app.get(`${BASE}/:id/resources`, {
      config: { permission: 'cloud-connections:read' },
      schema: {
        operationId: 'listAwsCloudConnectionResources', tags: TAGS, summary: 'The discovered inventory',
        description: 'What the last sync discovered, paged by the Range header (items=1-100 by default; Content-Range gives the total), filtered by region, service, type and tag (key, or key=value).',
        params: one, querystring: InventoryQuery, headers: ListHeaders,
        response: { 200: Type.Array(InventoryResource), ...nativeErrors(400, 403, 404) },
      },
    }, async (request, reply) => {
      const range = parseItemRange(request.headers.range);
      const { rows, total } = await connections.inventory(refOf(request), request.query, range);
      reply.header('Content-Range', contentRange(range, rows.length, total));
      return rows.map(presentInventory);
    });

    app.get(`${BASE}/:id/cloudformation-template`, {
      config: { permission: 'cloud-connections:read' },
      schema: {
        operationId: 'getAwsCloudConnectionTemplate', tags: TAGS,
        summary: "The CloudFormation template of the IAM role, with this connection's external id",
        description: 'A CloudFormation template (JSON) that creates the role Lifeboat assumes: trusting Lifeboat\'s principal, requiring this connection\'s externalId, '
          + 'with the least permissions its services need in its regions. Deploy it in the account, then POST …/verify.',
        params: one, response: {
          200: Type.Record(Type.String(), Type.Unknown(), {
            description: 'The template: AWSTemplateFormatVersion, Parameters, Resources (the role and its policy), Outputs (the role ARN).',
            examples: [{ AWSTemplateFormatVersion: '2010-09-09', Description: 'Lifeboat access role', Resources: { LifeboatAccessRole: { Type: 'AWS::IAM::Role' } }, Outputs: { RoleArn: { Value: { 'Fn::GetAtt': ['LifeboatAccessRole', 'Arn'] } } } }],
          }),
          ...nativeErrors(403, 404),
        },
      },
    }, async (request) => connections.template(refOf(request)));
  };
}
