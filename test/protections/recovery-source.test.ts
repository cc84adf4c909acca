// The captured resources as a recovery of 100,000 reads them (the protections module's recovery source): skeletons whose zone and
// instance type the database extracts from the configuration, and whole rows a page of ids at a time. On both databases.
import { afterEach, describe, expect, it } from 'vitest';
import { protectionRecoverySource } from '../../src/modules/protections/recovery-source.ts';
import type { ProtectionsDeps } from '../../src/modules/protections/context.ts';
import type { ProtectionTables } from '../../src/modules/protections/tables.ts';
import { capturedResource, capturedSkeleton } from '../../src/modules/recoveries/captured.ts';
import { skeletonOf } from '../../src/modules/recoveries/plan.ts';
import { createTestDatabase, DIALECTS, openTestStore, type TestDatabase } from '../helpers/stores.ts';

/** protection_resources as the protections' migrations leave it (without the foreign key, so no protection is needed). */
async function table(db: ReturnType<typeof openTestStore<ProtectionTables>>['db']) {
  await db.schema.createTable('protection_resources')
    .addColumn('protection_id', 'text', (c) => c.notNull()).addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull()).addColumn('arn', 'text', (c) => c.notNull()).addColumn('type', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull()).addColumn('name', 'text', (c) => c.notNull()).addColumn('configuration', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull()).addColumn('dependencies', 'text', (c) => c.notNull()).addColumn('is_data', 'integer', (c) => c.notNull())
    .addColumn('snapshot_status', 'text', (c) => c.notNull()).addColumn('snapshot_id', 'text').addColumn('snapshot_error', 'text')
    .addColumn('replicas', 'text', (c) => c.notNull()).addColumn('capture_reason', 'text', (c) => c.notNull().defaultTo('selected'))
    .addColumn('snapshot_object_count', 'bigint')
    .addPrimaryKeyConstraint('protection_resources_pk', ['protection_id', 'resource_id']).execute();
}

const CONFIGURATIONS: Record<string, Record<string, unknown>> = {
  'i-1': { availabilityZone: 'us-east-1b', instanceType: 'm5.large', subnetId: 'subnet-1', tags: [{ key: 'k', value: 'v' }] },
  'vol-1': { availabilityZone: 'us-east-1a', size: 8 },
  // Not strings: the planner's typeof checks ignore them, and so does the extraction.
  'odd-1': { availabilityZone: 3, instanceType: { family: 'm5' } },
  'vpc-1': { cidrBlock: '10.0.0.0/16' },
};

describe.each(DIALECTS)('captured resources read in pages (%s)', (dialect) => {
  let database: TestDatabase | undefined;
  afterEach(async () => database?.drop());

  it('skeletons equal what the planner takes of the whole rows, and a page of ids reads those rows whole', async () => {
    database = await createTestDatabase(dialect);
    const store = openTestStore<ProtectionTables>(database);
    try {
      await table(store.db);
      await store.db.insertInto('protection_resources').values(Object.entries(CONFIGURATIONS).map(([id, configuration], i) => ({
        protection_id: 'prt-1', resource_id: id, region: 'us-east-1', arn: `arn:aws:test:::${id}`, type: id === 'i-1' ? 'ec2:instance' : id === 'vol-1' ? 'ebs:volume' : 'ec2:vpc',
        service: 'EC2' as const, name: id, configuration: JSON.stringify(configuration), tags: JSON.stringify({ app: 'shop' }), dependencies: JSON.stringify(i ? ['vpc-1'] : []),
        is_data: id === 'vol-1' ? 1 : 0, capture_reason: 'selected' as const, snapshot_status: 'completed' as const, snapshot_id: id === 'vol-1' ? 'snap-1' : null, snapshot_error: null,
        replicas: JSON.stringify({}), snapshot_object_count: null,
      }))).execute();
      // Another protection's row is never read.
      await store.db.insertInto('protection_resources').values({
        protection_id: 'prt-2', resource_id: 'i-1', region: 'us-east-1', arn: 'x', type: 'ec2:instance', service: 'EC2', name: 'x', configuration: '{}', tags: '{}',
        dependencies: '[]', is_data: 0, capture_reason: 'selected', snapshot_status: 'pending', snapshot_id: null, snapshot_error: null, replicas: '{}', snapshot_object_count: null,
      }).execute();
      const pages = protectionRecoverySource({ store } as unknown as Pick<ProtectionsDeps, 'store'>);
      const whole = await pages.capturedOf('prt-1', Object.keys(CONFIGURATIONS));
      expect(whole.map((r) => r.resource_id)).toEqual(['i-1', 'odd-1', 'vol-1', 'vpc-1']);
      expect(whole.map((r) => r.configuration)).toEqual(['i-1', 'odd-1', 'vol-1', 'vpc-1'].map((id) => CONFIGURATIONS[id]));
      const skeletons = await pages.capturedSkeletons('prt-1');
      const strings = (r: Readonly<Record<string, unknown>>) => Object.fromEntries(Object.entries(r).filter(([, v]) => typeof v === 'string'));
      // The planner reads a skeleton's zone and instance type only when they are strings: the same from either source.
      expect(skeletons.map(capturedSkeleton)).toEqual(whole.map((r) => {
        const skeleton = skeletonOf(capturedResource(r));
        return { ...skeleton, configuration: strings(skeleton.configuration) };
      }));
      expect(skeletons.find((r) => r.resource_id === 'i-1')).toMatchObject({ availability_zone: 'us-east-1b', instance_type: 'm5.large', service: 'EC2' });
      expect(skeletons.find((r) => r.resource_id === 'odd-1')).toMatchObject({ availability_zone: null, instance_type: null });
      expect(await pages.capturedOf('prt-1', ['vol-1', 'nope'])).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
