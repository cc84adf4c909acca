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
        description: 'The project\'s assemblies, each with its RPO status, paged by the Range header (items=1-100 by default, at most 1000; Content-Range gives the total), '
          + 'filtered by name, cloud type, status and connection name, sorted by sort_by and sort_order. Deleted assemblies are left out unless status=deleted is asked for.',
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
        description: 'Groups the resources of an application: those of one cloud connection in sourceRegion that resourceFilterStrategy selects (tags, a VPC, or listed ids), '
          + 'with the regions its snapshots are copied to, its RTO and RPO targets and the checks a recovery runs. A protection policy then protects it on a schedule. '
          + '409 NAME_TAKEN when the name is used in the project; 400 naming the field when the region or a replica region is not one of the connection\'s.',
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
      schema: {
        operationId: 'getAwsCloudAssembly', tags: TAGS, summary: 'Read an assembly, with its last protection and RPO status',
        description: 'One assembly (deleted ones too), its last protection, its RPO status against its target, and its ETag (If-Match on a write).',
        params: one, response: { 200: Assembly, ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => send(reply, 200, await assemblies.withRpo(await assemblies.get(refOf(request.params)))));

    app.delete(`${BASE}/:cloudAssemblyId`, {
      config: { permission: 'cloud-assemblies:delete', auditTarget: 'cloud-assembly' },
      schema: {
        operationId: 'deleteAwsCloudAssembly', tags: TAGS,
        summary: 'Start deleting an assembly and the snapshots of its protections (202); locked protections hold it',
        description: 'Starts the deletion in the background: its policies stop, the snapshots of its protections are deleted, then it is deleted (still readable). '
          + 'A locked protection holds it at delete-locked, with statusMessage saying which.',
        params: one, headers: IfMatchHeaders, response: { 202: Assembly, ...nativeErrors(403, 404, 409, 412) },
      },
    }, async (request, reply) => send(reply, 202, await assemblies.withRpo(await assemblies.requestDeletion(refOf(request.params), expectedVersion(request.headers['if-match'])))));

    app.get(`${BASE}/:cloudAssemblyId/resources`, {
      config: { permission: 'cloud-assemblies:read' },
      schema: {
        operationId: 'previewAwsCloudAssemblyResources', tags: TAGS,
        summary: 'What the filter selects now (a dry run through the cloud), with dependencies left outside the selection',
        description: 'The resources the filter selects from the connection\'s inventory now: what the next protection would snapshot, the dependencies it would capture as configuration only, '
          + 'and the listed ids the region does not have.',
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
          description: 'Sets the name and, when given, description, rtoTargetMinutes and rpoTargetMinutes (null clears a target; absent keeps it). If-Match with its ETag makes the write conditional (412 when it moved on).',
          apply: async (p, body, version) => assemblies.withRpo(await assemblies.updateGeneralInformation(refOf(p), body, version)),
        },
        {
          path: 'resources', operationId: 'updateAwsCloudAssemblyResources', body: AssemblyResourcesBody,
          summary: 'Change the resource filter (nested as resourceFilterStrategy, or flat as the published page has it) and replica regions; the next protection uses it',
          description: 'Replaces the filter (one of the two forms, not both) and, when given, replicaRegions, allowCrossRegionRecovery, validators and vpcId. Protections already taken keep what they captured.',
          apply: async (p, body, version) => assemblies.withRpo(await assemblies.updateResources(refOf(p), body, version)),
        },
        {
          path: 'protection-strategy', operationId: 'updateAwsCloudAssemblyProtectionStrategy', body: AssemblyProtectionStrategyBody,
          summary: 'Update the protection strategy options (Cloud Rewind\'s published body): stored and returned as given',
          description: 'Stores the options for Lambda, Route 53, SQS, SNS and DynamoDB as given; what a protection captures does not depend on them.',
          apply: async (p, body, version) => assemblies.withRpo(await assemblies.setProtectionStrategy(refOf(p), body, version)),
        },
        {
          path: 'status', operationId: 'updateAwsCloudAssemblyStatus', body: AssemblyStatusBody,
          summary: 'Enable or disable; from delete-locked or delete-failed this cancels the deletion',
          description: 'disabled: its policy takes no protection (a recovery still may); enabled: protected again. On an assembly in delete-locked or delete-failed it cancels the deletion.',
          apply: async (p, body, version) => assemblies.withRpo(await assemblies.setStatus(refOf(p), body.status, version)),
        },
      ],
    });
  };
}
