import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { callerOf } from './http-auth.ts';
import { ccErrors } from './http-errors.ts';
import { presentBandwidthPackage } from './presenter.ts';
import { DomainParams, IdParams, ifMatch, NETWORK, NoContent, opt, pagingOf, sendOne, sendPage, TAGS, WriteHeaders } from './route-helpers.ts';
import { AREAS, BandwidthPackage, body, CC_STATUSES, Description, EnterpriseProjectId, Id, listed, listQuery, Name, Tags, wrapped } from './schemas.ts';
import type { NetworkService } from './service.ts';

const BASE = '/:domain_id/ccaas/bandwidth-packages';
const KEY = 'bandwidth_package';
const Area = StringEnum(AREAS);
const BillingMode = StringEnum(['1', '2', '3', '4', '5', '6'] as const, { description: '1 yearly/monthly, 2 …, 3 pay-per-use, 5 enhanced 95th percentile, 6 …' });
const Bandwidth = Type.Integer({ minimum: 1, maximum: 300000, description: 'Mbit/s.' });

const CreateBody = body(KEY, Type.Object({
  name: Name, description: opt(Description), local_area_id: Area, remote_area_id: Area,
  charge_mode: StringEnum(['bandwidth', '95peak_plus'] as const), billing_mode: BillingMode, bandwidth: Bandwidth, project_id: Id,
  interflow_mode: opt(StringEnum(['Area', 'Region'] as const)), spec_code: opt(Type.String({ maxLength: 64 })),
  enterprise_project_id: opt(EnterpriseProjectId), resource_id: opt(Id), resource_type: opt(StringEnum(['cloud_connection'] as const)), tags: opt(Tags),
}, { additionalProperties: false }));
const UpdateBody = body(KEY, Type.Object({ name: opt(Name), description: opt(Description), bandwidth: opt(Bandwidth), billing_mode: opt(BillingMode) }, { additionalProperties: false }));
const BindBody = body(KEY, Type.Object({ resource_id: Id, resource_type: StringEnum(['cloud_connection'] as const) }, { additionalProperties: false }));
// ListBandwidthPackages' published parameters; cloud_connection_id is the connection a package is bound to.
const Query = listQuery({ id: 20, name: 20, status: 10, enterprise_project_id: 20, cloud_connection_id: 20, billing_mode: 6, resource_id: 20 }, { status: CC_STATUSES });

export function bandwidthPackageRoutes(network: NetworkService) {
  const service = network.bandwidthPackages;
  return async function (app: HttpServer): Promise<void> {
    app.post(BASE, {
      config: NETWORK,
      schema: { operationId: 'ccCreateBandwidthPackage', tags: TAGS, summary: 'Create a bandwidth package (bound at once when resource_id is given)', params: DomainParams, body: CreateBody, response: { 201: wrapped(KEY, BandwidthPackage), ...ccErrors(409) } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.create(caller, request.body.bandwidth_package);
      return sendOne(reply, 201, KEY, presentBandwidthPackage(row, caller.domainId), row.version);
    });

    app.get(BASE, {
      config: NETWORK,
      schema: { operationId: 'ccListBandwidthPackages', tags: TAGS, params: DomainParams, querystring: Query, response: { 200: listed('bandwidth_packages', BandwidthPackage), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const q = request.query as Record<string, any>;
      const page = await service.list(caller, { id: q.id, name: q.name, status: q.status, enterprise_project_id: q.enterprise_project_id, billing_mode: q.billing_mode, resource_id: q.resource_id, cloud_connection_id: q.cloud_connection_id }, pagingOf(q as any));
      return sendPage(reply, 'bandwidth_packages', page, (row) => presentBandwidthPackage(row, caller.domainId));
    });

    app.get(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccShowBandwidthPackage', tags: TAGS, params: IdParams, response: { 200: wrapped(KEY, BandwidthPackage), ...ccErrors() } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.get(caller, request.params.id);
      return sendOne(reply, 200, KEY, presentBandwidthPackage(row, caller.domainId), row.version);
    });

    app.put(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccUpdateBandwidthPackage', tags: TAGS, summary: 'Update the name, description, bandwidth or billing mode', params: IdParams, headers: WriteHeaders, body: UpdateBody, response: { 200: wrapped(KEY, BandwidthPackage), ...ccErrors(409, 412) } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const row = await service.update(caller, request.params.id, request.body.bandwidth_package, ifMatch(request));
      return sendOne(reply, 200, KEY, presentBandwidthPackage(row, caller.domainId), row.version);
    });

    app.delete(`${BASE}/:id`, {
      config: NETWORK,
      schema: { operationId: 'ccDeleteBandwidthPackage', tags: TAGS, summary: 'Delete an unbound bandwidth package', params: IdParams, response: { 204: NoContent, ...ccErrors(409) } },
    }, async (request, reply) => {
      await service.remove(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    });

    for (const action of ['associate', 'disassociate'] as const) {
      app.post(`${BASE}/:id/${action}`, {
        config: NETWORK,
        schema: { operationId: `cc${action === 'associate' ? 'Associate' : 'Disassociate'}BandwidthPackage`, tags: TAGS, summary: `${action === 'associate' ? 'Bind the package to' : 'Unbind the package from'} a cloud connection`, params: IdParams, body: BindBody, response: { 200: wrapped(KEY, BandwidthPackage), ...ccErrors(409) } },
      }, async (request, reply) => {
        const caller = callerOf(request);
        const { resource_id: connectionId } = request.body.bandwidth_package;
        const row = action === 'associate' ? await service.associate(caller, request.params.id, connectionId) : await service.disassociate(caller, request.params.id, connectionId);
        return sendOne(reply, 200, KEY, presentBandwidthPackage(row, caller.domainId), row.version);
      });
    }
  };
}
