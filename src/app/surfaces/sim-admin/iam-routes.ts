import { Type } from '@sinclair/typebox';
import { SIM_QUOTA_NAMES, type SimCloud } from '../../../cloud/sim/index.ts';
import { nativeErrors } from '../../../platform/http/native-errors.ts';
import { Nullable } from '../../../platform/http/schema.ts';
import type { HttpServer } from '../../../platform/http/server.ts';
import '../../../modules/tenancy/http-auth.ts';

const TAGS = ['simulated cloud'];
const ROLE_EXAMPLE = {
  accountId: '111111111111', roleName: 'LifeboatAccess', externalId: 'lifeboat-9ac95c2b46b37f7a9f0cb4c6ba4864e1',
  actions: ['ec2:DescribeInstances', 'ec2:DescribeVolumes', 'ec2:CreateSnapshot'], regions: ['us-east-1'],
};
const AccountId = Type.String({ pattern: '^\\d{12}$', description: 'The simulated AWS account (12 digits); it must exist in the simulated cloud.' });
const Region = Type.String({ pattern: '^[a-z]{2}(-[a-z]+)+-\\d$', maxLength: 30, description: 'An AWS region, e.g. us-east-1.' });
const Role = Type.Object({
  accountId: AccountId,
  roleName: Type.String({ pattern: '^[\\w+=,.@-]{1,64}$', description: 'The role name (the last part of its ARN, arn:aws:iam::{accountId}:role/{roleName}).' }),
  externalId: Type.Optional(Nullable(Type.String({ minLength: 2, maxLength: 1224, description: 'AssumeRole must present it; null or absent accepts any.' }))),
  actions: Type.Optional(Nullable(Type.Array(Type.String({ pattern: '^[a-z0-9-]+:[A-Za-z0-9*]+$', maxLength: 128 }), {
    maxItems: 2000, description: 'The IAM actions its policy allows (ec2:CreateVpc, …); null or absent allows every action.',
  }))),
  regions: Type.Optional(Nullable(Type.Array(Region, { maxItems: 50, description: 'The regions its policy allows (aws:RequestedRegion); null or absent allows every region.' }))),
}, { additionalProperties: false, examples: [ROLE_EXAMPLE] });
const QuotaName = Type.Union(SIM_QUOTA_NAMES.map((name) => Type.Literal(name)), {
  description: 'vpcs (VPCs per region), elastic-ips (EC2-VPC Elastic IPs), on-demand-vcpus (running On-Demand standard instances, in vCPUs), rds-instances (DB instances).',
});
const Quota = Type.Object({
  accountId: AccountId,
  region: Type.Union([Region, Type.Literal('*')], { description: 'A region, or * for every region without its own override.' }),
  quota: QuotaName,
  limit: Type.Integer({ minimum: 0, maximum: 1_000_000, description: "The quota's limit, in its unit (VPCs, addresses, vCPUs, DB instances). AWS's defaults: 5, 5, 5 and 40." }),
}, { additionalProperties: false, examples: [{ accountId: '111111111111', region: 'us-west-2', quota: 'on-demand-vcpus', limit: 64 }] });
const QuotaUsage = Type.Object({
  quota: QuotaName,
  quotaCode: Type.String({ description: "The quota's code in AWS Service Quotas (L-F678F1CE, …)." }),
  serviceCode: Type.String({ description: 'The service it belongs to in AWS Service Quotas (vpc, ec2, rds).' }),
  limit: Type.Integer({ description: "The limit in the region: the region's override, else the account's * override, else AWS's default." }),
  used: Type.Number({ description: 'What the account uses of it in the region now, counted from its simulated resources, in the same unit.' }),
});
const QUOTAS_EXAMPLE = [
  { quota: 'vpcs', quotaCode: 'L-F678F1CE', serviceCode: 'vpc', limit: 20, used: 1 },
  { quota: 'elastic-ips', quotaCode: 'L-0263D0A3', serviceCode: 'ec2', limit: 20, used: 1 },
  { quota: 'on-demand-vcpus', quotaCode: 'L-1216C47A', serviceCode: 'ec2', limit: 256, used: 4 },
  { quota: 'rds-instances', quotaCode: 'L-7B6409FD', serviceCode: 'rds', limit: 40, used: 1 },
];

/** The simulated IAM roles' permissions and the accounts' quotas, for the instance admin and tests. */
export function simIamRoutes(sim: SimCloud) {
  return async function (app: HttpServer): Promise<void> {
    const config = (permission: 'sim:read' | 'sim:update') => ({ permission, scope: 'instance' as const, auditTarget: 'sim' });

    app.put('/sim/roles', {
      config: config('sim:update'),
      schema: {
        operationId: 'putSimRole', tags: TAGS, summary: 'Create or replace a simulated IAM role, with the actions and regions its policy allows',
        description: 'Instance admin only. The role a cloud connection assumes in the simulated cloud: a call it makes outside its actions or regions is refused '
          + "with the service's access-denied error (UnauthorizedOperation, AccessDenied, …), as AWS would: to rehearse a role with too few permissions. Answers the role as stored.",
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
        description: "Instance admin only. Replaces the override for the account, region and quota. A recovery's pre-flight check reads these limits, "
          + 'and a create that would pass one fails with the error AWS gives (VpcLimitExceeded, VcpuLimitExceeded, …). Answers the override as stored.',
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
        description: 'Instance admin only. Every quota the simulated cloud enforces, with its limit and use in the account and region.',
        querystring: Type.Object({ accountId: AccountId, region: Region }, { additionalProperties: false }),
        response: { 200: Type.Array(QuotaUsage, { examples: [QUOTAS_EXAMPLE] }), ...nativeErrors(400, 403) },
      },
    }, async (request) => sim.getQuotas(request.query));
  };
}
