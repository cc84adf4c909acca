// The pre-flight checks against a fake cloud port: the branches the simulated cloud does not reach on the demo.
import { describe, expect, it } from 'vitest';
import { CloudCallError, type CloudProvider, type QuotaUsage } from '../../src/cloud/provider.ts';
import { preflightChecks, type PreflightDeps, type PreflightInput } from '../../src/modules/recoveries/checks.ts';
import type { PlanStep } from '../../src/modules/recoveries/plan.ts';

const step = (id: string, type: string, action: PlanStep['action'], extra: Partial<PlanStep> = {}): PlanStep => ({
  sourceResourceId: id, sourceRegion: 'us-east-1', type, name: id, level: 0, action, reason: 'selected', targetRegion: 'us-west-2',
  configuration: {}, tags: {}, dependencies: [], snapshotId: null, blocker: null, note: null, sourceArn: null, droppedReferences: [], ...extra,
});
const quota = (name: QuotaUsage['quota'], used: number, limit: number): QuotaUsage => ({ quota: name, quotaCode: 'L-X', serviceCode: 'ec2', limit, used });
const credentials = { type: 'access-key', accessKeyId: 'AKIA', secretAccessKey: 'x' } as const;

type Cloud = PreflightDeps['cloud'];
function deps(cloud: Partial<Cloud>, extra: Partial<PreflightDeps> = {}): PreflightDeps {
  const refuse = () => Promise.reject(new CloudCallError('authentication', 'AccessDenied', 'AccessDenied: not allowed'));
  return {
    cloud: { describeQuotas: refuse, instanceTypeOfferings: refuse, describeSnapshot: refuse, ...cloud } satisfies Pick<CloudProvider, keyof Cloud>,
    inventoryIds: async () => new Set(), policies: { protectionInterval: async () => undefined }, now: () => 11 * 3_600_000, ...extra,
  };
}
const input = (steps: PlanStep[], extra: Partial<PreflightInput> = {}): PreflightInput => ({
  assemblyId: 1, scope: 'cross-account', steps, serviceOf: new Map(steps.map((s) => [s.sourceResourceId, s.type.startsWith('ebs') ? 'EBS' : 'EC2'] as const)),
  source: { connectionId: 1, credentials }, protection: { id: 'prot-1', createdAt: 9 * 3_600_000 },
  target: { connectionId: 2, connectionName: 'dr-aws', status: 'enabled', connectivityStatus: 'success', credentials, services: ['EC2', 'EBS', 'VPC'], regions: ['us-west-2'], region: 'us-west-2' },
  ...extra,
});
const byName = (checks: Awaited<ReturnType<typeof preflightChecks>>) => Object.fromEntries(checks.map((c) => [c.name, c]));

describe('pre-flight checks (fake cloud)', () => {
  const instance = step('i-1', 'ec2:instance', 'create', { configuration: { instanceType: 'x9.huge', availabilityZone: 'us-west-2a' } });
  const volume = step('vol-1', 'ebs:volume', 'restore', { snapshotId: 'snap-1' });

  it('a cloud error while checking is a warning with its message, never a pass', async () => {
    const checks = byName(await preflightChecks(deps({}), input([instance, volume])));
    for (const name of ['quotas', 'instance-type-offerings']) expect(checks[name]).toMatchObject({ status: 'warning', message: expect.stringContaining('AccessDenied: not allowed') });
    expect(checks.snapshots).toMatchObject({ status: 'warning', message: expect.stringContaining('snap-1') });
    expect(checks['target-connection']!.status).toBe('passed');
  });

  it('quotas: an unknown instance type is named and counted large (warning); past 80 % is a warning; over is failed', async () => {
    const twoVpcs = [step('vpc-1', 'ec2:vpc', 'create'), step('vpc-2', 'ec2:vpc', 'create')];
    const cloud = { describeQuotas: async () => [quota('on-demand-vcpus', 0, 100), quota('vpcs', 3, 5)] };
    const checks = byName(await preflightChecks(deps(cloud), input([instance, ...twoVpcs])));
    expect(checks['quota:on-demand-vcpus']).toMatchObject({ status: 'warning', message: expect.stringMatching(/counting 8 vCPUs .*x9\.huge/) });
    expect(checks['quota:vpcs']).toMatchObject({ status: 'warning', message: expect.stringContaining('5 of 5 after the recovery') });
    const over = byName(await preflightChecks(deps({ describeQuotas: async () => [quota('vpcs', 4, 5)] }), input(twoVpcs)));
    expect(over['quota:vpcs']).toMatchObject({ status: 'failed', resourceIds: ['vpc-1', 'vpc-2'], message: expect.stringContaining('1 over the quota') });
  });

  it('snapshots: a missing one fails naming it; the method per resource follows the key', async () => {
    const rds = step('db-1', 'rds:db-instance', 'restore', { snapshotId: 'rds:snap-2' });
    const cloud = {
      describeSnapshot: async (_c: unknown, request: { snapshotId: string }) => (request.snapshotId === 'snap-1' ? undefined
        : { snapshotId: request.snapshotId, region: 'us-west-2', type: 'rds:db-instance', ownerAccountId: '111111111111', kmsKeyId: null, keyManager: null, sharedWith: [] }),
    };
    const checks = byName(await preflightChecks(deps(cloud), input([volume, rds])));
    expect(checks.snapshots).toMatchObject({ status: 'failed', resourceIds: ['vol-1'], message: expect.stringContaining('snap-1 of vol-1') });
    expect(checks['snapshot-transfer']).toMatchObject({ status: 'passed', message: 'db-1: share, not encrypted: shared with the target account' });
    const sameRegion = byName(await preflightChecks(deps(cloud), input([volume], { scope: 'same-region' })));
    expect(sameRegion.snapshots).toBeUndefined();
  });

  it('name collisions: a name the target holds is a warning (copies get a suffix); the source itself in its own account is none', async () => {
    const queue = step('orders', 'sqs:queue', 'create');
    const taken = byName(await preflightChecks(deps({}, { inventoryIds: async () => new Set(['orders']) }), input([queue])));
    expect(taken['name-collisions']).toMatchObject({ status: 'warning', resourceIds: ['orders'] });
    const own = byName(await preflightChecks(deps({}, { inventoryIds: async () => new Set(['orders']) }),
      input([{ ...queue, targetRegion: 'us-east-1' }], { source: { connectionId: 2, credentials }, target: { ...input([]).target, region: 'us-east-1', regions: ['us-east-1'] } })));
    expect(own['name-collisions']!.status).toBe('passed');
  });

  it('recovery point: older than the enabled policy interval is a warning', async () => {
    const policies = { protectionInterval: async () => ({ policyName: 'hourly', intervalMs: 3_600_000 }) };
    expect(byName(await preflightChecks(deps({}, { policies, now: () => 9.5 * 3_600_000 }), input([])))['recovery-point-age']!.status).toBe('passed');
    const stale = byName(await preflightChecks(deps({}, { policies }), input([])))['recovery-point-age']!;
    expect(stale).toMatchObject({ status: 'warning', message: expect.stringMatching(/2 hours old; policy hourly protects every 1 hour: newer protections are missing/) });
  });

  it('an unready target and a missing service fail', async () => {
    const checks = byName(await preflightChecks(deps({}), input([step('q', 'sqs:queue', 'create')], {
      serviceOf: new Map([['q', 'SQS']]), target: { ...input([]).target, status: 'disabled' },
    })));
    expect(checks['target-connection']!.status).toBe('failed');
    expect(checks['services-and-regions']).toMatchObject({ status: 'failed', resourceIds: ['q'], message: expect.stringContaining('SQS (needed by q)') });
  });
});
