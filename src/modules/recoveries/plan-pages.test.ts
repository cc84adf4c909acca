import { describe, expect, it } from 'vitest';
import { planPages } from './plan-pages.ts';
import { layOutPlan, planRecovery, skeletonOf, type CapturedResource, type PlanInput, type PlanStep } from './plan.ts';
import { placeZones } from './zones.ts';

const done = (snapshotId: string) => ({ status: 'completed', snapshotId, error: null });

/** An estate with every shape the plan treats apart: zones, ARNs, rules naming other groups, captured dependencies, a cycle, a lost snapshot. */
function estate(blocks: number): CapturedResource[] {
  const resources: CapturedResource[] = [
    { resourceId: 'vpc-1', region: 'us-east-1', arn: 'arn:aws:ec2:us-east-1:111111111111:vpc/vpc-1', type: 'ec2:vpc', name: 'main', configuration: { cidrBlock: '10.0.0.0/16' }, tags: { app: 'shop' }, dependencies: [] },
    { resourceId: 'sg-x', region: 'us-east-1', type: 'ec2:security-group', name: 'x', configuration: { vpcId: 'vpc-1' }, tags: {}, dependencies: ['sg-y'] },
    { resourceId: 'sg-y', region: 'us-east-1', type: 'ec2:security-group', name: 'y', configuration: { vpcId: 'vpc-1' }, tags: {}, dependencies: ['sg-x'] },
  ];
  for (let b = 0; b < blocks; b++) {
    const zone = `us-east-1${'abc'[b % 3]}`;
    const tier = b % 2 ? 'web' : 'data';
    resources.push(
      { resourceId: `subnet-${b}`, region: 'us-east-1', type: 'ec2:subnet', name: `s${b}`, configuration: { availabilityZone: zone, vpcId: 'vpc-1' }, tags: { tier }, dependencies: ['vpc-1'], captureReason: b % 4 === 3 ? 'dependency' : 'selected' },
      { resourceId: `sg-${b}`, region: 'us-east-1', type: 'ec2:security-group', name: `g${b}`, configuration: { vpcId: 'vpc-1', ingress: [{ sourceSecurityGroupId: `sg-${(b + 1) % blocks}` }, { sourceSecurityGroupId: 'sg-outside' }] }, tags: { tier }, dependencies: ['vpc-1'] },
      { resourceId: `vol-${b}`, region: 'us-east-1', type: 'ebs:volume', name: `v${b}`, configuration: { availabilityZone: zone, size: 8, attachment: { instanceId: `i-${b}` } }, tags: { tier }, dependencies: [], snapshot: b % 5 === 4 ? { status: 'deleted', snapshotId: null, error: null } : done(`snap-${b}`), replicas: b % 3 ? { 'us-west-2': { status: 'completed', snapshotId: `snap-${b}w` } } : {} },
      { resourceId: `i-${b}`, region: 'us-east-1', type: 'ec2:instance', name: `i${b}`, configuration: { availabilityZone: zone, instanceType: b % 2 ? 'm5.large' : 't3.micro', subnetId: `subnet-${b}`, keyName: 'prod', volumes: [`vol-${b}`], topic: `arn:aws:sns:us-east-1:111111111111:t-${b}` }, tags: { tier, app: 'shop' }, dependencies: [`subnet-${b}`, `sg-${b}`, `vol-${b}`, 'sg-outside'] },
      { resourceId: `t-${b}`, region: 'us-east-1', arn: `arn:aws:sns:us-east-1:111111111111:t-${b}`, type: 'sns:topic', name: `t${b}`, configuration: {}, tags: { tier }, dependencies: [] },
      { resourceId: `db-${b}`, region: 'us-east-1', type: 'rds:db-instance', name: `db${b}`, configuration: { availabilityZone: zone, dbSubnets: [`subnet-${b}`] }, tags: { tier: 'data' }, dependencies: [`subnet-${b}`, `sg-${b}`], captureReason: b % 6 === 5 ? 'dependency' : 'selected', snapshot: done(`rds:snap-${b}`), replicas: {} },
    );
  }
  return resources;
}

const RESOURCES = estate(9);
const base: PlanInput = { resources: RESOURCES, scope: 'same-region', mode: 'rebuild', filter: { type: 'all' }, sourceRegion: 'us-east-1', targetRegion: 'us-east-1' };
const zonesOf = (input: PlanInput) => placeZones(input, { region: input.targetRegion, zones: [`${input.targetRegion}a`, `${input.targetRegion}b`], offerings: { [`${input.targetRegion}a`]: ['t3.micro', 'm5.large'], [`${input.targetRegion}b`]: ['t3.micro'] } });

const KINDS: Record<string, PlanInput> = {
  'same-region': base,
  'same-region, as-captured': { ...base, isolation: 'as-captured' },
  'cross-region': { ...base, scope: 'cross-region', targetRegion: 'us-west-2' },
  'cross-region, zones read from the target': { ...base, scope: 'cross-region', targetRegion: 'us-west-2', zones: zonesOf({ ...base, scope: 'cross-region', targetRegion: 'us-west-2' }) },
  'cross-account': { ...base, scope: 'cross-account' },
  'cross-zone': { ...base, scope: 'cross-zone' },
  'cross-zone, a zone asked for': { ...base, scope: 'cross-zone', targetZone: 'us-east-1c' },
  'configuration only': { ...base, configurationOnly: true },
  'use-source': { ...base, mode: 'use-source' },
  'reuse-existing': { ...base, mode: 'reuse-existing', existingInTarget: new Set(['vpc-1', 'subnet-2', 'sg-3', 'vol-1']) },
  'custom filter': { ...base, filter: { type: 'custom', resourceIds: ['i-4', 'db-2', 'nope'] } },
  'tags filter': { ...base, filter: { type: 'tags', conditions: 'match-any-tags', tags: [{ key: 'tier', value: 'web' }] } },
  // A rewind recovers an older protection: fewer resources, other snapshots (one of them since deleted).
  rewind: { ...base, resources: estate(4).map((r) => (r.snapshot ? { ...r, snapshot: r.resourceId === 'vol-1' ? { status: 'deleted', snapshotId: null, error: null } : done(`old-${r.resourceId}`) } : r)) },
};

async function paged(input: PlanInput, pageSize: number): Promise<{ steps: PlanStep[]; unknownIds: string[]; reads: number[] }> {
  const layout = layOutPlan({ ...input, resources: input.resources.map(skeletonOf) });
  const byId = new Map(input.resources.map((r) => [r.resourceId, structuredClone(r)]));
  const reads: number[] = [];
  const steps: PlanStep[] = [];
  // The reader answers in another order than asked, as a database would.
  for await (const page of planPages(layout, async (ids) => { reads.push(ids.length); return [...ids].reverse().map((id) => byId.get(id)!); }, pageSize)) steps.push(...page);
  return { steps, unknownIds: layout.unknownIds, reads };
}

describe('the plan built a page at a time', () => {
  for (const [kind, input] of Object.entries(KINDS)) {
    it(`equals the whole plan: ${kind}`, async () => {
      const whole = planRecovery(input);
      expect(whole.steps.length).toBeGreaterThan(3);
      for (const pageSize of [2, 3, 5, 7]) {
        const built = await paged(input, pageSize);
        expect(built.steps, `page size ${pageSize}`).toEqual(whole.steps);
        expect(built.unknownIds).toEqual(whole.unknownIds);
        // Never more than a page of configurations read at once.
        expect(Math.max(...built.reads)).toBeLessThanOrEqual(pageSize);
        expect(built.reads.reduce((a, b) => a + b, 0)).toBe(whole.steps.length);
      }
    });
  }

  it('lays out from skeletons alone: no name, and of the configuration only the zone and instance type', () => {
    const skeleton = skeletonOf(RESOURCES.find((r) => r.resourceId === 'i-1')!);
    expect(skeleton).not.toHaveProperty('name');
    expect(skeleton.configuration).toEqual({ availabilityZone: 'us-east-1b', instanceType: 'm5.large' });
  });
});
