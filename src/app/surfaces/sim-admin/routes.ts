import { Type } from '@sinclair/typebox';
import type { SimCloud } from '../../../cloud/sim/index.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { nativeErrors } from '../../../platform/http/native-errors.ts';
import { Int64, iso, Nullable, Timestamp } from '../../../platform/http/schema.ts';
import type { HttpServer } from '../../../platform/http/server.ts';
import '../../../modules/tenancy/http-auth.ts';
import { simIamRoutes } from './iam-routes.ts';

const TAGS = ['simulated cloud'];
const Latency = Type.Integer({ minimum: 0, maximum: 600_000, description: 'Delay of each simulated cloud call, ms.' });
const Bucket = Type.Object({
  capacity: Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'Tokens the bucket holds when full: the burst of requests allowed at once.' }),
  refillPerSecond: Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000, description: 'Tokens added each second, up to the capacity: the sustained request rate.' }),
}, { additionalProperties: false });
const RateLimits = Type.Object({
  enabled: Type.Boolean({ description: 'Whether calls are throttled (off by default). Each account, region and action has its own bucket.' }),
  mutating: Type.Object(Bucket.properties, { additionalProperties: false, description: 'Bucket of each mutating action (Create*, Delete*, …). AWS EC2 default: 50 tokens, 5 per second.' }),
  nonMutating: Type.Object(Bucket.properties, { additionalProperties: false, description: 'Bucket of each Describe*, List* and Get* action. AWS EC2 default: 100 tokens, 20 per second.' }),
}, { additionalProperties: false, description: "AWS-shaped request throttling: a call that finds its bucket empty fails as AWS's would (RequestLimitExceeded, Throttling, SlowDown)." });
const Settings = Type.Object({ latencyMs: Latency, rateLimits: RateLimits }, { additionalProperties: false });
const SettingsUpdate = Type.Object({
  latencyMs: Type.Optional(Latency),
  rateLimits: Type.Optional(Type.Partial(RateLimits, { additionalProperties: false })),
}, { additionalProperties: false, minProperties: 1, description: 'The settings to change; those left out keep their value.' });
const BucketUse = Type.Object({
  accountId: Type.String(), region: Type.String(), action: Type.String({ description: 'IAM action (ec2:CreateSnapshot), else the sim operation.' }),
  capacity: Type.Integer(), refillPerSecond: Type.Number(),
  admitted: Type.Integer({ description: 'Requests that took a token.' }),
  throttled: Type.Integer({ description: 'Requests refused with a throttling error.' }),
  minimumSeconds: Type.Number({ description: 'The least time the bucket allows its admitted requests to take: (admitted − capacity) / refill, at least 0.' }),
});
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
      schema: { operationId: 'updateSimSettings', tags: TAGS, body: SettingsUpdate, response: { 200: Settings, ...nativeErrors(400, 403) } },
    }, async (request) => {
      if (request.body.latencyMs !== undefined) await sim.setLatency(request.body.latencyMs);
      if (request.body.rateLimits !== undefined) await sim.setRateLimits(request.body.rateLimits);
      return sim.getSettings();
    });

    app.get('/sim/rate-limits', {
      config: config('sim:read'),
      schema: {
        operationId: 'listSimRateLimitBuckets', tags: TAGS,
        summary: "Each throttling bucket this server process has used since the rate limits were last set, busiest first",
        response: { 200: Type.Object({ buckets: Type.Array(BucketUse) }), ...nativeErrors(403) },
      },
    }, async () => ({ buckets: sim.rateLimitUse() }));

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
