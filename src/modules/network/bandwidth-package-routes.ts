import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { callerOf } from './http-auth.ts';
import { ccErrors } from './http-errors.ts';
import { presentBandwidthPackage } from './presenter.ts';
import { DomainParams, IdParams, ifMatch, NETWORK, NoContent, opt, pagingOf, sendOne, sendPage, TAGS, WriteHeaders } from './route-helpers.ts';
import { REQUESTS } from './examples.ts';
import { AREA_LIST, AREAS, BandwidthPackage, BILLING_MODES, body, CC_STATUSES, Description, EnterpriseProjectId, Id, listed, listQuery, Name, Tags, wrapped } from './schemas.ts';
import type { NetworkService } from './service.ts';

const BASE = '/:domain_id/ccaas/bandwidth-packages';
const KEY = 'bandwidth_package';
const Area = (end: string) => StringEnum(AREAS, { description: `Area at ${end}: ${AREA_LIST}.` });
const BillingMode = StringEnum(['1', '2', '3', '4', '5', '6'] as const, { description: BILLING_MODES });
const Bandwidth = Type.Integer({ minimum: 1, maximum: 300000, description: 'Bandwidth in Mbit/s, 1–300000; not below what the package\'s inter-region bandwidths use (409 CC.1305).' });
const ConnectionId = (what: string) => Id(`ID of the cloud connection ${what}.`);
const ResourceType = StringEnum(['cloud_connection'] as const, { description: 'What resource_id names: cloud_connection, the only kind.' });

const CreateBody = body(KEY, Type.Object({
  name: Name, description: opt(Description), local_area_id: Area('one end'), remote_area_id: Area('the other end (may be the same area)'),
  charge_mode: StringEnum(['bandwidth', '95peak_plus'] as const, { description: 'Charging: bandwidth (by bandwidth) or 95peak_plus (enhanced 95th percentile); recorded and shown.' }),
  billing_mode: BillingMode, bandwidth: Bandwidth, project_id: Id('ID of the project the package is bought in.'),
  interflow_mode: opt(StringEnum(['Area', 'Region'] as const, { description: 'Area (interflow between areas, the default) or Region (between regions).' })),
  spec_code: opt(Type.String({ maxLength: 64, description: 'Product specification code, e.g. bandwidth.cmtocm; recorded and shown. Default empty.' })),
  enterprise_project_id: opt(EnterpriseProjectId), resource_id: opt(ConnectionId('to bind the package to at once (as associate does); default: unbound')),
  resource_type: opt(ResourceType), tags: opt(Tags),
}, { additionalProperties: false, description: 'The bandwidth package to create.', examples: [REQUESTS.createPackage] }));
const UpdateBody = body(KEY, Type.Object({ name: opt(Name), description: opt(Description), bandwidth: opt(Bandwidth), billing_mode: opt(BillingMode) }, {
  additionalProperties: false, description: 'The fields to change; an absent one is kept.', examples: [REQUESTS.updatePackage],
}));
const BindBody = body(KEY, Type.Object({ resource_id: ConnectionId('to bind the package to, or unbind it from'), resource_type: ResourceType }, {
  additionalProperties: false, description: 'The cloud connection.', examples: [REQUESTS.bindPackage],
}));
// ListBandwidthPackages' published parameters; cloud_connection_id is the connection a package is bound to.
const Query = listQuery({ id: 20, name: 20, status: 10, enterprise_project_id: 20, cloud_connection_id: 20, billing_mode: 6, resource_id: 20 }, { status: CC_STATUSES });

const BIND_DESCRIPTION = {
  associate: 'Binds the package to the cloud connection, so inter-region bandwidths of that connection can draw on it. Binding it again to the same connection changes nothing; '
    + '409 when it is bound to another (CC.1301) or the connection already has a package between the same two areas (CC.1304).',
  disassociate: 'Unbinds the package from the cloud connection. 409 when it is not bound to that connection (CC.1302) or inter-region bandwidths still draw on it (CC.1303): delete those first.',
};

export function bandwidthPackageRoutes(network: NetworkService) {
  const service = network.bandwidthPackages;
  return async function (app: HttpServer): Promise<void> {
    app.post(BASE, {
      config: NETWORK,
      schema: { operationId: 'ccCreateBandwidthPackage', tags: TAGS, description: 'Creates a bandwidth package between two areas, in the project enterprise_project_id names (default "0"). With resource_id it is bound to that cloud connection at once (the same checks as associate). Billing fields are recorded and shown: Lifeboat charges nothing.', summary: 'Create a bandwidth package (bound at once when resource_id is given)', params: DomainParams, body: CreateBody, response: { 201: wrapped(KEY, BandwidthPackage), ...ccErrors(409) } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.create(caller, request.body.bandwidth_package);
      return sendOne(reply, 201, KEY, presentBandwidthPackage(row, caller.domainId), row.version);
    });

    app.get(BASE, {
      config: NETWORK,
      schema: { operationId: 'ccListBandwidthPackages', tags: TAGS, summary: 'List bandwidth packages (marker paging, repeatable filters)', description: 'The bandwidth packages the credentials may see, oldest first, limit per page (default 2000); page with marker and page_reverse. Each filter may be repeated to match any of its values; different filters must all match (cloud_connection_id and resource_id both name the bound connection).', params: DomainParams, querystring: Query, response: { 200: listed('bandwidth_packages', BandwidthPackage), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const q = request.query as Record<string, any>;
      const page = await service.list(caller, { id: q.id, name: q.name, status: q.status, enterprise_project_id: q.enterprise_project_id, billing_mode: q.billing_mode, resource_id: q.resource_id, cloud_connection_id: q.cloud_connection_id }, pagingOf(q as any));
      return sendPage(reply, 'bandwidth_packages', page, (row) => presentBandwidthPackage(row, caller.domainId));
    });

    app.get(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccShowBandwidthPackage', tags: TAGS, summary: 'Read a bandwidth package', description: 'One bandwidth package; the ETag header is what If-Match takes.', params: IdParams, response: { 200: wrapped(KEY, BandwidthPackage), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.get(caller, request.params.id);
      return sendOne(reply, 200, KEY, presentBandwidthPackage(row, caller.domainId), row.version);
    });

    app.put(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccUpdateBandwidthPackage', tags: TAGS, description: 'Changes the name, description, bandwidth or billing mode (an absent field is kept). The bandwidth may not drop below what its inter-region bandwidths use (409 CC.1305). With If-Match, 412 when the package changed since that ETag.', summary: 'Update the name, description, bandwidth or billing mode', params: IdParams, headers: WriteHeaders, body: UpdateBody, response: { 200: wrapped(KEY, BandwidthPackage), ...ccErrors(409, 412) } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.update(caller, request.params.id, request.body.bandwidth_package, ifMatch(request));
      return sendOne(reply, 200, KEY, presentBandwidthPackage(row, caller.domainId), row.version);
    });

    app.delete(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccDeleteBandwidthPackage', tags: TAGS, description: 'Deletes the bandwidth package. 409 (CC.1300) while it is bound to a cloud connection: disassociate it first.', summary: 'Delete an unbound bandwidth package', params: IdParams, response: { 204: NoContent, ...ccErrors(409) } },
    }, async (request, reply) => {
      await service.remove(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    });

    for (const action of ['associate', 'disassociate'] as const) {
      app.post(`${BASE}/:id/${action}`, {
        config: NETWORK,
        schema: { operationId: `cc${action === 'associate' ? 'Associate' : 'Disassociate'}BandwidthPackage`, tags: TAGS, description: BIND_DESCRIPTION[action], summary: `${action === 'associate' ? 'Bind the package to' : 'Unbind the package from'} a cloud connection`, params: IdParams, body: BindBody, response: { 200: wrapped(KEY, BandwidthPackage), ...ccErrors(409) } },
      }, async (request, reply) => {
        const caller = callerOf(request);
        const { resource_id: connectionId } = request.body.bandwidth_package;
        const row = action === 'associate' ? await service.associate(caller, request.params.id, connectionId) : await service.disassociate(caller, request.params.id, connectionId);
        return sendOne(reply, 200, KEY, presentBandwidthPackage(row, caller.domainId), row.version);
      });
    }
  };
}
