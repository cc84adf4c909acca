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

  it('cross-account: a DynamoDB table, whose backups cannot be shared, says it is created empty; a volume does not', () => {
    const table: CapturedResource = { resourceId: 'orders', region: 'us-east-1', type: 'dynamodb:table', name: 'orders', configuration: {}, tags: {}, dependencies: [], snapshot: done('backup-1'), replicas: {} };
    const plan = planRecovery({ ...base, resources: [...ESTATE, table], scope: 'cross-account' });
    expect(step(plan, 'orders').note).toMatch(/cannot be shared with another account: the table is created from its captured configuration, empty/);
    expect(step(plan, 'vol-web').note).toBeNull();
    expect(step(planRecovery({ ...base, resources: [...ESTATE, table] }), 'orders').note).toBeNull();
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

  it('a dependency the protection did not capture never blocks: kept as the existing one in place, dropped (and said) elsewhere', () => {
    const resources = [...ESTATE.filter((r) => r.resourceId !== 'vpc-1')];
    const same = planRecovery({ ...base, resources, isolation: 'as-captured' });
    expect(step(same, 'subnet-a')).toMatchObject({ action: 'create', configuration: { vpcId: 'vpc-1' }, dependencies: ['vpc-1'], droppedReferences: [] });
    const elsewhere = planRecovery({ ...base, resources, scope: 'cross-region', targetRegion: 'us-west-2', isolation: 'as-captured' });
    // Only db-1, for its own reason (no copy of its snapshot there).
    expect(elsewhere.steps.filter((s) => s.action === 'blocked').map((s) => s.sourceResourceId)).toEqual(['db-1']);
    expect(step(elsewhere, 'subnet-a').configuration).not.toHaveProperty('vpcId');
    expect(step(elsewhere, 'subnet-a').dependencies).toEqual([]);
    expect(step(elsewhere, 'subnet-a').droppedReferences).toEqual([
      { field: 'vpcId', reference: 'vpc-1', reason: "vpc-1 is outside the recovery and the target is not the source's account and region, where it exists" },
    ]);
    expect(step(elsewhere, 'i-web').action).toBe('create');
  });

  describe('dependencies captured as configuration (outside the selection)', () => {
    const billingSg: CapturedResource = {
      resourceId: 'sg-billing', region: 'us-east-1', arn: 'arn:aws:ec2:us-east-1:111111111111:security-group/sg-billing', type: 'ec2:security-group',
      name: 'billing', configuration: { vpcId: 'vpc-1' }, tags: {}, dependencies: ['vpc-1'], captureReason: 'dependency',
    };
    const invoices: CapturedResource = {
      resourceId: 'invoices', region: 'us-east-1', type: 'dynamodb:table', name: 'invoices', configuration: { billingMode: 'PAY_PER_REQUEST' }, tags: {},
      dependencies: [], captureReason: 'dependency',
    };
    const dbSg: CapturedResource = {
      resourceId: 'sg-db', region: 'us-east-1', type: 'ec2:security-group', name: 'db', tags: {}, dependencies: ['vpc-1', 'sg-billing'],
      configuration: { vpcId: 'vpc-1', ingress: [{ fromPort: 5432, sourceSecurityGroupId: 'sg-billing' }, { fromPort: 443, cidrIp: '10.0.0.0/8' }] },
    };
    const reader: CapturedResource = {
      resourceId: 'fn-reader', region: 'us-east-1', type: 'lambda:function', name: 'reader', tags: {}, dependencies: ['invoices'],
      configuration: { environment: { TABLE: 'invoices' } },
    };
    const resources = [...ESTATE, billingSg, invoices, dbSg, reader];

    it("come in as dependencies of 'all', and a data one is recreated empty (no snapshot, never a blocker), even across regions", () => {
      const plan = planRecovery({ ...base, resources, scope: 'cross-region', targetRegion: 'us-west-2' });
      expect(step(plan, 'sg-billing')).toMatchObject({ reason: 'dependency', action: 'create', blocker: null });
      expect(step(plan, 'invoices')).toMatchObject({ reason: 'dependency', action: 'create', snapshotId: null, blocker: null });
      expect(step(plan, 'invoices').note).toMatch(/recreated empty, its data is not restored/);
      expect(step(plan, 'sg-db')).toMatchObject({ reason: 'selected', action: 'create', dependencies: ['vpc-1', 'sg-billing'], droppedReferences: [] });
      expect(step(plan, 'sg-db').configuration.ingress).toEqual(dbSg.configuration.ingress);
    });

    it("as-captured in the source's account and region: the source's own is used, and references to it stay", () => {
      const plan = planRecovery({ ...base, resources, isolation: 'as-captured' });
      expect(step(plan, 'sg-billing')).toMatchObject({ action: 'use-source', reason: 'dependency' });
      expect(step(plan, 'invoices')).toMatchObject({ action: 'use-source' });
      expect(step(plan, 'sg-db').configuration.ingress).toEqual(dbSg.configuration.ingress);
      expect(step(plan, 'fn-reader').configuration).toEqual({ environment: { TABLE: 'invoices' } });
    });

    it('isolated in the same region: they are rebuilt, so the references name the copies', () => {
      const plan = planRecovery({ ...base, resources });
      expect(step(plan, 'sg-billing').action).toBe('create');
      expect(step(plan, 'invoices').action).toBe('create');
      expect(step(plan, 'sg-db').droppedReferences).toEqual([]);
    });
  });

  describe('isolation', () => {
    const vpc = ESTATE.find((r) => r.resourceId === 'vpc-1')!;
    const routes: CapturedResource = {
      resourceId: 'rtb-1', region: 'us-east-1', type: 'ec2:route-table', name: 'rt', tags: {}, dependencies: ['vpc-1'],
      configuration: {
        vpcId: 'vpc-1',
        routes: [
          { destinationCidrBlock: '10.0.0.0/16', gatewayId: 'local' },
          { destinationCidrBlock: '10.50.0.0/16', vpcPeeringConnectionId: 'pcx-0abc' },
          { destinationCidrBlock: '10.60.0.0/16', transitGatewayId: 'tgw-0def' },
        ],
      },
    };
    const group: CapturedResource = {
      resourceId: 'sg-app', region: 'us-east-1', type: 'ec2:security-group', name: 'app', tags: {}, dependencies: ['vpc-1', 'sg-gone'],
      configuration: {
        vpcId: 'vpc-1',
        ingress: [{ fromPort: 22, sourceSecurityGroupId: 'sg-app' }, { fromPort: 5432, sourceSecurityGroupId: 'sg-gone' }],
        egress: [{ ipProtocol: '-1', destinationSecurityGroupId: '123456789012/sg-peer' }, { ipProtocol: '-1', cidrIp: '0.0.0.0/0' }],
      },
    };
    const web = ESTATE.find((r) => r.resourceId === 'i-web')!;
    const instance: CapturedResource = {
      ...web, configuration: { ...web.configuration, keyName: 'prod-key', iamInstanceProfile: 'arn:aws:iam::111111111111:instance-profile/web' },
    };
    const volume: CapturedResource = { ...ESTATE.find((r) => r.resourceId === 'vol-web')!, configuration: { size: 8, attachment: { instanceId: 'i-web' } } };
    const queue: CapturedResource = { resourceId: 'q-1', region: 'us-east-1', arn: 'arn:aws:sqs:us-east-1:111111111111:q-1', type: 'sqs:queue', name: 'q', configuration: {}, tags: {}, dependencies: [] };
    const topic: CapturedResource = {
      resourceId: 't-1', region: 'us-east-1', type: 'sns:topic', name: 't', tags: {}, dependencies: ['q-1'],
      configuration: { subscriptions: [{ protocol: 'sqs', endpoint: 'arn:aws:sqs:us-east-1:111111111111:q-1' }] },
    };
    const resources = [vpc, routes, group, instance, volume, queue, topic, ...ESTATE.filter((r) => ['subnet-a', 'sg-web'].includes(r.resourceId))];
    const fields = (plan: ReturnType<typeof planRecovery>, id: string) => step(plan, id).droppedReferences.map((d) => [d.field, d.reference]);

    it('isolated (the default): drops group rules, routes, instance profiles and key pairs that name anything outside the recovery', () => {
      const plan = planRecovery({ ...base, resources });
      expect(step(plan, 'rtb-1').configuration.routes).toEqual([{ destinationCidrBlock: '10.0.0.0/16', gatewayId: 'local' }]);
      expect(fields(plan, 'rtb-1')).toEqual([['routes[1].vpcPeeringConnectionId', 'pcx-0abc'], ['routes[2].transitGatewayId', 'tgw-0def']]);
      expect(step(plan, 'rtb-1').droppedReferences[0]!.reason).toMatch(/^the route is dropped: pcx-0abc is outside the recovery: an isolated recovery names nothing of the source's$/);
      expect(step(plan, 'sg-app').configuration).toEqual({
        vpcId: 'vpc-1', ingress: [{ fromPort: 22, sourceSecurityGroupId: 'sg-app' }], egress: [{ ipProtocol: '-1', cidrIp: '0.0.0.0/0' }],
      });
      expect(fields(plan, 'sg-app')).toEqual([['ingress[1].sourceSecurityGroupId', 'sg-gone'], ['egress[0].destinationSecurityGroupId', '123456789012/sg-peer']]);
      expect(step(plan, 'sg-app').dependencies).toEqual(['vpc-1']);
      expect(step(plan, 'i-web').configuration).not.toHaveProperty('keyName');
      expect(step(plan, 'i-web').configuration).not.toHaveProperty('iamInstanceProfile');
      expect(fields(plan, 'i-web')).toEqual([['iamInstanceProfile', 'arn:aws:iam::111111111111:instance-profile/web'], ['keyName', 'prod-key']]);
    });

    it('a reference to what the recovery rebuilds later is dropped in both modes; one to what it rebuilt before stays (by id or ARN), to be mapped', () => {
      for (const isolation of ['isolated', 'as-captured'] as const) {
        const plan = planRecovery({ ...base, resources, isolation });
        expect(step(plan, 'vol-web').configuration).toEqual({ size: 8, attachment: {} });
        expect(step(plan, 'vol-web').droppedReferences).toEqual([
          { field: 'attachment.instanceId', reference: 'i-web', reason: 'i-web is recovered after this resource, so this cannot name its copy' },
        ]);
        expect(step(plan, 't-1').configuration).toEqual(topic.configuration);
        expect(step(plan, 't-1').sourceArn).toBeNull();
        expect(step(plan, 'q-1').sourceArn).toBe(queue.arn);
      }
    });

    it("as-captured keeps every reference in the source's account and region, and drops only what would not exist elsewhere", () => {
      const same = planRecovery({ ...base, resources, isolation: 'as-captured' });
      for (const id of ['rtb-1', 'sg-app', 'i-web']) expect(fields(same, id), id).toEqual([]);
      expect(step(same, 'i-web').configuration).toMatchObject({ keyName: 'prod-key' });
      const elsewhere = planRecovery({ ...base, resources, isolation: 'as-captured', scope: 'cross-region', targetRegion: 'us-west-2' });
      expect(fields(elsewhere, 'rtb-1')).toEqual([['routes[1].vpcPeeringConnectionId', 'pcx-0abc'], ['routes[2].transitGatewayId', 'tgw-0def']]);
      expect(fields(elsewhere, 'i-web')).toEqual([['iamInstanceProfile', 'arn:aws:iam::111111111111:instance-profile/web'], ['keyName', 'prod-key']]);
    });

    it('a step that recreates nothing keeps its configuration: nothing is dropped from the source\'s own', () => {
      const plan = planRecovery({ ...base, resources, mode: 'use-source' });
      expect(step(plan, 'sg-app')).toMatchObject({ action: 'use-source', droppedReferences: [] });
      expect(step(plan, 'sg-app').configuration).toEqual(group.configuration);
    });
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
