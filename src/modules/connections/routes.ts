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
const IdempotencyKey = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ maxLength: 255 })) });
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
        params: one, response: { 200: Connection, ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => send(reply, 200, await connections.get(refOf(request))));

    app.delete(`${BASE}/:id`, {
      config: { permission: 'cloud-connections:delete', auditTarget: 'cloud-connection' },
      schema: {
        operationId: 'deleteAwsCloudConnection', tags: TAGS,
        summary: 'Start deleting a cloud connection (202: delete-pending, or delete-locked while deletion protection is on)',
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
          apply: (p, body, version) => connections.updateGeneralInformation(refOf({ params: p }), body, version),
        },
        {
          path: 'regions-and-services', operationId: 'updateAwsCloudConnectionRegionsAndServices', body: RegionsAndServicesBody,
          summary: 'Change the operational regions and services',
          apply: (p, body, version) => connections.updateRegionsAndServices(refOf({ params: p }), body, version),
        },
        {
          path: 'credentials', operationId: 'updateAwsCloudConnectionCredentials', body: CredentialsBody,
          summary: 'Rotate the role or access key; the connection is verified again',
          apply: (p, body, version) => connections.updateCredentials(refOf({ params: p }), body.accessMethod, version),
        },
        {
          path: 'status', operationId: 'updateAwsCloudConnectionStatus', body: StatusBody,
          summary: 'Enable, disable or suspend; from delete-locked or delete-failed this cancels the deletion',
          apply: (p, body, version) => connections.setStatus(refOf({ params: p }), body.status, version),
        },
        {
          path: 'deletion-protection', operationId: 'updateAwsCloudConnectionDeletionProtection', body: DeletionProtectionBody,
          summary: 'Turn deletion protection on or off; off lets a locked deletion proceed',
          apply: (p, body, version) => connections.setDeletionProtection(refOf({ params: p }), body.enabled, version),
        },
      ],
    });

    app.post(`${BASE}/:id/verify`, {
      config: { permission: 'cloud-connections:verify', auditTarget: 'cloud-connection' },
      schema: {
        operationId: 'verifyAwsCloudConnection', tags: TAGS, summary: 'Re-check connectivity (202; connectivityStatus pending until it reports)',
        params: one, response: { 202: Connection, ...nativeErrors(403, 404, 409) },
      },
    }, async (request, reply) => send(reply, 202, await connections.requestVerify(refOf(request))));

    app.post(`${BASE}/:id/sync`, {
      config: { permission: 'cloud-connections:sync', auditTarget: 'cloud-connection' },
      schema: {
        operationId: 'syncAwsCloudConnection', tags: TAGS, summary: 'Discover the resources of the connection (202; lastSync is set when it succeeds)',
        params: one, response: { 202: Connection, ...nativeErrors(403, 404, 409) },
      },
    }, async (request, reply) => send(reply, 202, await connections.requestSync(refOf(request))));

    app.get(`${BASE}/:id/resources`, {
      config: { permission: 'cloud-connections:read' },
      schema: {
        operationId: 'listAwsCloudConnectionResources', tags: TAGS, summary: 'The discovered inventory',
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
        params: one, response: { 200: Type.Record(Type.String(), Type.Unknown()), ...nativeErrors(403, 404) },
      },
    }, async (request) => connections.template(refOf(request)));
  };
}
