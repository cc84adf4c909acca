import { Type } from '@sinclair/typebox';
import { SIM_QUOTA_NAMES, type SimCloud } from '../../../cloud/sim/index.ts';
import { nativeErrors } from '../../../platform/http/native-errors.ts';
import { Nullable } from '../../../platform/http/schema.ts';
import type { HttpServer } from '../../../platform/http/server.ts';
import '../../../modules/tenancy/http-auth.ts';

const TAGS = ['simulated cloud'];
const AccountId = Type.String({ pattern: '^\\d{12}$' });
const Region = Type.String({ pattern: '^[a-z]{2}(-[a-z]+)+-\\d$', maxLength: 30 });
const Role = Type.Object({
  accountId: AccountId,
  roleName: Type.String({ pattern: '^[\\w+=,.@-]{1,64}$' }),
  externalId: Type.Optional(Nullable(Type.String({ minLength: 2, maxLength: 1224, description: 'AssumeRole must present it; null or absent accepts any.' }))),
  actions: Type.Optional(Nullable(Type.Array(Type.String({ pattern: '^[a-z0-9-]+:[A-Za-z0-9*]+$', maxLength: 128 }), {
    maxItems: 2000, description: 'The IAM actions its policy allows (ec2:CreateVpc, …); null or absent allows every action.',
  }))),
  regions: Type.Optional(Nullable(Type.Array(Region, { maxItems: 50, description: 'The regions its policy allows (aws:RequestedRegion); null or absent allows every region.' }))),
}, { additionalProperties: false });
const QuotaName = Type.Union(SIM_QUOTA_NAMES.map((name) => Type.Literal(name)));
const Quota = Type.Object({
  accountId: AccountId,
  region: Type.Union([Region, Type.Literal('*')], { description: 'A region, or * for every region without its own override.' }),
  quota: QuotaName,
  limit: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
}, { additionalProperties: false });
const QuotaUsage = Type.Object({
  quota: QuotaName, quotaCode: Type.String(), serviceCode: Type.String(), limit: Type.Integer(), used: Type.Number(),
});

/** The simulated IAM roles' permissions and the accounts' quotas, for the instance admin and tests. */
export function simIamRoutes(sim: SimCloud) {
  return async function (app: HttpServer): Promise<void> {
    const config = (permission: 'sim:read' | 'sim:update') => ({ permission, scope: 'instance' as const, auditTarget: 'sim' });

    app.put('/sim/roles', {
      config: config('sim:update'),
      schema: {
        operationId: 'putSimRole', tags: TAGS, summary: 'Create or replace a simulated IAM role, with the actions and regions its policy allows',
        body: Role, response: { 200: Role, ...nativeErrors(400, 403) },
      },
    }, async (request) => {
      await sim.putRole(request.body);
      request.auditTargetId = `${request.body.accountId}/${request.body.roleName}`;
      return request.body;
    });

    app.put('/sim/quotas', {
      config: config('sim:update'),
      schema: {
        operationId: 'putSimQuota', tags: TAGS, summary: "Override a quota's limit for a simulated account in a region (or every region)",
        body: Quota, response: { 200: Quota, ...nativeErrors(400, 403) },
      },
    }, async (request) => {
      await sim.putQuota(request.body);
      request.auditTargetId = `${request.body.accountId}/${request.body.region}/${request.body.quota}`;
      return request.body;
    });

    app.get('/sim/quotas', {
      config: config('sim:read'),
      schema: {
        operationId: 'listSimQuotas', tags: TAGS, summary: 'The quotas of a simulated account in a region, with their limits and current use',
        querystring: Type.Object({ accountId: AccountId, region: Region }, { additionalProperties: false }),
        response: { 200: Type.Array(QuotaUsage), ...nativeErrors(400, 403) },
      },
    }, async (request) => sim.getQuotas(request.query));
  };
}
