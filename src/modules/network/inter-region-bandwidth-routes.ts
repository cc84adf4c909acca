import { Type } from '@sinclair/typebox';
import type { HttpServer } from '../../platform/http/server.ts';
import { callerOf } from './http-auth.ts';
import { ccErrors } from './http-errors.ts';
import { presentInterRegionBandwidth } from './presenter.ts';
import { DomainParams, IdParams, ifMatch, NETWORK, NoContent, opt, pagingOf, sendOne, sendPage, TAGS, WriteHeaders } from './route-helpers.ts';
import { REQUESTS } from './examples.ts';
import { body, Description, Id, InterRegionBandwidth, listed, listQuery, Name, wrapped } from './schemas.ts';
import type { NetworkService } from './service.ts';

const BASE = '/:domain_id/ccaas/inter-region-bandwidths';
const KEY = 'inter_region_bandwidth';
const Bandwidth = Type.Integer({ minimum: 1, maximum: 300000, description: 'Bandwidth in Mbit/s between the two regions, 1–300000; with the package\'s other inter-region bandwidths, at most the package\'s bandwidth (409 CC.1400).' });

const CreateBody = body(KEY, Type.Object({
  cloud_connection_id: Id('ID of the cloud connection whose regions to join.'),
  bandwidth_package_id: Id('ID of the bandwidth package to draw on; it must be bound to that cloud connection (409 CC.1402).'), bandwidth: Bandwidth,
  inter_region_ids: Type.Array(Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9-]+$', description: 'A region ID, e.g. cn-north-4.' }), {
    minItems: 2, maxItems: 2,
    description: 'The two regions to join, different, each with a network instance in the cloud connection (409 CC.1401); one inter-region bandwidth per pair of regions (409 CC.1403).',
  }),
  name: opt(Name), description: opt(Description),
}, { additionalProperties: false, description: 'The inter-region bandwidth to create. name defaults to "<region>-<region>".', examples: [REQUESTS.createBandwidth] }));
const UpdateBody = body(KEY, Type.Object({ bandwidth: opt(Bandwidth), name: opt(Name), description: opt(Description) }, {
  additionalProperties: false, description: 'The fields to change; an absent one is kept.', examples: [REQUESTS.updateBandwidth],
}));
const Query = listQuery({ id: 20, enterprise_project_id: 20, cloud_connection_id: 20, bandwidth_package_id: 20 });

export function interRegionBandwidthRoutes(network: NetworkService) {
  const service = network.interRegionBandwidths;
  return async function (app: HttpServer): Promise<void> {
    app.post(BASE, {
      config: NETWORK,
      schema: { operationId: 'ccCreateInterRegionBandwidth', tags: TAGS, description: 'Gives two regions of a cloud connection part of a bandwidth package bound to it. Both regions need a network instance in the connection; the package\'s inter-region bandwidths together never exceed its bandwidth (409 CC.1400), even under concurrent requests.', summary: 'Give two regions of a connection part of a bound package', params: DomainParams, body: CreateBody, response: { 201: wrapped(KEY, InterRegionBandwidth), ...ccErrors(409) } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.create(caller, request.body.inter_region_bandwidth);
      return sendOne(reply, 201, KEY, presentInterRegionBandwidth(row, caller.domainId), row.version);
    });

    app.get(BASE, {
      config: NETWORK,
      schema: { operationId: 'ccListInterRegionBandwidths', tags: TAGS, summary: 'List inter-region bandwidths (marker paging, repeatable filters)', description: 'The inter-region bandwidths the credentials may see, oldest first, limit per page (default 2000); page with marker and page_reverse. Each filter may be repeated to match any of its values; different filters must all match.', params: DomainParams, querystring: Query, response: { 200: listed('inter_region_bandwidths', InterRegionBandwidth), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const q = request.query as Record<string, any>;
      const page = await service.list(caller, { id: q.id, enterprise_project_id: q.enterprise_project_id, cloud_connection_id: q.cloud_connection_id, bandwidth_package_id: q.bandwidth_package_id }, pagingOf(q as any));
      return sendPage(reply, 'inter_region_bandwidths', page, (row) => presentInterRegionBandwidth(row, caller.domainId));
    });

    app.get(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccShowInterRegionBandwidth', tags: TAGS, summary: 'Read an inter-region bandwidth', description: 'One inter-region bandwidth; the ETag header is what If-Match takes.', params: IdParams, response: { 200: wrapped(KEY, InterRegionBandwidth), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.get(caller, request.params.id);
      return sendOne(reply, 200, KEY, presentInterRegionBandwidth(row, caller.domainId), row.version);
    });

    app.put(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccUpdateInterRegionBandwidth', tags: TAGS, description: 'Changes the bandwidth, name or description (an absent field is kept); the new bandwidth must fit in the package with its other inter-region bandwidths (409 CC.1400). With If-Match, 412 when it changed since that ETag.', summary: 'Change the bandwidth (within the package)', params: IdParams, headers: WriteHeaders, body: UpdateBody, response: { 200: wrapped(KEY, InterRegionBandwidth), ...ccErrors(409, 412) } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.update(caller, request.params.id, request.body.inter_region_bandwidth, ifMatch(request));
      return sendOne(reply, 200, KEY, presentInterRegionBandwidth(row, caller.domainId), row.version);
    });

    app.delete(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccDeleteInterRegionBandwidth', tags: TAGS, summary: 'Delete an inter-region bandwidth', description: 'Deletes the inter-region bandwidth: its share goes back to the bandwidth package.', params: IdParams, response: { 204: NoContent, ...ccErrors() } },
    }, async (request, reply) => {
      await service.remove(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    });
  };
}
