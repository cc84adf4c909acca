import { Type } from '@sinclair/typebox';
import type { HttpServer } from '../../platform/http/server.ts';
import { callerOf } from './http-auth.ts';
import { ccErrors } from './http-errors.ts';
import { presentInterRegionBandwidth } from './presenter.ts';
import { DomainParams, IdParams, ifMatch, NETWORK, NoContent, opt, pagingOf, sendOne, sendPage, TAGS, WriteHeaders } from './route-helpers.ts';
import { body, Description, Id, InterRegionBandwidth, listed, listQuery, Name, wrapped } from './schemas.ts';
import type { NetworkService } from './service.ts';

const BASE = '/:domain_id/ccaas/inter-region-bandwidths';
const KEY = 'inter_region_bandwidth';
const Bandwidth = Type.Integer({ minimum: 1, maximum: 300000, description: 'Mbit/s; with the others on the package, at most its bandwidth.' });

const CreateBody = body(KEY, Type.Object({
  cloud_connection_id: Id, bandwidth_package_id: Id, bandwidth: Bandwidth,
  inter_region_ids: Type.Array(Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9-]+$' }), { minItems: 2, maxItems: 2, description: 'Exactly two regions with network instances in the connection.' }),
  name: opt(Name), description: opt(Description),
}, { additionalProperties: false }));
const UpdateBody = body(KEY, Type.Object({ bandwidth: opt(Bandwidth), name: opt(Name), description: opt(Description) }, { additionalProperties: false }));
const Query = listQuery({ id: 20, enterprise_project_id: 20, cloud_connection_id: 20, bandwidth_package_id: 20 });

export function interRegionBandwidthRoutes(network: NetworkService) {
  const service = network.interRegionBandwidths;
  return async function (app: HttpServer): Promise<void> {
    app.post(BASE, {
      config: NETWORK,
      schema: { operationId: 'ccCreateInterRegionBandwidth', tags: TAGS, summary: 'Give two regions of a connection part of a bound package', params: DomainParams, body: CreateBody, response: { 201: wrapped(KEY, InterRegionBandwidth), ...ccErrors(409) } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.create(caller, request.body.inter_region_bandwidth);
      return sendOne(reply, 201, KEY, presentInterRegionBandwidth(row, caller.domainId), row.version);
    });

    app.get(BASE, {
      config: NETWORK,
      schema: { operationId: 'ccListInterRegionBandwidths', tags: TAGS, params: DomainParams, querystring: Query, response: { 200: listed('inter_region_bandwidths', InterRegionBandwidth), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const q = request.query as Record<string, any>;
      const page = await service.list(caller, { id: q.id, enterprise_project_id: q.enterprise_project_id, cloud_connection_id: q.cloud_connection_id, bandwidth_package_id: q.bandwidth_package_id }, pagingOf(q as any));
      return sendPage(reply, 'inter_region_bandwidths', page, (row) => presentInterRegionBandwidth(row, caller.domainId));
    });

    app.get(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccShowInterRegionBandwidth', tags: TAGS, params: IdParams, response: { 200: wrapped(KEY, InterRegionBandwidth), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.get(caller, request.params.id);
      return sendOne(reply, 200, KEY, presentInterRegionBandwidth(row, caller.domainId), row.version);
    });

    app.put(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccUpdateInterRegionBandwidth', tags: TAGS, summary: 'Change the bandwidth (within the package)', params: IdParams, headers: WriteHeaders, body: UpdateBody, response: { 200: wrapped(KEY, InterRegionBandwidth), ...ccErrors(409, 412) } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.update(caller, request.params.id, request.body.inter_region_bandwidth, ifMatch(request));
      return sendOne(reply, 200, KEY, presentInterRegionBandwidth(row, caller.domainId), row.version);
    });

    app.delete(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccDeleteInterRegionBandwidth', tags: TAGS, params: IdParams, response: { 204: NoContent, ...ccErrors() } },
    }, async (request, reply) => {
      await service.remove(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    });
  };
}
