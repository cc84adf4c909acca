import { Type } from '@sinclair/typebox';
import type { SimCloud } from '../../../cloud/sim/index.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { nativeErrors } from '../../../platform/http/native-errors.ts';
import { Int64, iso, Nullable, Timestamp } from '../../../platform/http/schema.ts';
import type { HttpServer } from '../../../platform/http/server.ts';
import '../../../modules/tenancy/http-auth.ts';
import { simIamRoutes } from './iam-routes.ts';

const TAGS = ['simulated cloud'];
const Settings = Type.Object({ latencyMs: Type.Integer({ minimum: 0, maximum: 600_000, description: 'Delay of each simulated cloud call.' }) }, { additionalProperties: false });
const Match = Type.Object({
  accountId: Type.Optional(Type.String({ pattern: '^\\d{12}$' })),
  region: Type.Optional(Type.String({ maxLength: 30 })),
  service: Type.Optional(Type.String({ maxLength: 30 })),
  resourceId: Type.Optional(Type.String({ maxLength: 200 })),
}, { additionalProperties: false });
const FaultInput = Type.Object({
  operation: Type.Optional(Nullable(Type.String({ maxLength: 60, description: 'verify, discover, releaseConnection, …; absent hits every call.' }))),
  match: Type.Optional(Match),
  errorCode: Type.Optional(Nullable(Type.String({ pattern: '^[A-Za-z][A-Za-z0-9.]{1,80}$', description: 'An AWS error code, e.g. ThrottlingException, AccessDenied, InternalError.' }))),
  count: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'How many calls it hits; absent: until removed.' }))),
  latencyMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 600_000 })),
}, { additionalProperties: false });
const Fault = Type.Object({
  id: Int64(), operation: Nullable(Type.String()), match: Match, errorCode: Nullable(Type.String()),
  remaining: Nullable(Type.Integer()), latencyMs: Type.Integer(), createdAt: Timestamp(),
});
const CallQuery = Type.Object({
  operation: Type.Optional(Type.String({ maxLength: 60 })), accountId: Type.Optional(Type.String({ pattern: '^\\d{12}$' })),
  region: Type.Optional(Type.String({ maxLength: 30 })), service: Type.Optional(Type.String({ maxLength: 30 })),
}, { additionalProperties: false });

/** Instance-admin controls of the simulated cloud: latency, fault injection, the call log's counts, roles' permissions and quotas. */
export function simAdminRoutes(sim: SimCloud) {
  return async function (app: HttpServer): Promise<void> {
    const config = (permission: 'sim:read' | 'sim:update') => ({ permission, scope: 'instance' as const, auditTarget: 'sim' });

    app.get('/sim/settings', {
      config: config('sim:read'),
      schema: { operationId: 'getSimSettings', tags: TAGS, response: { 200: Settings, ...nativeErrors(403) } },
    }, async () => sim.getSettings());

    app.put('/sim/settings', {
      config: config('sim:update'),
      schema: { operationId: 'updateSimSettings', tags: TAGS, body: Settings, response: { 200: Settings, ...nativeErrors(400, 403) } },
    }, async (request) => {
      await sim.setLatency(request.body.latencyMs);
      return sim.getSettings();
    });

    app.get('/sim/faults', {
      config: config('sim:read'),
      schema: { operationId: 'listSimFaults', tags: TAGS, response: { 200: Type.Array(Fault), ...nativeErrors(403) } },
    }, async () => (await sim.listFaults()).map((f) => ({ ...f, createdAt: iso(f.createdAt) })));

    app.post('/sim/faults', {
      config: config('sim:update'),
      schema: { operationId: 'createSimFault', tags: TAGS, body: FaultInput, response: { 201: Fault, ...nativeErrors(400, 403) } },
    }, async (request, reply) => {
      const id = await sim.addFault(request.body);
      request.auditTargetId = String(id);
      const fault = (await sim.listFaults()).find((f) => f.id === id)!;
      return reply.status(201).send({ ...fault, createdAt: iso(fault.createdAt) });
    });

    app.delete('/sim/faults/:faultId', {
      config: config('sim:update'),
      schema: { operationId: 'deleteSimFault', tags: TAGS, params: Type.Object({ faultId: Int64() }), response: { 204: Type.Null(), ...nativeErrors(403, 404) } },
    }, async (request, reply) => {
      if (!(await sim.removeFault(request.params.faultId))) throw new NotFoundError(`Fault ${request.params.faultId}`);
      return reply.status(204).send(null);
    });

    app.get('/sim/calls', {
      config: config('sim:read'),
      schema: {
        operationId: 'countSimCalls', tags: TAGS, summary: 'How many simulated cloud calls were made, optionally narrowed',
        querystring: CallQuery, response: { 200: Type.Object({ count: Type.Integer() }), ...nativeErrors(400, 403) },
      },
    }, async (request) => ({ count: await sim.countCalls(request.query) }));

    await simIamRoutes(sim)(app);
  };
}
