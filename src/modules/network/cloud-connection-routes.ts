import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { HttpServer } from '../../platform/http/server.ts';
import type { CloudConnectionView } from './cloud-connections.ts';
import { callerOf } from './http-auth.ts';
import { ccErrors } from './http-errors.ts';
import { presentCloudConnection } from './presenter.ts';
import { DomainParams, IdParams, ifMatch, NETWORK, NoContent, opt, pagingOf, sendOne, sendPage, TAGS, WriteHeaders } from './route-helpers.ts';
import { CLOUD_CONNECTION, REQUEST_ID, REQUESTS } from './examples.ts';
import { body, CC_STATUSES, CloudConnection, Description, EnterpriseProjectId, listed, listQuery, Name, RequestId, Tag, TagKey, Tags, TagValue, USED_SCENES, wrapped } from './schemas.ts';
import type { NetworkService } from './service.ts';

const BASE = '/:domain_id/ccaas/cloud-connections';
const KEY = 'cloud_connection';

const CreateBody = body(KEY, Type.Object({
  name: Name, description: opt(Description), enterprise_project_id: opt(EnterpriseProjectId),
  used_scene: opt(Type.Unsafe<'vpc'>({ type: 'string', enum: ['vpc'], description: 'What the cloud connection joins: vpc (VPCs and virtual gateways), the only scene and the default.' })), tags: opt(Tags),
}, { additionalProperties: false, description: 'The cloud connection to create.', examples: [REQUESTS.createConnection] }));
/** Huawei's UpdateCloudConnection: name and description, nothing else. */
const UpdateBody = body(KEY, Type.Object({ name: opt(Name), description: opt(Description) }, {
  additionalProperties: false, description: 'The fields to change; an absent one is kept.', examples: [REQUESTS.updateConnection],
}));
const TagsBody = Type.Object({ tags: Type.Array(Tag, { minItems: 1, maxItems: 20, description: 'Tags to add (1–20, each key once); a key the connection has takes the new value.' }) }, {
  additionalProperties: false, examples: [{ tags: [{ key: 'env', value: 'prod' }, { key: 'owner', value: 'netops' }] }],
});
const UntagBody = Type.Object({
  tags: Type.Array(Type.Object({ key: TagKey, value: opt({ ...TagValue, description: 'Remove the tag only when it has this value. Default: whatever its value.' }) }, {
    additionalProperties: false, description: 'A tag to remove.',
  }), { minItems: 1, maxItems: 20, description: 'Tags to remove (1–20); a key the connection lacks is ignored.' }),
}, { additionalProperties: false, examples: [{ tags: [{ key: 'owner' }] }] });
const FilterBody = Type.Object({
  tags: Type.Array(Type.Object({
    key: TagKey,
    values: Type.Array(TagValue, { maxItems: 20, description: 'Values any of which matches (at most 20); empty: any value.' }),
  }, { additionalProperties: false, description: 'A key the connection must have, with one of the values.' }), { maxItems: 20, description: 'Conditions, all of which must hold (at most 20); empty: every cloud connection.' }),
}, { additionalProperties: false, examples: [{ tags: [{ key: 'env', values: ['prod'] }] }] });
const FilterAnswer = Type.Object({
  cloud_connections: Type.Array(CloudConnection, { description: 'The matching cloud connections, oldest first.' }),
  total_count: Type.Integer({ description: 'How many matched.' }),
  request_id: RequestId,
}, { examples: [{ cloud_connections: [CLOUD_CONNECTION], total_count: 1, request_id: REQUEST_ID }] });
const TagKeysAnswer = Type.Object({
  tags: Type.Array(Type.Object({
    key: Type.String({ description: 'A tag key.' }), values: Type.Array(Type.String(), { description: 'The values it takes on the cloud connections.' }),
  }, { description: 'A tag key in use.' }), { description: 'Every tag key in use, with its values.' }),
  request_id: RequestId,
}, { examples: [{ tags: [{ key: 'env', values: ['prod'] }], request_id: REQUEST_ID }] });
// ListCloudConnections' published parameters. `type` is accepted and narrows nothing: Lifeboat's cloud
// connections are all of one kind.
const Query = listQuery({ id: 20, name: 20, description: 20, status: 10, enterprise_project_id: 20, type: 10, used_scene: 2 }, { status: CC_STATUSES, used_scene: USED_SCENES });

/** Huawei matches used_scene without regard to case (`VPC` finds `vpc`): the filter is lowered before validation. */
async function lowerUsedScene(request: FastifyRequest): Promise<void> {
  const query = request.query as Record<string, unknown>;
  const scene = query.used_scene;
  if (typeof scene === 'string') query.used_scene = scene.toLowerCase();
  else if (Array.isArray(scene)) query.used_scene = scene.map((s) => (typeof s === 'string' ? s.toLowerCase() : s));
}

export function cloudConnectionRoutes(network: NetworkService) {
  const service = network.cloudConnections;
  return async function (app: HttpServer): Promise<void> {
    const present = (domainId: string) => (v: CloudConnectionView) => presentCloudConnection(v.row, domainId, v.counts);

    app.post(BASE, {
      config: NETWORK,
      schema: { operationId: 'ccCreateCloudConnection', tags: TAGS, description: 'Creates a cloud connection in the project enterprise_project_id names (default "0", the account\'s default project). It is ACTIVE at once, with nothing attached: load network instances, bind a bandwidth package and configure inter-region bandwidths next. Names need not be unique.', summary: 'Create a cloud connection', params: DomainParams, body: CreateBody, response: { 201: wrapped(KEY, CloudConnection), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const created = await service.create(caller, request.body.cloud_connection);
      return sendOne(reply, 201, KEY, present(caller.domainId)(created), created.row.version);
    });

    app.get(BASE, {
      config: NETWORK,
      preValidation: lowerUsedScene,
      schema: { operationId: 'ccListCloudConnections', tags: TAGS, description: 'The account\'s cloud connections the credentials may see, oldest first, limit per page (default 2000); page with marker and page_reverse. Each filter may be repeated to match any of its values; different filters must all match.', summary: 'List cloud connections (marker paging, repeatable filters)', params: DomainParams, querystring: Query, response: { 200: listed('cloud_connections', CloudConnection), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const q = request.query as Record<string, any>;
      const page = await service.list(caller, { id: q.id, name: q.name, description: q.description, status: q.status, enterprise_project_id: q.enterprise_project_id, used_scene: q.used_scene }, pagingOf(q as any));
      return sendPage(reply, 'cloud_connections', page, present(caller.domainId));
    });

    app.post(`${BASE}/filter`, {
      config: NETWORK,
      schema: { operationId: 'ccFilterCloudConnectionsByTags', tags: TAGS, description: 'Every cloud connection (no paging) that has each tag key the body names, with one of its values when values are given; total_count says how many.', summary: 'Cloud connections whose tags match every key (any of its values)', params: DomainParams, body: FilterBody, response: { 200: FilterAnswer, ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const views = await service.filter(caller, request.body.tags);
      return reply.send({ cloud_connections: views.map(present(caller.domainId)), total_count: views.length, request_id: request.id });
    });

    app.get(`${BASE}/tags`, {
      config: NETWORK,
      schema: { operationId: 'ccListCloudConnectionTags', tags: TAGS, description: 'Every tag key used on the account\'s cloud connections, with the values it takes.', summary: 'Tag keys in use, with their values', params: DomainParams, response: { 200: TagKeysAnswer, ...ccErrors() } },
    }, async (request, reply) => reply.send({ tags: await service.tagKeys(callerOf(request)), request_id: request.id }));

    app.get(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccShowCloudConnection', tags: TAGS, description: 'One cloud connection, with the number of network instances, bandwidth packages and inter-region bandwidths attached; the ETag header is what If-Match takes.', params: IdParams, response: { 200: wrapped(KEY, CloudConnection), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const v = await service.get(caller, request.params.id);
      return sendOne(reply, 200, KEY, present(caller.domainId)(v), v.row.version);
    });

    app.put(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccUpdateCloudConnection', tags: TAGS, description: 'Changes the name and description (an absent field is kept). With If-Match, 412 when the connection changed since that ETag.', summary: 'Update the name and description', params: IdParams, headers: WriteHeaders, body: UpdateBody, response: { 200: wrapped(KEY, CloudConnection), ...ccErrors(409, 412) } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const v = await service.update(caller, request.params.id, request.body.cloud_connection, ifMatch(request));
      return sendOne(reply, 200, KEY, present(caller.domainId)(v), v.row.version);
    });

    app.delete(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccDeleteCloudConnection', tags: TAGS, description: 'Deletes the cloud connection. 409 (CC.1100) while it has network instances, bound bandwidth packages or inter-region bandwidths: remove those first.', summary: 'Delete a cloud connection with nothing attached', params: IdParams, response: { 204: NoContent, ...ccErrors(409) } },
    }, async (request, reply) => {
      await service.remove(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    });

    app.post(`${BASE}/:id/tag`, {
      config: NETWORK,
      schema: { operationId: 'ccTagCloudConnection', tags: TAGS, description: 'Adds the tags; a key the connection already has takes the new value. 400 (CC.1101) when the connection would have more than 20 tags.', summary: 'Add or overwrite tags (at most 20 per resource)', params: IdParams, body: TagsBody, response: { 204: NoContent, ...ccErrors() } },
    }, async (request, reply) => {
      await service.tag(callerOf(request), request.params.id, request.body.tags);
      return reply.status(204).send(null);
    });

    app.post(`${BASE}/:id/untag`, {
      config: NETWORK,
      schema: { operationId: 'ccUntagCloudConnection', tags: TAGS, description: 'Removes the tags with these keys (and this value, when one is given); keys it does not have are ignored.', summary: 'Remove tags by key (and value, when given)', params: IdParams, body: UntagBody, response: { 204: NoContent, ...ccErrors() } },
    }, async (request, reply) => {
      await service.untag(callerOf(request), request.params.id, request.body.tags);
      return reply.status(204).send(null);
    });
  };
}
