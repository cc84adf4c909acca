import { describe, expect, it } from 'vitest';
import { selectResources, type ResourceFilter } from '../../src/modules/assemblies/filter.ts';
import { res } from './fixture.ts';

/** Unit tests of selectResources: what an assembly's filter takes from everything its source region has. */

const VPC = 'vpc-0a1b2c3d4e5f60718';
const OTHER_VPC = 'vpc-99999999';

/**
 * A small region: two VPCs; in VPC one a subnet, a security group, an instance (no vpcId of its own, only its
 * subnet), its volume, a database (through its subnets and group), a load balancer and a DNS zone in front of
 * it (two hops away); in VPC two a subnet and an instance; outside any VPC a bucket, a table and a queue.
 */
const region = [
  res(VPC, 'ec2:vpc', { tags: { app: 'shop', env: 'prod' } }),
  res('subnet-a', 'ec2:subnet', { vpcId: VPC, deps: [VPC], tags: { app: 'shop', env: 'prod' } }),
  res('sg-web', 'ec2:security-group', { vpcId: VPC, deps: [VPC], tags: { app: 'shop', env: 'prod' } }),
  res('i-web', 'ec2:instance', { deps: ['subnet-a', 'sg-web', 'vol-web'], config: { subnetId: 'subnet-a' }, tags: { app: 'shop', env: 'prod', tier: 'web' } }),
  res('vol-web', 'ebs:volume', { config: { attachment: { instanceId: 'i-web' } }, tags: { app: 'shop', env: 'prod' } }),
  res('db-shop', 'rds:db-instance', { deps: ['subnet-a', 'sg-web'], tags: { app: 'shop', env: 'staging' } }),
  res('lb-shop', 'elb:load-balancer', { deps: ['subnet-a'], tags: { app: 'shop' } }),
  res('zone-shop', 'route53:hosted-zone', { deps: ['lb-shop'], tags: { app: 'shop' } }),
  res(OTHER_VPC, 'ec2:vpc', { tags: { app: 'billing' } }),
  res('subnet-b', 'ec2:subnet', { vpcId: OTHER_VPC, deps: [OTHER_VPC], tags: { app: 'billing' } }),
  res('i-billing', 'ec2:instance', { deps: ['subnet-b', 'queue-orders'], tags: { app: 'billing', env: 'prod' } }),
  res('bucket-assets', 's3:bucket', { tags: { app: 'shop', env: 'prod' } }),
  res('table-sessions', 'dynamodb:table', { tags: { app: 'shop', env: 'prod', Tier: 'web' } }),
  res('queue-orders', 'sqs:queue', { tags: { app: 'Shop' } }),
];

const ids = (filter: ResourceFilter, all = region) => selectResources(all, filter).resources.map((r) => r.resourceId);
const sorted = (values: string[]) => [...values].sort();

describe('selectResources: manual', () => {
  it('selects exactly the listed ids, as discovery reported them, and nothing else', () => {
    const selection = selectResources(region, { filterType: 'manual', resourceIds: ['db-shop', 'bucket-assets'] });
    expect(selection.resources.map((r) => r.resourceId)).toEqual(['db-shop', 'bucket-assets']);
    expect(selection.resources[0]).toBe(region.find((r) => r.resourceId === 'db-shop'));
    expect(selection.unknownIds).toEqual([]);
  });

  it('reports the ids the region does not have, and selects the rest', () => {
    const selection = selectResources(region, { filterType: 'manual', resourceIds: ['gone-1', 'bucket-assets', 'i-deleted'] });
    expect(selection.resources.map((r) => r.resourceId)).toEqual(['bucket-assets']);
    expect(selection.unknownIds).toEqual(['gone-1', 'i-deleted']);
  });

  it('selects nothing when no id exists, and says which', () => {
    const selection = selectResources(region, { filterType: 'manual', resourceIds: ['nope'] });
    expect(selection.resources).toEqual([]);
    expect(selection.warnings).toEqual([]);
    expect(selection.unknownIds).toEqual(['nope']);
  });

  it('matches ids exactly (case and whole id)', () => {
    expect(selectResources(region, { filterType: 'manual', resourceIds: ['DB-SHOP', 'db'] }).unknownIds).toEqual(['DB-SHOP', 'db']);
  });

  it('works on an empty region', () => {
    expect(selectResources([], { filterType: 'manual', resourceIds: ['x'] })).toEqual({ resources: [], dependencies: [], warnings: [], unknownIds: ['x'] });
    expect(selectResources([], { filterType: 'vpc', vpcId: VPC })).toEqual({ resources: [], dependencies: [], warnings: [], unknownIds: [] });
  });
});

describe('selectResources: vpc', () => {
  it('takes the VPC itself and what names it as vpcId', () => {
    const selected = ids({ filterType: 'vpc', vpcId: VPC });
    expect(selected).toContain(VPC);
    expect(selected).toContain('subnet-a');
    expect(selected).toContain('sg-web');
  });

  it('takes an instance through its subnet, a database through its subnets, and a DNS zone two hops away', () => {
    const selected = ids({ filterType: 'vpc', vpcId: VPC });
    expect(selected).toContain('i-web');
    expect(selected).toContain('db-shop');
    expect(selected).toContain('lb-shop');
    expect(selected).toContain('zone-shop');
  });

  it('leaves out the other VPC and what is in it, and what is in no VPC at all (bucket, table, queue)', () => {
    const selected = ids({ filterType: 'vpc', vpcId: VPC });
    for (const outside of [OTHER_VPC, 'subnet-b', 'i-billing', 'bucket-assets', 'table-sessions', 'queue-orders']) expect(selected).not.toContain(outside);
    expect(sorted(ids({ filterType: 'vpc', vpcId: OTHER_VPC }))).toEqual(sorted([OTHER_VPC, 'subnet-b', 'i-billing']));
  });

  it('keeps the region order of the resources it selects', () => {
    const selected = ids({ filterType: 'vpc', vpcId: VPC });
    const order = region.map((r) => r.resourceId).filter((id) => selected.includes(id));
    expect(selected).toEqual(order);
  });

  it('selects nothing for a VPC the region does not have', () => {
    expect(ids({ filterType: 'vpc', vpcId: 'vpc-0000000000000000f' })).toEqual([]);
  });

  it('still finds what names a VPC as vpcId when the VPC itself was not discovered', () => {
    const withoutVpc = region.filter((r) => r.resourceId !== VPC);
    expect(ids({ filterType: 'vpc', vpcId: VPC }, withoutVpc)).toEqual(expect.arrayContaining(['subnet-a', 'sg-web', 'i-web', 'db-shop']));
  });

  it('ends on dependency cycles and on dependencies the region does not have', () => {
    const loop = [
      res('a', 'ec2:instance', { deps: ['b'] }),
      res('b', 'ec2:instance', { deps: ['a', 'missing-thing'] }),
      res('subnet-c', 'ec2:subnet', { vpcId: VPC }),
    ];
    expect(ids({ filterType: 'vpc', vpcId: VPC }, loop)).toEqual(['subnet-c']);
  });

  it('finds a member through a dependency cycle whatever order discovery listed the resources in', () => {
    // An instance in the VPC (through its subnet) and a volume that names the instance back: the volume is
    // in the VPC through the instance. Listing order must not change the answer.
    const subnet = res('subnet-c', 'ec2:subnet', { vpcId: VPC, deps: [VPC] });
    const instance = res('i-c', 'ec2:instance', { deps: ['vol-c', 'subnet-c'] });
    const volume = res('vol-c', 'ebs:volume', { deps: ['i-c'] });
    const volumeFirst = sorted(ids({ filterType: 'vpc', vpcId: VPC }, [volume, instance, subnet]));
    const instanceFirst = sorted(ids({ filterType: 'vpc', vpcId: VPC }, [instance, volume, subnet]));
    expect(volumeFirst).toEqual(['i-c', 'subnet-c', 'vol-c']);
    expect(instanceFirst).toEqual(volumeFirst);
  });
});

describe('selectResources: tags', () => {
  const tags = (conditions: 'match-all-tags' | 'match-any-tags', ...pairs: Array<[string, string]>): ResourceFilter =>
    ({ filterType: 'tags', conditions, tags: pairs.map(([key, value]) => ({ key, value })) });

  it('match-all-tags needs every tag, key and value', () => {
    expect(sorted(ids(tags('match-all-tags', ['app', 'shop'], ['env', 'prod'])))).toEqual(sorted([VPC, 'subnet-a', 'sg-web', 'i-web', 'vol-web', 'bucket-assets', 'table-sessions']));
    expect(ids(tags('match-all-tags', ['app', 'shop'], ['tier', 'web']))).toEqual(['i-web']);
  });

  it('match-any-tags needs one of them', () => {
    expect(sorted(ids(tags('match-any-tags', ['env', 'staging'], ['app', 'billing'])))).toEqual(sorted(['db-shop', OTHER_VPC, 'subnet-b', 'i-billing']));
  });

  it('with one tag, both conditions select the same', () => {
    expect(ids(tags('match-all-tags', ['app', 'billing']))).toEqual(ids(tags('match-any-tags', ['app', 'billing'])));
  });

  it('two values for one key: match-all selects nothing, match-any selects both sets', () => {
    expect(ids(tags('match-all-tags', ['app', 'shop'], ['app', 'billing']))).toEqual([]);
    expect(ids(tags('match-any-tags', ['app', 'shop'], ['app', 'billing']))).toHaveLength(region.length - 1); // all but the queue (app=Shop)
  });

  it('compares keys and values exactly: case counts, and a key with another value does not match', () => {
    expect(ids(tags('match-any-tags', ['app', 'Shop']))).toEqual(['queue-orders']);
    expect(ids(tags('match-any-tags', ['tier', 'web']))).toEqual(['i-web']); // not table-sessions' Tier=web
    expect(ids(tags('match-any-tags', ['env', 'dev']))).toEqual([]);
  });

  it('a resource without tags never matches', () => {
    expect(ids(tags('match-any-tags', ['app', 'shop']), [res('bare', 's3:bucket')])).toEqual([]);
  });

  it('reports no unknown ids', () => {
    expect(selectResources(region, tags('match-any-tags', ['app', 'shop'])).unknownIds).toEqual([]);
  });
});

/** The warnings about what the selected resources themselves need (the closure adds its own after them). */
const direct = (selection: ReturnType<typeof selectResources>) => {
  const chosen = new Set(selection.resources.map((r) => r.resourceId));
  return selection.warnings.filter((w) => chosen.has(w.resourceId));
};
const CAPTURED = 'captured-as-configuration' as const;

describe('selectResources: dependency warnings', () => {
  it('warns about each dependency outside the selection, with the missing resource type, and captures it as configuration', () => {
    const selection = selectResources(region, { filterType: 'manual', resourceIds: ['i-web', 'subnet-a'] });
    expect(direct(selection)).toEqual([
      { resourceId: 'i-web', missingDependency: 'sg-web', missingType: 'ec2:security-group', outcome: CAPTURED },
      { resourceId: 'i-web', missingDependency: 'vol-web', missingType: 'ebs:volume', outcome: CAPTURED },
      { resourceId: 'subnet-a', missingDependency: VPC, missingType: 'ec2:vpc', outcome: CAPTURED },
    ]);
    expect(selection.dependencies.map((r) => r.resourceId)).toEqual(expect.arrayContaining(['sg-web', 'vol-web', VPC]));
    // Transitively: what a captured dependency needs is captured too, and never twice.
    const ids = selection.dependencies.map((r) => r.resourceId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const dependency of selection.dependencies) {
      for (const needed of dependency.dependencies) expect(ids.includes(needed) || needed === 'subnet-a' || needed === 'i-web', needed).toBe(true);
    }
  });

  it('gives no type for a dependency the region does not have at all', () => {
    const selection = selectResources([res('i-x', 'ec2:instance', { deps: ['subnet-gone'] })], { filterType: 'manual', resourceIds: ['i-x'] });
    expect(selection.warnings).toEqual([{ resourceId: 'i-x', missingDependency: 'subnet-gone', missingType: undefined, outcome: 'not-found' }]);
    expect(selection.dependencies).toEqual([]);
  });

  it('does not warn about dependencies inside the selection', () => {
    const selection = selectResources(region, { filterType: 'manual', resourceIds: ['zone-shop', 'lb-shop', 'subnet-a', VPC] });
    expect(selection.warnings).toEqual([]);
  });

  it('warns across the VPC boundary: a billing instance needs a queue outside any VPC', () => {
    const selection = selectResources(region, { filterType: 'vpc', vpcId: OTHER_VPC });
    expect(direct(selection)).toEqual([{ resourceId: 'i-billing', missingDependency: 'queue-orders', missingType: 'sqs:queue', outcome: CAPTURED }]);
  });

  it('tags that leave the database out of an application that needs it: the warning names it', () => {
    const selection = selectResources([
      res('i-app', 'ec2:instance', { deps: ['db-main'], tags: { app: 'x' } }),
      res('db-main', 'rds:db-instance', { tags: { app: 'y' } }),
    ], { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'x' }] });
    expect(selection.resources.map((r) => r.resourceId)).toEqual(['i-app']);
    expect(selection.warnings).toEqual([{ resourceId: 'i-app', missingDependency: 'db-main', missingType: 'rds:db-instance', outcome: CAPTURED }]);
    expect(selection.dependencies.map((r) => r.resourceId)).toEqual(['db-main']);
  });

  it('a resource that is not selected raises no warnings of its own', () => {
    const selection = selectResources(region, { filterType: 'manual', resourceIds: ['bucket-assets'] });
    expect(selection.warnings).toEqual([]);
  });
});

describe('selectResources: Aurora, DocumentDB and Neptune clusters', () => {
  const withCluster = [
    ...region,
    res('orders-aurora', 'rds:cluster', { vpcId: VPC, deps: ['subnet-a', 'sg-web'], tags: { app: 'orders' } }),
    res('orders-aurora-1', 'rds:cluster-instance', { deps: ['orders-aurora'], tags: { app: 'orders', role: 'writer' } }),
    res('orders-aurora-2', 'rds:cluster-instance', { deps: ['orders-aurora'], tags: { app: 'orders', role: 'reader' } }),
  ];

  it('an instance selected alone brings its cluster into the selection (its data is the cluster\'s snapshot), not as a configuration-only dependency', () => {
    const selection = selectResources(withCluster, { filterType: 'manual', resourceIds: ['orders-aurora-1'] });
    expect(selection.resources.map((r) => r.resourceId)).toEqual(['orders-aurora-1', 'orders-aurora']);
    expect(selection.dependencies.map((r) => r.resourceId)).not.toContain('orders-aurora');
    expect(selection.dependencies.map((r) => r.resourceId)).toEqual(expect.arrayContaining(['subnet-a', 'sg-web']));
    // Its sibling is not pulled in: the selection keeps what was asked for.
    expect(ids({ filterType: 'tags', conditions: 'match-all-tags', tags: [{ key: 'role', value: 'reader' }] }, withCluster)).toEqual(['orders-aurora-2', 'orders-aurora']);
  });

  it('a VPC takes the cluster (its vpcId) and both instances (through it)', () => {
    expect(ids({ filterType: 'vpc', vpcId: VPC }, withCluster)).toEqual(expect.arrayContaining(['orders-aurora', 'orders-aurora-1', 'orders-aurora-2']));
  });
});
