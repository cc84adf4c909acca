import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PreconditionFailedError } from '../../platform/errors.ts';
import '../../platform/http/route-config.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { awsConnectionRoutes } from './aws-connection-routes.ts';
import { parseFilter } from './filter.ts';
import { nullMeansAbsent, readBodiesAsJson } from './json-bodies.ts';
import { GROUPS_PATH, presentGroup, type GroupView } from './presenter.ts';
import { CREATED_GROUP_EXAMPLE, UPDATED_GROUP_EXAMPLE } from './examples.ts';
import { ConnectionGroup, GroupList } from './group-schema.ts';
import {
  bodyMediaTypes, CreateGroupBody, GroupParams, groupErrors, ListQuery, OrganizationalUnitHeader, ReadQuery, TemplateAnswer, TemplateQuery, UpdateGroupBody,
} from './schemas.ts';
import { baseUrlOf, scopeOf } from './scope.ts';
import type { ConnectionGroupsService } from './service.ts';

export const GROUPS_MEDIA_TYPE = 'application/api.clumio.aws-connection-groups=v1+json';
const TAGS = ['connection groups'];
const UpdateHeaders = Type.Composite([OrganizationalUnitHeader, Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'The _etag the update is based on: 412 if it moved on.' })),
})]);
const PRODUCES = [GROUPS_MEDIA_TYPE];
const DEFAULT_LIMIT = 100;

/** The version If-Match demands: `_etag` bare or quoted; `*` or no header is unconditional. */
function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(ifMatch);
  if (!match) throw new PreconditionFailedError();
  return Number(match[1]);
}

export function connectionGroupRoutes(groups: ConnectionGroupsService) {
  const present = (request: FastifyRequest, view: GroupView, externalId: boolean) =>
    presentGroup(view, { now: groups.now(), baseUrl: baseUrlOf(request), externalId });
  const send = (reply: FastifyReply, body: { _etag: string }) => reply.status(200).header('ETag', `"${body._etag}"`).send(body);
  const ref = (request: FastifyRequest) => ({ ...scopeOf(request), id: (request.params as { connection_group_id: string }).connection_group_id });

  return async function (app: HttpServer): Promise<void> {
    readBodiesAsJson(app);
    app.addHook('preValidation', nullMeansAbsent);
    app.get('/connection-groups', {
      config: { permission: 'connection-groups:read', mediaType: GROUPS_MEDIA_TYPE },
      schema: {
        operationId: 'listAwsConnectionGroups', tags: TAGS, summary: 'List the connection groups of the organizational unit',
        description: 'The groups of the organizational unit (the header, else the token\'s first project), oldest first, `limit` a page (default 100), '
          + 'page `start` (default 1), narrowed by `filter`. _links._next is the next page, null on the last.',
        headers: OrganizationalUnitHeader, querystring: ListQuery, produces: PRODUCES, response: { 200: GroupList, ...groupErrors(403, 404) },
      },
    }, async (request, reply) => {
      const limit = request.query.limit ?? DEFAULT_LIMIT;
      const filterText = request.query.filter ?? '';
      const page = await groups.list(scopeOf(request), parseFilter(request.query.filter), request.query.start, limit);
      const items = page.views.map((view) => present(request, view, false));
      const start = request.query.start ?? '1';
      const query = (page?: number) => {
        const params = new URLSearchParams({ limit: String(limit) });
        if (page) params.set('start', String(page));
        if (filterText) params.set('filter', filterText);
        return { href: `${GROUPS_PATH}?${params.toString()}`, templated: false, type: 'get' };
      };
      return reply.send({
        current_count: items.length, limit, start, filter_applied: filterText,
        _embedded: { items },
        _links: { _self: query(Number(start)), _first: query(), _next: page.hasNext ? query(Number(start) + 1) : null },
      });
    });

    app.post('/connection-groups', {
      config: { permission: 'connection-groups:create', auditTarget: 'connection-group', mediaType: GROUPS_MEDIA_TYPE },
      schema: {
        operationId: 'createAwsConnectionGroup', tags: TAGS,
        summary: 'Create a connection group; deploy the stack of deployment_template_url with its id (token) and external_id',
        description: 'Onboards an AWS account by CloudFormation: the answer (status connecting, creating_stack) carries the template URL, the id and the external_id. '
          + 'Deploy the template in the master account and region and in each account and region it names; as each stack reports to post-process, the account and '
          + 'region are connected and the account becomes a cloud connection of the organizational unit. A version not reported within 24 hours is discarded. '
          + 'One group per AWS account in an organizational unit: another is a 409.',
        headers: OrganizationalUnitHeader, body: CreateGroupBody, consumes: bodyMediaTypes(GROUPS_MEDIA_TYPE), produces: PRODUCES,
        response: { 200: { ...ConnectionGroup, examples: [CREATED_GROUP_EXAMPLE] }, ...groupErrors(403, 404, 409, 415) },
      },
    }, async (request, reply) => {
      const row = await groups.create(scopeOf(request), request.body);
      request.auditTargetId = row.id;
      return send(reply, present(request, (await groups.viewsOf([row]))[0]!, true));
    });

    app.get('/connection-groups/:connection_group_id', {
      config: { permission: 'connection-groups:read', mediaType: GROUPS_MEDIA_TYPE },
      schema: {
        operationId: 'readAwsConnectionGroup', tags: TAGS, summary: 'Read a connection group',
        description: 'The group with what its stacks installed, the version still pending, its status and a fresh deployment_template_url; its ETag is _etag. '
          + 'external_id only with return_external_id=true.',
        headers: OrganizationalUnitHeader, params: GroupParams, querystring: ReadQuery, produces: PRODUCES, response: { 200: ConnectionGroup, ...groupErrors(403, 404) },
      },
    }, async (request, reply) => send(reply, present(request, await groups.get(ref(request)), request.query.return_external_id === true)));

    app.put('/connection-groups/:connection_group_id', {
      config: { permission: 'connection-groups:update', auditTarget: 'connection-group', mediaType: GROUPS_MEDIA_TYPE },
      schema: {
        operationId: 'updateAwsConnectionGroup', tags: TAGS,
        summary: 'Update asset types, regions and description; applied when the stack reports the new template',
        description: 'A change of asset types or regions issues a new template version (replacing any still pending): update the stack with the new '
          + 'deployment_template_url; the change is applied when the stack reports that version, and discarded if it has not within 24 hours. '
          + 'A description or template_permission_set alone applies at once, with no new version. If-Match: 412 if the group changed since that _etag.',
        params: GroupParams, headers: UpdateHeaders, body: UpdateGroupBody, consumes: bodyMediaTypes(GROUPS_MEDIA_TYPE), produces: PRODUCES,
        response: { 200: { ...ConnectionGroup, examples: [UPDATED_GROUP_EXAMPLE] }, ...groupErrors(403, 404, 409, 412, 415) },
      },
    }, async (request, reply) => {
      const row = await groups.update(ref(request), request.body, expectedVersion(request.headers['if-match']));
      return send(reply, present(request, (await groups.viewsOf([row]))[0]!, true));
    });

    app.get('/connection-groups/:connection_group_id/template', {
      config: { permission: 'connection-groups:read' },
      schema: {
        operationId: 'readAwsConnectionGroupTemplate', tags: TAGS,
        summary: 'The CloudFormation template (JSON) a deployment_template_url points at: the pending or the installed version',
        description: 'The template of version v (default the latest), with the token of a user who may read the group: to review it, or to deploy it by hand '
          + '(aws cloudformation deploy). A replaced or discarded version is a 404.',
        headers: OrganizationalUnitHeader, params: GroupParams, querystring: TemplateQuery,
        response: { 200: TemplateAnswer, ...groupErrors(403, 404) },
      },
    }, async (request, reply) => reply.send(await groups.template(ref(request), request.query.v, baseUrlOf(request))));

    await app.register(awsConnectionRoutes(groups));
  };
}

