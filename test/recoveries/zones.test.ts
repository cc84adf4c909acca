// Availability zones are placed by what the target region has (issue 17, item 11): us-east-1 has zones a–f, us-west-2
// only a–d, so a shop half in us-east-1e cannot be rebuilt in "us-west-2e". The plan reads the target's zones through the
// cloud port and says where each zone went and why; the sim refuses a zone the region lacks, as EC2 does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudCallError } from '../../src/cloud/provider.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createAssembly, createConnection, DEMO_ACCOUNT, dbOf, startProtection, waitForProtection, type Json } from '../protections/fixture.ts';
import { recover, startRecovery, taggedWith, waitForRecovery } from './fixture.ts';

const KEYS = { type: 'iam-role', roleArn: `arn:aws:iam::${DEMO_ACCOUNT}:role/LifeboatAccess`, externalId: 'x' } as const;

/** Moves every resource of the demo account in us-east-1b (subnets, instances, volumes) to us-east-1e. */
async function moveToZoneE(t: TestApp): Promise<string[]> {
  const rows = await dbOf(t).selectFrom('sim_resources').selectAll().where('account_id', '=', DEMO_ACCOUNT).where('region', '=', 'us-east-1').execute();
  const moved: string[] = [];
  for (const row of rows) {
    const configuration = JSON.parse(row.configuration) as Record<string, unknown>;
    if (configuration.availabilityZone !== 'us-east-1b') continue;
    await t.app.sim!.putResource({
      accountId: DEMO_ACCOUNT, region: 'us-east-1', resourceId: row.resource_id, type: row.type, name: row.name, arn: row.arn,
      configuration: { ...configuration, availabilityZone: 'us-east-1e' }, tags: JSON.parse(row.tags), dependencies: JSON.parse(row.dependencies),
    });
    moved.push(row.resource_id);
  }
  return moved;
}

for (const dialect of DIALECTS) {
  describe(`recoveries: availability zones placed by what the target offers [${dialect}]`, () => {
    let t: TestApp;
    let assemblyId: number;
    let moved: string[];

    beforeAll(async () => {
      t = await startTestApp(dialect);
      moved = await moveToZoneE(t);
      const connectionId = await createConnection(t, 'shop-aws');
      assemblyId = await createAssembly(t, connectionId, 'shop', { allowCrossRegionRecovery: true });
      const protectionId = await startProtection(t, assemblyId);
      expect((await waitForProtection(t, assemblyId, protectionId)).status).toBe('success');
    });
    afterAll(() => t.close());

    it('the sim lists each region\'s zones and refuses a subnet, volume or instance in a zone the region does not have', async () => {
      const sim = t.app.sim!;
      expect(await sim.availabilityZones(KEYS, { region: 'us-west-2' })).toEqual(['us-west-2a', 'us-west-2b', 'us-west-2c', 'us-west-2d']);
      expect(await sim.availabilityZones(KEYS, { region: 'us-east-1' })).toHaveLength(6);
      const base = { region: 'us-west-2', recoveryId: 'rec-zones', name: 'x', tags: {}, dependencies: [] };
      await expect(sim.recreate(KEYS, { ...base, sourceResourceId: 'vpc-z', type: 'ec2:vpc', configuration: { cidrBlock: '10.9.0.0/16' } })).resolves.toBeDefined();
      const subnet = sim.recreate(KEYS, { ...base, sourceResourceId: 'subnet-z', type: 'ec2:subnet', configuration: { cidrBlock: '10.9.0.0/24', availabilityZone: 'us-west-2e' } });
      await expect(subnet).rejects.toBeInstanceOf(CloudCallError);
      await expect(subnet).rejects.toMatchObject({
        cloudCode: 'InvalidParameterValue',
        message: expect.stringContaining('Value (us-west-2e) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: us-west-2a, us-west-2b, us-west-2c, us-west-2d'),
      });
      await expect(sim.recreate(KEYS, { ...base, sourceResourceId: 'vol-z', type: 'ebs:volume', configuration: { size: 8, volumeType: 'gp3', availabilityZone: 'us-west-2e' } }))
        .rejects.toMatchObject({ cloudCode: 'InvalidParameterValue', message: 'InvalidParameterValue: Invalid availability zone: [us-west-2e]' });
    });

    it('a cross-region plan maps us-east-1e to a zone us-west-2 has, and says which and why; the recovery builds there', async () => {
      expect(moved.length).toBeGreaterThan(2);
      const dry = await startRecovery(t, assemblyId, { recoveryName: 'zones', dryRun: true, recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } });
      expect(dry.statusCode, dry.body).toBe(200);
      const plan = dry.json();
      const zones = plan.checks.find((c: Json) => c.name === 'availability-zones');
      expect(zones).toMatchObject({ status: 'passed' });
      expect(zones.message).toContain('us-east-1a → us-west-2a (the same zone letter)');
      expect(zones.message).toContain('us-east-1e → us-west-2b (us-west-2 has no zone e (its zones: a, b, c, d): spread over the zones');
      for (const c of plan.checks) expect(c.status, `${c.name}: ${c.message}`).not.toBe('failed');
      const movedSteps = plan.steps.filter((s: Json) => moved.includes(s.sourceResourceId));
      expect(movedSteps.length).toBeGreaterThan(0);
      for (const step of movedSteps) {
        expect(step.configuration.availabilityZone).toBe('us-west-2b');
        expect(step.note ?? '').toMatch(/placed in us-west-2b \(from us-east-1e\): us-west-2 has no zone e|captured as configuration only/);
      }

      const id = await recover(t, assemblyId, { recoveryName: 'zones', recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } });
      const done = await waitForRecovery(t, assemblyId, id);
      expect(done.recoveryStatus, JSON.stringify(done)).toBe('completed');
      const made = await taggedWith(t, id);
      const placed = made.map((r) => JSON.parse(r.configuration).availabilityZone).filter((z): z is string => typeof z === 'string');
      expect(placed.length).toBeGreaterThan(2);
      expect(new Set(placed)).toEqual(new Set(['us-west-2a', 'us-west-2b']));
    });
  });
}
