import { describe, expect, it } from 'vitest';
import { planRecovery, type CapturedResource, type PlanInput } from './plan.ts';

const done = (snapshotId: string) => ({ status: 'completed', snapshotId, error: null });
const ESTATE: CapturedResource[] = [
  { resourceId: 'i-web', region: 'us-east-1', type: 'ec2:instance', name: 'web', configuration: { availabilityZone: 'us-east-1a', subnetId: 'subnet-a' }, tags: { tier: 'web' }, dependencies: ['subnet-a', 'sg-web', 'vol-web'] },
  { resourceId: 'vol-web', region: 'us-east-1', type: 'ebs:volume', name: 'web-root', configuration: { availabilityZone: 'us-east-1a', size: 8 }, tags: { tier: 'web' }, dependencies: [], snapshot: done('snap-1'), replicas: { 'us-west-2': { status: 'completed', snapshotId: 'snap-1w' } } },
  { resourceId: 'subnet-a', region: 'us-east-1', type: 'ec2:subnet', name: 'a', configuration: { availabilityZone: 'us-east-1a', vpcId: 'vpc-1' }, tags: {}, dependencies: ['vpc-1'] },
  { resourceId: 'sg-web', region: 'us-east-1', type: 'ec2:security-group', name: 'web', configuration: { vpcId: 'vpc-1' }, tags: {}, dependencies: ['vpc-1'] },
  { resourceId: 'vpc-1', region: 'us-east-1', type: 'ec2:vpc', name: 'main', configuration: { cidrBlock: '10.0.0.0/16' }, tags: {}, dependencies: [] },
  { resourceId: 'db-1', region: 'us-east-1', type: 'rds:db-instance', name: 'db', configuration: {}, tags: { tier: 'data' }, dependencies: ['subnet-a'], snapshot: done('rds:snap-db'), replicas: {} },
];
const base: PlanInput = { resources: ESTATE, scope: 'same-region', mode: 'rebuild', filter: { type: 'all' }, sourceRegion: 'us-east-1', targetRegion: 'us-east-1' };
const step = (plan: ReturnType<typeof planRecovery>, id: string) => plan.steps.find((s) => s.sourceResourceId === id)!;

describe('recovery plan', () => {
  it('orders by dependency: the VPC, then its subnet and group, then the instance; volumes are restored from their snapshot', () => {
    const plan = planRecovery(base);
    expect(plan.steps.map((s) => s.sourceResourceId)).toEqual(['vpc-1', 'vol-web', 'subnet-a', 'sg-web', 'db-1', 'i-web']);
    expect(plan.steps.map((s) => s.level)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(step(plan, 'vol-web')).toMatchObject({ action: 'restore', snapshotId: 'snap-1' });
    expect(step(plan, 'i-web')).toMatchObject({ action: 'create', snapshotId: null, blocker: null });
  });

  it('pulls in the dependencies of what the filter selects, and says so', () => {
    const plan = planRecovery({ ...base, filter: { type: 'custom', resourceIds: ['i-web', 'nope'] } });
    expect(plan.unknownIds).toEqual(['nope']);
    expect(plan.steps.map((s) => [s.sourceResourceId, s.reason])).toEqual([
      ['vpc-1', 'dependency'], ['vol-web', 'dependency'], ['subnet-a', 'dependency'], ['sg-web', 'dependency'], ['i-web', 'selected'],
    ]);
  });

  it('selects by tags, all or any', () => {
    const any = planRecovery({ ...base, filter: { type: 'tags', conditions: 'match-any-tags', tags: [{ key: 'tier', value: 'data' }, { key: 'tier', value: 'nope' }] } });
    expect(any.steps.filter((s) => s.reason === 'selected').map((s) => s.sourceResourceId)).toEqual(['db-1']);
    const all = planRecovery({ ...base, filter: { type: 'tags', conditions: 'match-all-tags', tags: [{ key: 'tier', value: 'data' }, { key: 'tier', value: 'nope' }] } });
    expect(all.steps).toEqual([]);
  });

  it('cross-region: restores from the replica copy, moves zones, and blocks what has no copy there (and what depends on it)', () => {
    const plan = planRecovery({ ...base, scope: 'cross-region', targetRegion: 'us-west-2' });
    expect(step(plan, 'vol-web')).toMatchObject({ action: 'restore', snapshotId: 'snap-1w', configuration: { availabilityZone: 'us-west-2a', size: 8 } });
    expect(step(plan, 'db-1').action).toBe('blocked');
    expect(step(plan, 'db-1').blocker).toMatch(/no copy of its snapshot in us-west-2/);
    expect(step(plan, 'subnet-a').configuration).toMatchObject({ availabilityZone: 'us-west-2a', vpcId: 'vpc-1' });
  });

  it('cross-zone: each zone moves to the next one, or to the zone asked for', () => {
    expect(step(planRecovery({ ...base, scope: 'cross-zone' }), 'subnet-a').configuration.availabilityZone).toBe('us-east-1b');
    expect(step(planRecovery({ ...base, scope: 'cross-zone', targetZone: 'us-east-1c' }), 'i-web').configuration.availabilityZone).toBe('us-east-1c');
  });

  it('use-source keeps the source network; reuse-existing reuses what exists in the target; data is always restored', () => {
    const source = planRecovery({ ...base, mode: 'use-source' });
    expect(source.steps.map((s) => s.action)).toEqual(['use-source', 'restore', 'use-source', 'use-source', 'restore', 'create']);
    const reuse = planRecovery({ ...base, mode: 'reuse-existing', existingInTarget: new Set(['vpc-1', 'subnet-a', 'vol-web']) });
    expect(reuse.steps.map((s) => s.action)).toEqual(['reuse', 'restore', 'reuse', 'create', 'restore', 'create']);
  });

  it('a dependency the protection did not capture: used as it is in the same region, a blocker elsewhere', () => {
    const resources = [...ESTATE.filter((r) => r.resourceId !== 'vpc-1')];
    expect(step(planRecovery({ ...base, resources }), 'subnet-a').action).toBe('create');
    const elsewhere = planRecovery({ ...base, resources, scope: 'cross-region', targetRegion: 'us-west-2' });
    expect(step(elsewhere, 'subnet-a').blocker).toBe('depends on vpc-1, which the protection did not capture');
    expect(step(elsewhere, 'i-web').blocker).toBe('its dependency subnet-a cannot be recovered');
  });

  it('blocks a dependency cycle instead of ordering it wrongly', () => {
    const cycle: CapturedResource[] = [
      { resourceId: 'sg-a', region: 'us-east-1', type: 'ec2:security-group', name: 'a', configuration: {}, tags: {}, dependencies: ['sg-b'] },
      { resourceId: 'sg-b', region: 'us-east-1', type: 'ec2:security-group', name: 'b', configuration: {}, tags: {}, dependencies: ['sg-a'] },
      { resourceId: 'vpc-9', region: 'us-east-1', type: 'ec2:vpc', name: 'v', configuration: {}, tags: {}, dependencies: [] },
    ];
    const plan = planRecovery({ ...base, resources: cycle });
    expect(plan.steps.map((s) => [s.sourceResourceId, s.action])).toEqual([['vpc-9', 'create'], ['sg-a', 'blocked'], ['sg-b', 'blocked']]);
  });
});
