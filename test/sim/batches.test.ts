import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudCallError, type RecreateRequest } from '../../src/cloud/provider.ts';
import { SIM_FAULT_TAG } from '../../src/cloud/sim/index.ts';
import { MicroBatcher, Rounds, batchedResourceInsert, batchedSnapshotInsert } from '../../src/cloud/sim/batches.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { openSim, queryPlan, roleCredentials, type SimFixture } from './sim-fixture.ts';

// The sim's calls in flight share their per-resource statements (src/cloud/sim/batches.ts). What a caller notices
// must not change: each call gets its own answer, whatever else was in its statement.

describe('MicroBatcher', () => {
  it('puts the requests made together in one statement, and those made while it runs in the next', async () => {
    const statements: number[][] = [];
    const rounds = new Rounds();
    const batcher = new MicroBatcher(async (items: number[]) => {
      statements.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return items.map((item) => item * 10);
    }, 100, rounds);
    const first = [1, 2, 3].map((n) => batcher.add(n));
    await new Promise((resolve) => setTimeout(resolve, 1)); // the first statement is under way
    const second = [4, 5].map((n) => batcher.add(n));
    expect(await Promise.all([...first, ...second])).toEqual([10, 20, 30, 40, 50]);
    expect(statements).toEqual([[1, 2, 3], [4, 5]]);
  });

  it('answers each request of a failed statement on its own: the bad one gets its error, the others their results', async () => {
    const statements: number[][] = [];
    const batcher = new MicroBatcher(async (items: number[]) => {
      statements.push(items);
      if (items.includes(13)) throw new Error(`13 is refused (with ${items.length - 1} others)`);
      return items.map((item) => item + 1);
    }, 100, new Rounds());
    const answers = await Promise.allSettled([12, 13, 14].map((n) => batcher.add(n)));
    expect(answers).toEqual([
      { status: 'fulfilled', value: 13 },
      { status: 'rejected', reason: new Error('13 is refused (with 0 others)') },
      { status: 'fulfilled', value: 15 },
    ]);
    expect(statements).toEqual([[12, 13, 14], [12], [13], [14]]);
  });

  it('keeps rounds going across batchers: a request the answer of another batch leads to joins the next round', async () => {
    const rounds = new Rounds();
    const log: string[] = [];
    const reads = new MicroBatcher(async (items: string[]) => {
      log.push(`read ${items.join(',')}`);
      return items;
    }, 100, rounds);
    const writes = new MicroBatcher(async (items: string[]) => {
      log.push(`write ${items.join(',')}`);
      return items;
    }, 100, rounds);
    await Promise.all(['a', 'b', 'c'].map(async (id) => writes.add(await reads.add(id))));
    expect(log).toEqual(['read a,b,c', 'write a,b,c']);
  });
});

const ACCOUNT = '123456789012';
const OTHER = '210987654321';
const credentials = roleCredentials(ACCOUNT);

let protections = 0;
const newProtection = () => `prot-batch-${++protections}`;

for (const dialect of DIALECTS) {
  describe(`the sim's batched statements (${dialect})`, () => {
    let fixture: SimFixture;
    const settle = <T>(promises: Array<Promise<T>>) => Promise.allSettled(promises);

    beforeAll(async () => {
      fixture = await openSim(dialect);
      await fixture.sim.putAccount({ accountId: ACCOUNT, name: 'batches' });
      await fixture.sim.putRole({ accountId: ACCOUNT, roleName: 'LifeboatAccess' });
      await fixture.sim.putQuota({ accountId: ACCOUNT, region: '*', quota: 'vpcs', limit: 100 });
      await fixture.sim.putResources([
        ...Array.from({ length: 10 }, (_, i) => ({ accountId: ACCOUNT, region: 'us-east-1', resourceId: `vol-batch-${i}`, type: 'ebs:volume' })),
        { accountId: ACCOUNT, region: 'us-east-1', resourceId: 'vol-batch-broken', type: 'ebs:volume', tags: { [SIM_FAULT_TAG]: 'snapshot' } },
        { accountId: ACCOUNT, region: 'us-east-1', resourceId: 'table-batch', type: 'dynamodb:table' },
        { accountId: ACCOUNT, region: 'us-east-1', resourceId: 'vpc-batch', type: 'ec2:vpc' },
        { accountId: ACCOUNT, region: 'us-east-1', resourceId: 'subnet-batch-used', type: 'ec2:subnet', dependencies: ['vpc-batch'] },
        { accountId: ACCOUNT, region: 'us-east-1', resourceId: 'subnet-batch-free', type: 'ec2:subnet', dependencies: ['vpc-batch'] },
        { accountId: ACCOUNT, region: 'us-east-1', resourceId: 'subnet-batch-busy', type: 'ec2:subnet', dependencies: ['vpc-batch'] },
        ...Array.from({ length: 7 }, (_, i) => ({
          accountId: ACCOUNT, region: 'us-east-1', resourceId: `i-batch-${6 - i}`, type: 'ec2:instance', dependencies: ['subnet-batch-busy'],
        })),
        { accountId: ACCOUNT, region: 'us-east-1', resourceId: 'i-batch-user', type: 'ec2:instance', dependencies: ['subnet-batch-used'] },
      ]);
    });
    afterAll(() => fixture.close());

    it('snapshot calls made at once each get their own answer: taken, missing, refused by a fault tag, of the wrong type, or the same snapshot twice', async () => {
      const protectionId = newProtection();
      const snapshot = (resourceId: string, type = 'ebs:volume') => fixture.sim.snapshot(credentials, { region: 'us-east-1', resourceId, type, protectionId });
      const answers = await settle([
        snapshot('vol-batch-0'),
        snapshot('vol-batch-1'),
        snapshot('vol-batch-gone'),
        snapshot('vol-batch-broken'),
        snapshot('table-batch'),
        snapshot('vol-batch-2'),
        snapshot('vol-batch-2'),
      ]);
      const [first, second, gone, broken, wrongType, twice, again] = answers;
      expect(first).toMatchObject({ status: 'fulfilled', value: { resourceId: 'vol-batch-0', type: 'ebs:volume', protectionId } });
      expect(second).toMatchObject({ status: 'fulfilled', value: { resourceId: 'vol-batch-1' } });
      expect(gone).toMatchObject({ status: 'rejected', reason: { reason: 'fault', cloudCode: 'InvalidVolume.NotFound' } });
      expect(broken).toMatchObject({ status: 'rejected', reason: { reason: 'fault', cloudCode: 'InternalError' } });
      expect(wrongType).toMatchObject({ status: 'rejected', reason: { cloudCode: 'InvalidParameterValue' } });
      // Two calls for one snapshot: one is made, both are told its id.
      expect(twice.status === 'fulfilled' && again.status === 'fulfilled' && twice.value.snapshotId === again.value.snapshotId).toBe(true);
      expect(await fixture.sim.countSnapshots({ protectionId })).toBe(3);
      // Taken again later: the same snapshots, found by their idempotency key.
      expect((await snapshot('vol-batch-1')).snapshotId).toBe((second as PromiseFulfilledResult<{ snapshotId: string }>).value.snapshotId);
    });

    it('of two snapshot rows inserted in one statement, the one that breaks a constraint fails alone and the other is inserted', async () => {
      const protectionId = newProtection();
      const row = (snapshotId: string, accountId: string) => ({
        snapshot_id: snapshotId, account_id: accountId, region: 'us-east-1', resource_id: `vol-of-${snapshotId}`, resource_region: 'us-east-1',
        type: 'ebs:volume', protection_id: protectionId, source_snapshot_id: null, size_bytes: 1, object_count: null, created_at: Date.now(),
        deleted_at: null, kms_key_id: null, recovery_copy: null,
      });
      // Made in the same tick: they share a statement. OTHER is no account of the sim's (a foreign key).
      const [good, bad] = await settle([
        batchedSnapshotInsert(fixture.store.db, row('snap-batch-good', ACCOUNT)),
        batchedSnapshotInsert(fixture.store.db, row('snap-batch-bad', OTHER)),
      ]);
      expect(good).toMatchObject({ status: 'fulfilled', value: { snapshot_id: 'snap-batch-good' } });
      expect(bad.status).toBe('rejected');
      expect((await fixture.sim.listSnapshots({ protectionId })).map((s) => s.snapshotId)).toEqual(['snap-batch-good']);
    });

    it('of resources inserted in one statement, a key asked for twice is inserted once and a bad row fails alone', async () => {
      const row = (resourceId: string, accountId: string) => ({
        account_id: accountId, region: 'us-west-2', resource_id: resourceId, arn: `arn:aws:sqs:us-west-2:${accountId}:${resourceId}`, type: 'sqs:queue',
        service: 'SQS', name: resourceId, configuration: '{}', tags: '{}', dependencies: '[]', created_at: Date.now(),
      });
      const answers = await settle([
        batchedResourceInsert(fixture.store.db, row('queue-batch-a', ACCOUNT)),
        batchedResourceInsert(fixture.store.db, row('queue-batch-a', ACCOUNT)),
        batchedResourceInsert(fixture.store.db, row('queue-batch-bad', OTHER)),
        batchedResourceInsert(fixture.store.db, row('queue-batch-b', ACCOUNT)),
      ]);
      expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect(answers[0]).toMatchObject({ value: { resource_id: 'queue-batch-a' } });
      expect(answers[1]).toMatchObject({ value: undefined }); // inserted by the first: this caller reads the winner's row
      expect(answers[3]).toMatchObject({ value: { resource_id: 'queue-batch-b' } });
      expect(await fixture.sim.getResource({ accountId: ACCOUNT, region: 'us-west-2', resourceId: 'queue-batch-a' })).toBeDefined();
      expect(await fixture.sim.getResource({ accountId: ACCOUNT, region: 'us-west-2', resourceId: 'queue-batch-b' })).toBeDefined();
    });

    it('deletes made at once each get their own answer: gone, already gone, or refused while something uses the resource', async () => {
      const remove = (resourceId: string, type: string) => fixture.sim.deleteResource(credentials, { region: 'us-east-1', resourceId, type });
      const answers = await settle([
        remove('vol-batch-8', 'ebs:volume'),
        remove('vol-batch-never', 'ebs:volume'),
        remove('subnet-batch-used', 'ec2:subnet'),
        remove('subnet-batch-free', 'ec2:subnet'),
        remove('subnet-batch-busy', 'ec2:subnet'),
        remove('vol-batch-9', 'ebs:volume'),
      ]);
      expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
      expect(answers[2]).toMatchObject({ reason: { cloudCode: 'DependencyViolation', message: expect.stringMatching(/subnet-batch-used .*: i-batch-user$/) } });
      // The first five users, in id order, as one lookup with `limit 5` named them.
      expect(answers[4]).toMatchObject({ reason: { cloudCode: 'DependencyViolation', message: expect.stringMatching(/: i-batch-0, i-batch-1, i-batch-2, i-batch-3, i-batch-4$/) } });
      const exists = (resourceId: string) => fixture.sim.getResource({ accountId: ACCOUNT, region: 'us-east-1', resourceId });
      expect(await exists('vol-batch-8')).toBeUndefined();
      expect(await exists('vol-batch-9')).toBeUndefined();
      expect(await exists('subnet-batch-free')).toBeUndefined();
      expect(await exists('subnet-batch-used')).toBeDefined();
      // The instance is deleted, and with it its use of the subnet: now the subnet goes.
      await remove('i-batch-user', 'ec2:instance');
      await remove('subnet-batch-used', 'ec2:subnet');
      expect(await exists('subnet-batch-used')).toBeUndefined();
    });

    it("the batched S3 bucket name check is served by sim_resources_by_name, as the single one is (name-index.test.ts)", async () => {
      const query = fixture.store.db
        .selectFrom('sim_resources')
        .select(['account_id', 'region', 'resource_id'])
        .where('type', '=', 's3:bucket')
        .where('resource_id', 'in', ['ledger-archive', 'ledger-archive-2'])
        .compile();
      const plan = await queryPlan(fixture.store, query);
      expect(plan).toContain('sim_resources_by_name');
    });

    it('recreates made at once each get their own answer: made, made once for two calls, or refused for a missing dependency', async () => {
      const recoveryId = 'rec-batch-00000000001';
      const request = (sourceResourceId: string, type: string, dependencies: string[] = []): RecreateRequest => ({
        region: 'us-west-2', recoveryId, sourceResourceId, type, name: sourceResourceId, configuration: {}, tags: {}, dependencies,
      });
      const vpc = await fixture.sim.recreate(credentials, request('vpc-batch', 'ec2:vpc'));
      const answers = await settle([
        fixture.sim.recreate(credentials, request('subnet-batch-a', 'ec2:subnet', [vpc.resourceId])),
        fixture.sim.recreate(credentials, request('subnet-batch-a', 'ec2:subnet', [vpc.resourceId])),
        fixture.sim.recreate(credentials, request('subnet-batch-b', 'ec2:subnet', [vpc.resourceId, 'vpc-nowhere'])),
        fixture.sim.recreate(credentials, request('queue-batch', 'sqs:queue')),
      ]);
      expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      const [a, aAgain, missing, queue] = answers;
      expect(a.status === 'fulfilled' && aAgain.status === 'fulfilled' && a.value.resourceId === aAgain.value.resourceId).toBe(true);
      expect(missing).toMatchObject({ reason: { cloudCode: 'InvalidParameterValue', message: expect.stringContaining('dependencies do not exist in us-west-2: vpc-nowhere') } });
      expect((missing as PromiseRejectedResult).reason).toBeInstanceOf(CloudCallError);
      expect(queue).toMatchObject({ status: 'fulfilled', value: { type: 'sqs:queue' } });
      const made = await fixture.sim.listRecoveryResources(credentials, { region: 'us-west-2', recoveryId });
      expect(made.map((r) => r.type).sort()).toEqual(['ec2:subnet', 'ec2:vpc', 'sqs:queue']);
      // The subnet's use of the VPC was recorded: the VPC cannot go before it.
      await expect(fixture.sim.deleteResource(credentials, { region: 'us-west-2', resourceId: vpc.resourceId, type: 'ec2:vpc' }))
        .rejects.toMatchObject({ cloudCode: 'DependencyViolation' });
    });
  });
}
