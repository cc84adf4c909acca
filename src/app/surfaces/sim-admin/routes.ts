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
const SETTINGS_EXAMPLE = { latencyMs: 0, rateLimits: { enabled: true, mutating: { capacity: 50, refillPerSecond: 5 }, nonMutating: { capacity: 100, refillPerSecond: 20 } } };
const Settings = Type.Object({ latencyMs: Latency, rateLimits: RateLimits }, { additionalProperties: false, examples: [SETTINGS_EXAMPLE] });
const SettingsUpdate = Type.Object({
  latencyMs: Type.Optional(Latency),
  rateLimits: Type.Optional(Type.Partial(RateLimits, { additionalProperties: false })),
}, { additionalProperties: false, minProperties: 1, description: 'The settings to change; those left out keep their value.', examples: [{ latencyMs: 250 }, { rateLimits: { enabled: true } }] });
const BucketUse = Type.Object({
  accountId: Type.String({ description: 'The simulated AWS account (12 digits).' }), region: Type.String({ description: 'The region.' }),
  action: Type.String({ description: 'IAM action (ec2:CreateSnapshot), else the sim operation.' }),
  capacity: Type.Integer({ description: 'Tokens the bucket holds when full.' }), refillPerSecond: Type.Number({ description: 'Tokens added each second.' }),
  admitted: Type.Integer({ description: 'Requests that took a token.' }),
  throttled: Type.Integer({ description: 'Requests refused with a throttling error.' }),
  minimumSeconds: Type.Number({ description: 'The least time the bucket allows its admitted requests to take: (admitted − capacity) / refill, at least 0.' }),
});
const Match = Type.Object({
  accountId: Type.Optional(Type.String({ pattern: '^\\d{12}$', description: 'Only calls to this account (12 digits).' })),
  region: Type.Optional(Type.String({ maxLength: 30, description: 'Only calls in this region.' })),
  service: Type.Optional(Type.String({ maxLength: 30, description: 'Only calls to this service (EC2, RDS, S3, …).' })),
  resourceId: Type.Optional(Type.String({ maxLength: 200, description: 'Only calls on this resource id.' })),
}, { additionalProperties: false, description: 'Which calls the fault hits; an absent field matches any.' });
const FaultInput = Type.Object({
  operation: Type.Optional(Nullable(Type.String({ maxLength: 60, description: 'verify, discover, releaseConnection, …; absent hits every call.' }))),
  match: Type.Optional(Match),
  errorCode: Type.Optional(Nullable(Type.String({ pattern: '^[A-Za-z][A-Za-z0-9.]{1,80}$', description: 'An AWS error code, e.g. ThrottlingException, AccessDenied, InternalError.' }))),
  count: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'How many calls it hits; absent: until removed.' }))),
  latencyMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 600_000, description: 'Extra delay of each call it hits, ms (0–600000). Default 0.' })),
}, { additionalProperties: false, examples: [{ operation: 'discover', match: { region: 'us-west-2' }, errorCode: 'ThrottlingException', count: 3 }] });
const Fault = Type.Object({
  id: Int64('Fault ID.'), operation: Nullable(Type.String(), 'The operation it hits; null: every call.'), match: Match,
  errorCode: Nullable(Type.String(), 'The AWS error code a hit call fails with; null: the call only slows down (latencyMs).'),
  remaining: Nullable(Type.Integer(), 'Calls it will still hit; null: until removed.'), latencyMs: Type.Integer({ description: 'Extra delay of each call it hits, ms.' }),
  createdAt: Timestamp('When the fault was added.'),
}, {
  examples: [{ id: 1, operation: 'discover', match: { region: 'us-west-2' }, errorCode: 'ThrottlingException', remaining: 3, latencyMs: 0, createdAt: '2026-12-04T14:50:00.000Z' }],
});
const CallQuery = Type.Object({
  operation: Type.Optional(Type.String({ maxLength: 60, description: 'Only calls of this operation (verify, discover, …).' })),
  accountId: Type.Optional(Type.String({ pattern: '^\\d{12}$', description: 'Only calls to this account (12 digits).' })),
  region: Type.Optional(Type.String({ maxLength: 30, description: 'Only calls in this region.' })), service: Type.Optional(Type.String({ maxLength: 30, description: 'Only calls to this service.' })),
}, { additionalProperties: false });

/** Instance-admin controls of the simulated cloud: latency, fault injection, the call log's counts, roles' permissions and quotas. */
export function simAdminRoutes(sim: SimCloud) {
  return async function (app: HttpServer): Promise<void> {
    const config = (permission: 'sim:read' | 'sim:update') => ({ permission, scope: 'instance' as const, auditTarget: 'sim' });

    app.get('/sim/settings', {
      config: config('sim:read'),
      schema: {
        operationId: 'getSimSettings', tags: TAGS, summary: "The simulated cloud's latency and rate limits",
        description: 'Instance admin only. The delay added to every simulated cloud call and the AWS-shaped throttling settings.', response: { 200: Settings, ...nativeErrors(403) },
      },
    }, async () => sim.getSettings());

    app.put('/sim/settings', {
      config: config('sim:update'),
      schema: {
        operationId: 'updateSimSettings', tags: TAGS, summary: "Change the simulated cloud's latency or rate limits",
        description: 'Instance admin only. Sets the fields given (at least one); the others keep their value. Answers the settings now in effect.',
        body: SettingsUpdate, response: { 200: Settings, ...nativeErrors(400, 403) },
      },
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
        description: 'Instance admin only. Per account, region and action: requests admitted and throttled, and the least time the admitted ones could take.',
        response: {
          200: Type.Object({ buckets: Type.Array(BucketUse, { description: 'The buckets, busiest first.' }) }, {
            examples: [{ buckets: [{ accountId: '111111111111', region: 'us-east-1', action: 'ec2:CreateSnapshot', capacity: 50, refillPerSecond: 5, admitted: 60, throttled: 4, minimumSeconds: 2 }] }],
          }),
          ...nativeErrors(403),
        },
      },
    }, async () => ({ buckets: sim.rateLimitUse() }));

    app.get('/sim/faults', {
      config: config('sim:read'),
      schema: {
        operationId: 'listSimFaults', tags: TAGS, summary: 'The injected faults', description: 'Instance admin only. Every fault still active, with the calls it will still hit.',
        response: { 200: Type.Array(Fault), ...nativeErrors(403) },
      },
    }, async () => (await sim.listFaults()).map((f) => ({ ...f, createdAt: iso(f.createdAt) })));

    app.post('/sim/faults', {
      config: config('sim:update'),
      schema: {
        operationId: 'createSimFault', tags: TAGS, summary: 'Inject a fault into simulated cloud calls',
        description: 'Instance admin only. The calls it matches (operation and match) fail with errorCode, or are slowed by latencyMs, count times or until removed: to rehearse throttling, outages and denials.',
        body: FaultInput, response: { 201: Fault, ...nativeErrors(400, 403) },
      },
    }, async (request, reply) => {
      const id = await sim.addFault(request.body);
      request.auditTargetId = String(id);
      const fault = (await sim.listFaults()).find((f) => f.id === id)!;
      return reply.status(201).send({ ...fault, createdAt: iso(fault.createdAt) });
    });

    app.delete('/sim/faults/:faultId', {
      config: config('sim:update'),
      schema: {
        operationId: 'deleteSimFault', tags: TAGS, summary: 'Remove an injected fault', description: 'Instance admin only. Calls are no longer hit by it.',
        params: Type.Object({ faultId: Int64('Fault ID.') }), response: { 204: Type.Null({ description: 'Removed' }), ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => {
      if (!(await sim.removeFault(request.params.faultId))) throw new NotFoundError(`Fault ${request.params.faultId}`);
      return reply.status(204).send(null);
    });

    app.get('/sim/calls', {
      config: config('sim:read'),
      schema: {
        operationId: 'countSimCalls', tags: TAGS, summary: 'How many simulated cloud calls were made, optionally narrowed',
        description: 'Instance admin only. The number of simulated cloud calls logged, narrowed by operation, account, region and service.',
        querystring: CallQuery, response: { 200: Type.Object({ count: Type.Integer({ description: 'How many calls matched.' }) }, { examples: [{ count: 42 }] }), ...nativeErrors(400, 403) },
      },
    }, async (request) => ({ count: await sim.countCalls(request.query) }));

    await simIamRoutes(sim)(app);
  };
}
