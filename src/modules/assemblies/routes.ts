import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { etagOf, expectedVersion } from '../../platform/http/etag.ts';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import { ListHeaders, projectParams } from '../../platform/http/native-params.ts';
import { contentRange, parseItemRange } from '../../platform/http/range.ts';
import '../../platform/http/route-config.ts';
import { Int64 } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { IfMatchHeaders, registerVersionedUpdates } from '../../platform/http/versioned-updates.ts';
import { presentAssembly, presentSelection } from './presenter.ts';
import type { AssemblyView } from './read-assembly.ts';
import {
  Assembly, AssemblyFilterPreviewBody, AssemblyGeneralInformationBody, AssemblyProtectionStrategyBody, AssemblyListQuery, AssemblyResources, AssemblyResourcesBody, AssemblyStatusBody, CreateAssemblyBody,
} from './schemas.ts';
import type { AssembliesService } from './service.ts';

const P = '/accounts/:accountId/projects/:projectId';
const BASE = `${P}/aws/cloud-assemblies`;
const TAGS = ['cloud assemblies'];
const one = projectParams({ cloudAssemblyId: Int64('Cloud assembly ID.') });
type Params = { accountId: number; projectId: string; cloudAssemblyId: number };
const refOf = (p: Params) => ({ accountId: p.accountId, projectId: p.projectId, id: p.cloudAssemblyId });
const SORT = { name: 'name', 'cloud-type': 'cloud_type', status: 'status', 'created-at': 'created_at' } as const;

function send(reply: FastifyReply, status: number, row: AssemblyView) {
  return reply.status(status).header('ETag', etagOf(row.version)).send(presentAssembly(row));
}

export function assemblyRoutes(assemblies: AssembliesService) {
  return async function (app: HttpServer): Promise<void> {
    app.get(`${P}/cloud-assemblies`, {
      config: { permission: 'cloud-assemblies:read' },
      schema: {
        operationId: 'listCloudAssemblies', tags: TAGS, summary: 'Every assembly of the project, across clouds (Range: items=1-100)',
        params: projectParams(), querystring: AssemblyListQuery, headers: ListHeaders,
        response: { 200: Type.Array(Assembly), ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => {
      const range = parseItemRange(request.headers.range);
      const q = request.query;
      const { rows, total } = await assemblies.list({
        accountId: request.params.accountId, projectId: request.params.projectId, name: q.name, cloudTypes: q.cloud_type,
        statuses: q.status, connectionName: q.cloud_connection_name, condition: q.filter_condition ?? 'and',
        sortBy: SORT[q.sort_by ?? 'created-at'], sortOrder: q.sort_order ?? 'asc',
      }, range);
      reply.header('Content-Range', contentRange(range, rows.length, total));
      return rows.map(presentAssembly);
    });

    app.post(BASE, {
      config: { permission: 'cloud-assemblies:create', auditTarget: 'cloud-assembly' },
      schema: {
        operationId: 'createAwsCloudAssembly', tags: TAGS, summary: 'Create an AWS cloud assembly',
        params: projectParams(), body: CreateAssemblyBody, response: { 201: Assembly, ...nativeErrors(403, 404, 409) },
      },
    }, async (request, reply) => {
      const row = await assemblies.withRpo(await assemblies.create(request.params, request.body));
      request.auditTargetId = String(row.id);
      reply.header('Location', `/api/v1/accounts/${row.account_id}/projects/${row.project_id}/aws/cloud-assemblies/${row.id}`);
      return send(reply, 201, row);
    });

    app.get(`${BASE}/:cloudAssemblyId`, {
      config: { permission: 'cloud-assemblies:read' },
      schema: { operationId: 'getAwsCloudAssembly', tags: TAGS, params: one, response: { 200: Assembly, ...nativeErrors(403, 404) } },
    }, async (request, reply) => send(reply, 200, await assemblies.withRpo(await assemblies.get(refOf(request.params)))));

    app.delete(`${BASE}/:cloudAssemblyId`, {
      config: { permission: 'cloud-assemblies:delete', auditTarget: 'cloud-assembly' },
      schema: {
        operationId: 'deleteAwsCloudAssembly', tags: TAGS,
        summary: 'Start deleting an assembly and the snapshots of its protections (202); locked protections hold it',
        params: one, headers: IfMatchHeaders, response: { 202: Assembly, ...nativeErrors(403, 404, 409, 412) },
      },
    }, async (request, reply) => send(reply, 202, await assemblies.withRpo(await assemblies.requestDeletion(refOf(request.params), expectedVersion(request.headers['if-match'])))));

    app.get(`${BASE}/:cloudAssemblyId/resources`, {
      config: { permission: 'cloud-assemblies:read' },
      schema: {
        operationId: 'previewAwsCloudAssemblyResources', tags: TAGS,
        summary: 'What the filter selects now (a dry run through the cloud), with dependencies left outside the selection',
        params: one, response: { 200: AssemblyResources, ...nativeErrors(403, 404, 409) },
      },
    }, async (request) => presentSelection(await assemblies.preview(refOf(request.params))));

    app.post(`${BASE}/:cloudAssemblyId/resources/preview`, {
      config: { permission: 'cloud-assemblies:read' },
      schema: {
        operationId: 'previewAwsCloudAssemblyFilter', tags: TAGS,
        summary: 'What another filter would select now (a dry run through the cloud, as GET …/resources answers it); nothing is saved',
        description: 'The console\'s live preview while a filter is edited: the same answer as GET …/resources, for the filter in the body '
          + 'on the assembly\'s connection and source region. The assembly is not changed (its ETag stays).',
        params: one, body: AssemblyFilterPreviewBody, response: { 200: AssemblyResources, ...nativeErrors(403, 404, 409) },
      },
    }, async (request) => presentSelection(await assemblies.previewFilter(refOf(request.params), request.body.resourceFilterStrategy)));

    registerVersionedUpdates(app, {
      base: `${BASE}/:cloudAssemblyId`, tags: TAGS, params: one, response: Assembly, present: presentAssembly,
      permission: 'cloud-assemblies:update', auditTarget: 'cloud-assembly',
      updates: [
        {
          path: 'general-information', operationId: 'updateAwsCloudAssemblyGeneralInformation', body: AssemblyGeneralInformationBody,
          summary: 'Rename or describe an assembly, or set its RTO and RPO targets (null clears one)',
          apply: async (p, body, version) => assemblies.withRpo(await assemblies.updateGeneralInformation(refOf(p), body, version)),
        },
        {
          path: 'resources', operationId: 'updateAwsCloudAssemblyResources', body: AssemblyResourcesBody,
          summary: 'Change the resource filter (nested as resourceFilterStrategy, or flat as the published page has it) and replica regions; the next protection uses it',
          apply: async (p, body, version) => assemblies.withRpo(await assemblies.updateResources(refOf(p), body, version)),
        },
        {
          path: 'protection-strategy', operationId: 'updateAwsCloudAssemblyProtectionStrategy', body: AssemblyProtectionStrategyBody,
          summary: 'Update the protection strategy options (Cloud Rewind\'s published body): stored and returned as given',
          apply: async (p, body, version) => assemblies.withRpo(await assemblies.setProtectionStrategy(refOf(p), body, version)),
        },
        {
          path: 'status', operationId: 'updateAwsCloudAssemblyStatus', body: AssemblyStatusBody,
          summary: 'Enable or disable; from delete-locked or delete-failed this cancels the deletion',
          apply: async (p, body, version) => assemblies.withRpo(await assemblies.setStatus(refOf(p), body.status, version)),
        },
      ],
    });
  };
}
