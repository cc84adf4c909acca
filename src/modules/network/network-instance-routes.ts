import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { callerOf } from './http-auth.ts';
import { ccErrors } from './http-errors.ts';
import { presentNetworkInstance } from './presenter.ts';
import { DomainParams, IdParams, ifMatch, NETWORK, NoContent, opt, pagingOf, sendOne, sendPage, TAGS, WriteHeaders } from './route-helpers.ts';
import { body, CC_STATUSES, Description, Id, listed, listQuery, Name, NetworkInstance, wrapped } from './schemas.ts';
import type { NetworkService } from './service.ts';

const BASE = '/:domain_id/ccaas/network-instances';
const KEY = 'network_instance';
const Cidrs = Type.Array(Type.String({ maxLength: 18 }), { minItems: 1, maxItems: 100, uniqueItems: true, description: 'IPv4 CIDR blocks; none may overlap another instance of the cloud connection.' });
const RegionId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9-]+$' });

const CreateBody = body(KEY, Type.Object({
  type: StringEnum(['vpc', 'vgw'] as const), instance_id: Id, instance_domain_id: opt(Type.String({ minLength: 1, maxLength: 64 })),
  project_id: Id, region_id: RegionId, cloud_connection_id: Id, cidrs: Cidrs, name: opt(Name), description: opt(Description),
}, { additionalProperties: false }));
const UpdateBody = body(KEY, Type.Object({ name: opt(Name), description: opt(Description), cidrs: opt(Cidrs) }, { additionalProperties: false }));
const Query = listQuery({ id: 20, name: 20, description: 20, status: 10, type: 2, cloud_connection_id: 20, region_id: 20, instance_id: 20 }, { status: CC_STATUSES });

export function networkInstanceRoutes(network: NetworkService) {
  const service = network.networkInstances;
  return async function (app: HttpServer): Promise<void> {
    app.post(BASE, {
      config: NETWORK,
      schema: { operationId: 'ccCreateNetworkInstance', tags: TAGS, summary: 'Load a VPC or virtual gateway into a cloud connection', params: DomainParams, body: CreateBody, response: { 201: wrapped(KEY, NetworkInstance), ...ccErrors(409) } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.create(caller, request.body.network_instance);
      return sendOne(reply, 201, KEY, presentNetworkInstance(row, caller.domainId), row.version);
    });

    app.get(BASE, {
      config: NETWORK,
      schema: { operationId: 'ccListNetworkInstances', tags: TAGS, params: DomainParams, querystring: Query, response: { 200: listed('network_instances', NetworkInstance), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const q = request.query as Record<string, any>;
      const page = await service.list(caller, {
        id: q.id, name: q.name, description: q.description, status: q.status, type: q.type, cloud_connection_id: q.cloud_connection_id, region_id: q.region_id, instance_id: q.instance_id,
      }, pagingOf(q as any));
      return sendPage(reply, 'network_instances', page, (row) => presentNetworkInstance(row, caller.domainId));
    });

    app.get(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccShowNetworkInstance', tags: TAGS, params: IdParams, response: { 200: wrapped(KEY, NetworkInstance), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.get(caller, request.params.id);
      return sendOne(reply, 200, KEY, presentNetworkInstance(row, caller.domainId), row.version);
    });

    app.put(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccUpdateNetworkInstance', tags: TAGS, summary: 'Update the name, description or CIDRs', params: IdParams, headers: WriteHeaders, body: UpdateBody, response: { 200: wrapped(KEY, NetworkInstance), ...ccErrors(409, 412) } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.update(caller, request.params.id, request.body.network_instance, ifMatch(request));
      return sendOne(reply, 200, KEY, presentNetworkInstance(row, caller.domainId), row.version);
    });

    app.delete(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccDeleteNetworkInstance', tags: TAGS, summary: 'Unload a network instance', params: IdParams, response: { 204: NoContent, ...ccErrors(409) } },
    }, async (request, reply) => {
      await service.remove(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    });
  };
}
