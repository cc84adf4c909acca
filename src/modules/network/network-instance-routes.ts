import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { callerOf } from './http-auth.ts';
import { ccErrors } from './http-errors.ts';
import { presentNetworkInstance } from './presenter.ts';
import { DomainParams, IdParams, ifMatch, NETWORK, NoContent, opt, pagingOf, sendOne, sendPage, TAGS, WriteHeaders } from './route-helpers.ts';
import { REQUESTS } from './examples.ts';
import { body, CC_STATUSES, Description, Id, listed, listQuery, Name, NetworkInstance, wrapped } from './schemas.ts';
import type { NetworkService } from './service.ts';

const BASE = '/:domain_id/ccaas/network-instances';
const KEY = 'network_instance';
const Cidrs = Type.Array(Type.String({ maxLength: 18, description: 'An IPv4 CIDR block in network form, e.g. 10.0.0.0/16 (not 10.0.0.1/16).' }), {
  minItems: 1, maxItems: 100, uniqueItems: true,
  description: 'The IPv4 CIDR blocks to reach through the cloud connection (1–100): none may overlap another of the list (400) or one of another instance of the cloud connection (409, CC.1200).',
});
const RegionId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9-]+$', description: 'Region of the VPC or gateway, e.g. cn-north-4: lower-case letters, digits and -.' });

const CreateBody = body(KEY, Type.Object({
  type: StringEnum(['vpc', 'vgw'] as const, { description: 'What to load: vpc (a VPC) or vgw (a virtual gateway).' }),
  instance_id: Id('ID of the VPC or virtual gateway; 409 (CC.1201) when it is already loaded into this cloud connection.'),
  instance_domain_id: opt(Type.String({ minLength: 1, maxLength: 64, description: 'ID of the account (domain) that owns the VPC or gateway. Default: the path\'s domain_id.' })),
  project_id: Id('ID of the project of region_id that the VPC or gateway is in.'), region_id: RegionId,
  cloud_connection_id: Id('ID of the cloud connection to load it into (404 when the credentials cannot see it).'), cidrs: Cidrs,
  name: opt(Name), description: opt(Description),
}, { additionalProperties: false, description: 'The network instance to load. name defaults to instance_id.', examples: [REQUESTS.createInstance] }));
const UpdateBody = body(KEY, Type.Object({ name: opt(Name), description: opt(Description), cidrs: opt(Cidrs) }, {
  additionalProperties: false, description: 'The fields to change; an absent one is kept. New cidrs replace the old ones.', examples: [REQUESTS.updateInstance],
}));
const Query = listQuery({ id: 20, name: 20, description: 20, status: 10, type: 2, cloud_connection_id: 20, region_id: 20, instance_id: 20 }, { status: CC_STATUSES });

export function networkInstanceRoutes(network: NetworkService) {
  const service = network.networkInstances;
  return async function (app: HttpServer): Promise<void> {
    app.post(BASE, {
      config: NETWORK,
      schema: { operationId: 'ccCreateNetworkInstance', tags: TAGS, description: 'Loads a VPC or virtual gateway of one region into a cloud connection, with the CIDR blocks to reach through it. Each is loaded once per connection (409 CC.1201), and its CIDRs may not overlap those of the connection\'s other instances (409 CC.1200). It is ACTIVE at once.', summary: 'Load a VPC or virtual gateway into a cloud connection', params: DomainParams, body: CreateBody, response: { 201: wrapped(KEY, NetworkInstance), ...ccErrors(409) } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.create(caller, request.body.network_instance);
      return sendOne(reply, 201, KEY, presentNetworkInstance(row, caller.domainId), row.version);
    });

    app.get(BASE, {
      config: NETWORK,
      schema: { operationId: 'ccListNetworkInstances', tags: TAGS, summary: 'List network instances (marker paging, repeatable filters)', description: 'The network instances the credentials may see, oldest first, limit per page (default 2000); page with marker and page_reverse. Each filter may be repeated to match any of its values; different filters must all match.', params: DomainParams, querystring: Query, response: { 200: listed('network_instances', NetworkInstance), ...ccErrors() } },
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
      schema: { operationId: 'ccShowNetworkInstance', tags: TAGS, summary: 'Read a network instance', description: 'One network instance; the ETag header is what If-Match takes.', params: IdParams, response: { 200: wrapped(KEY, NetworkInstance), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.get(caller, request.params.id);
      return sendOne(reply, 200, KEY, presentNetworkInstance(row, caller.domainId), row.version);
    });

    app.put(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccUpdateNetworkInstance', tags: TAGS, description: 'Changes the name, description or CIDR blocks (an absent field is kept); new CIDRs are checked against the cloud connection\'s other instances (409 CC.1200). With If-Match, 412 when the instance changed since that ETag.', summary: 'Update the name, description or CIDRs', params: IdParams, headers: WriteHeaders, body: UpdateBody, response: { 200: wrapped(KEY, NetworkInstance), ...ccErrors(409, 412) } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.update(caller, request.params.id, request.body.network_instance, ifMatch(request));
      return sendOne(reply, 200, KEY, presentNetworkInstance(row, caller.domainId), row.version);
    });

    app.delete(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccDeleteNetworkInstance', tags: TAGS, description: 'Unloads the network instance from its cloud connection. 409 (CC.1202) when it is the last instance of its region and an inter-region bandwidth still uses the region: delete that first.', summary: 'Unload a network instance', params: IdParams, response: { 204: NoContent, ...ccErrors(409) } },
    }, async (request, reply) => {
      await service.remove(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    });
  };
}
